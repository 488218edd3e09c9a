#!/usr/bin/env bash
# Crash test: do acknowledged changes survive kill -9 of the JVM, none twice, no letter twice?
#
#   scripts/crash-test.sh [seconds-of-stream-per-run]       (default 15)
#   CRASH_RUNS=3                 kill/restart runs in one invocation (default 3)
#   CRASH_DB=postgres            on a throwaway PostgreSQL database (dropped afterwards) instead of
#                                the embedded H2 default; CRASH_PG_HOST/CRASH_PG_PORT/CRASH_PG_USER
#                                (default 127.0.0.1, 5432, postgres; trust auth, as on the CI machine);
#                                CRASH_PG_DB names the database (it must not exist yet)
#   CRASH_PORT=18089, CRASH_START_TIMEOUT=300 (seconds for the application to answer)
#   H2_WRITE_DELAY=500           H2's default write delay, to compare with application.yml's 0
#
# Starts the packaged application (target/ehc-tracker-*.jar; ./mvnw -B -q -DskipTests package if
# there is none) as its own process on a fresh data folder (or database), then, CRASH_RUNS times:
#  1. 4 curl clients (the parent for the parent's own children, the caseworker for the others)
#     create a request for an EHC needs assessment and withdraw it, over and over, each logging
#     every 2xx answer with its time in ms;
#  2. after the stream's seconds, kill -9 of the JVM, triggered by the next acknowledged answer
#     (plus a random 0-250 ms), so the kill falls among requests in flight, not at an idle moment;
#  3. restart on the same folder; each client sends once more the request it had in flight (as a
#     client that got no answer would): 409 means the first attempt had committed (or conflicts
#     with a lost change, which the checks then report);
#  4. checks, over every run so far: every acknowledged create exists, every acknowledged
#     withdrawal is WITHDRAWN, each acknowledged id once, no child with two open requests (API
#     and database), each acknowledged change's letter exists, no two letters of one notice type
#     to one recipient on a case, no letter with two outbox messages (the database is read after a
#     clean stop: H2's RunScript, from the jar's own h2-*.jar, or psql); and at least one change was
#     acknowledged in the 500 ms before the kill, otherwise the run fails as "not killed under load".
# The next run starts the application again on the same folder. Exit status 0 when every run passed.
set -uo pipefail
cd "$(dirname "$0")/.."

RUN_SECONDS=${1:-15}
RUNS=${CRASH_RUNS:-3}
DB=${CRASH_DB:-h2}
PORT=${CRASH_PORT:-18089}
START_TIMEOUT=${CRASH_START_TIMEOUT:-300}   # seconds; measured 25-80 s on a busy 2-core machine, 186 s under 3 test suites
BASE=http://localhost:$PORT
WORK=$(mktemp -d /tmp/ehc-crash-$DB.XXXXXX)
DATA=$WORK/data
mkdir -p "$DATA"
CHECK="python3 scripts/crash_check.py"
APP=
PGDB=

now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo "${t:0:-3}"; }
T0=$(now_ms)
secs() { awk -v ms=$(( $(now_ms) - $1 )) 'BEGIN { printf "%.1f", ms / 1000 }'; }

cleanup() {   # the data folder stays for a look when a run failed
  local rc=$?
  [ -n "$APP" ] && kill -9 "$APP" 2>/dev/null
  [ -n "$PGDB" ] && psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -q -c "DROP DATABASE IF EXISTS $PGDB WITH (FORCE)" postgres
  [ "$rc" = 0 ] && rm -rf "$DATA" "$WORK/h2.jar"
}
trap cleanup EXIT

case $DB in
  h2) ;;
  postgres)
    PG_HOST=${CRASH_PG_HOST:-127.0.0.1} PG_PORT=${CRASH_PG_PORT:-5432} PG_USER=${CRASH_PG_USER:-postgres}
    PGDB=${CRASH_PG_DB:-ehc_crash_$(date +%s)_$$}
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $PGDB" postgres || { PGDB=; exit 2; }
    ;;
  *) echo "CRASH_DB must be h2 or postgres, not $DB"; exit 2 ;;
esac

JAR=$(ls target/ehc-tracker-*.jar 2>/dev/null | grep -v '\.original$' | head -1)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -DskipTests package || exit 2
  JAR=$(ls target/ehc-tracker-*.jar | grep -v '\.original$' | head -1)
fi
echo "crash test on $DB: $RUNS runs of ${RUN_SECONDS}s; jar $JAR, port $PORT, logs in $WORK${PGDB:+, database $PGDB}"
if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is in use"; exit 2; fi

start_app() {   # $1: log name; waits until the API answers
  local args=() env=(EHC_DATA_DIR="$DATA" PORT="$PORT") t=$(now_ms)
  if [ "$DB" = postgres ]; then
    args+=(--spring.profiles.active=postgres)
    env+=(EHC_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PGDB" EHC_DB_USER="$PG_USER" EHC_DB_PASSWORD= EHC_DEMO_DATA=true)
  elif [ -n "${H2_WRITE_DELAY:-}" ]; then
    args+=("--spring.datasource.url=jdbc:h2:file:$DATA/ehc;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=$H2_WRITE_DELAY")
  fi
  env "${env[@]}" java -jar "$JAR" "${args[@]}" >"$WORK/$1.log" 2>&1 &
  APP=$!
  while [ $(( $(now_ms) - t )) -lt $(( START_TIMEOUT * 1000 )) ]; do
    if curl -s -o /dev/null -u caseworker:caseworker "$BASE/api/me"; then
      echo "  $1: answering after $(secs "$t") s"
      return 0
    fi
    kill -0 "$APP" 2>/dev/null || { echo "the application died: $WORK/$1.log"; APP=; exit 2; }
    sleep 0.25
  done
  echo "the application did not answer within ${START_TIMEOUT}s: $WORK/$1.log"; exit 2
}

stop_app() {   # a clean stop (SIGTERM), so H2 closes its file; kill -9 after 60 s
  kill "$APP" 2>/dev/null
  for _ in $(seq 1 240); do kill -0 "$APP" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$APP" 2>/dev/null && { echo "  no clean stop within 60 s: kill -9"; kill -9 "$APP"; }
  wait "$APP" 2>/dev/null
  APP=
}

# one POST; prints "<epoch-ms> <http-code> <body>" with the time the answer arrived, or fails
# when no answer came (the JVM is gone)
post() {   # user path json
  local out t
  out=$(curl -s --max-time 30 -w '\n%{http_code}' -u "$1:$1" -H 'Content-Type: application/json' -d "$3" "$BASE$2") || return 1
  t=$(now_ms)
  printf '%s %s %s\n' "$t" "${out##*$'\n'}" "${out%$'\n'*}"
}
create_json() { printf '{"childId": %s, "requestedBy": "PARENT", "reasons": "Crash test"}' "$1"; }
WITHDRAW_JSON='{"reason": "Crash test"}'

client() {   # child user open-case-id|- log: creates and withdraws until the JVM is gone
  local child=$1 user=$2 open=$3 log=$4 t code body
  [ "$open" = - ] && open=
  while true; do
    if [ -z "$open" ]; then
      echo "$(now_ms) SEND CREATE $child" >>"$log"
      read -r t code body < <(post "$user" /api/assessment-requests "$(create_json "$child")") || return 0
      [ -n "${code:-}" ] || return 0
      if [ "$code" = 201 ]; then
        open=$(jq -r .id <<<"$body")
        echo "$t CREATED $open $child" >>"$log"
      else
        echo "$t ERROR $code CREATE $child" >>"$log"; sleep 0.2
      fi
    else
      echo "$(now_ms) SEND WITHDRAW $open $child" >>"$log"
      read -r t code body < <(post "$user" "/api/assessment-requests/$open/withdraw" "$WITHDRAW_JSON") || return 0
      [ -n "${code:-}" ] || return 0
      if [ "$code" = 200 ]; then
        echo "$t WITHDRAWN $open $child" >>"$log"; open=
      else
        echo "$t ERROR $code WITHDRAW $open $child" >>"$log"; sleep 0.2
        [ "$code" = 409 ] && open=   # closed already: start a new request
      fi
    fi
  done
}

acks() { cat "$1"/client*.log 2>/dev/null | grep -c -E '^[0-9]+ (CREATED|WITHDRAWN) '; }

# after the restart: each client's request that got no answer, sent once more
retry_in_flight() {   # run-dir
  local dir=$1 log last t code body user
  for log in "$dir"/client*.log; do
    last=$(tail -n 1 "$log")
    set -- $last
    [ "${2:-}" = SEND ] || continue
    echo "$last" >>"$dir/retry.log"
    if [ "$3" = CREATE ]; then
      user=$(awk -v c="$4" '$1 == c { print $2 }' "$dir/children")
      read -r t code body < <(post "$user" /api/assessment-requests "$(create_json "$4")")
      case $code in
        201) echo "$t CREATED $(jq -r .id <<<"$body") $4" >>"$dir/retry.log" ;;
        409) echo "$t RETRY409 CREATE $4" >>"$dir/retry.log" ;;
        *) echo "$t ERROR $code CREATE $4 (retry)" >>"$dir/retry.log" ;;
      esac
    else
      user=$(awk -v c="$5" '$1 == c { print $2 }' "$dir/children")
      read -r t code body < <(post "$user" "/api/assessment-requests/$4/withdraw" "$WITHDRAW_JSON")
      case $code in
        200) echo "$t WITHDRAWN $4 $5" >>"$dir/retry.log" ;;
        409) echo "$t RETRY409 WITHDRAW $4 $5" >>"$dir/retry.log" ;;
        *) echo "$t ERROR $code WITHDRAW $4 $5 (retry)" >>"$dir/retry.log" ;;
      esac
    fi
  done
  touch "$dir/retry.log"
}

# the database, read after a clean stop: tagged one-column rows for crash_check.py
SQL="
SELECT 'CASE ' || id || ' ' || stage AS x FROM assessment_case;
SELECT 'TWOOPEN ' || child_id || ' ' || COUNT(*) AS x FROM assessment_case
  WHERE stage NOT IN ('NOT_ASSESSED', 'NOT_ISSUED', 'PLAN_ISSUED', 'WITHDRAWN') GROUP BY child_id HAVING COUNT(*) > 1;
SELECT 'LETTER ' || case_id || ' ' || notice_type || ' ' || recipient_role AS x FROM letter
  GROUP BY case_id, notice_type, recipient_role;
SELECT 'DUPLETTER ' || case_id || ' ' || notice_type || ' ' || recipient_role || ' ' || COUNT(*) AS x FROM letter
  GROUP BY case_id, notice_type, recipient_role, recipient_name HAVING COUNT(*) > 1;
SELECT 'DUPOUTBOX ' || letter_id || ' ' || COUNT(*) AS x FROM outbox_message
  WHERE letter_id IS NOT NULL GROUP BY letter_id HAVING COUNT(*) > 1;
SELECT 'OUTBOX ' || COUNT(*) AS x FROM outbox_message;
"
dump_db() {   # file
  printf '%s\n' "$SQL" >"$WORK/checks.sql"
  if [ "$DB" = postgres ]; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -At -f "$WORK/checks.sql" -d "$PGDB" >"$1" 2>&1 \
      || { echo "psql failed: $1"; return 1; }
  else
    [ -f "$WORK/h2.jar" ] || unzip -p "$JAR" "$(unzip -Z1 "$JAR" | grep -m1 'BOOT-INF/lib/h2-.*\.jar')" >"$WORK/h2.jar"
    java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/ehc" -user sa -password "" \
      -script "$WORK/checks.sql" -showResults >"$1" 2>&1 || { echo "H2 RunScript failed: $1"; return 1; }
  fi
}

start_app first
FAILED=0
for run in $(seq 1 "$RUNS"); do
  RT=$(now_ms)
  DIR=$WORK/run$run
  mkdir -p "$DIR"
  $CHECK children "$BASE" "$WORK" >"$DIR/children" || { echo "could not choose the children"; exit 2; }
  echo "run $run: clients (child user open-case): $(paste -sd, "$DIR/children")"
  PIDS=()
  i=0
  while read -r child user open; do
    client "$child" "$user" "$open" "$DIR/client$i.log" &
    PIDS+=($!)
    i=$((i + 1))
  done <"$DIR/children"

  sleep "$RUN_SECONDS"
  # kill at the next acknowledged answer (plus 0-250 ms), with the other clients' requests in flight
  n=$(acks "$DIR")
  for _ in $(seq 1 500); do [ "$(acks "$DIR")" -gt "$n" ] && break; sleep 0.02; done
  sleep "0.$(printf '%03d' $((RANDOM % 250)))"
  now_ms >"$DIR/kill_ms"
  kill -9 "$APP"
  wait "$APP" 2>/dev/null
  APP=
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null; done
  echo "run $run: kill -9 after $(secs "$RT") s, $(acks "$DIR") changes acknowledged"

  start_app "restart$run"
  retry_in_flight "$DIR"
  $CHECK snapshot "$BASE" "$WORK" "$run" || { echo "could not read the cases"; exit 2; }
  stop_app
  dump_db "$DIR/db.txt" || exit 2
  $CHECK check "$WORK" "$run" || FAILED=$((FAILED + 1))
  secs "$RT" >"$DIR/seconds"
  echo "run $run: $(cat "$DIR/seconds") s"
  [ "$run" -lt "$RUNS" ] && start_app "start$((run + 1))"
done

$CHECK summary "$WORK" "$DB"
echo "crash test on $DB: $RUNS runs, $FAILED failed, $(secs "$T0") s (logs in $WORK)"
[ "$FAILED" -eq 0 ]
