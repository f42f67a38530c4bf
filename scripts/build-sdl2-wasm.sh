#!/usr/bin/env bash
# Builds a static SDL2 for WebAssembly from Debian's source (emsdk's port cannot be downloaded here).
# Cached: when the prefix already holds libSDL2.a this returns at once.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=${1:-$root/build/wasm-deps/sdl2}
[ -f "$prefix/lib/libSDL2.a" ] && exit 0
export NODE_PATH=/usr/share/nodejs
work="$root/build/wasm-deps/sdl2-build"
rm -rf "$work"; mkdir -p "$work"
# Only video, events and timers are used; the rest would only cost build time and bytes.
emcmake cmake -S "$root/third_party/sdl2" -B "$work" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
  -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF \
  -DSDL_HIDAPI=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF -DSDL_LOADSO=OFF \
  -DSDL_CPUINFO=ON -DSDL_THREADS=OFF -DSDL_ATOMIC=OFF -DSDL_RENDER=OFF \
  -DSDL_PTHREADS=OFF -DSDL_SSEMATH=OFF >"$work/configure.log" 2>&1 \
  || { tail -n 30 "$work/configure.log"; exit 1; }
emmake make -C "$work" -j"$(nproc)" install >"$work/build.log" 2>&1 \
  || { grep -m 20 -iE 'error' "$work/build.log"; tail -n 20 "$work/build.log"; exit 1; }
