#!/usr/bin/env bash
# Builds the WebAssembly widget into dist/web/: index.html (from shell.html), debatelens.js,
# debatelens.wasm, debatelens.data (content + fonts) and the embed script.
# Third-party sources and the wasm SDL2 are cached under third_party/ and build/, so a rebuild takes seconds.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten needs Debian's node modules (acorn)

bash scripts/install-deps.sh
bash scripts/fetch-third-party.sh
bash scripts/build-sdl2-wasm.sh "$root/build/wasm-deps/sdl2"

build="$root/build/wasm"
if [ ! -f "$build/CMakeCache.txt" ]; then
  emcmake cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DDL_SDL2_PREFIX="$root/build/wasm-deps/sdl2" >"$root/build/wasm-configure.log" 2>&1 \
    || { tail -n 30 "$root/build/wasm-configure.log"; exit 1; }
fi
cmake --build "$build" --target debatelens -j"$(nproc)" >"$root/build/wasm-build.log" 2>&1 \
  || { grep -E 'error|Error' "$root/build/wasm-build.log" | head -n 30; exit 1; }

dist="$root/dist/web"
rm -rf "$dist"
mkdir -p "$dist"
cp "$build/debatelens.js" "$build/debatelens.wasm" "$build/debatelens.data" "$dist/"
cp "$root/shell.html" "$dist/index.html"
cp -r "$root/web/." "$dist/"
echo "build-wasm: $(du -sh "$dist" | cut -f1) in $dist"
