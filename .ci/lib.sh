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

# Generates a typescript-fetch client in DIR with `npm run generate` (openapi-generator-cli, as DIR's
# openapitools.json configures it), checking the generator jar the CLI fetches from Maven Central against the
# pinned SHA-256 of openapi-generator 7.17.0: a partial download is removed and fetched again, a jar with another
# digest fails the check. A changed generator version in openapitools.json needs a new digest here.
generate_typescript_client() {
  local label="$1" dir="$2" version jar generate_log
  local sha256=25d6bd8273dd2be99979d544b62ea43f0ce1975f1aa582678b5093d1e7fcfce8
  # the jar's place, as openapi-generator-cli computes it from openapitools.json ("~" is the home folder)
  version=$(cd "$dir" && node -p "require('./openapitools.json')['generator-cli'].version")
  jar=$(cd "$dir" && node -p "const c = require('./openapitools.json')['generator-cli'];
    require('path').resolve(c.storageDir.replace('~', require('os').homedir()), c.version + '.jar')")
  if [ -f "$jar" ] && ! echo "$sha256  $jar" | sha256sum --check --quiet --status; then
    echo "$jar does not have the pinned SHA-256 (a partial download?): removing it to fetch it again"
    rm -f "$jar"
  fi
  generate_log=$(mktemp)
  (cd "$dir" && npm run --silent generate > "$generate_log" 2>&1) || {
    cat "$generate_log" >&2
    rm -f "$generate_log"
    echo "FAIL: openapi-generator could not generate the $label client" >&2
    return 1
  }
  rm -f "$generate_log"
  if ! echo "$sha256  $jar" | sha256sum --check --quiet --status; then
    rm -f "$jar"
    echo "FAIL: $jar (openapi-generator $version) does not have the pinned SHA-256; removed it" >&2
    return 1
  fi
  echo "generated with openapi-generator $version (typescript-fetch)"
}
