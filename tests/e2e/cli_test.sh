#!/usr/bin/env bash
# Command-line behaviour of the real binary: every option of the usage text. --validate on good and
# bad files, the exports and the imports (AIF, Kialo, Argdown, ClaimReview: outputs parsed back, bad
# paths, invalid content), the
# window options (one short offscreen run each, checked through --status-file and the screenshot),
# usage errors.
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
sample="$src/../shared/samples/aif/twitter3915_xaif.json"
if [ -f "$sample" ]; then
  expect "import the AIFdb sample" 0 "imported 2 claims by 2 speakers, 1 relations \(0 warnings\)" -- "$app" --import-aif "$sample" "$out/imported-sample.json"
  expect "... which validates" 0 "imported-sample.json: ok" -- "$app" --validate "$out/imported-sample.json"
else
  echo "skip import of the AIFdb sample: $sample is not present"
fi
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

# ---- Kialo, Argdown and ClaimReview imports: the result is a debate --validate accepts
rm -f "$out"/imported-k*.json "$out"/imported-a*.json "$out"/reviewed-*.json
kialo="$src/tests/fixtures/kialo/harbour-toll.txt" argdown="$src/tests/fixtures/argdown/brueckenmaut.argdown"
expect "--import-kialo: the fixture (BOM, CRLF, 19 levels, cross references)" 0 "imported 27 claims by 1 speakers, 28 relations \(0 warnings\)" -- \
  "$app" --import-kialo "$kialo" "$out/imported-kialo.json"
expect "... which validates" 0 "imported-kialo.json: ok \(27 claims, 28 relations" -- "$app" --validate "$out/imported-kialo.json"
check "... with the cross reference as a relation, not a claim" py "$out/imported-kialo.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert not any("See" in c["quote"] for c in d["claims"]), [c["quote"] for c in d["claims"] if "See" in c["quote"]]
assert {"from": "k-1-2-1", "to": "k-1-1-1", "type": "supports"}.items() <= next(
    r for r in d["relations"] if r["from"] == "k-1-2-1" and r["to"] == "k-1-1-1").items()
PY
printf 'Discussion Title: Odd\n1. T\n1.1. Pro: -> See 4.4.\n' > "$out/odd-kialo.txt"
expect "--import-kialo: problems name the line" 0 "odd-kialo.txt:3: warning: the cross reference names claim 4.4" -- \
  "$app" --import-kialo "$out/odd-kialo.txt" "$out/imported-kodd.json"
printf 'Just a note\n' > "$out/not-kialo.txt"
expect "--import-kialo: not a Kialo export" 1 "not-kialo.txt:1: not a Kialo export" -- "$app" --import-kialo "$out/not-kialo.txt" "$out/imported-kbad.json"
check "... and nothing is written" test ! -e "$out/imported-kbad.json"
expect "--import-kialo without OUT" 2 "--import-kialo needs IN and OUT" -- "$app" --import-kialo "$kialo"
expect "--import-argdown: the German fixture (front matter, PCS, umlauts, comments)" 0 "imported 11 claims by 1 speakers, 11 relations \(7 warnings\)" -- \
  "$app" --import-argdown "$argdown" "$out/imported-argdown.json"
expect "... reports the undercut with its line" 0 "brueckenmaut.argdown:53: warning: an undercut" -- \
  "$app" --import-argdown "$argdown" "$out/imported-argdown.json"
expect "... which validates" 0 "imported-argdown.json: ok \(11 claims, 11 relations" -- "$app" --validate "$out/imported-argdown.json"
expect "--validate reads an Argdown file directly" 0 "brueckenmaut.argdown: ok \(11 claims" -- "$app" --validate "$argdown"
printf '===\ntitle: x\n' > "$out/open.argdown"
expect "--import-argdown: unclosed front matter" 1 "open.argdown:1: the front matter opened here" -- "$app" --import-argdown "$out/open.argdown" "$out/imported-abad.json"
expect "--import-argdown without OUT" 2 "--import-argdown needs IN and OUT" -- "$app" --import-argdown "$argdown"
for sample in argdown-primer semmelweis_betz; do
  f="$src/../shared/samples/argdown/$sample.argdown"
  if [ -f "$f" ]; then expect "--import-argdown: Argdown's $sample example" 0 "imported [0-9]+ claims" -- "$app" --import-argdown "$f" "$out/imported-a-$sample.json"
  else echo "SKIP --import-argdown of $f: not present"; fi
done
reviews="$src/tests/fixtures/claimreview"
expect "--import-claimreview: a list, one record unmatched and reported" 0 "list.json: 2 of 3 ClaimReview records matched; 2 claims carry a review" -- \
  "$app" --import-claimreview "$harbour" "$reviews/list.json" "$out/reviewed-list.json"
expect "... naming the record" 0 "list.json:/2/claimReviewed: warning: no claim's quote or summary is \"The ferry runs every hour.\"" -- \
  "$app" --import-claimreview "$harbour" "$reviews/list.json" "$out/reviewed-list.json"
expect "... which validates" 0 "reviewed-list.json: ok \(12 claims" -- "$app" --validate "$out/reviewed-list.json"
check "... with the reviews in the reviewer's words" py "$out/reviewed-list.json" <<'PY'
import json, sys
d = {c["id"]: c for c in json.load(open(sys.argv[1]))["claims"]}
assert d["okafor-tax-poor"]["review"] == {"rating": "Needs context", "reviewer": "County Check (fictional)",
    "url": "https://example.org/factdesk/tax-poor", "date": "2023-03-13"}, d["okafor-tax-poor"]
assert d["auditor-traffic"]["review"]["rating"] == "4 on a scale from 1 to 5"
PY
expect "--import-claimreview: a @graph, the newest review of a claim kept" 0 "3 ClaimReview records matched; 2 claims carry a review" -- \
  "$app" --import-claimreview "$harbour" "$reviews/graph.jsonld" "$out/reviewed-graph.json"
expect "--import-claimreview: onto a Kialo export" 0 "0 of 1 ClaimReview records matched" -- \
  "$app" --import-claimreview "$kialo" "$reviews/single.json" "$out/reviewed-kialo.json"
expect "--import-claimreview: reviews not JSON" 1 "single.txt: cannot open the file" -- \
  "$app" --import-claimreview "$harbour" "$reviews/single.txt" "$out/reviewed-bad.json"
check "... and nothing is written" test ! -e "$out/reviewed-bad.json"
expect "--import-claimreview without OUT" 2 "--import-claimreview needs DEBATE, REVIEWS and OUT" -- "$app" --import-claimreview "$harbour" "$reviews/list.json"
"$app" --export-html "$out/reviewed.html" "$out/reviewed-list.json"
check "the HTML export shows the reviews (check_html.py)" /usr/bin/python3 "$src/tests/e2e/check_html.py" "$out/reviewed.html" "$out/reviewed-list.json"

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
[ $failed -eq 0 ]
