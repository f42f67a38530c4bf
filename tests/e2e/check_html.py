#!/usr/bin/python3
"""Checks an exported HTML file: a strict HTML5 parse (any parse error fails), every claim quote
of the debate present as text, and every fact-check review shown in its claim's item as
"Fact-check: RATING — REVIEWER" linked to the review. Usage: check_html.py EXPORT.html DEBATE.json"""
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
reviews_missing = []
items = {li.get("id"): li for li in doc.iter("li") if li.get("id")}
for c in debate["claims"]:
    if "review" not in c:
        continue
    r, li = c["review"], items.get("dl-claim-" + c["id"])
    label = f"Fact-check: {r['rating']} \u2014 {r['reviewer']}"
    if li is None or not any(a.get("href") == r["url"] and "".join(a.itertext()) == label for a in li.iter("a")):
        reviews_missing.append(c["id"])
failed = 0
for name, problems in (("quotes missing", missing), ("unsafe links", unsafe), ("links without rel=noopener noreferrer", bad_rel),
                       ("reviews missing", reviews_missing)):
    if problems:
        print(f"FAIL {name}: {problems[:5]}")
        failed += 1
    else:
        print(f"ok   no {name}")
print(f"ok   strict HTML5 parse of {path}")
print(f"{5 - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
