#!/usr/bin/env bash
# The TypeScript client check: installs clients/typescript with npm ci, generates the typescript-fetch client from
# api-spec/src/main/resources/openapi.yml (never committed, so it cannot drift from the spec), builds it with tsc and
# runs its node:test suite against a running Corpora.
#
# With CORPORA_URL set, the tests use that service (client CORPORA_CLIENT_ID / CORPORA_CLIENT_SECRET, by default
# ci-admin / ci-admin-secret) and nothing is started or stopped. Without it, the packaged jar is started with
# .ci/service.sh (on CORPORA_PORT, 18080 by default) and stopped on exit; the jar is built first if it is missing.
# Ends with a line "TypeScript: N passed, N failed"; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
client=clients/typescript

. .ci/lib.sh

echo "== TypeScript client: npm ci"
(cd "$client" && npm ci --ignore-scripts --no-audit --no-fund)

echo "== TypeScript client: generate from the spec"
generate_typescript_client TypeScript "$client"

echo "== TypeScript client: build"
(cd "$client" && npm run --silent build)

ensure_service
echo "== TypeScript client: tests against $CORPORA_URL"
run_node_tests TypeScript "$client" "# "
