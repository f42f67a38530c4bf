#!/usr/bin/env bash
# Builds static gumbo (Google's HTML5 parser) and md4c (a CommonMark parser) for WebAssembly from the
# Debian sources scripts/fetch-third-party.sh unpacked, for the model library's drafts from articles.
#   scripts/build-parsers-wasm.sh [PREFIX]    (default build/wasm-deps)
# writes PREFIX/gumbo/{include,lib/libgumbo.a} and PREFIX/md4c/{include,lib/libmd4c.a}. Cached: a
# library already built is left alone. A missing source is reported and skipped; CMake then builds the
# wasm model library without the draft code. Sources come from DL_THIRD_PARTY (default third_party/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
src="${DL_THIRD_PARTY:-$root/third_party}"
prefix=${1:-$root/build/wasm-deps}
export NODE_PATH=/usr/share/nodejs

build() {  # build NAME SOURCE-DIR HEADERS... -- C-FILES...
  local name=$1 dir=$2 out="$prefix/$1"
  shift 2
  [ -f "$out/lib/lib$name.a" ] && return 0
  if [ ! -d "$dir" ]; then
    echo "build-parsers-wasm: no $name source in $dir: not built (the wasm model library leaves drafts out)"
    return 0
  fi
  local headers=() files=()
  while [ "$1" != -- ]; do headers+=("$dir/$1"); shift; done
  shift
  for f in "$@"; do files+=("$dir/$f"); done
  local work="$prefix/$name-build"
  rm -rf "$work" "$out"; mkdir -p "$work" "$out/lib" "$out/include"
  for f in "${files[@]}"; do
    emcc -Os -std=gnu99 -DNDEBUG -I"$dir" -c "$f" -o "$work/$(basename "$f" .c).o" >"$work/build.log" 2>&1 \
      || { cat "$work/build.log"; exit 1; }
  done
  emar rcs "$out/lib/lib$name.a" "$work"/*.o
  cp "${headers[@]}" "$out/include/"
}

build gumbo "$src/gumbo/src" gumbo.h tag_enum.h -- \
  attribute.c char_ref.c error.c parser.c string_buffer.c string_piece.c tag.c tokenizer.c utf8.c util.c vector.c
build md4c "$src/md4c/src" md4c.h -- md4c.c
