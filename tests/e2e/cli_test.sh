#!/usr/bin/env bash
# Command-line behaviour of the real binary: every option of the usage text. --validate on good and
# bad files, the exports and the AIF import (outputs parsed back, bad paths, invalid content), the
# window options (one short offscreen run each, checked through --status-file and the screenshot),
# usage errors.
#   cli_test.sh APP SOURCE_DIR OUT_DIR
set -uo pipefail
app=$1 src=$2 out=$3
rm -rf "$out" && mkdir -p "$out"  # nothing from an earlier run can pass this one
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
expect "directory instead of file" 1 "content: cannot read it: not a regular file \(a directory\?\)" -- "$app" --validate "$src/content"
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
# Root reads any file: as root (CI) the app runs as nobody, for whom the file is as unreadable as for its owner.
as_user=()
[ "$(id -u)" -eq 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
cp "$src/content/nato-guarantees-2021.json" "$out/unreadable.json"; chmod 000 "$out/unreadable.json"
expect "unreadable file" 1 "unreadable.json: cannot open the file \(missing, or not readable\)" -- "${as_user[@]}" "$app" --validate "$out/unreadable.json"
# check NAME COMMAND...: the command (a checker) exits 0; its output is shown when it does not.
check() {
  local name=$1 output; shift
  if output=$("$@" 2>&1); then echo "ok   $name"; passed=$((passed + 1))
  else echo "FAIL $name: $(head -c 600 <<<"$output")"; failed=$((failed + 1)); fi
}
py() { /usr/bin/python3 - "$@"; }
nato="$src/content/nato-guarantees-2021.json" harbour="$src/tests/fixtures/fictional-harbour-bridge.json"

# ---- exports: written, parsed back, faithful to the debate
rm -f "$out"/h.* "$out"/n.*
expect "export every format at once" 0 "^" -- "$app" --export-html "$out/h.html" --export-json-ld "$out/h.jsonld" \
  --export-aif "$out/h.aif.json" --export-argdown "$out/h.argdown" "$harbour"
check "--export-html writes the document" grep -q "id=\"dl-claim-calder-loan\"" "$out/h.html"
check "--export-json-ld: a Claim per claim, one ClaimReview" py "$out/h.jsonld" "$harbour" <<'PY'
import json, sys
doc, debate = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
types = [n["@type"] for n in doc["@graph"]]
assert doc["@context"] == "https://schema.org", doc["@context"]
assert types.count("Claim") == len(debate["claims"]), types
assert types.count("ClaimReview") == 1, types
assert {n["text"] for n in doc["@graph"] if n["@type"] == "Claim"} == {c["quote"] for c in debate["claims"]}
PY
check "--export-aif: I, L and YA nodes per claim, edges between known nodes" py "$out/h.aif.json" "$harbour" <<'PY'
import json, sys
aif, debate = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
ids = {n["nodeID"] for n in aif["nodes"]}
for t in ("I", "L", "YA"):
    assert sum(n["type"] == t for n in aif["nodes"]) == len(debate["claims"]), t
assert all(e["fromID"] in ids and e["toID"] in ids for e in aif["edges"])
assert len(aif["locutions"]) == len(debate["claims"]) and len(aif["participants"]) == 4
PY
check "--export-argdown: one definition per claim, a relation line per relation" py "$out/h.argdown" "$harbour" <<'PY'
import json, re, sys
text, debate = open(sys.argv[1]).read(), json.load(open(sys.argv[2]))
defined = re.findall(r"^\[([a-z0-9-]+)\]: ", text, re.M)
assert sorted(defined) == sorted(c["id"] for c in debate["claims"]), defined
assert len(re.findall(r"^  (\+>|->|//) ", text, re.M)) == len(debate["relations"])
PY
expect "export of the bundled debate when no FILE is given" 0 "^" -- "$app" --export-argdown "$out/n.argdown"
check "... which is the shipped debate" grep -q "^\[sherr-no-guarantee\]: " "$out/n.argdown"
expect "export: missing debate file" 1 "no-such.json: cannot open the file" -- "$app" --export-json-ld "$out/n.jsonld" "$out/no-such.json"
expect "export: invalid content, reported with its path" 1 "bad-quote.json:/claims/3/quote: the quote is not in paragraph" -- \
  "$app" --export-aif "$out/n.aif.json" "$out/bad-quote.json"
check "... and nothing is written" test ! -e "$out/n.aif.json"
expect "export: output is a directory" 1 "cannot write .*: Is a directory" -- "$app" --export-json-ld "$out" "$harbour"
expect "export: output folder missing" 1 "cannot write .*missing/h.jsonld: No such file or directory" -- \
  "$app" --export-json-ld "$out/missing/h.jsonld" "$harbour"
expect "export flag without a value" 2 "--export-argdown needs a value" -- "$app" --export-argdown

# ---- AIF import: the result is a debate --validate accepts
rm -f "$out"/imported-*.json
expect "import an OVA xAIF fixture (CRLF, HTML)" 0 "imported 3 claims by 2 speakers, 2 relations \(0 warnings\)" -- \
  "$app" --import-aif "$src/tests/fixtures/aif/ova-crlf-html.json" "$out/imported-ova.json"
expect "... which validates" 0 "imported-ova.json: ok \(3 claims" -- "$app" --validate "$out/imported-ova.json"
expect "import reports what it cannot map, with paths" 0 "odd-and-hostile.json:/AIF/nodes/8/type: warning: unknown node type" -- \
  "$app" --import-aif "$src/tests/fixtures/aif/odd-and-hostile.json" "$out/imported-odd.json"
"$app" --export-aif "$out/nato.aif.json" "$nato"
expect "AIF round trip of the shipped debate" 0 "imported 48 claims by 6 speakers, 34 relations \(0 warnings\)" -- \
  "$app" --import-aif "$out/nato.aif.json" "$out/imported-nato.json"
expect "... which validates" 0 "imported-nato.json: ok \(48 claims, 34 relations" -- "$app" --validate "$out/imported-nato.json"
# (The real AIFdb sample in ../shared: cli_shared_test.sh, which CTest reports skipped where it is missing.)
printf '{"nodes": [\n  {"nodeID" 1}\n]}' > "$out/syntax.aif.json"
expect "import: syntax error with line and column" 1 "syntax.aif.json:2:" -- "$app" --import-aif "$out/syntax.aif.json" "$out/imported-bad.json"
printf '{"edges": []}' > "$out/not-aif.json"
expect "import: not an AIF map" 1 "not-aif.json:/nodes: missing: this is not an AIF map" -- "$app" --import-aif "$out/not-aif.json" "$out/imported-bad.json"
check "... and nothing is written" test ! -e "$out/imported-bad.json"
expect "import: missing file" 1 "no-such.json: cannot open the file" -- "$app" --import-aif "$out/no-such.json" "$out/imported-bad.json"
expect "import: directory as input" 1 "not a regular file" -- "$app" --import-aif "$src/tests/fixtures" "$out/imported-bad.json"
expect "import: output folder missing" 1 "cannot write .*: No such file or directory" -- \
  "$app" --import-aif "$src/tests/fixtures/aif/aifdb-plain.json" "$out/missing/x.json"
expect "import without OUT" 2 "--import-aif needs IN and OUT" -- "$app" --import-aif "$src/tests/fixtures/aif/aifdb-plain.json"

# ---- window options: short offscreen runs (SDL's EGL offscreen driver; a private Xvfb where it does not work)
window() { SDL_VIDEODRIVER=offscreen "$app" "$@"; }
if ! window --frames 1 --size 200x200 >/dev/null 2>&1; then window() { xvfb-run -a -s "-screen 0 1600x1200x24" "$app" "$@"; }; fi
status() { py "$1" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(eval(sys.argv[2], {}, {"d": d}))
PY
}
rm -f "$out"/shot.png "$out"/st-*.json
expect "--content --view --claim --theme --size --frames --screenshot --status-file" 0 "^" -- window --content "$harbour" \
  --view map --claim calder-loan --theme dark --size 640x480 --frames 3 --screenshot "$out/shot.png" --status-file "$out/st-all.json"
check "status file: debate, view, claim, theme and frames as asked" test "$(status "$out/st-all.json" \
  '(d["debate_id"], d["view"], d["selected_claim"], d["theme"], d["frames"], d["error"])')" = \
  "('fictional-harbour-bridge', 'map', 'calder-loan', 'dark', 3, '')"
check "screenshot: a PNG of the asked size, not blank" /usr/bin/python3 "$src/tests/e2e/check_png.py" "$out/shot.png" 640 480 50
check "... (the PNG check fails on a wrong size)" sh -c "! /usr/bin/python3 '$src/tests/e2e/check_png.py' '$out/shot.png' 641 480 50"
expect "--location deep link" 0 "^" -- window --location "claim=okafor-paperwork&view=article" --frames 2 --size 400x300 \
  --status-file "$out/st-location.json" "$harbour"
check "... selects the claim and the view" test "$(status "$out/st-location.json" '(d["selected_claim"], d["view"])')" = \
  "('okafor-paperwork', 'article')"
expect "--pending: nothing loaded, waiting for the page" 0 "^" -- window --pending "test-content/late.json" --frames 2 --size 400x300 \
  --status-file "$out/st-pending.json"
check "... no debate, the label kept, no error" test "$(status "$out/st-pending.json" '(d["debate_id"], d["file"], d["errors"])')" = \
  "('', 'test-content/late.json', [])"
expect "a DIR opens its first debate" 0 "^" -- window --frames 1 --size 400x300 --status-file "$out/st-dir.json" "$src/tests/fixtures"
check "... fictional-harbour-bridge" test "$(status "$out/st-dir.json" 'd["debate_id"]')" = "fictional-harbour-bridge"
expect "broken content opens with the problem on stderr" 0 "bad-quote.json:/claims/3/quote" -- window --frames 1 --size 400x300 \
  --status-file "$out/st-bad.json" "$out/bad-quote.json"
check "... and in the status" grep -q "bad-quote.json:/claims/3/quote" "$out/st-bad.json"
expect "bad --theme" 2 "--theme is light or dark" -- "$app" --theme sepia

expect "validate without files" 2 "--validate needs at least one FILE" -- "$app" --validate
expect "unknown option" 2 "unknown option --frobnicate" -- "$app" --frobnicate
expect "bad --frames" 2 "--frames takes a whole number" -- "$app" --frames -3
expect "bad --size" 2 "--size takes WIDTHxHEIGHT" -- "$app" --size big
expect "help" 0 "usage: debatelens" -- "$app" --help
untested=""
for flag in $("$app" --help | grep -oE -- '--[a-z-]+' | sort -u); do grep -qE -- "$flag( |\$)" "$0" || untested+=" $flag"; done
check "every option of the usage text is run by this script" sh -c "[ -z '$untested' ] || { echo 'untested:$untested'; exit 1; }"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ] && [ $passed -gt 0 ]
