#!/usr/bin/python3
"""Checks an exported HTML file: a strict HTML5 parse (any parse error fails) and every claim quote
of the debate present as text. Usage: check_html.py EXPORT.html DEBATE.json"""
import html
import json
import sys

import html5lib

path, debate_path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
try:
    doc = parser.parse(text)
except html5lib.html5parser.ParseError as e:
    print(f"FAIL {path} is not valid HTML5: {e}")
    print("0 passed, 1 failed")
    sys.exit(1)
body_text = "".join(doc.itertext())
debate = json.load(open(debate_path, encoding="utf-8"))
missing = [c["id"] for c in debate["claims"] if c["quote"] not in body_text]
links = doc.findall(".//a")
unsafe = [a.get("href") for a in links if not (a.get("href", "").startswith(("https://", "http://", "#")))]
bad_rel = [a.get("href") for a in links if a.get("href", "").startswith("http") and a.get("rel") != "noopener noreferrer"]
failed = 0
for name, problems in (("quotes missing", missing), ("unsafe links", unsafe), ("links without rel=noopener noreferrer", bad_rel)):
    if problems:
        print(f"FAIL {name}: {problems[:5]}")
        failed += 1
    else:
        print(f"ok   no {name}")
print(f"ok   strict HTML5 parse of {path}")
print(f"{4 - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
