#!/usr/bin/env bash
# REST create throughput with and without 100 rules in force on opportunity, back to back on one
# server, then creates at a fixed 200/s while rules are published every 1.5 s (docs/benchmarks.md,
# "Rules"). A fresh, small PostgreSQL database (relata_rules_rest), one customer.
# Usage: benchmarks/rest-rules.sh   (after mvn -Pbenchmarks -DskipTests package)
# Settings: REST_WARMUP_SECONDS (60, twice), REST_SECONDS (20), REST_RUNS (2 pairs), LOAD_SECONDS
# (60; 0 skips the publishing run), LOAD_RATE (200).
# Needs PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
port=18095
base=http://127.0.0.1:$port
password="benchmark server passphrase"
warmup=${REST_WARMUP_SECONDS:-60}
seconds=${REST_SECONDS:-20}
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS relata_rules_rest" \
  -c "CREATE DATABASE relata_rules_rest"
data=$(mktemp -d)
pid=
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
# Started twice at most: on this shared machine a start has once failed ("Already disposed.")
# while another engineer's Payara Micro held ports, and worked when repeated.
for attempt in 1 2; do
  env RELATA_DB_URL=jdbc:postgresql://127.0.0.1:5432/relata_rules_rest RELATA_DB_USER=postgres \
    RELATA_DATA_DIR="$data" RELATA_ADMIN_PASSWORD="$password" RELATA_DEMO_DATA=false \
    RELATA_HTTP_PORT=$port java -jar webapp/target/relata.jar > "$data/server.log" 2>&1 &
  pid=$!
  until curl -sf "$base/health/ready" > /dev/null; do
    kill -0 $pid 2>/dev/null || break
    sleep 0.5
  done
  curl -sf "$base/health/ready" > /dev/null && break
  tail -5 "$data/server.log"
  [ $attempt = 2 ] && exit 1
done
token=$(curl -s -XPOST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" | grep -oP '"token":"\K[^"]+')
curl -sf -XPOST "$base/api/v1/records/customer" -o /dev/null \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"Benchmark customer"}'

load() { # seconds of own warm-up, seconds measured
  java -Dcustomers=1 -Dwarmup="$1" -Dseconds="$2" -cp "$jar" dev.relata.benchmarks.RestCreateLoad \
    "$base" "$password"
}
rules() { java -cp "$jar" dev.relata.benchmarks.RulesApi "$base" "$password" "$@"; }

# Warm-up: the JIT compiles the write path without rules, then with them.
load "$warmup" 1 > /dev/null
rules publish 100
load "$warmup" 1 > /dev/null
# Alternating runs, so that a slow phase of the machine does not fall on one side only.
for run in $(seq 1 "${REST_RUNS:-2}"); do
  rules clear 100
  echo "no rules, run $run: $(load 5 "$seconds")"
  rules publish 100 "$run"
  echo "100 rules, run $run: $(load 5 "$seconds")"
done
if [ "${LOAD_SECONDS:-60}" -gt 0 ]; then
  java -Drate="${LOAD_RATE:-200}" -Dseconds="${LOAD_SECONDS:-60}" -cp "$jar" \
    dev.relata.benchmarks.RulePublishLoad "$base" "$password"
fi
grep -c SEVERE "$data/server.log" | sed 's/^/SEVERE lines in the server log: /' || true
