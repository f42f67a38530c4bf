#!/usr/bin/env bash
# Installs the npm devDependencies (the Closure Compiler for the web build, playwright-core and
# @argdown/core for the tests) when package-lock.json is newer than what node_modules holds.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
