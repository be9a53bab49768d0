# Shared by the checks that run node:test suites against a running Corpora. Source it from the repository root.

# Uses CORPORA_URL when it is set; otherwise builds the jar if it is missing, starts it with .ci/service.sh on
# CORPORA_PORT (18080 by default; on PostgreSQL with CORPORA_SERVICE_DB=postgres), stops it on exit and exports
# CORPORA_URL and CORPORA_JWT_SECRET.
service_started=""
ensure_service() {
  if [ -n "${CORPORA_URL:-}" ]; then
    return
  fi
  if [ ! -f bootstrap/target/corpora.jar ]; then
    echo "== Building the service jar"
    mvn -B -q -o install -DskipTests || mvn -B -q install -DskipTests
  fi
  service_started=yes
  trap '.ci/service.sh stop' EXIT
  # the tests that sign their own tokens (another organization, other roles) need the service's secret
  export CORPORA_JWT_SECRET="${CORPORA_JWT_SECRET:-ci-only-signing-secret-of-at-least-32-bytes}"
  .ci/service.sh start
  export CORPORA_URL="http://127.0.0.1:${CORPORA_PORT:-18080}"
}

# Runs `npm run test` in DIR and ends with the line "LABEL: N passed, N failed"; returns non-zero on any failure,
# on no test passed, or on no summary. A test cancelled because a hook failed (the login, say) counts as failed.
# PREFIX is how the reporter starts its summary lines: "# " for tap, "ℹ " for spec.
run_node_tests() {
  local label="$1" dir="$2" prefix="$3" results status=0 passed failed cancelled
  results=$(mktemp)
  (cd "$dir" && npm run --silent test) | tee "$results" || status=$?
  passed=$(sed -n "s/^${prefix}pass \([0-9]*\)$/\1/p" "$results" | tail -1)
  failed=$(sed -n "s/^${prefix}fail \([0-9]*\)$/\1/p" "$results" | tail -1)
  cancelled=$(sed -n "s/^${prefix}cancelled \([0-9]*\)$/\1/p" "$results" | tail -1)
  rm -f "$results"
  [ -n "$failed" ] && failed=$((failed + ${cancelled:-0}))
  if [ -z "$passed" ] || [ -z "$failed" ]; then
    echo "FAIL: the $label tests printed no summary" >&2
    status=1
  elif [ "$passed" -eq 0 ] || [ "$failed" -ne 0 ]; then
    status=1
  fi
  if [ "$status" -ne 0 ] && [ -n "$service_started" ]; then
    echo "The service's log, last lines:" >&2
    tail -n 40 "target/ci-service/${CORPORA_PORT:-18080}/service.log" >&2 || true
  fi
  echo "$label: ${passed:-0} passed, ${failed:-0} failed"
  return "$status"
}
