#!/usr/bin/env bash
# Runs the system scenario (tools/contract/scenario.test.mjs) through Prism, in front of the packaged service:
# every request and response must be what api-spec/src/main/resources/openapi.yml allows, or the run fails.
#
# Two Prism proxies, both with --errors (a response the spec does not allow becomes a 500 problem+json):
#   PRISM_PORT (4010)     validates requests too: the scenario's well-formed requests must be valid, and Prism
#                         refuses to forward one the spec forbids, so it also catches a spec stricter than intended;
#   PRISM_PORT + 1        --validate-request=false: the deliberately broken requests (422, 413, 415) reach the
#                         service, and the service's answer is still validated.
# The service gets a per-run CORPORA_JWT_SECRET so the scenario can sign tokens with other roles and another
# organization (403, 404 across organizations), as an identity provider would.
# Needs bootstrap/target/corpora.jar (built here if missing). Ports: CORPORA_PORT (18080), PRISM_PORT (4010).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
service_port="${CORPORA_PORT:-18080}"
prism_port="${PRISM_PORT:-4010}"
raw_port=$((prism_port + 1))
logs="target/contract/prism-$prism_port"
spec=api-spec/src/main/resources/openapi.yml
prism=tools/contract/node_modules/.bin/prism

if [ ! -f bootstrap/target/corpora.jar ]; then
  echo "bootstrap/target/corpora.jar is missing: building it"
  mvn -B -q -o install -DskipTests
fi
tools/contract/install.sh
mkdir -p "$logs"

for port in "$prism_port" "$raw_port"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is taken by another process; set PRISM_PORT" >&2
    exit 1
  fi
done

prism_pids=()
stop_all() {
  for pid in "${prism_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  CORPORA_PORT="$service_port" .ci/service.sh stop
}
trap stop_all EXIT

CORPORA_JWT_SECRET="$(node -e "process.stdout.write(require('crypto').randomBytes(48).toString('base64'))")"
export CORPORA_JWT_SECRET
# a small allowance that refills slowly, settled with the database on every request, so the scenario can spend
# one organization's and see the 429s; the scenario's own organization stays well below it
rate_limit_requests=600
CORPORA_RATE_LIMIT_REQUESTS=$rate_limit_requests CORPORA_RATE_LIMIT_WINDOW=1h CORPORA_RATE_LIMIT_SYNC_REQUESTS=0 \
  CORPORA_PORT="$service_port" .ci/service.sh start

upstream="http://127.0.0.1:$service_port"
"$prism" proxy "$spec" "$upstream" --errors --host 127.0.0.1 --port "$prism_port" \
  > "$logs/prism.log" 2>&1 &
prism_pids+=($!)
"$prism" proxy "$spec" "$upstream" --errors --validate-request=false --host 127.0.0.1 --port "$raw_port" \
  > "$logs/prism-raw.log" 2>&1 &
prism_pids+=($!)
for log in "$logs/prism.log" "$logs/prism-raw.log"; do
  for _ in $(seq 1 120); do
    grep -q "Prism is listening" "$log" && break
    sleep 0.5
  done
  if ! grep -q "Prism is listening" "$log"; then
    echo "Prism did not start; its log:" >&2
    cat "$log" >&2
    exit 1
  fi
done
echo "Prism validates on ports $prism_port (requests and responses) and $raw_port (responses) in front of $upstream"

status=0
(
  cd tools/contract
  RATE_LIMIT_REQUESTS=$rate_limit_requests \
    PRISM_URL="http://127.0.0.1:$prism_port" PRISM_RAW_URL="http://127.0.0.1:$raw_port" CORPORA_URL="$upstream" \
    SPEC="../../$spec" node --test --test-reporter=spec scenario.test.mjs
) || status=$?

# Belt and braces: whatever the scenario saw, Prism's own logs must show no violation and no 501 (Prism would
# answer a 501 with a mock of its own).
if grep -h -E "Violation|has returned 501|Remocking" "$logs/prism.log" "$logs/prism-raw.log"; then
  echo "FAIL: Prism logged the violations or 501s above (logs in $logs)" >&2
  status=1
fi
if [ "$status" -ne 0 ]; then
  echo "FAIL: the Prism scenario failed; Prism's logs are in $logs, the service's in target/ci-service/$service_port" >&2
  exit "$status"
fi
echo "Prism scenario passed in $((SECONDS - started)) s"
