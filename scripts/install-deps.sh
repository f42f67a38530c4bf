#!/usr/bin/env bash
# Installs every system package the build and tests need, idempotently and quietly.
# Safe to run repeatedly: each step checks before it acts, so a second run takes a second or two.
set -euo pipefail

need_root() { if [ "$(id -u)" -ne 0 ]; then echo "sudo"; fi; }
SUDO=$(need_root)

PACKAGES=(
  build-essential cmake pkg-config git
  emscripten
  libsdl2-dev libgl1-mesa-dri
  nlohmann-json3-dev doctest-dev libstb-dev libgumbo-dev libmd4c-dev
  fonts-dejavu-core fonts-noto-core python3-fonttools
  chromium xvfb imagemagick xauth xdotool python3-xlib
  clang libclang-rt-14-dev
  brotli python3-html5lib python3-jsonschema
)

missing=()
# Node and npm may come from another repository (nodesource ships npm inside nodejs);
# Debian's npm conflicts with that, so ask for it only when the commands are absent.
command -v node >/dev/null || PACKAGES+=(nodejs)
command -v npm >/dev/null || PACKAGES+=(npm)
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# The Debian source packages of ImGui and SDL2 need a deb-src entry.
SRC_LIST=/etc/apt/sources.list.d/debatelens-src.sources
need_update=0
if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $SUDO tee "$SRC_LIST" >/dev/null
  else
    echo "deb-src http://deb.debian.org/debian bookworm main" | $SUDO tee /etc/apt/sources.list.d/debatelens-src.list >/dev/null
  fi
  need_update=1
fi

if [ ${#missing[@]} -gt 0 ] || [ $need_update -eq 1 ]; then
  echo "install-deps: installing ${missing[*]:-(source index)}"
  export DEBIAN_FRONTEND=noninteractive
  log=$(mktemp)
  $SUDO apt-get update -qq >"$log" 2>&1 || { cat "$log"; exit 1; }
  if [ ${#missing[@]} -gt 0 ]; then
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$log" 2>&1 || { cat "$log"; exit 1; }
  fi
  rm -f "$log"
fi
