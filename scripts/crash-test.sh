#!/usr/bin/env bash
# Crash test for the embedded H2 database: do acknowledged writes survive kill -9 of the JVM?
#
#   scripts/crash-test.sh [seconds-before-kill]      (default 20)
#   H2_WRITE_DELAY=500 scripts/crash-test.sh         (H2's default write delay, for comparison)
#
# Starts the packaged application (./mvnw -B -q -DskipTests package, if no jar yet) on a fresh
# data folder, runs 4 curl clients that create requests for an EHC needs assessment and withdraw
# them, each logging every 2xx answer, kills the JVM with SIGKILL mid-stream, restarts it on the
# same folder, and checks that every acknowledged request exists (and every acknowledged
# withdrawal is still a withdrawal). Exit status 0 when nothing acknowledged was lost.
set -uo pipefail
cd "$(dirname "$0")/.."

RUN_SECONDS=${1:-20}
PORT=${CRASH_PORT:-18089}
BASE=http://localhost:$PORT
WORK=$(mktemp -d /tmp/ehc-crash.XXXXXX)
DATA=$WORK/data
mkdir -p "$DATA"

JAR=$(ls target/ehc-tracker-*.jar 2>/dev/null | grep -v '\.original$' | head -1)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -DskipTests package || exit 2
  JAR=$(ls target/ehc-tracker-*.jar | grep -v '\.original$' | head -1)
fi
echo "jar: $JAR, data: $DATA, port: $PORT"

start_app() {   # $1: log name; waits until the API answers
  local args=()
  # H2_WRITE_DELAY=500 (H2's default) compares with the setting in application.yml (0)
  [ -n "${H2_WRITE_DELAY:-}" ] && args+=("--spring.datasource.url=jdbc:h2:file:$DATA/ehc;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=$H2_WRITE_DELAY")
  EHC_DATA_DIR=$DATA PORT=$PORT java -jar "$JAR" "${args[@]}" >"$WORK/$1.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 240); do
    if curl -s -o /dev/null -u caseworker:caseworker "$BASE/api/me"; then
      grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/$1.log" | head -1
      return 0
    fi
    kill -0 $APP 2>/dev/null || { echo "the application died: $WORK/$1.log"; exit 2; }
    sleep 0.5
  done
  echo "the application did not start: $WORK/$1.log"; exit 2
}

start_app first

# four LA1 children without an open request: each client works on its own child
mapfile -t CHILDREN < <(python3 - "$BASE" <<'PY'
import base64, json, sys, urllib.request
base = sys.argv[1]
def get(path):
    req = urllib.request.Request(base + path, headers={"Authorization": "Basic " + base64.b64encode(b"caseworker:caseworker").decode(), "Accept": "application/json"})
    return json.load(urllib.request.urlopen(req))
children = [c["id"] for c in get("/api/children")]
busy = set()
page = 0
while True:
    p = get(f"/api/assessment-requests?size=100&page={page}")
    busy |= {c["childId"] for c in p["content"] if c["status"] not in ("WITHDRAWN", "NOT_ASSESSED", "NOT_ISSUED", "PLAN_ISSUED")}
    page += 1
    if page >= p["totalPages"]:
        break
free = [c for c in children if c not in busy]
print("\n".join(str(c) for c in free[:4]))
PY
)
echo "children for the clients: ${CHILDREN[*]}"
[ ${#CHILDREN[@]} -ge 1 ] || { echo "no free child"; kill -9 $APP; exit 2; }

client() {   # $1: child id, $2: log file. Logs "CREATED id" / "WITHDRAWN id" after each 2xx.
  local child=$1 log=$2 body id code
  while true; do
    body=$(curl -s -w '\n%{http_code}' -u caseworker:caseworker -H 'Content-Type: application/json' \
      -d "{\"childId\": $child, \"requestedBy\": \"PARENT\", \"reasons\": \"Crash test\"}" "$BASE/api/assessment-requests") || return
    code=${body##*$'\n'}
    [ "$code" = 201 ] || { sleep 0.2; continue; }
    id=$(printf '%s' "${body%$'\n'*}" | jq -r .id)
    echo "CREATED $id" >>"$log"
    code=$(curl -s -o /dev/null -w '%{http_code}' -u caseworker:caseworker -H 'Content-Type: application/json' \
      -d '{"reason": "Crash test"}' "$BASE/api/assessment-requests/$id/withdraw") || return
    [ "$code" = 200 ] && echo "WITHDRAWN $id" >>"$log"
  done
}

PIDS=()
for i in "${!CHILDREN[@]}"; do
  client "${CHILDREN[$i]}" "$WORK/client$i.log" &
  PIDS+=($!)
done
sleep "$RUN_SECONDS"
kill -9 $APP
wait $APP 2>/dev/null
sleep 1
for p in "${PIDS[@]}"; do kill $p 2>/dev/null; done
wait 2>/dev/null

CREATED=$(cat "$WORK"/client*.log 2>/dev/null | grep -c '^CREATED')
WITHDRAWN=$(cat "$WORK"/client*.log 2>/dev/null | grep -c '^WITHDRAWN')
echo "acknowledged before kill -9: $CREATED requests created, $WITHDRAWN withdrawn"

start_app restart
LOST=0
while read -r what id; do
  status=$(curl -s -u caseworker:caseworker "$BASE/api/assessment-requests/$id" | jq -r '.status // "MISSING"')
  if [ "$status" = MISSING ] || { [ "$what" = WITHDRAWN ] && [ "$status" != WITHDRAWN ]; }; then
    echo "LOST: $what $id (now $status)"
    LOST=$((LOST + 1))
  fi
done < <(cat "$WORK"/client*.log)
kill $APP; wait $APP 2>/dev/null
echo "lost after restart: $LOST of $((CREATED + WITHDRAWN)) acknowledged writes (logs in $WORK)"
[ $LOST -eq 0 ]
