#!/usr/bin/env bash
# The reference API's own client: installs clients/reference with npm ci, merges the reference's three OpenAPI files
# (shared/reference beside the repository, or CORPORA_REFERENCE_DIR) into one that openapi-generator can read
# (clients/reference/scripts/reference-spec.mjs: the files are never edited), generates the typescript-fetch client
# from it (never committed), builds it with tsc and runs its node:test suite, steps 1 to 8 of clients/scenario.md and
# the README's example, against a running Corpora: a client written for the reference API works against Corpora.
#
# With CORPORA_URL set, the tests use that service (client CORPORA_CLIENT_ID / CORPORA_CLIENT_SECRET, by default
# ci-admin / ci-admin-secret) and nothing is started or stopped. Without it, the packaged jar is started with
# .ci/service.sh on PostgreSQL (CORPORA_SERVICE_DB=postgres) on CORPORA_PORT, 18094 by default, and stopped on exit;
# the jar is built first if it is missing.
# Ends with a line "Reference client: N passed, N failed"; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
client=clients/reference
export CORPORA_SERVICE_DB="${CORPORA_SERVICE_DB:-postgres}"
export CORPORA_PORT="${CORPORA_PORT:-18094}"

. .ci/lib.sh

echo "== Reference client: npm ci"
(cd "$client" && npm ci --ignore-scripts --no-audit --no-fund)

echo "== Reference client: merge and sanitize the reference spec"
(cd "$client" && npm run --silent spec)

echo "== Reference client: generate"
generate_typescript_client reference "$client"

echo "== Reference client: build"
(cd "$client" && npm run --silent build)

ensure_service
echo "== Reference client: tests against $CORPORA_URL"
run_node_tests "Reference client" "$client" "# "
