#!/usr/bin/env bash
# Installs the pinned Spectral and Prism from package-lock.json with `npm ci`, unless node_modules already
# holds exactly that lock file's packages (a stamp of the lock file's hash, written after a successful npm ci).
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.installed-from-lock
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
echo "tools/contract: npm ci (Prism's engine warning about Node 20 is expected)"
# --loglevel=error: the EBADENGINE warnings would bury real problems
npm ci --loglevel=error
echo "$want" > "$stamp"
