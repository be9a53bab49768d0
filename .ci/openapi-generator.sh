#!/usr/bin/env bash
# Runs openapi-generator-cli, the same version the TypeScript client and the system tests use (7.17.0), from
# Maven Central through Maven's own resolution (so its checksum is checked and it is cached in ~/.m2).
# Usage: .ci/openapi-generator.sh generate -g python -i ... -o ...
set -euo pipefail
version=7.17.0
jar="$HOME/.m2/repository/org/openapitools/openapi-generator-cli/$version/openapi-generator-cli-$version.jar"
if [ ! -f "$jar" ]; then
  mvn -B -q dependency:get -Dartifact="org.openapitools:openapi-generator-cli:$version" -Dtransitive=false >&2
fi
exec java -jar "$jar" "$@"
