#!/usr/bin/env bash
# The Java client check: builds clients/java, the Maven module whose client is generated from
# api-spec/src/main/resources/openapi.yml by openapi-generator (java, native library) on every build, and runs its
# consumer scenario (clients/scenario.md) and the README's Java example against a running Corpora:
# mvn -pl clients/java -Pscenario verify, offline first, online only when the offline build ran no test.
#
# With CORPORA_URL set, the tests use that service (client CORPORA_CLIENT_ID / CORPORA_CLIENT_SECRET, by default
# ci-admin / ci-admin-secret; CORPORA_JWT_SECRET for step 10) and nothing is started or stopped. Without it, the
# packaged jar is started on PostgreSQL with .ci/service.sh (on CORPORA_PORT, 18093 by default) and stopped on exit;
# the jar is built first if it is missing.
# Ends with Surefire's summary and a line "Java client: N passed, N failed"; exits non-zero on any failure, on a
# skipped test, or when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
client=clients/java

export CORPORA_SERVICE_DB=postgres
export CORPORA_PORT="${CORPORA_PORT:-18093}"

. .ci/lib.sh

ensure_service
echo "== Java client: generate, build and run the scenario against $CORPORA_URL"
results=$(mktemp)
trap 'rm -f "$results"; if [ -n "$service_started" ]; then .ci/service.sh stop; fi' EXIT
status=0
run_scenario() {
  mvn -B -Dstyle.color=never "$@" -pl "$client" -Pscenario verify 2>&1 | tee "$results"
}
run_scenario -o || status=$?
if [ "$status" -ne 0 ] && ! grep -q 'Tests run:' "$results"; then
  echo "== Java client: the offline build ran no test (a missing dependency?): trying online"
  status=0
  run_scenario || status=$?
fi

# Surefire's own summary: the last "Results:" block, down to its "Tests run: ..., Skipped: N" total.
summary=$(sed 's/\x1b\[[0-9;]*m//g' "$results" | awk '
  /\] Results:$/ { block = ""; capture = 1 }
  capture { block = block $0 "\n" }
  capture && /Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$/ { capture = 0; last = block }
  END { printf "%s", last }')
total=$(printf '%s' "$summary" | tail -1)
counts='s/.*Tests run: \([0-9]*\), Failures: \([0-9]*\), Errors: \([0-9]*\), Skipped: \([0-9]*\)$/\1 \2 \3 \4/p'
read -r run failures errors skipped < <(printf '%s\n' "$total" | sed -n "$counts") || true
if [ -z "${run:-}" ]; then
  echo "FAIL: the Java client's scenario printed no Surefire summary" >&2
  status=1
  run=0 failures=0 errors=0 skipped=0
fi
passed=$((run - failures - errors - skipped))
failed=$((failures + errors))
if [ "$passed" -eq 0 ] || [ "$failed" -ne 0 ]; then
  status=1
fi
if [ "$skipped" -ne 0 ]; then
  echo "FAIL: $skipped scenario tests were skipped; the scenario must run whole" >&2
  status=1
fi
if [ "$status" -ne 0 ] && [ -n "$service_started" ]; then
  echo "The service's log, last lines:" >&2
  tail -n 40 "target/ci-service/$CORPORA_PORT/service.log" >&2 || true
fi
echo
printf '%s\n' "$summary"
echo "Java client: $passed passed, $failed failed"
exit "$status"
