#!/usr/bin/env bash
# Builds the container image with the README's command and checks it without a Docker daemon: reads
# bootstrap/target/corpora-image.tar (.ci/image-inspect.py: manifest, config, layers), then runs it as a container
# runtime would: its layers unpacked in order into a directory (.ci/unpack-image.sh), its entrypoint started there
# with its environment, as its user, in a mount namespace of its own with /proc and /dev mounted (.ci/in-image.sh:
# needs root). That catches a library or a JDK module the image lacks. Against the running image: the service's
# classes come from its class-data archive, not its jars; the API port's /health, the management port's
# /health/liveness and /health/readiness, and a login, a dataset created and read back (on the embedded H2, under
# the image's data directory). Then it stops the service with SIGTERM, as `docker stop` does, and expects it to
# exit 0.
# Ports: CORPORA_PORT (18400) for the API, the next one for the management port.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
port="${CORPORA_PORT:-18400}"
management_port=$((port + 1))
tarball=bootstrap/target/corpora-image.tar
work=target/ci-image
root="$work/root"

for used in "$port" "$management_port"; do
  if curl -s -o /dev/null "http://127.0.0.1:$used/"; then
    echo "port $used is taken by another process; set CORPORA_PORT" >&2
    exit 1
  fi
done

echo "== Building the image"
mvn -B -q -Pimage -DskipTests package
echo "built $tarball, $(du -m "$tarball" | cut -f1) MB, in $((SECONDS - started)) s"

echo "== Reading the image"
rm -rf "$work"
mkdir -p "$work"
python3 .ci/image-inspect.py "$tarball" bootstrap/src/main/jvm/jvm.options "$work/plan.json"

echo "== Running the image"
.ci/unpack-image.sh "$tarball" "$root" > /dev/null
mapfile -t entrypoint < <(jq -r '.entrypoint[]' "$work/plan.json")
mapfile -t image_env < <(jq -r '.env[]' "$work/plan.json")
user=$(jq -r '.user' "$work/plan.json")
in_image_sh="$PWD/.ci/in-image.sh"

# Runs a command in the image, with only the image's environment and extra_env, as the image's user. It replaces
# the shell that calls it: call it in a subshell, $(...) or &, whose process then becomes the command's.
in_image() {
  exec env -i "${image_env[@]}" "${extra_env[@]}" "$in_image_sh" "$root" "$user" "$@"
}

# The runtime itself: its class data sharing archive must map (-Xshare:on fails when it cannot), and the locale
# must give Java UTF-8.
extra_env=()
settings=$(in_image "${entrypoint[0]}" -Xshare:on -XshowSettings:properties -version 2>&1) || {
  echo "$settings" >&2
  echo "FAIL: the image's Java does not start with its class data sharing archive" >&2
  exit 1
}
for expected in "file.encoding = UTF-8" "sun.jnu.encoding = UTF-8" "user.name = corpora" "java.home = /opt/java"; do
  if ! grep -qF "$expected" <<< "$settings"; then
    echo "$settings" >&2
    echo "FAIL: the image's Java does not say '$expected'" >&2
    exit 1
  fi
done

# Java reads JAVA_TOOL_OPTIONS before the entrypoint's options: the class-load log tells where each class came from
extra_env=(MICRONAUT_SERVER_PORT="$port" CORPORA_MANAGEMENT_PORT="$management_port"
  CORPORA_BOOTSTRAP_CLIENT_ID=ci-image CORPORA_BOOTSTRAP_CLIENT_SECRET=ci-image-secret CORPORA_BOOTSTRAP_ORG_ID=ci-org
  JAVA_TOOL_OPTIONS=-Xlog:class+load=info:file=/tmp/class-load.log)
launched=$SECONDS
in_image "${entrypoint[@]}" > "$work/service.log" 2>&1 &
service_pid=$!
trap 'kill "$service_pid" 2>/dev/null || true' EXIT
fail() {
  echo "The service's log, last lines:" >&2
  tail -n 40 "$work/service.log" >&2
  echo "FAIL: $*" >&2
  exit 1
}

deadline=$((SECONDS + 120))
until curl -s -m 2 -o /dev/null "http://127.0.0.1:$port/health"; do
  kill -0 "$service_pid" 2>/dev/null || fail "the image's entrypoint exited"
  [ "$SECONDS" -lt "$deadline" ] || fail "the service did not answer on port $port within 120 s"
  sleep 0.2
done
echo "first answer $((SECONDS - launched)) s after launch"
read -r _ real_uid effective_uid _ < <(grep '^Uid:' "/proc/$service_pid/status")
[ "$real_uid:$effective_uid" = "${user%%:*}:${user%%:*}" ] ||
  fail "the service runs as uid $real_uid/$effective_uid, not the image's user $user"

# The archive maps only if its class path leads to the same jars, unchanged: otherwise Java loads every class from
# the jars, silently, and starts about twice as slow.
class_load="$root/tmp/class-load.log"
[ -f "$class_load" ] || fail "the service wrote no class-load log at /tmp/class-load.log"
from_archive=$(grep -c 'source: shared objects file (top)$' "$class_load" || true)
from_jars=$(grep -c 'source: jar:file:\|source: file:' "$class_load" || true)
grep -qF "dev.corpora.bootstrap.Application source: shared objects file (top)" "$class_load" ||
  fail "the service's classes do not come from its archive ($from_archive classes did, $from_jars from jars)"
echo "classes from the service's archive: $from_archive; from its jars: $from_jars"

expect_up() {
  local url="$1" body
  body=$(curl -s -m 5 -f "$url") || fail "GET $url did not answer 200"
  jq -e '.status == "UP"' <<< "$body" > /dev/null || fail "GET $url answered $body"
  echo "GET $url: UP"
}
expect_up "http://127.0.0.1:$port/health"
expect_up "http://127.0.0.1:$management_port/health/liveness"
expect_up "http://127.0.0.1:$management_port/health/readiness"

api="http://127.0.0.1:$port/api"
token=$(curl -s -m 10 -f -u ci-image:ci-image-secret -X POST "$api/v0/login" | jq -r .access_token) ||
  fail "the bootstrap client could not log in"
created=$(curl -s -m 10 -f -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"Image_Check","encoder_name":"multimodal"}' "$api/v1/datasets") || fail "creating a dataset failed"
dataset_id=$(jq -r .id <<< "$created")
read_back=$(curl -s -m 10 -f -H "Authorization: Bearer $token" "$api/v1/datasets/$dataset_id") ||
  fail "reading dataset $dataset_id back failed"
[ "$(jq -r .name <<< "$read_back")" = Image_Check ] || fail "dataset $dataset_id read back as $read_back"
echo "login, create and read back a dataset: OK"
data_owner=$(stat -c %u "$root/data/corpora.mv.db" 2>/dev/null) || fail "no H2 database in the image's /data"
[ "$data_owner" = "${user%%:*}" ] || fail "/data/corpora.mv.db belongs to uid $data_owner, not the image's user"

kill -TERM "$service_pid"
for _ in $(seq 1 80); do
  kill -0 "$service_pid" 2>/dev/null || break
  sleep 0.5
done
kill -0 "$service_pid" 2>/dev/null && fail "the service did not stop within 40 s of SIGTERM"
trap - EXIT
status=0
wait "$service_pid" || status=$?
[ "$status" -eq 0 ] || fail "the service exited with $status on SIGTERM, not 0"
echo "stopped on SIGTERM, exit 0"
echo "image check: OK in $((SECONDS - started)) s"
