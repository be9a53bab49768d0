#!/usr/bin/env bash
# The Python client check: generates the client from api-spec/src/main/resources/openapi.yml with openapi-generator's
# python generator (.ci/openapi-generator.sh, pinned 7.17.0) into clients/python/generated (never committed, so it
# cannot drift from the spec), installs it and pytest into a fresh virtual environment (target/python-client/venv) with
# pip, and runs clients/python/tests (the consumer scenario, clients/scenario.md, and the README's Python example)
# against a running Corpora.
#
# With CORPORA_URL set, the tests use that service (client CORPORA_CLIENT_ID / CORPORA_CLIENT_SECRET, by default
# ci-admin / ci-admin-secret; CORPORA_JWT_SECRET is its signing secret) and nothing is started or stopped. Without it,
# the packaged jar is started on PostgreSQL with .ci/service.sh (on CORPORA_PORT, 18091 by default) and stopped on
# exit; the jar is built first if it is missing.
# Ends with pytest's summary line and a line "Python: N passed, N failed"; exits non-zero on any failure or skipped
# test, or when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
client=clients/python
work=target/python-client
venv="$work/venv"
export CORPORA_PORT="${CORPORA_PORT:-18091}"
export CORPORA_SERVICE_DB=postgres

. .ci/lib.sh

echo "== Python client: generate from the spec"
rm -rf "$client/generated"
mkdir -p "$work"
# The generated unit-test stubs only construct models; the scenario in clients/python/tests is the test.
if ! .ci/openapi-generator.sh generate -g python -i api-spec/src/main/resources/openapi.yml \
    -o "$client/generated" -c "$client/generator-config.yaml" \
    --global-property apiTests=false,modelTests=false > "$work/generate.log" 2>&1; then
  cat "$work/generate.log" >&2
  echo "FAIL: openapi-generator could not generate the Python client" >&2
  exit 1
fi
version=$(cat "$client/generated/.openapi-generator/VERSION")
echo "generated with openapi-generator $version (python) into $client/generated"

echo "== Python client: virtual environment $venv ($(python3 --version))"
rm -rf "$venv"
python3 -m venv "$venv"

echo "== Python client: pip install the generated client and pytest"
# PyPI itself is unreachable on these machines: one try each is enough to learn that, retries only cost time
export PIP_RETRIES="${PIP_RETRIES:-0}"
# PyPI may be unreachable: pip then finds the packages in the mirror its configuration names, or nowhere. Its own
# output goes to a log, so that a missing package is named in one line.
if ! "$venv/bin/python" -m pip install -c "$client/constraints.txt" \
    "./$client/generated" -r "$client/requirements-test.txt" > "$work/pip.log" 2>&1; then
  # without its retries of an unreachable PyPI; the whole log stays in $work/pip.log
  grep -v 'WARNING: Retrying (Retry(' "$work/pip.log" >&2 || true
  # "No matching distribution found for X" when pip sees no version of X at all; "The user requested (constraint)
  # X==V" when it sees none that constraints.txt allows
  missing=$(sed -n -e 's/^ERROR: No matching distribution found for \(.*\)$/\1/p' \
    -e 's/^ *The user requested (constraint) \(.*\)$/\1/p' "$work/pip.log" | sort -u)
  if [ -n "$missing" ]; then
    echo "$missing" | while read -r package; do
      echo "FAIL: pip cannot find the package $package (not on PyPI nor on the mirror pip is configured with," \
        "see 'pip config list'; $client/constraints.txt pins the versions)" >&2
    done
  else
    echo "FAIL: pip could not install the Python client and its test dependencies (its log is above)" >&2
  fi
  exit 1
fi
echo "installed: $("$venv/bin/python" -m pip freeze | paste -sd ' ')"

ensure_service
export CORPORA_CLIENT_ID="${CORPORA_CLIENT_ID:-ci-admin}"
export CORPORA_CLIENT_SECRET="${CORPORA_CLIENT_SECRET:-ci-admin-secret}"
echo "== Python client: tests against $CORPORA_URL"
results="$work/pytest.log"
status=0
# A hung request must not hang CI: the whole run is stopped after five minutes (and then prints no summary).
python="$PWD/$venv/bin/python"
(cd "$client" && timeout 300 "$python" -m pytest) | tee "$results" || status=$?
# pytest's last line: "==== 1 failed, 10 passed, 1 error in 3.21s ====", "==== no tests ran in 0.01s ====", ...
summary=$(grep -E '^=+ .* in [0-9.]+s( \([0-9:]+\))? =+$' "$results" | tail -1 || true)
count() { echo "$summary" | grep -oE "[0-9]+ $1" | grep -oE '^[0-9]+' || echo 0; }
passed=$(count passed)
failed=$(( $(count failed) + $(count errors?) ))
skipped=$(count skipped)
if [ -z "$summary" ]; then
  echo "FAIL: pytest printed no summary" >&2
  status=1
elif [ "$passed" -eq 0 ] || [ "$failed" -ne 0 ]; then
  status=1
elif [ "$skipped" -ne 0 ]; then
  echo "FAIL: $skipped tests were skipped; every step of the scenario must run" >&2
  status=1
fi
if [ "$status" -ne 0 ] && [ -n "$service_started" ]; then
  echo "The service's log, last lines:" >&2
  tail -n 40 "target/ci-service/$CORPORA_PORT/service.log" >&2 || true
  # the log came after pytest's summary: repeat it, so that the run still ends with it
  if [ -n "$summary" ]; then
    echo "$summary"
  fi
fi
echo "Python: $passed passed, $failed failed"
exit "$status"
