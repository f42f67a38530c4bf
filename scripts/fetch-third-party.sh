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
  if ! ( cd "$dest" && apt-get source -qq "$pkg" >/dev/null 2>"$dest/$pkg.log" ); then
    # A mirror may lack the Debian packaging tarball but hold the upstream one: unpack that alone.
    local orig
    ( cd "$dest" && apt-get source --tar-only -qq "$pkg" >/dev/null 2>>"$dest/$pkg.log" ) || true
    orig=$(find "$dest" -maxdepth 1 -name "${pkg}_*.orig.tar.*" | head -n1)
    if [ -z "$orig" ] || ! tar xf "$orig" -C "$dest"; then
      echo "fetch-third-party: apt-get source $pkg failed:"; grep -E '^E:' "$dest/$pkg.log" | sort -u
      rm -f "$dest/$pkg.log" "$dest/${pkg}"_*; return 1
    fi
  fi
  local dir
  dir=$(find "$dest" -maxdepth 1 -type d \( -name "${3:-$pkg}-*" -o -name "${3:-$pkg}_*" \) | sort | tail -n1)
  [ -n "$dir" ] || { echo "fetch-third-party: no source directory for $pkg"; return 1; }
  ln -sfn "$(basename "$dir")" "$dest/$link"
  rm -f "$dest"/*.dsc "$dest"/*.tar.* "$dest/$pkg.log"
}

fetch imgui imgui || exit 1
fetch libsdl2 sdl2 libsdl2 || exit 1
# Only the wasm build of the draft code needs these (natively, libgumbo-dev and libmd4c-dev serve):
# when a mirror cannot serve them, say so and go on, so the widget still builds (without drafts).
# Debian's mirror may lack gumbo's source tarballs (404 seen here): npm's gumbo-parser 0.3.0 carries the
# same gumbo 0.10.1 C sources (its deps/gumbo-parser), checked against the registry's integrity hash.
fetch_gumbo_from_npm() {
  [ -e "$dest/gumbo" ] && return 0
  local work
  work=$(mktemp -d)
  ( cd "$work" && npm pack --silent gumbo-parser@0.3.0 >/dev/null 2>&1 && tar xzf gumbo-parser-0.3.0.tgz ) || { rm -rf "$work"; return 1; }
  grep -q 'AC_INIT(\[gumbo\], \[0.10.1\]' "$work/package/deps/gumbo-parser/configure.ac" || { rm -rf "$work"; return 1; }
  rm -rf "$dest/gumbo-parser-0.10.1-npm"
  mv "$work/package/deps/gumbo-parser" "$dest/gumbo-parser-0.10.1-npm"
  ln -sfn gumbo-parser-0.10.1-npm "$dest/gumbo"
  rm -rf "$work"
}
( fetch gumbo-parser gumbo 2>/dev/null ) || fetch_gumbo_from_npm \
  || echo "fetch-third-party: gumbo-parser source not available: the wasm model library is built without drafts"
( fetch md4c md4c ) || echo "fetch-third-party: md4c source not available: the wasm model library is built without drafts"
