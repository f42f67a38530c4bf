#!/usr/bin/env bash
# End-to-end test of the real native build under Xvfb: it draws the debate (screenshots checked
# for content), goes idle, answers real mouse clicks on the map, and shows bad content as a message.
#   native_e2e.sh APP OUT_DIR SOURCE_DIR
set -uo pipefail
app=$1 out=$2 src=$3
mkdir -p "$out"
source "$(dirname "$0")/lib.sh"

# 1. Draws the debate at desktop and phone sizes.
for size in 1280x800 360x640; do
  rm -f "$out/status-$size.json"
  if "$app" --frames 8 --size "$size" --screenshot "$out/native-$size.png" --status-file "$out/status-$size.json" 2>"$out/stderr-$size.txt"; then
    id=$(json "$out/status-$size.json" 'd["debate_id"]')
    n=$(colours "$out/native-$size.png")
    if [ "$id" = "nato-guarantees-2021" ] && [ "$n" -gt 50 ]; then ok "draws the debate at $size ($n colours)"
    else fail "at $size: debate '$id', $n colours in the screenshot"; fi
  else fail "exit code $? at $size"; fi
done

# 1b. A snapshot for a newsroom thumbnail: no --frames, no display at all (SDL's offscreen driver).
rm -f "$out/snapshot.png"
if env -u DISPLAY -u WAYLAND_DISPLAY "$app" --screenshot "$out/snapshot.png" --size 640x400 --view map --theme dark \
     --claim sherr-no-guarantee 2>"$out/stderr-snapshot.txt"; then
  dims=$(identify -format '%wx%h' "$out/snapshot.png" 2>/dev/null); n=$(colours "$out/snapshot.png")
  [ "$dims" = "640x400" ] && [ "$n" -gt 50 ] && ok "snapshot without a display: $dims, $n colours" || fail "snapshot: '$dims', $n colours"
else fail "snapshot without a display: exit $?: $(head -c 300 "$out/stderr-snapshot.txt")"; fi

# 2. Interactive run: idle after start, a real click on a map node selects it, screenshot by import.
status="$out/status-live.json"
rm -f "$status"
"$app" --size 1280x800 --view map --status-file "$status" 2>"$out/stderr-live.txt" &
apppid=$!
for _ in $(seq 100); do [ -s "$status" ] && break; sleep 0.1; done
sleep 1.5
f1=$(json "$status" 'd["frames"]'); sleep 2; f2=$(json "$status" 'd["frames"]')
if [ $((f2 - f1)) -le 2 ]; then ok "idle: $((f2 - f1)) frames in 2 s without input"; else fail "idle: drew $((f2 - f1)) frames in 2 s"; fi
import -window root "$out/native-live-root.png" 2>/dev/null
n=$(colours "$out/native-live-root.png")
[ "$n" -gt 50 ] && ok "import screenshot of the running window has content ($n colours)" || fail "root screenshot looks blank ($n colours)"
target=$(json "$status" '[n for n in d["map_nodes"] if n["x"]>0 and n["y"]>0 and n["x"]+n["w"]<1280 and n["y"]+n["h"]<800][0]["id"]' 2>/dev/null)
xy=$(json "$status" '" ".join(str(int(v)) for v in [[n["x"]+n["w"]/2, n["y"]+n["h"]/2] for n in d["map_nodes"] if n["id"]=="'"$target"'"][0])' 2>/dev/null)
wid=$(xdotool search --name DebateLens 2>/dev/null | head -n1)
if [ -n "$target" ] && [ -n "$wid" ]; then
  # Window-relative coordinates: the status reports positions inside the window.
  xdotool mousemove --window "$wid" $xy click 1
  sleep 1
  sel=$(json "$status" 'd["selected_claim"]')
  [ "$sel" = "$target" ] && ok "clicking map node $target selects it" || fail "clicked $target, selected '$sel'"
  import -window root "$out/native-after-click.png" 2>/dev/null
else fail "no map node on screen or no window (node '$target', window '$wid')"; fi
# Keyboard: '/' focuses the search, typed words and Enter filter the claims list.
if [ -n "$wid" ]; then
  xdotool mousemove --window "$wid" 640 400 click 1
  sleep 0.3
  # XTEST input (no --window: SDL ignores synthetic XSendEvent keys) into the focused window.
  xdotool windowfocus --sync "$wid" 2>/dev/null
  xdotool key slash; sleep 0.5
  xdotool type --delay 60 "Gorbachev"; sleep 0.3
  xdotool key Return; sleep 1
  ft=$(json "$status" 'd["filter_text"]'); fc=$(json "$status" 'd["filtered_claims"]')
  expected=$(python3 -c "
import json; d = json.load(open('$src/content/nato-guarantees-2021.json')); names = {a['id']: a['name'] for a in d['actors']}
print(sum('gorbachev' in (c['summary'] + ' ' + c['quote'] + ' ' + names[c['actor']]).lower() for c in d['claims']))")
  if [ "$ft" = "Gorbachev" ] && [ "$fc" = "$expected" ] && [ "$expected" -gt 0 ]; then ok "typed search lists the $fc matching claims"
  else fail "search: filter '$ft', $fc claims listed, expected $expected"; fi
  import -window root "$out/native-search.png" 2>/dev/null
fi
kill -TERM $apppid; wait $apppid; rc=$?
[ $rc -eq 0 ] && ok "quits cleanly on SIGTERM" || fail "exit code $rc after SIGTERM"
apppid=

# 3. Every view renders (screenshots to look at), light and dark.
before=$failed
for view in overview positions claims map article timeline; do
  for theme in light dark; do
    "$app" --frames 5 --size 1280x800 --view "$view" --theme "$theme" --claim sherr-no-guarantee \
      --screenshot "$out/view-$view-$theme.png" --status-file "$out/status-view.json" 2>/dev/null
    n=$(colours "$out/view-$view-$theme.png")
    v=$(json "$out/status-view.json" 'd["view"]')
    if [ "$n" -gt 50 ] && { [ "$v" = "$view" ] || [ "$view" = claims ]; }; then :; else fail "view $view ($theme): $n colours, view '$v'"; fi
  done
done
[ $failed -eq $before ] && ok "every view draws in both themes"

# 4. Broken content: a message in the window and on stderr, never a blank canvas or a crash.
printf '{"format": "debatelens/1", "id": "x", "claims": [ {"id": 7} ' > "$out/broken.json"
"$app" --content "$out/broken.json" --frames 5 --size 768x1024 --screenshot "$out/native-broken.png" \
  --status-file "$out/status-broken.json" 2>"$out/stderr-broken.txt"
rc=$?
err=$(json "$out/status-broken.json" 'd["error"]')
n=$(colours "$out/native-broken.png")
if [ $rc -eq 0 ] && [[ "$err" == *broken.json:1:* ]] && grep -q "broken.json:1:" "$out/stderr-broken.txt" && [ "$n" -gt 20 ]; then
  ok "broken content is reported in the window and on stderr"
else fail "broken content: exit $rc, error '$err', $n colours, stderr: $(head -c 200 "$out/stderr-broken.txt")"; fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
