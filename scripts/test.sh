#!/usr/bin/env bash
# Installs what is missing, builds everything (web, native, sanitizer) and runs the whole test suite.
# Ends with CTest's summary line. Safe to run again: every step is cached and idempotent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc)

bash scripts/install-deps.sh
bash scripts/fetch-third-party.sh
bash scripts/install-node-deps.sh

echo "== web build"
./build-wasm.sh

echo "== model unit tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDL_SANITIZE=ON -DDL_BUILD_APP=OFF >/dev/null
cmake --build build/asan -j"$jobs" >build/asan-build.log 2>&1 || { tail -n 40 build/asan-build.log; exit 1; }
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build/asan --output-on-failure

echo "== fuzzing: each libFuzzer target for a short run (fuzz/run.sh; long runs: fuzz/run.sh 1800)"
bash fuzz/run.sh "${FUZZ_SECONDS:-30}"

echo "== native build and the full suite (unit, UI smoke, CLI, native e2e under Xvfb, web e2e in Chromium)"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j"$jobs" >build/native-build.log 2>&1 || { grep -E 'error' build/native-build.log | head -n 40; exit 1; }
ctest --test-dir build/native --output-on-failure
