#!/usr/bin/env bash
# End-to-end test of the real native build under Xvfb: it draws the debate (screenshots checked for
# what they must show: the theme's background, text in the trace pane, the selected claim's box in
# its speaker's colour), goes idle, answers real clicks, keys and the mouse's side buttons, and shows
# bad content as a message. Every run must exit 0 and write nothing unexpected on stderr; OUT_DIR
# starts empty (lib.sh), so nothing from an earlier run can pass this one.
#   native_e2e.sh APP OUT_DIR SOURCE_DIR
set -uo pipefail
app=$1 out=$2 src=$3
source "$(dirname "$0")/lib.sh"
claim=sherr-no-guarantee
# The Okabe-Ito palette (Okabe & Ito 2008), which speakers' colours come from.
okabe_ito="213 94 0|0 114 178|0 158 115|204 121 167|230 159 0|86 180 233|120 120 120"
is_okabe_ito() { [[ "|$okabe_ito|" == *"|$1|"* ]]; }
# theme_background PNG X Y THEME: the pixel is the theme's background (near white, or near black).
theme_background() {
  local l
  l=$(luminance "$1" "$2" "$3")
  if [ "$4" = dark ]; then [ "$l" -lt 15 ]; else [ "$l" -gt 90 ]; fi
}
# selected_box PNG STATUS DX DY THEME: the selected claim's box on the map (at DX, DY in the picture)
# has a border in the text's ink and its speaker's colour inside it; an unselected box has neither.
selected_box() {
  local png=$1 st=$2 dx=$3 dy=$4 theme=$5 sel other x y l
  sel=$(json "$st" '[(round(n["x"]), round(n["y"] + n["h"] / 2)) for n in d["map_nodes"] if n["id"] == d["selected_claim"]][0]' 2>/dev/null) || return 1
  other=$(json "$st" '[(round(n["x"]), round(n["y"] + n["h"] / 2)) for n in d["map_nodes"] if n["id"] != d["selected_claim"] and n["x"] > 600 and 150 < n["y"] < 700][0]' 2>/dev/null) || return 1
  read -r x y <<<"$(tr -d '(),' <<<"$sel")"
  l=$(luminance "$png" $((x + dx)) $((y + dy)))
  if [ "$theme" = dark ]; then [ "$l" -gt 80 ] || return 1; else [ "$l" -lt 20 ] || return 1; fi
  is_okabe_ito "$(pixel "$png" $((x + dx + 3)) $((y + dy)))" || return 1
  read -r x y <<<"$(tr -d '(),' <<<"$other")"
  l=$(luminance "$png" $((x + dx)) $((y + dy)))
  if [ "$theme" = dark ]; then [ "$l" -lt 80 ]; else [ "$l" -gt 20 ]; fi
}

# 1. Draws the debate at desktop and phone sizes (the README: one tab bar under about 1000 px).
for size in 1280x800 360x640; do
  r=$(run "draw-$size" --frames 8 --size "$size" --screenshot "$out/native-$size.png" --status-file "$out/status-$size.json")
  got=$(json "$out/status-$size.json" '(d["debate_id"], d["view"], d["frames"], d["error"], d["wide"])' 2>&1)
  want="('nato-guarantees-2021', 'overview', 8, '', $([ "$size" = 1280x800 ] && echo True || echo False))"
  dims=$(identify -format '%wx%h' "$out/native-$size.png" 2>&1)
  if [ "$r" = ok ] && [ "$got" = "$want" ] && [ "$dims" = "$size" ] && theme_background "$out/native-$size.png" 4 4 light; then
    ok "draws the debate at $size"
  else fail "at $size: $r; status $got, wanted $want; screenshot $dims, corner luminance $(luminance "$out/native-$size.png" 4 4)"; fi
done

# 1b. A snapshot for a newsroom thumbnail: no --frames, no display at all (SDL's offscreen driver).
r=$(unset DISPLAY WAYLAND_DISPLAY; run snapshot --screenshot "$out/snapshot.png" --size 640x400 --view map --theme dark \
      --claim "$claim" --status-file "$out/status-snapshot.json")
got=$(json "$out/status-snapshot.json" '(d["view"], d["selected_claim"], d["theme"], d["frames"])' 2>&1)
dims=$(identify -format '%wx%h' "$out/snapshot.png" 2>&1)
if [ "$r" = ok ] && [ "$got" = "('map', '$claim', 'dark', 5)" ] && [ "$dims" = 640x400 ] && theme_background "$out/snapshot.png" 4 396 dark; then
  ok "snapshot without a display: $dims, dark"
else fail "snapshot: $r; status $got; $dims"; fi

# 2. Interactive: idle after start; real clicks, keys and the mouse's side buttons walk the selections.
status="$out/status-live.json"
"$app" --size 1280x800 --view map --claim "$claim" --status-file "$status" 2>"$out/live.stderr" &
apppid=$!
if wait_for "$status" 'd["frames"] > 0' >/dev/null && settle "$status"; then
  f1=$(json "$status" 'd["frames"]'); sleep 2; f2=$(json "$status" 'd["frames"]')
  [ $((f2 - f1)) -le 2 ] && ok "idle: $((f2 - f1)) frames in 2 s without input" || fail "idle: drew $((f2 - f1)) frames in 2 s"
else fail "the interactive app did not start and settle"; fi
wid=$(window_id)
read -r wx wy <<<"$(xdotool getwindowgeometry "$wid" 2>/dev/null | sed -n 's/.*Position: \([0-9]*\),\([0-9]*\).*/\1 \2/p')"
# What X shows of the window (not the app's own read-back): the light background, the selection's box.
import -window root "$out/live-root.png" 2>/dev/null
if theme_background "$out/live-root.png" $((wx + 4)) $((wy + 4)) light && selected_box "$out/live-root.png" "$status" "$wx" "$wy" light; then
  ok "the window on screen shows the light theme and the selected claim's box"
else fail "the window on screen (at $wx,$wy): not the light theme with the selected claim's box"; fi
# A claim box on the map (the right-hand pane), wholly on screen, other than the selected one.
target=$(json "$status" '[n["id"] for n in d["map_nodes"] if n["id"] != "'"$claim"'" and n["x"] > 600 and n["x"] + n["w"] < 1270 and n["y"] > 150 and n["y"] + n["h"] < 790][0]' 2>/dev/null)
if [ -n "$target" ] && [ -n "$wid" ] && click_rect "$status" '[n for n in d["map_nodes"] if n["id"] == "'"$target"'"][0]' &&
   wait_for "$status" 'd["selected_claim"] == "'"$target"'"' >/dev/null; then
  ok "clicking map node $target selects it"
else fail "clicked '$target' in window '$wid', selected '$(json "$status" 'd["selected_claim"]')'"; fi
# Back and Forward: Alt+arrows (XTEST keys into the focused window: SDL ignores synthetic XSendEvent
# keys; the whole chord at once, faster than a frame) and the mouse's side buttons (X buttons 8 and 9).
xdotool windowfocus --sync "$wid" 2>/dev/null
for step in "key alt+Left:$claim" "key alt+Right:$target" "click 8:$claim" "click 9:$target"; do
  what=${step%%:*} want=${step#*:} was=$(json "$status" 'd["selected_claim"]')
  # shellcheck disable=SC2086
  xdotool $what
  # Each step moves the selection (the previous one left it elsewhere), so a lost input cannot pass.
  [ "$was" != "$want" ] && wait_for "$status" 'd["selected_claim"] == "'"$want"'"' >/dev/null && ok "$what walks the selections to $want" \
    || fail "$what: selected '$(json "$status" 'd["selected_claim"]')' (was '$was'), wanted $want"
done
click_theme_button "$status"
if wait_for "$status" 'd["theme"] == "dark"' >/dev/null && settle "$status"; then
  import -window root "$out/live-dark-root.png" 2>/dev/null
  check "the theme button switches the window to the dark theme" theme_background "$out/live-dark-root.png" $((wx + 4)) $((wy + 4)) dark
else fail "the theme button: theme '$(json "$status" 'd["theme"]')'"; fi
# Keyboard: '/' focuses the search, typed words and Enter filter the claims list.
xdotool mousemove --window "$wid" 640 400 click 1
xdotool windowfocus --sync "$wid" 2>/dev/null
xdotool key slash
wait_for "$status" 'd["text_input"]' >/dev/null || fail "'/' did not focus the search field"
xdotool type --delay 60 "Gorbachev"
wait_for "$status" 'd["search_text"] == "Gorbachev"' >/dev/null
xdotool key Return
expected=$(/usr/bin/python3 -c "
import json; d = json.load(open('$src/content/nato-guarantees-2021.json')); names = {a['id']: a['name'] for a in d['actors']}
print(sum('gorbachev' in (c['summary'] + ' ' + c['quote'] + ' ' + names[c['actor']]).lower() for c in d['claims']))")
if wait_for "$status" 'd["filter_text"] == "Gorbachev" and d["filtered_claims"] == '"$expected" >/dev/null && [ "$expected" -gt 0 ]; then
  ok "typed search lists the $expected matching claims"
else fail "search: filter '$(json "$status" 'd["filter_text"]')', $(json "$status" 'd["filtered_claims"]') claims listed, expected $expected"; fi
stop live
[ "$stopped" = ok ] && ok "quits cleanly on SIGTERM, nothing on stderr" || fail "after SIGTERM: $stopped"
park

# 3. Every view, light and dark, with a claim selected: exactly the state asked for, and a picture with
# the theme's background, the trace pane's text on the left and, on the map, the selected claim's box.
before=$failed
for view in overview positions claims map article timeline; do
  for theme in light dark; do
    png="$out/view-$view-$theme.png" st="$out/status-$view-$theme.json"
    r=$(run "view-$view-$theme" --frames 5 --size 1280x800 --view "$view" --theme "$theme" --claim "$claim" --screenshot "$png" --status-file "$st")
    got=$(json "$st" '(d["view"], d["selected_claim"], d["theme"], d["frames"], d["error"])' 2>&1)
    [ "$r" = ok ] && [ "$got" = "('$view', '$claim', '$theme', 5, '')" ] || fail "view $view ($theme): $r; status $got"
    theme_background "$png" 4 796 "$theme" || fail "view $view ($theme): background luminance $(luminance "$png" 4 796)"
    ink_share=$(ink "$png" 24 130 470 300 "$([ "$theme" = dark ] && echo light || echo dark)")
    [ "$ink_share" -ge 2 ] || fail "view $view ($theme): $ink_share% ink in the trace pane"
    if [ "$view" = map ]; then selected_box "$png" "$st" 0 0 "$theme" || fail "map ($theme): the selected claim's box is not drawn as selected"; fi
  done
done
[ $failed -eq $before ] && ok "every view draws in both themes, as asked"

# 4. Broken content: a message in the window and on stderr, never a blank canvas or a crash.
printf '{"format": "debatelens/1", "id": "x", "claims": [ {"id": 7} ' > "$out/broken.json"
r=$(run broken --content "$out/broken.json" --frames 5 --size 768x1024 --screenshot "$out/native-broken.png" --status-file "$out/status-broken.json")
err=$(json "$out/status-broken.json" 'd["error"]' 2>&1)
if [[ "$r" == "stderr: $out/broken.json:1:"* ]] && [[ "$err" == "$out/broken.json:1:"* ]] && [ "$(colours "$out/native-broken.png")" -gt 20 ]; then
  ok "broken content is reported in the window and on stderr"
else fail "broken content: $r; error '$err'"; fi

finish
