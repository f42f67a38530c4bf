#!/usr/bin/env bash
# The native app as an editor's tool, under Xvfb: the Open view lists a folder with validation
# status, live reload keeps the selection, a broken save leaves the last good version under a banner
# whose problems lead to their claims, a file dropped on the window opens (real XDND events; a Kialo
# export too, converted as it opens), an Argdown document live-reloads, and
# settings (window size, theme, last file) persist in the XDG config directory.
#   native_app_test.sh APP OUT_DIR SOURCE_DIR
set -uo pipefail
app=$1 out=$2 src=$3
rm -rf "$out"
mkdir -p "$out/lib"
source "$(dirname "$0")/lib.sh"
status="$out/status.json"

# A folder of debates as an editor has it: two good files and a broken one.
cp "$src/tests/fixtures/fictional-harbour-bridge.json" "$out/lib/harbour.json"
cp "$src/tests/fixtures/fictional-library-hours.json" "$out/lib/library.json"
printf '{"format": "debatelens/1", "id": ' > "$out/lib/broken.json"
cp "$src/tests/fixtures/fictional-library-hours.json" "$out/dropped.json"
cp "$src/tests/fixtures/kialo/harbour-toll.txt" "$out/dropped-kialo.txt"
edit() {  # edit FILE PYTHON: rewrites the JSON file after running PYTHON on it as `d`
  /usr/bin/python3 - "$1" "$2" <<'PY'
import json, sys
path = sys.argv[1]
d = json.load(open(path))
exec(sys.argv[2])
open(path + ".tmp", "w").write(json.dumps(d, ensure_ascii=False, indent=1))
PY
  saved_at=$(date +%s%N)
  mv "$1.tmp" "$1"  # editors save by rename: the watcher must see it
}
harbour_claim=$(json "$out/lib/harbour.json" 'd["claims"][0]["id"]')
other_claim=$(json "$out/lib/harbour.json" 'd["claims"][3]["id"]')

"$app" --size 1100x700 --content "$out/lib/harbour.json" --claim "$harbour_claim" --status-file "$status" \
  "$out/lib" 2>"$out/stderr.txt" &
apppid=$!
if wait_for "$status" 'd["debate_id"] != ""' 10 >/dev/null; then ok "starts on the given file"; else fail "no status from the app"; fi

# 1. The library: every file of the folder, with its validation status.
lib=$(json "$status" 'sorted((p.split("/")[-1], e) for p, e in [(x["path"], x["valid"]) for x in d["library"]])')
[ "$lib" = "[('broken.json', False), ('harbour.json', True), ('library.json', True)]" ] && ok "library lists the folder with validation status" \
  || fail "library: $lib"

# 2. Live reload: a saved change shows within a second, the selection kept.
edit "$out/lib/harbour.json" 'd["title"] = "Edited title"'
if wait_for "$status" 'd["title"] == "Edited title"' 3 >/dev/null; then
  t=$(awk "BEGIN{printf \"%.2f\", ($(date +%s%N) - $saved_at) / 1e9}")
  sel=$(json "$status" 'd["selected_claim"]')
  awk "BEGIN{exit !($t < 1.0)}" && [ "$sel" = "$harbour_claim" ] && ok "reloaded in $t s, selection kept ($sel)" \
    || fail "reload took $t s, selection '$sel'"
else fail "the edit was not reloaded within 3 s"; fi

# 3. A broken save: the last good version stays, under a banner; a problem leads to its claim.
edit "$out/lib/harbour.json" 'd["claims"][3]["actor"] = "nobody"; d["title"] = "Broken version"'
if wait_for "$status" 'd["showing_last_good"] and d["errors"]' 3 >/dev/null; then
  got=$(json "$status" '(d["title"], d["selected_claim"], "/claims/3/actor" in d["error"], d["claims"])')
  want="('Edited title', '$harbour_claim', True, $(json "$out/lib/harbour.json" 'len(d["claims"])'))"
  [ "$got" = "$want" ] && ok "broken save keeps the last good version on screen with the error" || fail "broken save: $got, wanted $want"
  import -window root "$out/banner.png" 2>/dev/null
  n=$(colours "$out/banner.png")
  [ "$n" -gt 50 ] && ok "banner screenshot has content ($n colours)" || fail "banner screenshot blank ($n colours)"
  if click_rect "$status" 'd["problem_links"][0]' && wait_for "$status" 'd["selected_claim"] == "'"$other_claim"'"' 2 >/dev/null; then
    ok "clicking the problem selects the claim it concerns ($other_claim)"
  else fail "problem link: selected '$(json "$status" 'd["selected_claim"]')', wanted $other_claim"; fi
else fail "the broken save did not show a banner: $(json "$status" '(d["showing_last_good"], d["errors"])')"; fi
edit "$out/lib/harbour.json" 'd["claims"][3]["actor"] = "'"$(json "$src/tests/fixtures/fictional-harbour-bridge.json" 'd["claims"][3]["actor"]')"'"'
wait_for "$status" 'not d["showing_last_good"] and not d["errors"] and d["title"] == "Broken version"' 3 >/dev/null \
  && ok "fixing the file clears the banner and shows the fix" || fail "after the fix: $(json "$status" '(d["showing_last_good"], d["errors"])')"

# 4. A file dropped on the window opens and joins the library: a Kialo export (converted as it
# opens), then a debate file.
wid=$(xdotool search --name DebateLens 2>/dev/null | head -n1)
if /usr/bin/python3 "$src/tests/e2e/xdnd_drop.py" "$wid" "$out/dropped-kialo.txt" 300 300 >"$out/xdnd.txt" 2>&1 &&
   wait_for "$status" 'd["file"].endswith("dropped-kialo.txt") and d["claims"] == 27 and not d["errors"]' 3 >/dev/null; then
  ok "a dropped Kialo export opens, converted ($(json "$status" 'd["title"]'))"
else fail "Kialo drop: $(cat "$out/xdnd.txt"); file '$(json "$status" '(d["file"], d["errors"])')'"; fi
if /usr/bin/python3 "$src/tests/e2e/xdnd_drop.py" "$wid" "$out/dropped.json" 300 300 >"$out/xdnd.txt" 2>&1 &&
   wait_for "$status" 'd["file"].endswith("dropped.json") and len(d["library"]) == 5 and d["debate_id"] != ""' 3 >/dev/null; then
  ok "a dropped file opens ($(json "$status" 'd["title"]'))"
else fail "drop: $(cat "$out/xdnd.txt"); file '$(json "$status" 'd["file"]')'"; fi

# 5. Settings: size and last file are saved at exit (SIGTERM quits cleanly) in XDG_CONFIG_HOME.
xdotool windowsize "$wid" 1000 650 2>/dev/null
wait_for "$status" 'd["frames"] > 0' 1 >/dev/null; sleep 0.5
kill -TERM $apppid; wait $apppid; rc=$?; apppid=
settings="$XDG_CONFIG_HOME/debatelens/settings.json"
got=$(json "$settings" '(d.get("window_width"), d.get("window_height"), d.get("last_file", "").split("/")[-1])' 2>&1)
[ $rc -eq 0 ] && [ "$got" = "(1000, 650, 'dropped.json')" ] && ok "settings saved: $got" || fail "settings after exit $rc: $got"
[ ! -e "$PWD/settings.json" ] && [ ! -e "$PWD/imgui.ini" ] && ok "nothing written to the working directory" || fail "files in the working directory"

# 6. The next start, with no file named, reopens the last file at the saved size, and a saved theme wins.
/usr/bin/python3 - "$settings" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); d["theme"] = "dark"; json.dump(d, open(sys.argv[1], "w"))
PY
rm -f "$status"
"$app" --status-file "$status" 2>/dev/null &
apppid=$!
if wait_for "$status" 'd["debate_id"] != ""' 10 >/dev/null; then
  got=$(json "$status" '(d["file"].split("/")[-1], d["theme"])')
  geom=$(xdotool getwindowgeometry "$(xdotool search --name DebateLens | head -n1)" 2>/dev/null | sed -n 's/.*Geometry: //p')
  [ "$got" = "('dropped.json', 'dark')" ] && [ "$geom" = "1000x650" ] && ok "restart restores file, theme and size ($geom)" \
    || fail "restart: $got, geometry '$geom'"
else fail "restart: no status"; fi
kill -TERM $apppid; wait $apppid; apppid=

# 7. With no saved theme, the desktop's preference is followed (GTK_THEME here; also the XDG portal and GNOME).
rm -f "$settings" "$status"
GTK_THEME=Adwaita:dark "$app" --status-file "$status" 2>/dev/null &
apppid=$!
wait_for "$status" 'd["theme"] == "dark"' 10 >/dev/null && ok "follows the desktop's dark preference" \
  || fail "desktop preference: theme '$(json "$status" 'd["theme"]' 2>/dev/null)'"
kill -TERM $apppid; wait $apppid; apppid=

# 8. The Open view: clicking a row opens that debate.
rm -f "$status"
"$app" --size 1100x700 --view open --status-file "$status" "$out/lib" 2>/dev/null &
apppid=$!
if wait_for "$status" 'len(d["open_rows"]) == 3' 10 >/dev/null; then
  import -window root "$out/open-view.png" 2>/dev/null
  target=$(json "$status" '[i for i, e in enumerate(d["library"]) if e["path"].endswith("library.json")][0]')
  click_rect "$status" '[r for r in d["open_rows"] if r["index"] == '"$target"'][0]'
  wait_for "$status" 'd["file"].endswith("library.json") and d["view"] == "overview"' 3 >/dev/null \
    && ok "clicking an Open row opens that debate" || fail "Open row: file '$(json "$status" 'd["file"]')'"
else fail "the Open view drew $(json "$status" 'len(d["open_rows"])' 2>/dev/null) rows"; fi
kill -TERM $apppid; wait $apppid; apppid=

# 9. An imported file live-reloads like a debate file: an Argdown document, converted as it opens.
rm -f "$status"
cp "$src/tests/fixtures/argdown/brueckenmaut.argdown" "$out/maut.argdown"
"$app" --size 900x600 --content "$out/maut.argdown" --status-file "$status" 2>/dev/null &
apppid=$!
if wait_for "$status" 'd["debate_id"] == "maut" and d["claims"] == 11' 10 >/dev/null; then
  sed -i '2s/.*/title: Umbenannt im Editor/; 3d' "$out/maut.argdown"  # the front matter's title, over lines 2 and 3
  t=$(wait_for "$status" 'd["title"] == "Umbenannt im Editor" and d["reloads"] == 1' 3) \
    && ok "a saved change to an Argdown document reloads in $t s" || fail "Argdown reload: $(json "$status" '(d["title"], d["reloads"])')"
else fail "the Argdown document did not open: $(json "$status" 'd["errors"]' 2>/dev/null)"; fi
kill -TERM $apppid; wait $apppid; apppid=

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
