#!/usr/bin/env bash
# Installs what is missing, builds the web widget and serves it on http://127.0.0.1:8080/.
#   scripts/run.sh            web build, served locally (prints the URL)
#   scripts/run.sh --native   the native desktop app instead (offline, same content files)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ "${1:-}" = "--native" ]; then
  shift
  bash scripts/install-deps.sh
  bash scripts/fetch-third-party.sh
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/native --target debatelens -j"$(nproc)" >build/native-build.log 2>&1 \
    || { grep -E 'error' build/native-build.log | head -n 40; exit 1; }
  exec build/native/debatelens "$@"
fi
./build-wasm.sh
exec node scripts/serve.mjs dist/web "${PORT:-8080}"
