#!/usr/bin/env bash
# The browser check of the docs pages: Debian's chromium (installed with apt-get when /usr/bin/chromium is missing),
# driven headless by playwright-core (tools/browser, installed with npm ci), opens /docs, sees every operation of the
# spec, authorizes with a bearer token, runs Create Dataset from the page and sees the 200, and renders /redoc; the
# pages may not load anything from another origin. Screenshots: target/browser/docs.png and target/browser/redoc.png.
#
# With CORPORA_URL set, the test uses that service (client CORPORA_CLIENT_ID / CORPORA_CLIENT_SECRET, by default
# ci-admin / ci-admin-secret) and nothing is started or stopped. Without it, the packaged jar is started with
# .ci/service.sh (on CORPORA_PORT, 18080 by default) and stopped on exit; the jar is built first if it is missing.
# Ends with a line "Browser: N passed, N failed"; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${CORPORA_PORT:-18080}"

started=""
stop_service() {
  if [ -n "$started" ]; then
    .ci/service.sh stop
  fi
}
trap stop_service EXIT

if [ ! -x /usr/bin/chromium ]; then
  echo "== Browser: installing Debian's chromium"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  # without recommends (printing, power management); the fonts are the one recommend a screenshot needs
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-liberation \
    > /dev/null
fi
echo "== Browser: $(/usr/bin/chromium --version 2>/dev/null | head -1)"

echo "== Browser: npm ci"
(cd tools/browser && npm ci --ignore-scripts --no-audit --no-fund)

if [ -z "${CORPORA_URL:-}" ]; then
  if [ ! -f bootstrap/target/corpora.jar ]; then
    echo "== Building the service jar"
    mvn -B -q -o install -DskipTests || mvn -B -q install -DskipTests
  fi
  started=yes
  .ci/service.sh start
  export CORPORA_URL="http://127.0.0.1:$port"
fi

echo "== Browser: tests against $CORPORA_URL"
results=$(mktemp)
status=0
begin=$(date +%s)
(cd tools/browser && npm run --silent test) | tee "$results" || status=$?
passed=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$results" | tail -1)
failed=$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' "$results" | tail -1)
cancelled=$(sed -n 's/^ℹ cancelled \([0-9]*\)$/\1/p' "$results" | tail -1)
# A test that never ran because a hook failed (the login, the browser's start) counts as failed.
[ -n "$failed" ] && failed=$((failed + ${cancelled:-0}))
rm -f "$results"
if [ -z "$passed" ] || [ -z "$failed" ]; then
  echo "FAIL: the browser tests printed no summary" >&2
  status=1
elif [ "$passed" -eq 0 ] || [ "$failed" -ne 0 ]; then
  status=1
fi
if [ "$status" -ne 0 ] && [ -n "$started" ]; then
  echo "The service's log, last lines:" >&2
  tail -n 40 "target/ci-service/$port/service.log" >&2 || true
fi
echo "Screenshots in target/browser/; the browser tests took $(( $(date +%s) - begin ))s"
echo "Browser: ${passed:-0} passed, ${failed:-0} failed"
exit "$status"
