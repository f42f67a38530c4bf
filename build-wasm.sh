#!/usr/bin/env bash
# Builds the WebAssembly widget into dist/web/: index.html (from shell.html), debatelens.js,
# debatelens.wasm, debatelens.data (content + fonts) and the embed script; and the Studio's page
# studio.html (the same shell) with debatelens_studio.js/.wasm/.data.
# Third-party sources and the wasm SDL2 are cached under third_party/ and build/, so a rebuild takes seconds.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten needs Debian's node modules (acorn)

bash scripts/install-deps.sh
bash scripts/fetch-third-party.sh
bash scripts/install-node-deps.sh
# The Closure Compiler from npm (package.json pins the one of Emscripten 3.1.6's day); Debian's
# emscripten knows none of its own.
export EM_CLOSURE_COMPILER="$root/node_modules/.bin/google-closure-compiler"
bash scripts/build-sdl2-wasm.sh "$root/build/wasm-deps/sdl2"
bash scripts/build-parsers-wasm.sh "$root/build/wasm-deps"

build="$root/build/wasm"
if [ ! -f "$build/CMakeCache.txt" ]; then
  emcmake cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DDL_SDL2_PREFIX="$root/build/wasm-deps/sdl2" >"$root/build/wasm-configure.log" 2>&1 \
    || { tail -n 30 "$root/build/wasm-configure.log"; exit 1; }
fi
cmake --build "$build" --target debatelens debatelens_studio -j"$(nproc)" >"$root/build/wasm-build.log" 2>&1 \
  || { grep -E 'error|Error' "$root/build/wasm-build.log" | head -n 30; exit 1; }

# The text version inside the page comes from the native exporter, run on the bundled debate.
native="$root/build/native"
[ -f "$native/CMakeCache.txt" ] || cmake -S "$root" -B "$native" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$native" --target debatelens -j"$(nproc)" >"$root/build/native-build.log" 2>&1 \
  || { grep -E 'error' "$root/build/native-build.log" | head -n 30; exit 1; }
default_debate=$(ls "$root"/content/*.json | grep -v '\.schema\.json$' | head -n 1)
"$native/debatelens" --export-html "$root/build/text-version.html" "$default_debate"

dist="$root/dist/web"
rm -rf "$dist"
mkdir -p "$dist"
for name in debatelens debatelens_studio; do cp "$build/$name.js" "$build/$name.wasm" "$build/$name.data" "$dist/"; done
# index.html and studio.html from the one shell (scripts/make-pages.py says how).
/usr/bin/python3 "$root/scripts/make-pages.py" "$root/shell.html" "$root/build/text-version.html" "$root/web/content-policy.js" \
  "$root/studio-page.js" "$dist" "$EM_CLOSURE_COMPILER"
cp -r "$root/web/." "$dist/"
echo "build-wasm: $(du -sh "$dist" | cut -f1) in $dist"
