#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build/fuzz and runs each for SECONDS.
#   fuzz/run.sh SECONDS [TARGET...]      targets: load location aif_import kialo argdown claimreview
# Quiet: one line per target, then "N passed, N failed". Exit status 1 if any target found a
# crash, leak, timeout or out-of-memory; the input that did it is kept in build/fuzz/crashes/.
# Working corpora persist in build/fuzz/corpus/TARGET (seeded on every run from content/*.json and
# tests/fixtures/*.json for load, tests/fixtures/aif/*.json for aif_import, tests/fixtures/kialo,
# argdown and claimreview for their targets, and fuzz/seeds/TARGET/);
# full logs are in build/fuzz/logs/.
# FUZZ_BUILD_DIR=DIR uses another build tree (e.g. a long run beside short ones).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${FUZZ_BUILD_DIR:-$root/build/fuzz}"
seconds="${1:-}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: fuzz/run.sh SECONDS [TARGET...]" >&2
    exit 2
fi
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load location aif_import kialo argdown claimreview)

cxx="${FUZZ_CXX:-$(command -v clang++-14 || command -v clang++ || true)}"
if [ -z "$cxx" ]; then
    echo "fuzz: clang++ not found (apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 2
fi

mkdir -p "$out/logs" "$out/crashes"
if [ ! -f "$out/CMakeCache.txt" ]; then
    if ! cmake -S "$root/fuzz" -B "$out" -DCMAKE_CXX_COMPILER="$cxx" >"$out/logs/configure.log" 2>&1; then
        tail -n 30 "$out/logs/configure.log" >&2
        echo "fuzz: configure failed ($out/logs/configure.log)" >&2
        exit 2
    fi
fi
if ! cmake --build "$out" -j"$(nproc)" >"$out/logs/build.log" 2>&1; then
    grep -E "error|Error" "$out/logs/build.log" | head -n 20 >&2
    echo "fuzz: build failed ($out/logs/build.log)" >&2
    exit 2
fi

seed() {  # seed TARGET DIR: copy the seed inputs into the working corpus (existing files kept)
    local t="$1" dir="$2" f
    mkdir -p "$dir"
    if [ "$t" = load ]; then
        for f in "$root"/content/*.json "$root"/tests/fixtures/*.json; do
            case "$f" in *.schema.json) continue ;; esac
            cp -n "$f" "$dir/seed-$(basename "$f")"
        done
    fi
    if [ "$t" = aif_import ]; then
        for f in "$root"/tests/fixtures/aif/*.json; do cp -n "$f" "$dir/seed-$(basename "$f")"; done
    fi
    if [ "$t" = kialo ] || [ "$t" = argdown ] || [ "$t" = claimreview ]; then
        for f in "$root/tests/fixtures/$t"/*; do [ -f "$f" ] && cp -n "$f" "$dir/seed-$(basename "$f")"; done
    fi
    if [ -d "$root/fuzz/seeds/$t" ]; then
        for f in "$root/fuzz/seeds/$t"/*; do [ -f "$f" ] && cp -n "$f" "$dir/seed-$(basename "$f")"; done
    fi
    return 0
}

passed=0
failed=0
for t in "${targets[@]}"; do
    exe="$out/fuzz_$t"
    if [ ! -x "$exe" ]; then
        echo "fuzz_$t: no such target" >&2
        failed=$((failed + 1))
        continue
    fi
    corpus="$out/corpus/$t"
    seed "$t" "$corpus"
    log="$out/logs/$t.log"
    dict=()
    [ -f "$root/fuzz/$t.dict" ] && dict=(-dict="$root/fuzz/$t.dict")
    before="$(ls "$out/crashes" | wc -l)"
    start=$(date +%s)
    # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: over 2 GB is a failure too.
    "$exe" "$corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$out/crashes/$t-" >"$log" 2>&1
    rc=$?
    elapsed=$(( $(date +%s) - start ))
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
    inputs="$(ls "$corpus" | wc -l)"
    after="$(ls "$out/crashes" | wc -l)"
    if [ "$rc" -eq 0 ] && [ "$after" -eq "$before" ]; then
        passed=$((passed + 1))
        echo "fuzz_$t: passed, ${execs:-?} executions in ${elapsed} s, corpus $inputs inputs"
    else
        failed=$((failed + 1))
        echo "fuzz_$t: FAILED (exit $rc) after ${execs:-?} executions in ${elapsed} s; log ${log#$root/}"
        grep -m 3 -E "^SUMMARY:|ERROR: libFuzzer|==ERROR" "$log" | sed 's/^/  /'
        grep -o "Test unit written to .*" "$log" | sed 's/^Test unit written to /  input kept: /'
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
