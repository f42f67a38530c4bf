#!/usr/bin/env bash
# Installs what is missing, builds everything (web, native, sanitizer) and runs the whole test suite.
# Ends with a summary: per part and in all, how many tests ran, passed, failed and were skipped (a
# skipped test says why). Exits non-zero when anything failed or a part ran nothing.
# Safe to run again: every step is cached and idempotent; the CMake options the suite needs are
# forced on every run, so a tree configured otherwise by hand cannot drop tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc)
results="$root/build/test-results"

# Filters for working on one test by hand would thin out the suite: this command runs everything.
if [ -n "${E2E_ONLY:-}" ]; then
  echo "note: E2E_ONLY=$E2E_ONLY is ignored: scripts/test.sh runs every test"
  unset E2E_ONLY
fi

bash scripts/install-deps.sh
bash scripts/fetch-third-party.sh
bash scripts/install-node-deps.sh
rm -rf "$results"
mkdir -p "$results"
problems=()  # parts that could not run at all

# ctest_part NAME BUILD_DIR REQUIRED_TEST...: runs every test of the tree (none is no pass) into
# $results/NAME.xml, after checking that the tree registers at least the tests named.
ctest_part() {
  local name=$1 dir=$2 listed missing=()
  shift 2
  listed=$(ctest --test-dir "$dir" -N 2>/dev/null | sed -n 's/^ *Test *#[0-9]*: //p')
  for t in "$@"; do grep -qx -- "$t" <<<"$listed" || missing+=("$t"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "FAIL $dir does not register ${missing[*]}"
    problems+=("$name: ${missing[*]} not registered")
  fi
  ctest --test-dir "$dir" --output-on-failure --no-tests=error --output-junit "$results/$name.xml" ||
    [ -s "$results/$name.xml" ] || problems+=("$name: ctest did not run")
}

echo "== web build"
./build-wasm.sh || problems+=("web build failed")

echo "== model and UI unit tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDL_SANITIZE=ON -DBUILD_TESTING=ON -DDL_BUILD_APP=OFF \
  -DDL_BUILD_UI=ON >/dev/null
if cmake --build build/asan -j"$jobs" >build/asan-build.log 2>&1; then
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest_part asan build/asan unit.model unit.model.shared unit.ui content.schema
else
  tail -n 40 build/asan-build.log
  problems+=("asan: the build failed")
fi

echo "== fuzzing: each libFuzzer target for a short run (fuzz/run.sh; long runs: fuzz/run.sh 1800)"
bash fuzz/run.sh "${FUZZ_SECONDS:-30}" | tee "$results/fuzz.txt" || true

echo "== native build and the full suite (unit, UI, CLI, native e2e under Xvfb, web e2e in Chromium)"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON -DDL_BUILD_APP=ON -DDL_BUILD_UI=OFF >/dev/null
if cmake --build build/native -j"$jobs" >build/native-build.log 2>&1; then
  ctest_part native build/native unit.model unit.model.shared unit.ui content.schema cli cli.shared \
    export.html export.argdown import.argdown layers e2e.native e2e.native_app e2e.web e2e.web.a11y e2e.web.studio e2e.studio unit.app
else
  grep -E 'error' build/native-build.log | head -n 40
  problems+=("native: the build failed")
fi

echo "== summary"
/usr/bin/python3 - "$results" "${problems[@]}" <<'PY'
import os, re, sys
import xml.etree.ElementTree as ET

results, problems = sys.argv[1], sys.argv[2:]
totals = {"passed": 0, "failed": 0, "skipped": 0}
skipped_names = []

def line(passed, failed, skipped):
    ran = passed + failed
    return f"{ran + skipped} tests, {ran} ran: {passed} passed, {failed} failed; {skipped} skipped"

def count(part, passed, failed, skipped):
    for k, v in (("passed", passed), ("failed", failed), ("skipped", skipped)):
        totals[k] += v
    print(f"{part}: {line(passed, failed, skipped)}")
    if passed + failed == 0:
        problems.append(f"{part}: nothing ran")

for part, label in (("asan", "sanitizer build (build/asan)"), ("native", "release build (build/native)")):
    path = os.path.join(results, part + ".xml")
    if not os.path.exists(path):
        problems.append(f"{label}: no results")
        continue
    passed = failed = skipped = 0
    why = []
    for case in ET.parse(path).getroot().iter("testcase"):
        if case.find("failure") is not None or case.get("status") == "fail":
            failed += 1
        elif case.find("skipped") is not None or case.get("status") in ("notrun", "disabled"):
            skipped += 1
            out = case.findtext("system-out") or ""
            reason = re.search(r"skipped: (.*)", out)
            why.append(case.get("name") + (f" ({reason.group(1).strip()})" if reason else ""))
        else:
            passed += 1
    skipped_names += [f"{label}: {w}" for w in why]
    count(label, passed, failed, skipped)

fuzz = open(os.path.join(results, "fuzz.txt")).read() if os.path.exists(os.path.join(results, "fuzz.txt")) else ""
m = re.search(r"^(\d+) passed, (\d+) failed$", fuzz, re.M)
if m:
    count("fuzzing (fuzz/run.sh)", int(m[1]), int(m[2]), 0)
else:
    problems.append("fuzzing: no result line")

for s in skipped_names:
    print("skipped: " + s)
for p in problems:
    print("PROBLEM: " + p)
print("in all: " + line(totals["passed"], totals["failed"], totals["skipped"]))
sys.exit(1 if totals["failed"] or problems else 0)
PY
