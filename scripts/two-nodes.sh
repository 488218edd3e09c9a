#!/usr/bin/env bash
# Two application nodes on one PostgreSQL database, job executors on both (BENCHMARKS.md).
#
#   scripts/two-nodes.sh start      build once into target-bench, start nodes on 8080 and 8081
#   scripts/two-nodes.sh kill 8081  kill -9 one node (no shutdown, no transaction completes)
#   scripts/two-nodes.sh stop       stop both (SIGTERM, by the pids this script recorded)
#
# Database: EHC_DB_URL / EHC_DB_USER / EHC_DB_PASSWORD (default: ehc_bench on the local server).
# Logs: target-bench/node-<port>.log. Both nodes run the `postgres` profile; each engine names
# itself node-<port> in the job log (ACT_HI_JOB_LOG.HOSTNAME_), so firings can be told apart.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=target-bench
export EHC_DB_URL="${EHC_DB_URL:-jdbc:postgresql://127.0.0.1:5432/ehc_bench}"
export EHC_DB_USER="${EHC_DB_USER:-postgres}"
export EHC_DB_PASSWORD="${EHC_DB_PASSWORD:-}"

build() {
  ./mvnw -q -Dbuild.dir="$BUILD" -DskipTests compile dependency:build-classpath \
    -Dmdep.outputFile="$BUILD/classpath.txt" -Dmdep.includeScope=runtime
}

start_node() {
  local port=$1
  java -Xmx1g -cp "$BUILD/classes:$(cat "$BUILD/classpath.txt")" uk.ehctracker.EhcTrackerApplication \
    --spring.profiles.active=postgres --server.port="$port" \
    --camunda.bpm.job-execution.enabled=true \
    --camunda.bpm.generic-properties.properties.hostname="node-$port" \
    --logging.level.uk.ehctracker=info \
    > "$BUILD/node-$port.log" 2>&1 &
  echo $! > "$BUILD/node-$port.pid"
  echo "node $port: pid $(cat "$BUILD/node-$port.pid"), log $BUILD/node-$port.log"
}

await_node() {
  local port=$1
  for _ in $(seq 1 240); do
    if grep -q "Started EhcTrackerApplication" "$BUILD/node-$port.log" 2>/dev/null; then
      echo "node $port: started"; return 0
    fi
    if ! kill -0 "$(cat "$BUILD/node-$port.pid")" 2>/dev/null; then
      echo "node $port: exited, see $BUILD/node-$port.log" >&2; return 1
    fi
    sleep 1
  done
  echo "node $port: not started after 240 s" >&2; return 1
}

case "${1:-start}" in
  start)
    build
    start_node 8080
    # the first node creates or updates the engine's schema and deploys the models; the second waits for it
    await_node 8080
    start_node 8081
    await_node 8081
    ;;
  kill)
    port=${2:?which port}
    kill -9 "$(cat "$BUILD/node-$port.pid")" && echo "node $port: killed (kill -9)"
    ;;
  stop)
    for port in 8080 8081; do
      if [ -f "$BUILD/node-$port.pid" ] && kill -0 "$(cat "$BUILD/node-$port.pid")" 2>/dev/null; then
        kill "$(cat "$BUILD/node-$port.pid")" && echo "node $port: stopped"
      fi
    done
    ;;
  *)
    echo "usage: $0 start|kill <port>|stop" >&2; exit 2
    ;;
esac
