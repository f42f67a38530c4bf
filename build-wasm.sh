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
cmake --build "$build" --target debatelens -j"$(nproc)" >"$root/build/wasm-build.log" 2>&1 \
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
cp "$build/debatelens.js" "$build/debatelens.wasm" "$build/debatelens.data" "$dist/"
# index.html: the shell with the text version in it and the content policy inline (one request fewer
# before the widget can start), its scripts minified by the Closure Compiler (simple mode: names the
# runtime and the tests use stay).
/usr/bin/python3 - "$root/shell.html" "$root/build/text-version.html" "$root/web/content-policy.js" "$dist/index.html" \
  "$EM_CLOSURE_COMPILER" <<'PY'
import re, subprocess, sys, tempfile
shell, export, policy = (open(p, encoding="utf-8").read() for p in sys.argv[1:4])
out, closure = sys.argv[4], sys.argv[5]
body = export.split("<main>\n", 1)[1].split("</main>", 1)[0]
tag = '<script src="content-policy.js"></script>'
assert tag in shell and "</script" not in policy
page = shell.replace("<!--DEBATELENS_TEXT_VERSION-->", body).replace(tag, "<script>\n" + policy.strip() + "\n</script>")
def minify(m):
    with tempfile.NamedTemporaryFile("w", suffix=".js", encoding="utf-8", delete=False) as f:
        f.write(m.group(1))
    js = subprocess.run([closure, "--compilation_level", "SIMPLE", "--language_in", "ECMASCRIPT_2020", "--language_out",
                         "ECMASCRIPT_2020", "--js", f.name], check=True, capture_output=True, text=True).stdout
    assert "</script" not in js
    return "<script>" + js.strip() + "</script>"
page = re.sub(r"<script>(.*?)</script>", minify, page, flags=re.S)
open(out, "w", encoding="utf-8").write(page)
PY
cp -r "$root/web/." "$dist/"
echo "build-wasm: $(du -sh "$dist" | cut -f1) in $dist"
