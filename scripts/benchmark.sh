#!/usr/bin/env bash
# Runs the benchmarks (BENCHMARKS.md) against one or more generated databases, one after another;
# the figures go to the console and to target-bench/bench-report.txt
# (BUILD_DIR=... for another build directory, e.g. while a generator runs from target-bench).
#
#   scripts/benchmark.sh ehc_bench_small ehc_bench          # ScaleBenchmark on each database
#   TESTS=TwoNodeKillBenchmark scripts/benchmark.sh ehc_bench  # the kill test
#
# Extra knobs go through MAVEN_ARGS, e.g. MAVEN_ARGS="-Dbench.timers=2000 -Dbench.twoNodes=false".
set -euo pipefail
cd "$(dirname "$0")/.."
TESTS="${TESTS:-ScaleBenchmark}"
BUILD_DIR="${BUILD_DIR:-target-bench}"
for db in "${@:-ehc_bench}"; do
  # a clean clone needs no data set made first: on an empty database Flyway makes the schema and
  # the benchmark makes the cases, timers and the Kent-size LA it measures (a generated set only
  # makes the lists and the history bigger, BENCHMARKS.md)
  if ! psql -h 127.0.0.1 -U "${EHC_DB_USER:-postgres}" -d "$db" -Atc 'SELECT 1' >/dev/null 2>&1; then
    echo "=== creating the empty database $db"
    psql -h 127.0.0.1 -U "${EHC_DB_USER:-postgres}" -d postgres -qc "CREATE DATABASE \"$db\""
  fi
  echo "=== $TESTS on $db"
  EHC_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" EHC_DB_USER="${EHC_DB_USER:-postgres}" \
    ./mvnw -Pbenchmark -Dbuild.dir="$BUILD_DIR" verify -Dtest="$TESTS" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dexec.skip=true -Dsurefire.exitTimeout=180 ${MAVEN_ARGS:-} | grep -E '\[bench\]|Tests run|FAIL|ERROR' || true
done
