#!/usr/bin/env bash
# Installs the npm devDependencies (the Closure Compiler for the web build, playwright-core and
# @argdown/core for the tests) when node_modules does not hold exactly what package-lock.json says:
# the lockfile's hash is kept beside the packages, so another checkout's install is noticed too.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
want=$(sha256sum package-lock.json | cut -d' ' -f1)
have=$(cat node_modules/.debatelens-lock-sha256 2>/dev/null || true)
if [ "$want" != "$have" ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  echo "$want" > node_modules/.debatelens-lock-sha256
fi
