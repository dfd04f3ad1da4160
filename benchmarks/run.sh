#!/usr/bin/env bash
# Runs every benchmark of docs/benchmarks.md on this machine against a local PostgreSQL.
# Usage: benchmarks/run.sh [all|generate|list|addfield|rest|startup|rules|rules-publish|rules-write|rules-rest|access]
#   (default: all; rules = rules-publish, rules-write and rules-rest, about 25 minutes)
# Needs PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres); creates database relata_bench.
# The REST run also uses wrk when installed (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
export RELATA_BENCH_DB_URL="${RELATA_BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/relata_bench}"
out=benchmarks/target/results
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar

build() {
  mvn -q -B -ntp -Pbenchmarks -DskipTests package
}

database() {
  psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'relata_bench'" \
    | grep -q 1 || psql -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE relata_bench"
}

generate() {
  java -Xmx2g -cp "$jar" dev.relata.benchmarks.OpportunityGenerator | tee "$out/generate.txt"
}

list() {
  java -jar "$jar" ListQueryBenchmark -rf json -rff "$out/list.json" | tee "$out/list.txt"
}

addfield() {
  java -cp "$jar" dev.relata.benchmarks.AddFieldTiming | tee "$out/addfield.txt"
}

# Starts relata.jar with the given environment, prints seconds to ready and heap after start.
start_server() {
  local port=$1; shift
  local started=$(date +%s.%N)
  env "$@" RELATA_HTTP_PORT="$port" java -jar webapp/target/relata.jar > "$out/server-$port.log" 2>&1 &
  server_pid=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null; do
    kill -0 "$server_pid" 2>/dev/null || { echo "server exited; see $out/server-$port.log"; exit 1; }
    sleep 0.2
  done
  local ready=$(date +%s.%N)
  jcmd "$server_pid" GC.run > /dev/null
  local heap=$(jcmd "$server_pid" GC.heap_info | grep -oP 'used \K[0-9]+K' | head -1)
  printf 'ready after %.1f s, heap used after start and a full GC: %s\n' \
    "$(echo "$ready - $started" | bc)" "$heap"
}

stop_server() {
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
}

startup() {
  local data; data=$(mktemp -d)
  echo -n "first start on a new H2 database with demo data: " | tee "$out/startup.txt"
  start_server 18081 RELATA_DATA_DIR="$data" RELATA_ADMIN_PASSWORD=startup-benchmark-password > "$out/line"
  tee -a "$out/startup.txt" < "$out/line"
  stop_server
  echo -n "second start on the same H2 database: " | tee -a "$out/startup.txt"
  start_server 18081 RELATA_DATA_DIR="$data" > "$out/line"
  tee -a "$out/startup.txt" < "$out/line"
  stop_server
  rm -rf "$data"
}

rest() {
  echo -n "start on PostgreSQL with 1,000,000 opportunities: " | tee "$out/rest.txt"
  start_server 18080 RELATA_DB_URL="$RELATA_BENCH_DB_URL" RELATA_DB_USER=postgres > "$out/line"
  tee -a "$out/rest.txt" < "$out/line"
  # Measured at steady state: on two cores the JIT compilers work for about three minutes under load
  # before they stop competing with the server for CPU.
  local warmup=${REST_WARMUP_SECONDS:-180}
  if command -v wrk > /dev/null; then
    # wrk needs far less CPU than a JVM client, which shares the two cores with the server.
    RELATA_TOKEN=$(curl -s -XPOST http://127.0.0.1:18080/api/v1/auth/token \
      -H 'Content-Type: application/json' \
      -d '{"username":"admin","password":"benchmark server passphrase"}' | grep -oP '"token":"\K[^"]+')
    export RELATA_TOKEN
    wrk -t2 -c16 -d${warmup}s -s benchmarks/rest-create.lua http://127.0.0.1:18080 > /dev/null
    echo "wrk, 16 connections, 30 s after a ${warmup} s warm-up:" | tee -a "$out/rest.txt"
    wrk -t2 -c16 -d30s --latency -s benchmarks/rest-create.lua http://127.0.0.1:18080 \
      | tee -a "$out/rest.txt"
    warmup=10
  fi
  java -Dwarmup="$warmup" -cp "$jar" dev.relata.benchmarks.RestCreateLoad http://127.0.0.1:18080 \
    "benchmark server passphrase" | tee -a "$out/rest.txt"
  stop_server
}

# Publishing generated rule sets (docs/benchmarks.md, "Rules"): each size and compiler in a new JVM
# with a 1 GiB heap. The executable model at 10,000 rules fills the heap; it is stopped after 5 min.
rules_publish() {
  : > "$out/rules-publish.txt"
  for run in "1000 drl 0" "1000 drl 2" "10000 drl 0" "1000 model 0" "10000 model 0"; do
    set -- $run
    echo "== $1 rules, $2, $3 warm-up rounds (load average: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/rules-publish.txt"
    timeout -k 10 300 java -Xmx1g -Xlog:gc:file="$out/gc-publish-$1-$2-$3.log" -cp "$jar" \
      dev.relata.benchmarks.PublishTiming "$1" "$2" "$3" 2>&1 | grep -E '^publish|^warm|Error|Exception' \
      | tee -a "$out/rules-publish.txt" || echo "stopped after 300 s or failed" | tee -a "$out/rules-publish.txt"
  done
}

# What 100 rules add to RecordService.create (H2 in memory and PostgreSQL), and LiveRuleEngine.apply.
rules_write() {
  java -jar "$jar" 'RuleWriteBenchmark|RuleApplyBenchmark' -rf json -rff "$out/rules-write.json" \
    | tee "$out/rules-write.txt"
}

# Access decisions with 1,000 sharing rules (JMH, H2 in memory; about 1 minute).
access() {
  java -jar "$jar" AccessDecisionBenchmark -rf json -rff "$out/access.json" | tee "$out/access.txt"
}

rules_rest() {
  benchmarks/rest-rules.sh | tee "$out/rest-rules.txt"
}

[ "${SKIP_BUILD:-}" = 1 ] || build
database
case "$what" in
  all) generate; list; addfield; rest; startup ;;
  generate) generate ;;
  list) list ;;
  addfield) addfield ;;
  rest) rest ;;
  startup) startup ;;
  rules) rules_publish; rules_write; rules_rest ;;
  rules-publish) rules_publish ;;
  rules-write) rules_write ;;
  rules-rest) rules_rest ;;
  access) access ;;
  *) echo "unknown benchmark $what"; exit 2 ;;
esac
