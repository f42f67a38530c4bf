#!/usr/bin/env bash
# Runs every benchmark and writes bench/RESULTS.md (figures against their budgets, PASS/MISS).
# Exits non-zero when a budget is missed or a benchmark fails. Not part of the test suite.
#   bench/run.sh [--quick] [--no-web] [--no-wasm-build] [--sizes "100 1000 10000 50000"]
#   --quick          one repetition of everything (a dry run of the script, figures not meaningful)
#   --no-web         skip the browser benchmarks
#   --no-wasm-build  measure dist/web as it is instead of running ./build-wasm.sh first
# Environment: QUIET_WAIT=seconds to wait for the machine to calm down (1-min load < 1.0) before
# measuring (default 600); SEED (default 1).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/native"
out="$root/build/bench"
sizes="100 1000 10000 50000"
quick="" web=1 wasm_build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick="--quick" ;;
    --no-web) web=0 ;;
    --no-wasm-build) wasm_build=0 ;;
    --sizes) sizes="$2"; shift ;;
    *) echo "usage: bench/run.sh [--quick] [--no-web] [--no-wasm-build] [--sizes \"100 1000\"]" >&2; exit 2 ;;
  esac
  shift
done
seed="${SEED:-1}"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
mkdir -p "$out"
rm -f "$out"/{gen,native,native-tree,web,bytes,hostile,reload}.jsonl "$out"/failures.txt "$out"/*.err
failed() { echo "$*" >>"$out/failures.txt"; echo "bench: FAILED: $*" >&2; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# Waits until no build runs and the 1-minute load average is below 1 (at most QUIET_WAIT seconds).
quiet_note=""
wait_quiet() {
  local waited=0 limit="${QUIET_WAIT:-600}"
  while [ "$waited" -lt "$limit" ]; do
    if ! pgrep -f "build-wasm.sh|cc1plus|wasm-opt|emcc|ninja|gmake" >/dev/null &&
       awk '{exit !($1 < 1.0)}' /proc/loadavg; then
      return 0
    fi
    sleep 10; waited=$((waited + 10))
  done
  quiet_note="the machine did not become quiet within ${limit} s; figures may be inflated"
  echo "bench: warning: $quiet_note (load $(loadavg))" >&2
}

# ---- build the native benchmarks -----------------------------------------------------------------
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >"$out/configure.log" 2>&1 || { tail -n 30 "$out/configure.log"; exit 1; }
fi
echo "bench: building debatelens_gen, debatelens_bench, the app and the model tests"
cmake --build "$build" --target debatelens_gen debatelens_bench debatelens model_tests dl_no_inotify -j"$(nproc)" >"$out/build.log" 2>&1 \
  || { grep -E 'error|Error' "$out/build.log" | head -n 30; exit 1; }
gen_bin="$build/bench/debatelens_gen"
bench_bin="$build/bench/debatelens_bench"

# ---- the web build (before measuring anything, so no compiler runs during the measurements) ------
if [ "$web" = 1 ] && [ "$wasm_build" = 1 ]; then
  while pgrep -f "build-wasm.sh" >/dev/null; do echo "bench: waiting for another build-wasm.sh to finish"; sleep 10; done
  echo "bench: building the web version (./build-wasm.sh)"
  (cd "$root" && ./build-wasm.sh) >"$out/wasm.log" 2>&1 || { tail -n 30 "$out/wasm.log"; failed "build-wasm.sh"; web=0; }
fi

# ---- where the page's bytes go: the same link with function names kept, attributed by component ----
if [ "$web" = 1 ]; then
  echo "bench: attributing the web build's bytes (bench/wasm_sizes.py)"
  named="$out/named"
  rm -rf "$named"; mkdir -p "$named"
  link=$(sed "s| -o debatelens.js| --profiling-funcs -o $named/debatelens.js|; s|--preload-file [^ ]*||" "$root/build/wasm/CMakeFiles/debatelens.dir/link.txt")
  if (cd "$root/build/wasm" && EM_CLOSURE_COMPILER="$root/node_modules/.bin/google-closure-compiler" bash -c "$link") >"$out/named.log" 2>&1; then
    python3 "$root/bench/wasm_sizes.py" "$named/debatelens.wasm" "$root/build/wasm" "$root/dist/web" >"$out/bytes.jsonl" 2>"$out/bytes.err" \
      || { cat "$out/bytes.err" >&2; failed "wasm_sizes"; }
  else
    tail -n 20 "$out/named.log" >&2; failed "named wasm link"
  fi
fi

# ---- synthetic debates ---------------------------------------------------------------------------
for n in $sizes; do
  f="$out/synthetic-$n.json"
  echo "bench: generating $n claims"
  if ! "$gen_bin" --claims "$n" --seed "$seed" --out "$f" --check >>"$out/gen.jsonl" 2>"$out/gen-$n.err"; then
    cat "$out/gen-$n.err" >&2; failed "generate $n"
  fi
done

# ---- native benchmarks ---------------------------------------------------------------------------
# Kialo-shaped trees at the sizes up to 10 000 (the tree layout and its folds; frames and layout only).
tree_sizes=$(for n in $sizes; do [ "$n" -ge 1000 ] && [ "$n" -le 10000 ] && echo "$n"; done)
for n in $tree_sizes; do
  "$gen_bin" --claims "$n" --tree --seed 7 --out "$out/tree-$n.json" --check >/dev/null 2>"$out/gen-tree-$n.err" \
    || { cat "$out/gen-tree-$n.err" >&2; failed "generate tree $n"; }
done

wait_quiet
load_start=$(loadavg)
for n in $tree_sizes; do
  [ -f "$out/tree-$n.json" ] || continue
  for b in layout frames; do
    echo "bench: $b, tree of $n claims"
    "$bench_bin" "$b" "$out/tree-$n.json" $quick >>"$out/native-tree.jsonl" 2>"$out/native-tree-$b-$n.err" \
      || { cat "$out/native-tree-$b-$n.err" >&2; failed "native tree $b $n"; }
  done
done
for n in $sizes; do
  f="$out/synthetic-$n.json"
  [ -f "$f" ] || continue
  for b in load memory trace search layout frames edit semantics; do
    echo "bench: $b, $n claims"
    "$bench_bin" "$b" "$f" $quick >>"$out/native.jsonl" 2>"$out/native-$b-$n.err" || { cat "$out/native-$b-$n.err" >&2; failed "native $b $n"; }
  done
done

# The font atlas of the bundled debate's first frame, and the one a reader's typing brings.
echo "bench: fonts, the bundled debate"
"$bench_bin" fonts "$root/content/nato-guarantees-2021.json" >"$out/fonts.jsonl" 2>"$out/fonts.err" \
  || { cat "$out/fonts.err" >&2; failed "native fonts"; }

# ---- budgets the tests leave to the benchmarks: hostile input, live reload -----------------------
echo "bench: hostile input (the model tests' hostile cases, each timed)"
DL_HOSTILE_TIMES=1 "$build/tests/model_tests" --no-intro=true -tc='hostile*' >"$out/hostile.log" 2>&1 || failed "hostile cases"
grep '^{' "$out/hostile.log" >"$out/hostile.jsonl"
echo "bench: live reload (inotify and polling)"
/usr/bin/python3 "$root/bench/reload_bench.py" "$build/debatelens" "$root/tests/fixtures/fictional-harbour-bridge.json" \
  "$build/tests/libdl_no_inotify.so" "$out" >"$out/reload.jsonl" 2>"$out/reload.err" || { cat "$out/reload.err" >&2; failed "reload"; }

# ---- web benchmarks ------------------------------------------------------------------------------
if [ "$web" = 1 ]; then
  big="$out/synthetic-10000.json"
  [ -f "$big" ] || big="$out/synthetic-$(echo "$sizes" | awk '{print $NF}').json"
  echo "bench: web (headless Chromium)"
  wait_quiet
  (cd "$root" && node bench/web_bench.mjs "$root/dist/web" "$big" $quick) >>"$out/web.jsonl" 2>"$out/web.err" \
    || { cat "$out/web.err" >&2; failed "web"; }
fi
load_end=$(loadavg)

# ---- machine notes and the report ----------------------------------------------------------------
# What the measured code had beyond its commit; the results file itself is this run's output.
dirty=$(cd "$root" && git status --porcelain 2>/dev/null | awk '{print $2}' | grep -vx 'bench/RESULTS.md' | tr '\n' ' ' | sed 's/ $//')
python3 - "$out/machine.json" <<PY
import json, os, platform, subprocess, sys
def sh(c):
    try: return subprocess.run(c, shell=True, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception: return ""
cpu = sh("lscpu | sed -n 's/^Model name: *//p' | head -n1")
mhz = sh("lscpu | sed -n 's/^CPU max MHz: *//p' | head -n1")
mem = sh("awk '/MemTotal/ {printf \"%.1f GiB\", \$2/1048576}' /proc/meminfo")
json.dump({
  "date": sh("date -u '+%Y-%m-%d %H:%M UTC'"),
  "cpu": cpu + (f" (max {float(mhz):.0f} MHz)" if mhz else ""),
  "nproc": sh("nproc"), "mem": mem, "kernel": "Linux " + platform.release(),
  "cxx": sh("c++ --version | head -n1"), "node": "node " + sh("node --version"),
  "chromium": sh("/usr/bin/chromium --version 2>/dev/null | head -n1"),
  "emcc": sh("NODE_PATH=/usr/share/nodejs emcc --version 2>/dev/null | head -n1"),
  "commit": sh("cd '$root' && git rev-parse --short HEAD"),
  "dirty": "$dirty", "load_start": "$load_start", "load_end": "$load_end", "quiet_note": "$quiet_note",
}, open(sys.argv[1], "w"), indent=1)
PY
node "$root/bench/report.mjs" "$out" "$root/bench/RESULTS.md"
