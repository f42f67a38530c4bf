#!/usr/bin/env bash
# Fetches Dear ImGui and SDL2 source from Debian's source packages into third_party/ (git-ignored).
# Idempotent: a package already unpacked is left alone.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/third_party"
mkdir -p "$dest"

fetch() {  # fetch PACKAGE LINKNAME
  local pkg=$1 link=$2
  [ -e "$dest/$link" ] && return 0
  ( cd "$dest" && apt-get source -qq "$pkg" >/dev/null 2>"$dest/$pkg.log" ) || {
    echo "fetch-third-party: apt-get source $pkg failed:"; cat "$dest/$pkg.log"; exit 1; }
  local dir
  dir=$(find "$dest" -maxdepth 1 -type d -name "${3:-$pkg}-*" | sort | tail -n1)
  [ -n "$dir" ] || { echo "fetch-third-party: no source directory for $pkg"; exit 1; }
  ln -sfn "$(basename "$dir")" "$dest/$link"
  rm -f "$dest"/*.dsc "$dest"/*.tar.* "$dest/$pkg.log"
}

fetch imgui imgui
fetch libsdl2 sdl2 libsdl2
