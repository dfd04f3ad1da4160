#!/usr/bin/env bash
# REST create throughput of one build on a fresh, small PostgreSQL database, for comparing two
# commits on the same machine (the 1,000,000-row run of run.sh takes minutes to set up).
# Usage: benchmarks/rest-compare.sh <checkout with webapp/target/relata.jar built> [label]
# Needs PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres) and wrk.
set -euo pipefail
checkout=$(cd "$1" && pwd); label=${2:-$(git -C "$checkout" rev-parse --short HEAD)}
script="$(cd "$(dirname "$0")" && pwd)/rest-create.lua"
port=18090
password="benchmark server passphrase"
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS relata_compare" \
  -c "CREATE DATABASE relata_compare"
data=$(mktemp -d)
env RELATA_DB_URL=jdbc:postgresql://127.0.0.1:5432/relata_compare RELATA_DB_USER=postgres \
  RELATA_DATA_DIR="$data" RELATA_ADMIN_PASSWORD="$password" RELATA_DEMO_DATA=false \
  RELATA_HTTP_PORT=$port java -jar "$checkout/webapp/target/relata.jar" > "$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null; do
  kill -0 $pid 2>/dev/null || { cat "$data/server.log"; exit 1; }
  sleep 0.5
done
RELATA_TOKEN=$(curl -s -XPOST "http://127.0.0.1:$port/api/v1/auth/token" \
  -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" | grep -oP '"token":"\K[^"]+')
export RELATA_TOKEN RELATA_CUSTOMERS=1
curl -sf -XPOST "http://127.0.0.1:$port/api/v1/records/customer" -o /dev/null \
  -H "Authorization: Bearer $RELATA_TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"Benchmark customer"}'
# Steady state only: the JIT compilers compete for the two cores for about three minutes.
wrk -t2 -c16 -d"${REST_WARMUP_SECONDS:-180}"s -s "$script" "http://127.0.0.1:$port" > /dev/null
for run in 1 2; do
  echo "$label run $run: $(wrk -t2 -c16 -d20s -s "$script" "http://127.0.0.1:$port" \
    | grep -oP 'Requests/sec:\s*\K[0-9.]+') records/s"
done
