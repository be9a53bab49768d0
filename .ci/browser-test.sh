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

. .ci/lib.sh

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

ensure_service
echo "== Browser: tests against $CORPORA_URL; screenshots go to target/browser/"
run_node_tests Browser tools/browser "ℹ "
