#!/usr/bin/env bash
# Lints the OpenAPI document the real server serves, generated parts included: starts the built
# relata.jar, creates a custom entity with a field of every type at runtime, fetches /openapi
# signed in and anonymously, and lints both with Spectral (spectral:oas; errors and warnings fail)
# and Redocly (recommended; errors fail, warnings are listed). Needs webapp/target/relata.jar
# (mvn package). The linters are npm packages, pinned here and installed under target/.
set -euo pipefail
cd "$(dirname "$0")/.."

SPECTRAL_VERSION=6.16.3
REDOCLY_VERSION=2.77.0
TOOLS=target/openapi-lint
OUT="$TOOLS/documents"
JAR=webapp/target/relata.jar

log() { printf '\n=== %s ===\n' "$*"; }

[[ -f "$JAR" ]] || { echo "No $JAR: build first (mvn -DskipTests package)." >&2; exit 1; }

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  log "Node.js and npm from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi
# Redocly CLI 2 needs Node 20.19 or later.
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "Node $(node --version) is too old for Redocly CLI $REDOCLY_VERSION: 20.19 or later." >&2
  exit 1
fi

log "Spectral $SPECTRAL_VERSION and Redocly $REDOCLY_VERSION"
mkdir -p "$TOOLS" "$OUT"
if [[ ! -x "$TOOLS/node_modules/.bin/spectral" || ! -x "$TOOLS/node_modules/.bin/redocly" ]] \
  || ! grep -q "\"version\": \"$SPECTRAL_VERSION\"" "$TOOLS/node_modules/@stoplight/spectral-cli/package.json" 2>/dev/null \
  || ! grep -q "\"version\": \"$REDOCLY_VERSION\"" "$TOOLS/node_modules/@redocly/cli/package.json" 2>/dev/null; then
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error \
    "@stoplight/spectral-cli@$SPECTRAL_VERSION" "@redocly/cli@$REDOCLY_VERSION"
fi
printf 'extends: ["spectral:oas"]\n' > "$TOOLS/.spectral.yaml"

log "Relata on a free port"
port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "No free port found" >&2; exit 1
}
PORT=$(port)
DATA=$(mktemp -d)
PASSWORD='openapi lint passphrase 2026'
RELATA_HTTP_PORT=$PORT RELATA_DATA_DIR="$DATA" RELATA_ADMIN_PASSWORD="$PASSWORD" \
  RELATA_PASSWORD_ITERATIONS=10000 RELATA_DEMO_DATA=false \
  java -Xmx1g -jar "$JAR" >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$DATA"' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 180); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready" || true)" == 200 ]] && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$OUT/server.log" >&2; exit 1; }
  sleep 1
done
[[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready")" == 200 ]] \
  || { echo "Relata was not ready in 3 minutes; see $OUT/server.log" >&2; exit 1; }

TOKEN=$(curl -sf -XPOST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\": \"admin\", \"password\": \"$PASSWORD\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')

log "A custom entity with a field of every type, created at runtime"
curl -sf -o /dev/null -XPOST "$BASE/api/v1/metadata/entities" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' --data-binary @- <<'JSON'
{"name": "lint_gadget", "labels": {"en": "Gadget", "zh-CN": "小工具"}, "nameField": "name",
 "fields": [
  {"name": "name", "type": "text", "required": true, "labels": {"en": "Name"}},
  {"name": "notes", "type": "longtext", "helpText": "Anything worth knowing.", "labels": {"en": "Notes"}},
  {"name": "units", "type": "integer", "labels": {"en": "Units"}},
  {"name": "weight", "type": "decimal", "precision": 8, "scale": 3, "labels": {"en": "Weight"}},
  {"name": "price", "type": "currency", "labels": {"en": "Price"}},
  {"name": "discount", "type": "percent", "defaultValue": "5", "labels": {"en": "Discount"}},
  {"name": "launched_on", "type": "date", "labels": {"en": "Launched on"}},
  {"name": "checked_at", "type": "datetime", "labels": {"en": "Checked at"}},
  {"name": "active", "type": "boolean", "defaultValue": "true", "labels": {"en": "Active"}},
  {"name": "colour", "type": "picklist", "required": true, "labels": {"en": "Colour"},
   "options": [{"value": "red", "order": 1}, {"value": "blue", "order": 2},
               {"value": "mauve", "order": 3, "active": false}]},
  {"name": "tags", "type": "multipicklist", "labels": {"en": "Tags"},
   "options": [{"value": "new", "order": 1}, {"value": "old", "order": 2}]},
  {"name": "contact_email", "type": "email", "unique": true, "labels": {"en": "Email"}},
  {"name": "phone", "type": "phone", "labels": {"en": "Phone"}},
  {"name": "website", "type": "url", "labels": {"en": "Website"}},
  {"name": "maker", "type": "lookup", "target": "customer", "labels": {"en": "Maker"}},
  {"name": "reviewer", "type": "user", "labels": {"en": "Reviewer"}},
  {"name": "serial", "type": "autonumber", "pattern": "GD-{0000}", "labels": {"en": "Serial"}}]}
JSON

curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/openapi" -o "$OUT/openapi-signed-in.yaml"
curl -sf "$BASE/openapi" -o "$OUT/openapi-anonymous.yaml"
grep -q '/api/v1/records/lint_gadget' "$OUT/openapi-signed-in.yaml" \
  || { echo "The entity created at runtime is not in the document." >&2; exit 1; }

status=0
for document in "$OUT/openapi-signed-in.yaml" "$OUT/openapi-anonymous.yaml"; do
  log "Spectral (spectral:oas) on $(basename "$document")"
  "$TOOLS/node_modules/.bin/spectral" lint --ruleset "$TOOLS/.spectral.yaml" \
    --fail-severity=warn "$document" || status=1
  log "Redocly (recommended) on $(basename "$document")"
  "$TOOLS/node_modules/.bin/redocly" lint --extends=recommended "$document" || status=1
done
[[ $status == 0 ]] && log "The OpenAPI document is lint-clean" || log "The OpenAPI document has lint errors"
exit $status
