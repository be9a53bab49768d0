#!/usr/bin/env bash
# The Go client check: installs Debian's golang-go with apt-get when go is missing, generates the client from
# api-spec/src/main/resources/openapi.yml with openapi-generator's go generator (go generate in clients/go runs
# .ci/openapi-generator.sh, pinned 7.17.0) into clients/go/corpora (never committed, so it cannot drift from the spec),
# and runs go test -v in clients/go (the consumer scenario, clients/scenario.md, and the README's Go example) against a
# running Corpora. Go downloads nothing (GOPROXY=off, GOFLAGS=-mod=mod, GOTOOLCHAIN=local: the module needs no other
# module) and builds into its own cache, clients/go/target/go-build.
#
# With CORPORA_URL set, the tests use that service (client CORPORA_CLIENT_ID / CORPORA_CLIENT_SECRET, by default
# ci-admin / ci-admin-secret; CORPORA_JWT_SECRET is its signing secret) and nothing is started or stopped. Without it,
# the packaged jar is started on PostgreSQL with .ci/service.sh (on CORPORA_PORT, 18092 by default) and stopped on
# exit; the jar is built first if it is missing.
# Ends with go test's "ok"/"FAIL" line and a line "Go: N passed, N failed", which counts go test -v's "--- PASS" and
# "--- FAIL" lines: top-level tests and subtests alike (TestScenario, its eleven steps and TestReadmeExample: 13 on a
# passing run). Exits non-zero on any failure, when no test passed, or when a test was skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
client=clients/go
work="$client/target"
export CORPORA_PORT="${CORPORA_PORT:-18092}"
export CORPORA_SERVICE_DB=postgres
export GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local
export GOCACHE="$PWD/$work/go-build"

. .ci/lib.sh

if ! command -v go > /dev/null; then
  echo "== Go client: installing Debian's golang-go"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq golang-go > /dev/null
fi
echo "== Go client: $(go version)"

echo "== Go client: generate from the spec"
mkdir -p "$work"
if ! (cd "$client" && go generate .) > "$work/generate.log" 2>&1; then
  cat "$work/generate.log" >&2
  echo "FAIL: openapi-generator could not generate the Go client" >&2
  exit 1
fi
echo "generated with openapi-generator $(cat "$client/corpora/.openapi-generator/VERSION") (go) into $client/corpora"

echo "== Go client: build and vet"
(cd "$client" && go vet .)

ensure_service
export CORPORA_CLIENT_ID="${CORPORA_CLIENT_ID:-ci-admin}"
export CORPORA_CLIENT_SECRET="${CORPORA_CLIENT_SECRET:-ci-admin-secret}"
echo "== Go client: tests against $CORPORA_URL"
results="$work/go-test.log"
status=0
# -count=1: never a cached result, the service is what is tested; a hung run is stopped after five minutes.
(cd "$client" && go test -v -count=1 -timeout 5m .) 2>&1 | tee "$results" || status=$?
passed=$(grep -cE '^ *--- PASS: ' "$results" || true)
failed=$(grep -cE '^ *--- FAIL: ' "$results" || true)
skipped=$(grep -cE '^ *--- SKIP: ' "$results" || true)
# go test's last line: "ok  	corpora.dev/clients/go	3.1s", "FAIL	corpora.dev/clients/go	3.1s", "... [build failed]"
verdict=$(grep -E '^(ok|FAIL)[[:space:]]' "$results" | tail -1 || true)
if [ -z "$verdict" ]; then
  echo "FAIL: go test printed no ok/FAIL line" >&2
  status=1
elif [ "$passed" -eq 0 ] || [ "$failed" -ne 0 ] || [[ "$verdict" != ok* ]]; then
  status=1
elif [ "$skipped" -ne 0 ]; then
  echo "FAIL: $skipped tests were skipped; every step of the scenario must run" >&2
  status=1
fi
if [ "$status" -ne 0 ]; then
  if [ -n "$service_started" ]; then
    echo "The service's log, last lines:" >&2
    tail -n 40 "target/ci-service/$CORPORA_PORT/service.log" >&2 || true
  fi
  # the log above came after go test's verdict: repeat it, so the run still ends with it
  [ -n "$verdict" ] && echo "$verdict"
fi
echo "Go: $passed passed, $failed failed"
exit "$status"
