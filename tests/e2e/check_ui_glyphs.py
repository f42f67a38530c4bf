#!/usr/bin/python3
"""Checks that the reader's first font atlas can draw the UI's own strings: every character beyond
ASCII in a string literal under src/ui, src/app and src/model that the fonts have (DL_TEXT_GLYPHS,
DL_SYMBOL_GLYPHS) must be in DL_UI_GLYPHS or DL_SYMBOL_GLYPHS (CMakeLists.txt), which GlyphsFor
(src/ui/fonts.cpp) puts in every atlas. A character missing there would show as '?' until the
reader types. Usage: check_ui_glyphs.py SOURCE_DIR"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
cmake = (root / "CMakeLists.txt").read_text(encoding="utf-8")


def glyph_list(name):
    m = re.search(r"set\(%s ([^)]*)\)" % name, cmake)
    if not m:
        print(f"FAIL CMakeLists.txt sets no {name}")
        print("0 passed, 1 failed")
        sys.exit(1)
    points = set()
    for r in m.group(1).split():
        first, _, last = r.partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return points


text, symbols, ui = glyph_list("DL_TEXT_GLYPHS"), glyph_list("DL_SYMBOL_GLYPHS"), glyph_list("DL_UI_GLYPHS")

# A C++ string literal (with an optional u8 prefix) and the comments and character literals around
# it: only what is inside "..." counts.
literal = re.compile(r'(?:u8)?"((?:[^"\\\n]|\\.)*)"')
token = re.compile(r'//[^\n]*|/\*.*?\*/|\'(?:[^\'\\\n]|\\.)*\'|(?:u8)?"(?:[^"\\\n]|\\.)*"', re.S)


def decode(body):
    """The bytes a C++ literal body stands for, \\x escapes decoded, as text."""
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            m = re.match(r"x([0-9A-Fa-f]{1,2})", body[i + 1:])
            if m:
                out.append(int(m.group(1), 16))
                i += 1 + len(m.group(0))
                continue
            out.extend(body[i + 1].encode())
            i += 2
            continue
        out.extend(c.encode("utf-8"))
        i += 1
    return out.decode("utf-8", "replace")


used = {}
files = 0
for folder in ("src/ui", "src/app", "src/model"):
    for path in sorted((root / folder).rglob("*")):
        if path.suffix not in (".cpp", ".h"):
            continue
        files += 1
        for t in token.finditer(path.read_text(encoding="utf-8")):
            m = literal.fullmatch(t.group(0))
            if not m:
                continue  # a comment or a character literal
            for ch in decode(m.group(1)):
                if ord(ch) > 0x7E:
                    used.setdefault(ord(ch), set()).add(str(path.relative_to(root)))

if files < 20:
    print(f"FAIL only {files} source files found under {root}")
    print("0 passed, 1 failed")
    sys.exit(1)
missing = sorted(c for c in used if (c in text or c in symbols) and c not in ui and c not in symbols)
for c in missing:
    print(f"FAIL U+{c:04X} {chr(c)} is drawn by {', '.join(sorted(used[c]))} but is not in DL_UI_GLYPHS")
print(f"{len(used)} characters beyond ASCII in the string literals of {files} files; "
      f"{len(used) - len(missing)} in the first atlas or drawn by no font")
print(f"{0 if missing else 1} passed, {1 if missing else 0} failed")
sys.exit(1 if missing else 0)
