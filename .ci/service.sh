#!/usr/bin/env bash
# Starts or stops the packaged service on the embedded default, for the checks that talk to a running Corpora
# (Prism, the TypeScript client, the browser). Usage: .ci/service.sh start|stop
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
    CORPORA_DATA_DIR="$state/data" MICRONAUT_SERVER_PORT="$port" \
      CORPORA_BOOTSTRAP_CLIENT_ID=ci-admin CORPORA_BOOTSTRAP_CLIENT_SECRET=ci-admin-secret \
      CORPORA_BOOTSTRAP_ORG_ID=ci-org CORPORA_DELETION_INTERVAL=500ms \
      nohup java -jar bootstrap/target/corpora.jar > "$state/service.log" 2>&1 &
    echo $! > "$state/pid"
    for _ in $(seq 1 120); do
      if curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/encoders"; then
        echo "Corpora is up on port $port"
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
