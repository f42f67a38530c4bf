#!/usr/bin/env bash
# Command-line behaviour of the real binary: --validate on good and bad files, usage errors.
#   cli_test.sh APP SOURCE_DIR OUT_DIR
set -uo pipefail
app=$1 src=$2 out=$3
mkdir -p "$out"
passed=0 failed=0
# expect NAME EXIT_CODE REGEX -- COMMAND...: the exit code matches and the output matches REGEX.
expect() {
  local name=$1 code=$2 pattern=$3; shift 4
  local output rc
  output=$("$@" 2>&1); rc=$?
  if [ "$rc" -eq "$code" ] && grep -qE -- "$pattern" <<<"$output"; then echo "ok   $name"; passed=$((passed + 1))
  else echo "FAIL $name (exit $rc, wanted $code): $(head -c 400 <<<"$output")"; failed=$((failed + 1)); fi
}

expect "validate shipped content" 0 "nato-guarantees-2021.json: ok \(48 claims" -- "$app" --validate "$src"/content/nato-guarantees-2021.json
expect "validate fixtures" 0 "fictional-library-hours.json: ok" -- "$app" --validate "$src"/tests/fixtures/fictional-harbour-bridge.json "$src"/tests/fixtures/fictional-library-hours.json
expect "missing file" 1 "no-such.json: cannot open the file" -- "$app" --validate "$out/no-such.json"
expect "directory instead of file" 1 "cannot (read|open)" -- "$app" --validate "$src/content"
printf '{"format": "debatelens/1",\n  "id": "x" "title": 1}' > "$out/syntax.json"
expect "syntax error with line and column" 1 "syntax.json:2:13: " -- "$app" --validate "$out/syntax.json"
python3 - "$src/content/nato-guarantees-2021.json" "$out/bad-quote.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["claims"][3]["quote"] = d["claims"][3]["quote"].replace("Putin", "Putln", 1)
d["claims"][5]["actor"] = "nobody"
json.dump(d, open(sys.argv[2], "w"))
PY
expect "misquote and dangling reference, both reported" 1 "bad-quote.json:/claims/3/quote: the quote is not in paragraph .*closest" -- "$app" --validate "$out/bad-quote.json"
expect "dangling actor named with its path" 1 "bad-quote.json:/claims/5/actor: no actor has the id \"nobody\"" -- "$app" --validate "$out/bad-quote.json"
if [ "$(id -u)" -ne 0 ]; then
  cp "$src/content/nato-guarantees-2021.json" "$out/unreadable.json"; chmod 000 "$out/unreadable.json"
  expect "unreadable file" 1 "cannot open" -- "$app" --validate "$out/unreadable.json"
fi
expect "validate without files" 2 "--validate needs at least one FILE" -- "$app" --validate
expect "unknown option" 2 "unknown option --frobnicate" -- "$app" --frobnicate
expect "bad --frames" 2 "--frames takes a whole number" -- "$app" --frames -3
expect "bad --size" 2 "--size takes WIDTHxHEIGHT" -- "$app" --size big
expect "help" 0 "usage: debatelens" -- "$app" --help
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
