#!/usr/bin/env bash
# Lints the OpenAPI document with Spectral (spectral:oas plus our rules in .spectral.yaml). Any error or
# warning fails: .spectral.yaml turns off, with its reason, each rule we choose not to meet.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/contract/install.sh
tools/contract/node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity=warn \
  api-spec/src/main/resources/openapi.yml
echo "Spectral: api-spec/src/main/resources/openapi.yml has no errors and no warnings"
