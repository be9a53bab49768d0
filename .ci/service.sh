#!/usr/bin/env bash
# Starts or stops the packaged service, for the checks that talk to a running Corpora (Prism, the clients, the
# browser). Usage: .ci/service.sh start|stop
# On the embedded default (H2), or with CORPORA_SERVICE_DB=postgres on a fresh database corpora_ci_<port> of the
# local PostgreSQL (127.0.0.1:5432, user postgres); there CORPORA_JWT_SECRET is required, as in production, and a
# fixed CI secret is used when it is not set.
# Exports nothing; the checks read these fixed settings:
#   CORPORA_URL=http://127.0.0.1:${CORPORA_PORT:-18080}  client ci-admin / ci-admin-secret in organization ci-org
set -euo pipefail
cd "$(dirname "$0")/.."
port="${CORPORA_PORT:-18080}"
state="target/ci-service/$port"

case "${1:-}" in
  start)
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
      echo "port $port is taken by another process; set CORPORA_PORT" >&2
      exit 1
    fi
    mkdir -p "$state"
    rm -rf "$state/data"
    if [ "${CORPORA_SERVICE_DB:-h2}" = postgres ]; then
      database="corpora_ci_$port"
      psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $database" \
        -c "CREATE DATABASE $database" > /dev/null
      export DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:5432/$database"
      export DATASOURCES_DEFAULT_USERNAME=postgres
      export CORPORA_JWT_SECRET="${CORPORA_JWT_SECRET:-ci-only-signing-secret-of-at-least-32-bytes}"
    fi
    # the management port too is per service, so that checks on different ports can run side by side
    CORPORA_DATA_DIR="$state/data" MICRONAUT_SERVER_PORT="$port" \
      CORPORA_MANAGEMENT_PORT="${CORPORA_MANAGEMENT_PORT:-$((port + 1000))}" \
      CORPORA_BOOTSTRAP_CLIENT_ID=ci-admin CORPORA_BOOTSTRAP_CLIENT_SECRET=ci-admin-secret \
      CORPORA_BOOTSTRAP_ORG_ID=ci-org CORPORA_DELETION_INTERVAL=500ms \
      nohup java -jar bootstrap/target/corpora.jar > "$state/service.log" 2>&1 &
    echo $! > "$state/pid"
    for _ in $(seq 1 120); do
      if curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/encoders"; then
        echo "Corpora is up on port $port (${CORPORA_SERVICE_DB:-h2})"
        exit 0
      fi
      sleep 0.5
    done
    echo "Corpora did not start; its log:" >&2
    cat "$state/service.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$state/pid" ]; then
      kill "$(cat "$state/pid")" 2>/dev/null || true
      rm -f "$state/pid"
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
