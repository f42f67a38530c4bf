#!/usr/bin/env bash
# The command-line AIF import of a real AIFdb map from the shared samples. Run through
# tests/with_shared.sh, which sets DL_SHARED_DIR, or reports the test skipped where the folder is missing.
#   cli_shared_test.sh APP OUT_DIR
set -uo pipefail
app=$1 out=$2
sample="$DL_SHARED_DIR/samples/aif/twitter3915_xaif.json"
rm -rf "$out" && mkdir -p "$out"
[ -f "$sample" ] || { echo "FAIL $sample is missing from the shared folder"; exit 1; }
said=$("$app" --import-aif "$sample" "$out/imported.json" 2>&1) || { echo "FAIL import exited $?: $said"; exit 1; }
[ "$said" = "$sample: imported 2 claims by 2 speakers, 1 relations (0 warnings) into $out/imported.json" ] || { echo "FAIL import said: $said"; exit 1; }
echo "ok   import the AIFdb sample"
said=$("$app" --validate "$out/imported.json" 2>&1) || { echo "FAIL the import does not validate: $said"; exit 1; }
[[ "$said" == "$out/imported.json: ok (2 claims, 1 relations, 0 warnings)" ]] || { echo "FAIL validate said: $said"; exit 1; }
echo "ok   ... which validates"
echo "2 passed, 0 failed"
