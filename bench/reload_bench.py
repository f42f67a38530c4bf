#!/usr/bin/python3
"""Live reload latency of the native app (the README: a saved change is shown within a second): the
time from a save (by rename, as editors save) to the new title in the app's status file, with
inotify and with the polling fallback (inotify made unavailable by LD_PRELOAD of the test helper).
The app runs on SDL's offscreen driver, with a private settings folder. One JSON line per figure.
  reload_bench.py APP FIXTURE NO_INOTIFY_LIBRARY OUT_DIR [REPS]"""
import json
import os
import statistics
import subprocess
import sys
import time

app, fixture, no_inotify, out = sys.argv[1:5]
reps = int(sys.argv[5]) if len(sys.argv) > 5 else 9
os.makedirs(out, exist_ok=True)
debate = json.load(open(fixture))


def status(path):
    try:
        return json.load(open(path))
    except (OSError, ValueError):
        return {}


def wait(path, predicate, limit=30.0):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if predicate(status(path)):
            return time.monotonic() - start
        time.sleep(0.002)
    raise SystemExit(f"reload_bench: gave up after {limit} s waiting on {path}")


def measure(mode, preload):
    # The status file stays out of the watched folder: written every frame, it would wake the app forever.
    folder = os.path.join(out, "reload-" + mode)
    os.makedirs(os.path.join(folder, "watched"), exist_ok=True)
    target, state = os.path.join(folder, "watched", "debate.json"), os.path.join(folder, "status.json")
    json.dump(debate, open(target, "w"))
    if os.path.exists(state):
        os.remove(state)
    env = dict(os.environ, SDL_VIDEODRIVER="offscreen", XDG_CONFIG_HOME=os.path.join(folder, "config"))
    env.pop("DISPLAY", None)
    if preload:
        env["LD_PRELOAD"] = preload
    proc = subprocess.Popen([app, "--size", "800x600", "--content", target, "--status-file", state], env=env,
                            stderr=subprocess.DEVNULL)
    try:
        wait(state, lambda d: d.get("debate_id"))
        times = []
        for i in range(reps):
            time.sleep(0.3)  # the app idle again, as between an editor's saves
            title = f"{mode} save {i}"
            changed = dict(debate, title=title)
            json.dump(changed, open(target + ".tmp", "w"))
            os.replace(target + ".tmp", target)
            times.append(1000 * wait(state, lambda d: d.get("title") == title))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    times.sort()
    return {"metric": "reload_ms", "mode": mode, "n": len(times), "median": statistics.median(times),
            "p95": times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))], "max": times[-1]}


for mode, preload in (("inotify", ""), ("polling", no_inotify)):
    print(json.dumps(measure(mode, preload)), flush=True)
