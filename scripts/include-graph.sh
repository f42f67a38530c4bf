#!/usr/bin/env bash
# The include graph between the layers of src/ (model, ui, app, platform), from the #include lines:
#   scripts/include-graph.sh [REV]     (REV: a git revision; default: the work tree)
# Prints "from -> to  count" per pair of layers and the headers that reach outside C++ (SDL, GL,
# emscripten, ImGui) per layer, then checks the rule: model includes only model; ui only model and
# ui; app no platform internals (only platform/platform.h); platform never app or ui. Exit 1 on a breach.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rev=${1:-}
files() {
  if [ -n "$rev" ]; then git -C "$root" ls-tree -r --name-only "$rev" -- src | grep -E '\.(h|cpp)$'
  else (cd "$root" && git ls-files --cached --others --exclude-standard -- src | grep -E '\.(h|cpp)$'); fi
}
text() { if [ -n "$rev" ]; then git -C "$root" show "$rev:$1"; else cat "$root/$1"; fi; }
edges=$(mktemp) breaches=$(mktemp)
trap 'rm -f "$edges" "$breaches"' EXIT
while read -r f; do
  layer=$(cut -d/ -f2 <<<"$f")
  text "$f" | sed -nE 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^>"]+)[>"].*/\1/p' | while read -r inc; do
    case "$inc" in
      model/*|ui/*|app/*|platform/*) to=${inc%%/*} ;;
      SDL*|GLES*|emscripten*) to="(SDL/GL/emscripten)" ;;
      imgui*) to="(ImGui)" ;;
      nlohmann/*) to="(nlohmann)" ;;
      *) continue ;;
    esac
    echo "$layer -> $to" >>"$edges"
    ok=1
    case "$layer:$to" in
      model:model|model:"(nlohmann)") ;;
      model:*) ok=0 ;;
      ui:ui|ui:model|ui:"(ImGui)") ;;
      ui:*) ok=0 ;;
      app:app|app:ui|app:model|app:"(ImGui)"|app:"(nlohmann)") ;;
      app:platform) [ "$inc" = platform/platform.h ] || ok=0 ;;
      app:*) ok=0 ;;
      platform:platform|platform:model|platform:"(ImGui)"|platform:"(SDL/GL/emscripten)") ;;
      platform:*) ok=0 ;;
    esac
    [ $ok = 1 ] || echo "$f includes $inc" >>"$breaches"
  done
done < <(files)
sort "$edges" | uniq -c | awk '{printf "%-10s -> %-22s %4d\n", $2, $4, $1}'
if [ -s "$breaches" ]; then echo "layering breaches:"; sed 's/^/  /' "$breaches"; exit 1; fi
echo "layers point one way"
