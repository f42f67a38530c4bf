#!/usr/bin/env bash
# The native app as an editor's tool, under Xvfb: the Open view lists a folder with validation
# status, live reload (saves by rename and in place, with inotify and with the polling fallback)
# keeps the selection, a broken save leaves the last good version under a banner whose problems
# lead to their claims, a file dropped on the window opens (real XDND events; a Kialo export too,
# converted as it opens), an Argdown document live-reloads, settings (window
# size, the theme chosen with its button, last file) persist in the XDG config directory, and runs
# with --frames neither read nor write them. Each step writes the files it needs itself.
#   native_app_test.sh APP OUT_DIR SOURCE_DIR NO_INOTIFY_LIBRARY
set -uo pipefail
app=$1 out=$2 src=$3 no_inotify=$4
source "$(dirname "$0")/lib.sh"
mkdir -p "$out/lib"
status="$out/status.json"
settings="$XDG_CONFIG_HOME/debatelens/settings.json"
harbour="$src/tests/fixtures/fictional-harbour-bridge.json"

# save FILE PYTHON [in-place]: writes the harbour fixture, changed by PYTHON (run on it as `d`), to
# FILE: by writing a new file and renaming it over FILE as editors do, or in place (truncate and write).
save() {
  /usr/bin/python3 - "$harbour" "$1" "$2" "${3:-}" <<'PY'
import json, os, sys
fixture, path, change, mode = sys.argv[1:5]
d = json.load(open(fixture))
exec(change)
text = json.dumps(d, ensure_ascii=False, indent=1)
if mode == "in-place":
    with open(path, "w") as f:
        f.write(text)
else:
    open(path + ".tmp", "w").write(text)
    os.replace(path + ".tmp", path)
PY
}
# A folder of debates as an editor has it: two good files and a broken one.
save "$out/lib/harbour.json" ''
cp "$src/tests/fixtures/fictional-library-hours.json" "$out/lib/library.json"
printf '{"format": "debatelens/1", "id": ' > "$out/lib/broken.json"
cp "$src/tests/fixtures/fictional-library-hours.json" "$out/dropped.json"
cp "$src/tests/fixtures/kialo/harbour-toll.txt" "$out/dropped-kialo.txt"
harbour_claim=$(json "$harbour" 'd["claims"][0]["id"]')
other_claim=$(json "$harbour" 'd["claims"][3]["id"]')

"$app" --size 1100x700 --content "$out/lib/harbour.json" --claim "$harbour_claim" --status-file "$status" \
  "$out/lib" 2>"$out/editor.stderr" &
apppid=$!
if wait_for "$status" 'd["debate_id"] != ""' >/dev/null && settle "$status"; then ok "starts on the given file"; else fail "no status from the app"; fi

# 1. The library: every file of the folder, with its validation status.
lib=$(json "$status" 'sorted((p.split("/")[-1], e) for p, e in [(x["path"], x["valid"]) for x in d["library"]])')
[ "$lib" = "[('broken.json', False), ('harbour.json', True), ('library.json', True)]" ] && ok "library lists the folder with validation status" \
  || fail "library: $lib"

# 2. Live reload (inotify): a change saved by rename, then one written in place, shows with the selection kept.
for mode in rename in-place; do
  save "$out/lib/harbour.json" 'd["title"] = "Saved by '"$mode"'"' "$mode"
  if wait_for "$status" 'd["title"] == "Saved by '"$mode"'" and d["selected_claim"] == "'"$harbour_claim"'"' >/dev/null; then
    ok "a change saved ($mode) is reloaded, the selection kept"
  else fail "saved ($mode): title '$(json "$status" 'd["title"]')', selection '$(json "$status" 'd["selected_claim"]')'"; fi
done

# 3. A broken save: the version on screen stays, under a banner; the problem leads to its claim.
settle "$status"
shown=$(json "$status" 'd["title"]')
save "$out/lib/harbour.json" 'd["claims"][3]["actor"] = "nobody"; d["title"] = "Broken version"'
if wait_for "$status" 'd["showing_last_good"] and d["errors"]' >/dev/null; then
  got=$(json "$status" '(d["title"], d["selected_claim"], d["error"].endswith("harbour.json:/claims/3/actor: no actor has the id \"nobody\""), d["claims"])')
  want="('$shown', '$harbour_claim', True, $(json "$harbour" 'len(d["claims"])'))"
  [ "$got" = "$want" ] && ok "broken save keeps the last good version on screen with the error" || fail "broken save: $got, wanted $want"
  if settle "$status" && click_rect "$status" 'd["problem_links"][0]' && wait_for "$status" 'd["selected_claim"] == "'"$other_claim"'"' >/dev/null; then
    ok "clicking the problem selects the claim it concerns ($other_claim)"
  else fail "problem link: selected '$(json "$status" 'd["selected_claim"]')', wanted $other_claim"; fi
else fail "the broken save did not show a banner: $(json "$status" '(d["showing_last_good"], d["errors"])')"; fi
save "$out/lib/harbour.json" 'd["title"] = "Fixed version"'
wait_for "$status" 'not d["showing_last_good"] and not d["errors"] and d["title"] == "Fixed version"' >/dev/null \
  && ok "fixing the file clears the banner and shows the fix" || fail "after the fix: $(json "$status" '(d["showing_last_good"], d["errors"], d["title"])')"

# 4. A file dropped on the window opens and joins the library: a Kialo export (converted as it
# opens), then a debate file.
wid=$(window_id)
if /usr/bin/python3 "$src/tests/e2e/xdnd_drop.py" "$wid" "$out/dropped-kialo.txt" 300 300 >"$out/xdnd.txt" 2>&1 &&
   wait_for "$status" 'd["file"] == "'"$out/dropped-kialo.txt"'" and d["claims"] == 27 and not d["errors"]' >/dev/null; then
  ok "a dropped Kialo export opens, converted ($(json "$status" 'd["title"]'))"
else fail "Kialo drop: $(cat "$out/xdnd.txt"); file '$(json "$status" '(d["file"], d["errors"])')'"; fi
if /usr/bin/python3 "$src/tests/e2e/xdnd_drop.py" "$wid" "$out/dropped.json" 300 300 >"$out/xdnd.txt" 2>&1 &&
   wait_for "$status" 'd["file"] == "'"$out/dropped.json"'" and len(d["library"]) == 5 and d["debate_id"] == "fictional-library-hours"' >/dev/null; then
  ok "a dropped file opens and joins the library"
else fail "drop: $(cat "$out/xdnd.txt"); file '$(json "$status" 'd["file"]')'"; fi

# 5. Settings saved at exit (SIGTERM quits cleanly) in XDG_CONFIG_HOME: the window's size, the theme
# chosen with its button, the open file.
settle "$status"
click_theme_button "$status"
wait_for "$status" 'd["theme"] == "dark"' >/dev/null || fail "the theme button did not switch to dark"
xdotool windowsize "$wid" 1000 650 2>/dev/null
wait_for "$status" 'd["frames"] > 0' >/dev/null && settle "$status"
open_file=$(json "$status" 'd["file"]')
stop editor
got=$(json "$settings" '(d.get("window_width"), d.get("window_height"), d.get("theme"), d.get("last_file"))' 2>&1)
[ "$stopped" = ok ] && [ "$got" = "(1000, 650, 'dark', '$open_file')" ] && ok "settings saved at exit: $got" \
  || fail "settings after exit ($stopped): $got, file open was $open_file"
[ ! -e "$PWD/settings.json" ] && [ ! -e "$PWD/imgui.ini" ] && ok "nothing written to the working directory" || fail "files in the working directory"

# 6. The next start, with no file named, reopens the last file at the saved size, and a saved theme wins.
mkdir -p "$(dirname "$settings")"
printf '{"window_width": 1000, "window_height": 650, "theme": "dark", "last_file": "%s"}\n' "$out/lib/library.json" >"$settings"
rm -f "$status"
"$app" --status-file "$status" 2>"$out/restart.stderr" &
apppid=$!
if wait_for "$status" 'd["debate_id"] != ""' >/dev/null; then
  got=$(json "$status" '(d["file"], d["theme"])')
  geom=$(xdotool getwindowgeometry "$(window_id)" 2>/dev/null | sed -n 's/.*Geometry: //p')
  [ "$got" = "('$out/lib/library.json', 'dark')" ] && [ "$geom" = "1000x650" ] && ok "restart restores file, theme and size ($geom)" \
    || fail "restart: $got, geometry '$geom'"
else fail "restart: no status"; fi
stop restart
[ "$stopped" = ok ] || fail "restart: $stopped"

# 7. With no saved theme, the desktop's preference is followed (GTK_THEME here; also the XDG portal and GNOME).
rm -f "$settings" "$status"
GTK_THEME=Adwaita:dark "$app" --status-file "$status" 2>"$out/desktop.stderr" &
apppid=$!
wait_for "$status" 'd["theme"] == "dark"' >/dev/null && ok "follows the desktop's dark preference" \
  || fail "desktop preference: theme '$(json "$status" 'd["theme"]' 2>/dev/null)'"
stop desktop
[ "$stopped" = ok ] || fail "desktop preference: $stopped"

# 8. The Open view: clicking a row opens that debate.
rm -f "$settings" "$status"
"$app" --size 1100x700 --view open --status-file "$status" "$out/lib" 2>"$out/open.stderr" &
apppid=$!
if wait_for "$status" 'len(d["open_rows"]) == 3' >/dev/null && settle "$status"; then
  target=$(json "$status" '[i for i, e in enumerate(d["library"]) if e["path"].endswith("library.json")][0]')
  click_rect "$status" '[r for r in d["open_rows"] if r["index"] == '"$target"'][0]'
  wait_for "$status" 'd["file"].endswith("library.json") and d["view"] == "overview"' >/dev/null \
    && ok "clicking an Open row opens that debate" || fail "Open row: file '$(json "$status" 'd["file"]')'"
else fail "the Open view drew $(json "$status" 'len(d["open_rows"])' 2>/dev/null) rows"; fi
stop open
# The folder's first file (broken.json) opened first: its problem went to the terminal too, and only it.
[ "$stopped" = "stderr: $out/lib/broken.json:1:33: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal" ] &&
  [ "$(wc -l <"$out/open.stderr")" -eq 1 ] || fail "Open view: $stopped"

# 9. Where inotify is unavailable (LD_PRELOAD makes it fail), the app looks at its files itself.
mkdir -p "$out/poll"
save "$out/poll/harbour.json" ''
rm -f "$status"
LD_PRELOAD="$no_inotify" "$app" --size 800x600 --content "$out/poll/harbour.json" --status-file "$status" 2>"$out/poll.stderr" &
apppid=$!
wait_for "$status" 'd["debate_id"] != ""' >/dev/null && settle "$status"
for mode in rename in-place; do
  save "$out/poll/harbour.json" 'd["title"] = "Polled '"$mode"'"' "$mode"
  wait_for "$status" 'd["title"] == "Polled '"$mode"'"' >/dev/null && ok "without inotify, a change saved ($mode) is reloaded" \
    || fail "without inotify ($mode): title '$(json "$status" 'd["title"]')'"
done
stop poll
[ "$stopped" = ok ] || fail "without inotify: $stopped"

# 10. Runs with --frames (tests, snapshots) neither read the settings nor write them.
printf '{"window_width": 1000, "window_height": 650, "theme": "dark", "last_file": "%s"}\n' "$out/lib/library.json" >"$settings"
cp -p "$settings" "$out/settings-before.json"
r=$(run frames --frames 3 --screenshot "$out/frames.png" --status-file "$out/frames-status.json")
got=$(json "$out/frames-status.json" '(d["debate_id"], d["theme"])' 2>&1)
dims=$(identify -format '%wx%h' "$out/frames.png" 2>&1)
if [ "$r" = ok ] && [ "$got" = "('nato-guarantees-2021', 'light')" ] && [ "$dims" = 1280x800 ] &&
   cmp -s "$settings" "$out/settings-before.json" && [ ! "$settings" -nt "$out/settings-before.json" ]; then
  ok "--frames reads no settings (bundled debate, light, 1280x800) and leaves them as they were"
else fail "--frames: $r; status $got; screenshot $dims; settings $(cat "$settings")"; fi
rm -f "$settings"
r=$(run frames-none --frames 2 --status-file "$out/frames-status.json")
[ "$r" = ok ] && [ ! -e "$settings" ] && ok "--frames writes no settings file" || fail "--frames without settings: $r; $(ls "$XDG_CONFIG_HOME/debatelens" 2>&1)"

# 11. An imported file live-reloads like a debate file: an Argdown document, converted as it opens.
rm -f "$status"
cp "$src/tests/fixtures/argdown/brueckenmaut.argdown" "$out/maut.argdown"
"$app" --size 900x600 --content "$out/maut.argdown" --status-file "$status" 2>"$out/argdown.stderr" &
apppid=$!
if wait_for "$status" 'd["debate_id"] == "maut" and d["claims"] == 11' >/dev/null && settle "$status"; then
  sed -i '2s/.*/title: Umbenannt im Editor/; 3d' "$out/maut.argdown"  # the front matter's title, over lines 2 and 3
  wait_for "$status" 'd["title"] == "Umbenannt im Editor" and d["reloads"] == 1' >/dev/null \
    && ok "a saved change to an Argdown document reloads" || fail "Argdown reload: $(json "$status" '(d["title"], d["reloads"])')"
else fail "the Argdown document did not open: $(json "$status" 'd["errors"]' 2>/dev/null)"; fi
stop argdown warnings-ok
[ "$stopped" = ok ] || fail "Argdown document: $stopped"

finish
