#!/usr/bin/env python3
"""Where the bytes of the web build go, by component.

    bench/wasm_sizes.py NAMED.wasm BUILD_DIR [DIST_DIR]

NAMED.wasm is the widget linked with --profiling-funcs (function names kept; bench/run.sh links one
beside the real build); BUILD_DIR is the wasm build tree whose static libraries say which component
defines which function. Prints one JSON line per component of the wasm (code and data bytes, and
gzip -9 of each component's bytes on their own, which adds up to a little more than the whole), then,
with DIST_DIR, the other files of the page split into theirs (JS glue, HTML shell and text version,
fonts and content in the data package).
"""
import gzip
import json
import os
import re
import subprocess
import sys


def leb(buf, at):
    value = shift = 0
    while True:
        b = buf[at]
        at += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return value, at


def sections(buf):
    at = 8
    while at < len(buf):
        sid = buf[at]
        size, at = leb(buf, at + 1)
        yield sid, buf[at:at + size]
        at += size


def parse(path):
    buf = open(path, "rb").read()
    imported = 0
    bodies, names, data = [], {}, []
    for sid, body in sections(buf):
        if sid == 2:  # imports: functions among them take the first indices
            n, at = leb(body, 0)
            for _ in range(n):
                for _field in range(2):
                    ln, at = leb(body, at)
                    at += ln
                kind = body[at]
                at += 1
                if kind == 0:
                    _, at = leb(body, at)
                    imported += 1
                elif kind == 1:
                    at += 1
                    flags, at = leb(body, at)
                    _, at = leb(body, at)
                    if flags & 1:
                        _, at = leb(body, at)
                elif kind == 2:
                    flags, at = leb(body, at)
                    _, at = leb(body, at)
                    if flags & 1:
                        _, at = leb(body, at)
                elif kind == 3:
                    at += 2
        elif sid == 10:  # code
            n, at = leb(body, 0)
            for _ in range(n):
                size, at = leb(body, at)
                bodies.append(body[at:at + size])
                at += size
        elif sid == 11:  # data
            n, at = leb(body, 0)
            data.append(body)
        elif sid == 0:
            ln, at = leb(body, 0)
            if body[at:at + ln] != b"name":
                continue
            at += ln
            while at < len(body):
                sub = body[at]
                size, at = leb(body, at + 1)
                end = at + size
                if sub == 1:
                    n, p = leb(body, at)
                    for _ in range(n):
                        idx, p = leb(body, p)
                        ln, p = leb(body, p)
                        names[idx] = body[p:p + ln].decode("utf-8", "replace")
                        p += ln
                at = end
    return imported, bodies, names, data


def defined_symbols(archive):
    """Demangled names, as the wasm's name section holds them."""
    out = subprocess.run(["llvm-nm", "--defined-only", "-C", "-j", archive], capture_output=True, text=True).stdout
    return {s for s in out.split("\n") if s and not s.endswith(":")}


def main():
    named, build = sys.argv[1], sys.argv[2]
    dist = sys.argv[3] if len(sys.argv) > 3 else None
    imported, bodies, names, data = parse(named)
    libs = {
        "Dear ImGui": ["libimgui_core.a", "libimgui_backends.a"],
        "DebateLens model": ["libdebatelens_model.a"],
        "DebateLens ui": ["libdebatelens_ui.a"],
        "DebateLens app": ["libdebatelens_app.a"],
    }
    owner = {}
    for comp, files in libs.items():
        for f in files:
            path = os.path.join(build, f)
            if os.path.exists(path):
                for s in defined_symbols(path):
                    owner.setdefault(s, comp)
    platform_objs = [os.path.join(root, f) for root, _, fs in os.walk(os.path.join(build, "CMakeFiles", "debatelens.dir")) for f in fs if f.endswith(".o")]
    for o in platform_objs:
        for s in defined_symbols(o):
            owner.setdefault(s, "DebateLens platform + main")
    sdl = os.path.join(build, "..", "wasm-deps", "sdl2", "lib", "libSDL2.a")
    if os.path.exists(sdl):
        for s in defined_symbols(sdl):
            owner.setdefault(s, "SDL2")
    by = {}
    for i, body in enumerate(bodies):
        d = names.get(imported + i, "")
        # Templates are compiled into whoever uses them: say whose code they are, not where they sit.
        if "nlohmann::" in d:
            comp = "nlohmann/json"
        elif re.match(r"(std::|operator new|operator delete|__cxa|__cxx|__gxx|_GLOBAL__|void std::)", d):
            comp = "C++ library (libc++)"
        elif re.match(r"^(stbtt|stb_|stb__|stbrp|stbi|STB_)", d):
            comp = "Dear ImGui"  # stb_truetype, stb_rect_pack and stb_textedit are ImGui's
        elif d in owner:
            comp = owner[d]
        elif re.match(r"^(ImGui|Im[A-Z])", d):
            comp = "Dear ImGui"
        elif re.match(r"^(SDL_|GLES|glad|Emscripten_)", d):
            comp = "SDL2"
        else:
            comp = "C library and runtime (musl, emmalloc, stb)"
        c = by.setdefault(comp, [0, bytearray()])
        c[0] += len(body)
        c[1] += body
    static = sum(len(d) for d in data)
    total = os.path.getsize(named)
    rows = sorted(by.items(), key=lambda kv: -kv[1][0])
    for comp, (size, blob) in rows:
        print(json.dumps({"bench": "bytes", "file": "debatelens.wasm", "component": comp, "raw": size,
                          "gzip": len(gzip.compress(bytes(blob), 9))}))
    data_blob = b"".join(data)
    print(json.dumps({"bench": "bytes", "file": "debatelens.wasm", "component": "static data (strings, tables, ImGui's built-in font)",
                      "raw": static, "gzip": len(gzip.compress(data_blob, 9))}))
    code = sum(len(b) for b in bodies)
    print(json.dumps({"bench": "bytes", "file": "debatelens.wasm", "component": "names (only in the named copy) and wasm structure",
                      "raw": total - code - static, "gzip": 0}))
    if not dist:
        return
    for f in ("debatelens.js",):
        body = open(os.path.join(dist, f), "rb").read()
        print(json.dumps({"bench": "bytes", "file": f, "component": "Emscripten JS glue (runtime, SDL/GL/HTML5 bindings, file packager)",
                          "raw": len(body), "gzip": len(gzip.compress(body, 9))}))
    html = open(os.path.join(dist, "index.html"), "rb").read()
    start, end = html.find(b'<div id="text-version"'), html.find(b"<noscript>")
    if 0 <= start < end:
        text, shell = html[start:end], html[:start] + html[end:]
        print(json.dumps({"bench": "bytes", "file": "index.html", "component": "text version of the debate (no-JS readers, crawlers)",
                          "raw": len(text), "gzip": len(gzip.compress(text, 9))}))
        print(json.dumps({"bench": "bytes", "file": "index.html", "component": "page shell (loader, embedding, search field, touch)",
                          "raw": len(shell), "gzip": len(gzip.compress(shell, 9))}))
    assets = os.path.join(build, "assets")
    for sub, comp in (("fonts", "fonts (subset Noto Sans ×3, DejaVu symbols)"), ("content", "bundled debate content")):
        blob = b"".join(open(os.path.join(assets, sub, f), "rb").read() for f in sorted(os.listdir(os.path.join(assets, sub))))
        print(json.dumps({"bench": "bytes", "file": "debatelens.data", "component": comp, "raw": len(blob),
                          "gzip": len(gzip.compress(blob, 9))}))


if __name__ == "__main__":
    main()
