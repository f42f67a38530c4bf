# Shared by the native end-to-end scripts: counters, JSON and image probes, a private X server.
# Source it after setting $out; it exports DISPLAY and a private XDG_CONFIG_HOME (the app's settings
# must never come from, or land in, the real user's config).
passed=0 failed=0
ok()   { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
# json FILE EXPR: evaluates a Python expression over the parsed file as `d`.
json() { /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {}, {'d': d}))" "$@"; }
colours() { identify -format '%k' "$1" 2>/dev/null || echo 0; }
# wait_for FILE EXPR [SECONDS]: polls until the expression is True; prints the seconds it took.
wait_for() {
  /usr/bin/python3 - "$@" <<'PY'
import json, sys, time
path, expr, limit = sys.argv[1], sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 5
start = time.time()
while time.time() - start < limit:
    try:
        if eval(expr, {}, {"d": json.load(open(path))}):
            print(f"{time.time() - start:.2f}"); sys.exit(0)
    except (OSError, ValueError, KeyError, IndexError):
        pass
    time.sleep(0.02)
print(f"{time.time() - start:.2f}"); sys.exit(1)
PY
}
# click_rect STATUS EXPR: clicks the centre of the rectangle {x,y,w,h} the expression selects.
click_rect() {
  local xy wid
  xy=$(json "$1" '" ".join(str(int(v)) for v in [('"$2"')["x"] + ('"$2"')["w"] / 2, ('"$2"')["y"] + ('"$2"')["h"] / 2])' 2>/dev/null) || return 1
  wid=$(xdotool search --name DebateLens 2>/dev/null | head -n1)
  [ -n "$wid" ] && [ -n "$xy" ] || return 1
  xdotool mousemove --window "$wid" $xy click 1
}

out=$(cd "$out" && pwd)  # XDG paths must be absolute
mkdir -p "$out/config"
export XDG_CONFIG_HOME="$out/config"
Xvfb -displayfd 6 -screen 0 1600x1200x24 -nolisten tcp 6>"$out/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; [ -n "${apppid:-}" ] && kill $apppid 2>/dev/null' EXIT
for _ in $(seq 50); do [ -s "$out/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$out/display")"
