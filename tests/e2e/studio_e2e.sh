#!/usr/bin/env bash
# The Studio end to end, native, under Xvfb with real input events (xdotool): a fictional article
# of our own becomes a draft (--new), opens in --studio, gets two claims by selecting its words (a
# mouse drag, then Shift+Ctrl+arrows from a click's caret), a question, a stance set from its
# Positions cell, a relation, an undo and a redo, and a Save (Ctrl+S). The saved file must pass
# --validate and hold exactly those items, the quotes verbatim from the article's text (the oracle).
#   studio_e2e.sh APP OUT_DIR SOURCE_DIR
set -uo pipefail
app=$1 out=$2 src=$3
source "$(dirname "$0")/lib.sh"
article="$src/tests/fixtures/articles/fernhollow-railway.txt"
mkdir -p "$out/doc"
draft="$out/doc/fernhollow.json"  # a folder of its own: the app watches its folder, and the status file changes every frame
status="$out/status.json"
export XDG_STATE_HOME="$out/state"  # autosaves land here, never in the user's state folder

# item NAME [prefix]: "x y" of the middle of the focusable item so named in the status file, and
# "0" when it shows, else "5" or "4" (the wheel's button that scrolls it into view: down or up).
item() {
  /usr/bin/python3 - "$status" "$1" "${2:-}" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
name, prefix = sys.argv[2], sys.argv[3] == "prefix"
for i in d["items"]:
    if i["name"] == name or (prefix and i["name"].startswith(name)):
        b = i["b"]
        x, y = int((b[0] + b[2]) / 2), int((b[1] + b[3]) / 2)
        print(x, y, 0 if i["v"] else 5 if y > 300 else 4); sys.exit(0)
sys.exit(1)
PY
}
# box NAME [prefix]: "x0 y0 x1 y1" of that item.
box() { json "$status" '" ".join(str(int(v)) for v in [i["b"] for i in d["items"] if i["name"] == "'"$1"'" or ("'"${2:-}"'" == "prefix" and i["name"].startswith("'"$1"'"))][0])'; }
# click_item NAME [prefix]: clicks it, first turning the wheel over its pane until it shows.
click_item() {
  local x y wheel
  for _ in $(seq 40); do
    read -r x y wheel <<<"$(item "$@")" || break
    [ "$wheel" = 0 ] && break
    xdotool mousemove --window "$wid" "$x" 400 click "$wheel"
    settle "$status"
  done
  if [ "${wheel:-}" != 0 ]; then
    fail "no item named '$1' on screen"
    import -window root "$out/missing-${1%% *}.png" 2>/dev/null
    return 1
  fi
  xdotool mousemove --window "$wid" "$x" "$y"; sleep 0.2
  xdotool click 1
  settle "$status"
}
# type_into NAME TEXT [KEY]: clicks a text field, types, and leaves it with Return (a one-line
# field) or KEY (Tab for a field of several lines); the edit is written then.
type_into() {
  click_item "$1" || return 1
  chord ctrl a  # what the field held goes (a question's short label starts as its text's first words)
  xdotool type --delay 60 "$2"
  settle "$status"
  xdotool key "${3:-Return}"
  settle "$status"
}
# chord MODIFIERS KEY [TIMES]: the modifiers held down while KEY is pressed (xdotool's "ctrl+z" sends
# every event at once, and SDL reports the modifiers as they are after the burst: released).
chord() {
  local mods=$1 key=$2 n=${3:-1} m
  for m in $mods; do xdotool keydown "$m"; sleep 0.05; done
  for _ in $(seq "$n"); do xdotool key "$key"; sleep 0.5; done
  for m in $mods; do xdotool keyup "$m"; sleep 0.05; done
  settle "$status"
}
studio() { json "$status" "d['studio']$1"; }

# 1. The draft.
r=$(run new --new "$article" "$draft")
[ -s "$draft" ] && grep -q 'Mirela Kastberg' "$draft" && ok "--new made the draft" || fail "--new: $r"

# 2. The Studio on it.
"$app" --studio "$draft" --size 1400x1150 --view article --status-file "$status" 2>"$out/studio.stderr" &
apppid=$!
wait_for "$status" 'd["studio"]["path"] != ""' 15 >/dev/null && ok "the Studio opened the draft" || fail "no Studio state in the status file"
wid=$(window_id)
settle "$status"

# 3. Claim 1: a mouse drag over the whole of Kastberg's first paragraph (p04).
read -r x0 y0 x1 y1 <<<"$(box 'Paragraph p04' prefix)"
xdotool mousemove --window "$wid" $((x0 + 1)) $((y0 + 6)); sleep 0.3
xdotool mousedown 1; sleep 0.2
for k in 1 2 3 4 5 6; do xdotool mousemove --window "$wid" $((x0 + (x1 + 30 - x0) * k / 6)) $((y0 + 6 + (y1 - 12 - y0) * k / 6)); sleep 0.05; done
xdotool mouseup 1
settle "$status"
click_item "Claim from selection"
[ "$(json "$status" 'd["claims"]')" = 1 ] && ok "a drag and Claim from selection made the first claim" || fail "claims: $(json "$status" 'd["claims"]')"
type_into "Summary (claim)" "Reopening the line costs far more than a path." Tab

# 4. Claim 2: the caret put before Venn's last paragraph (p10) by a click, then Shift+Ctrl+Right
# word by word until the selection reaches the end of the paragraph's first sentence (fourteen words).
read -r x0 y0 x1 y1 <<<"$(box 'Paragraph p10' prefix)"
xdotool mousemove --window "$wid" $((x0 + 1)) $((y0 + 6)); sleep 0.3
xdotool click 1
settle "$status"
selected() { /usr/bin/python3 -c "
import json, sys
d, doc = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
s = d['studio']['selection']
print(doc['article']['paragraphs'][s['paragraph']]['text'].encode()[s['begin']:s['end']].decode() if s['paragraph'] >= 0 else '')" "$status" "$draft"; }
xdotool keydown shift; sleep 0.05; xdotool keydown ctrl; sleep 0.05
for _ in $(seq 30); do
  xdotool key Right; settle "$status"
  case "$(selected)" in *.) break ;; esac
done
xdotool keyup ctrl; sleep 0.05; xdotool keyup shift; settle "$status"
click_item "Claim from selection"
[ "$(json "$status" 'd["claims"]')" = 2 ] && ok "Shift+Ctrl+arrows and Claim from selection made the second claim" || fail "claims: $(json "$status" 'd["claims"]')"
type_into "Summary (claim)" "A path would end any chance of trains returning." Tab

# 5. The article's date, a question, and Venn's stance on it from the Positions cell.
click_item "Edit Debate and article"
type_into "Publication date (debate)" "2026-11-30"
click_item "Edit Questions"
click_item "Add a question"
type_into "Question (question)" "Should the old line become a cycle path?"
type_into "Short label (question)" "Cycle path"
click_item "Positions"
click_item "Tobias Venn, Cycle path" prefix
[ "$(studio '["target"]["entity"]')" = stance ] && ok "a Positions cell opened its stance" || fail "target: $(studio '["target"]')"
click_item "Leaning (stance)"
xdotool key Escape; settle "$status"
xdotool key Up; settle "$status"    # not addressed -> strong yes (the stance is made)
for _ in 1 2 3; do xdotool key Up; settle "$status"; done  # -> yes, mixed, no
type_into "Position (stance)" "Wants the trains back rather than a cycle path."
click_item "Grounded in: " prefix
click_item "Add a not-addressed stance for everyone on every question"

# 6. A relation from Venn's claim (selected) rebutting Kastberg's: the claim's form, type Rebuts.
click_item "Edit Claims"
click_item "Type of the new relation"
xdotool key Escape; settle "$status"
xdotool key Down; settle "$status"  # supports -> rebuts
click_item "Add relation"
[ "$(studio '["undo"]')" = "Added relation tobias-venn-once-a-path-is rebuts mirela-kastberg-the-numbers-favour-the" ] \
  && ok "Add relation made the relation" || fail "undo says: $(studio '["undo"]')"

# 7. Undo and redo with the keys (Ctrl+Z, Ctrl+Shift+Z).
park; settle "$status"
chord ctrl z
[ "$(studio '["redo"]')" = "Added relation tobias-venn-once-a-path-is rebuts mirela-kastberg-the-numbers-favour-the" ] \
  && ok "Ctrl+Z undid the relation" || fail "after Ctrl+Z redo says: $(studio '["redo"]')"
chord "ctrl shift" z
[ "$(studio '["redo"]')" = "" ] && [ "$(studio '["undo"]')" != "" ] && ok "Ctrl+Shift+Z redid it" || fail "after Ctrl+Shift+Z: $(studio '')"
import -window root "$out/studio-done.png" 2>/dev/null

# 7b. Closing the window with unsaved changes asks first: the window manager's close message
#     (WM_DELETE_WINDOW, what a title bar's close button sends) opens the dialog and the app stays;
#     Cancel goes back to the work, still unsaved.
/usr/bin/python3 - "$wid" <<'PY'
import sys
from Xlib import X, display, protocol
d = display.Display()
w = d.create_resource_object("window", int(sys.argv[1]))
protocols, delete = d.intern_atom("WM_PROTOCOLS"), d.intern_atom("WM_DELETE_WINDOW")
w.send_event(protocol.event.ClientMessage(window=w, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0])),
             event_mask=X.NoEventMask)
d.flush()
PY
settle "$status"
if [ "$(studio '["confirm_close"]')" = True ] && kill -0 "$apppid" 2>/dev/null; then
  ok "closing the window with unsaved changes asks first (the app stays)"
else fail "close request: confirm_close $(studio '["confirm_close"]'), app alive $(kill -0 "$apppid" 2>/dev/null && echo yes || echo no)"; fi
click_item "Cancel"
[ "$(studio '["confirm_close"]')" = False ] && [ "$(studio '["dirty"]')" = True ] && kill -0 "$apppid" 2>/dev/null \
  && ok "Cancel goes back to the unsaved work" || fail "after Cancel: $(studio '')"

# 8. Save (Ctrl+S), quit, and check the file.
xdotool key ctrl+s; settle "$status"
[ "$(studio '["dirty"]')" = False ] && ok "Ctrl+S saved" || fail "still dirty after Ctrl+S: $(studio '["message"]')"
stop studio warnings-ok
[ "$stopped" = ok ] && ok "the Studio quit cleanly" || fail "quit: $stopped"
"$app" --validate "$draft" >"$out/validate.txt" 2>&1 && ok "the saved file validates" || fail "--validate: $(cat "$out/validate.txt")"
if /usr/bin/python3 "$(dirname "$0")/check_studio_save.py" "$draft" "$article" >"$out/check.txt" 2>&1; then
  ok "the saved file holds exactly the items made, quotes verbatim from the article"
else fail "checker: $(cat "$out/check.txt")"; fi
finish
