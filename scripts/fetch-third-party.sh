#!/usr/bin/env bash
# Fetches Dear ImGui and SDL2 source from Debian's source packages into third_party/ (git-ignored),
# and the HTML and Markdown parsers the wasm model library needs for drafts (gumbo, md4c).
# Idempotent: a package already unpacked is left alone. DL_THIRD_PARTY=DIR fetches into DIR instead
# (a worktree whose third_party/ is a link to another checkout's).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest="${DL_THIRD_PARTY:-$root/third_party}"
mkdir -p "$dest"

fetch() {  # fetch PACKAGE LINKNAME [DIRECTORY-PREFIX]
  local pkg=$1 link=$2
  [ -e "$dest/$link" ] && return 0
  ( cd "$dest" && apt-get source -qq "$pkg" >/dev/null 2>"$dest/$pkg.log" ) || {
    echo "fetch-third-party: apt-get source $pkg failed:"; grep -E '^E:' "$dest/$pkg.log"
    rm -f "$dest/$pkg.log" "$dest/${pkg}"_*; exit 1; }
  local dir
  dir=$(find "$dest" -maxdepth 1 -type d -name "${3:-$pkg}-*" | sort | tail -n1)
  [ -n "$dir" ] || { echo "fetch-third-party: no source directory for $pkg"; exit 1; }
  ln -sfn "$(basename "$dir")" "$dest/$link"
  rm -f "$dest"/*.dsc "$dest"/*.tar.* "$dest/$pkg.log"
}

fetch imgui imgui
fetch libsdl2 sdl2 libsdl2
# Only the wasm build of the draft code needs these (natively, libgumbo-dev and libmd4c-dev serve):
# when a mirror cannot serve them, say so and go on, so the widget still builds (without drafts).
( fetch gumbo-parser gumbo ) || echo "fetch-third-party: gumbo-parser source not available: the wasm model library is built without drafts"
( fetch md4c md4c ) || echo "fetch-third-party: md4c source not available: the wasm model library is built without drafts"
