# Shared by the native end-to-end scripts: counters, JSON and image probes, app runs, a private X
# server. Source it after setting $app and $out (which it empties first: no result of an earlier
# run can pass this one); it exports DISPLAY and a private XDG_CONFIG_HOME (the app's settings
# must never come from, or land in, the real user's config).
passed=0 failed=0
ok()   { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
# check NAME CONDITION...: ok when the condition (a command) succeeds, else FAIL with NAME.
check() { local name=$1; shift; if "$@"; then ok "$name"; else fail "$name"; fi; }
# finish: the summary line; the script's status (a run that checked nothing fails too).
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}
# json FILE EXPR: evaluates a Python expression over the parsed file as `d`.
json() { /usr/bin/python3 -c "import json,sys; print(eval(sys.argv[2], {'d': json.load(open(sys.argv[1]))}))" "$@"; }
colours() { identify -format '%k' "$1" 2>/dev/null || echo 0; }
# pixel PNG X Y: "R G B" (0-255) of one pixel.
pixel() { convert "$1" -format "%[fx:int(255*p{$2,$3}.r+.5)] %[fx:int(255*p{$2,$3}.g+.5)] %[fx:int(255*p{$2,$3}.b+.5)]" info:; }
# luminance PNG X Y: the pixel's grey level, 0-100.
luminance() { convert "$1" -format "%[fx:int(100*p{$2,$3}.intensity+.5)]" info:; }
# ink PNG X Y W H dark|light: the percentage of the rectangle's pixels that are text-dark (under 30%
# grey: ink on a light background) or text-light (over 70%: ink on a dark background).
ink() {
  local op=(-threshold 30% -negate)
  [ "$6" = light ] && op=(-threshold 70%)
  convert "$1" -crop "$4x$5+$2+$3" +repage -colorspace gray "${op[@]}" -format '%[fx:int(100*mean+.5)]' info:
}
# wait_for FILE EXPR [SECONDS]: polls until the expression is True; prints the seconds it took.
# The limit is a hang guard, not a budget (budgets are in bench/).
wait_for() {
  /usr/bin/python3 - "$@" <<'PY'
import json, sys, time
path, expr, limit = sys.argv[1], sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 10
start = time.time()
while time.time() - start < limit:
    try:
        if eval(expr, {"d": json.load(open(path))}):
            print(f"{time.time() - start:.2f}"); sys.exit(0)
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        pass
    time.sleep(0.02)
print(f"{time.time() - start:.2f}"); sys.exit(1)
PY
}
# settle FILE: waits until the running app has stopped drawing (its frame count holds for half a second).
settle() {
  /usr/bin/python3 - "$1" <<'PY'
import json, sys, time
last, since, start = None, time.time(), time.time()
while time.time() - start < 20:
    try:
        frames = json.load(open(sys.argv[1]))["frames"]
    except (OSError, ValueError, KeyError):
        frames = None
    if frames != last:
        last, since = frames, time.time()
    elif frames is not None and time.time() - since > 0.5:
        sys.exit(0)
    time.sleep(0.05)
sys.exit(1)
PY
}
# run NAME ARG...: runs the app to its end with its stderr in $out/NAME.stderr; prints "ok" when it
# exited 0 and wrote nothing on stderr, else what went wrong (for the FAIL line).
run() {
  local name=$1 rc
  shift
  "$app" "$@" 2>"$out/$name.stderr"
  rc=$?
  if [ $rc -ne 0 ]; then echo "exit $rc: $(head -c 400 "$out/$name.stderr")"
  elif [ -s "$out/$name.stderr" ]; then echo "stderr: $(head -c 400 "$out/$name.stderr")"
  else echo ok; fi
}
# stop NAME [warnings-ok]: quits the running app ($apppid) with SIGTERM; sets $stopped to "ok" when it exited 0
# and its stderr ($out/NAME.stderr) is empty (warnings-ok: holds only the input's warnings), else to what went wrong. (Not in a $(...) subshell:
# only this shell can wait for the app.)
stop() {
  local rc
  kill -TERM "$apppid" 2>/dev/null
  wait "$apppid"
  rc=$?
  apppid=
  if [ $rc -ne 0 ]; then stopped="exit $rc: $(head -c 400 "$out/$1.stderr")"
  elif [ "${2:-}" = warnings-ok ] && ! grep -qv ': warning: ' "$out/$1.stderr"; then stopped=ok  # an import's own warnings
  elif [ -s "$out/$1.stderr" ]; then stopped="stderr: $(head -c 400 "$out/$1.stderr")"
  else stopped=ok; fi
}
# click_theme_button STATUS: clicks the header's theme button, placed by the header's rule: right of
# the search box (whose rectangle the status gives), a 10 px gap, then a button 2.6 em (17 px) wide.
click_theme_button() {
  local xy
  xy=$(json "$1" '" ".join(str(int(v)) for v in [d["search_box"][2] + 10 + 17 * 1.3, (d["search_box"][1] + d["search_box"][3]) / 2])') || return 1
  # shellcheck disable=SC2086
  xdotool mousemove --window "$(window_id)" $xy click 1
}
# park: the pointer to the screen's bottom-right corner, outside the (centred) windows the tests open.
park() { /usr/bin/python3 -c "from Xlib import display; d = display.Display(); d.screen().root.warp_pointer(1599, 1199); d.sync()"; }
window_id() { xdotool search --name DebateLens 2>/dev/null | head -n1; }
# click_rect STATUS EXPR [BUTTON]: clicks the centre of the rectangle {x,y,w,h} the expression selects.
click_rect() {
  local xy wid
  xy=$(json "$1" '" ".join(str(int(v)) for v in [('"$2"')["x"] + ('"$2"')["w"] / 2, ('"$2"')["y"] + ('"$2"')["h"] / 2])' 2>/dev/null) || return 1
  wid=$(window_id)
  [ -n "$wid" ] && [ -n "$xy" ] || return 1
  xdotool mousemove --window "$wid" $xy click "${3:-1}"
}

rm -rf "$out"
mkdir -p "$out/config"
out=$(cd "$out" && pwd)  # XDG paths must be absolute
export XDG_CONFIG_HOME="$out/config"
# -noreset: without it the server resets whenever its last client leaves, which puts the pointer back
# in the middle of the screen, over the next window: screenshots would show what it hovers.
Xvfb -displayfd 6 -screen 0 1600x1200x24 -nolisten tcp -noreset 6>"$out/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; [ -n "${apppid:-}" ] && kill $apppid 2>/dev/null' EXIT
for _ in $(seq 50); do [ -s "$out/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$out/display")"
park
