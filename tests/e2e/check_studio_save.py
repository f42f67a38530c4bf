#!/usr/bin/env python3
"""Checks the debate studio_e2e.sh saved against the article it was made from (the oracle): exactly
two claims, their quotes verbatim from the article's text and their ranges holding them, one question,
one relation, a stance per person, Venn's as the e2e set it.
   check_studio_save.py SAVED.json ARTICLE.txt"""
import json
import sys

saved, article = json.load(open(sys.argv[1], encoding="utf-8")), open(sys.argv[2], encoding="utf-8").read()
lines = [l for l in article.split("\n") if l.strip()]
# The paragraphs the e2e selected, found in the article by their first words.
kastberg = next(l for l in lines if l.startswith("The numbers favour the path."))
venn = next(l for l in lines if l.startswith("Once a path is built"))
problems = []


def expect(what, got, want):
    if got != want:
        problems.append(f"{what}: got {got!r}, want {want!r}")


paragraphs = {p["id"]: p["text"] for p in saved["article"]["paragraphs"]}
claims = saved["claims"]
expect("number of claims", len(claims), 2)
if len(claims) == 2:
    first, second = claims
    expect("claim 1's quote (the whole paragraph dragged over)", first["quote"], kastberg)
    expect("claim 2's quote (fourteen words: the first sentence)", second["quote"], venn[: venn.index(".") + 1])
    expect("claim 1's speaker", first["actor"], "mirela-kastberg")
    expect("claim 2's speaker", second["actor"], "tobias-venn")
    for c in claims:
        text = paragraphs[c["paragraph"]].encode("utf-8")
        if "range" not in c:
            problems.append(f"{c['id']} has no range stored")
        else:
            begin, end = c["range"]
            expect(f"{c['id']}'s range", text[begin:end].decode("utf-8"), c["quote"])
        if c["quote"] not in article:
            problems.append(f"{c['id']}'s quote is not verbatim in the article")
    expect("claim summaries", [c["summary"] for c in claims],
           ["Reopening the line costs far more than a path.", "A path would end any chance of trains returning."])
expect("questions", [(q["text"], q.get("short")) for q in saved["questions"]], [("Should the old line become a cycle path?", "Cycle path")])
expect("relations", [(r["from"], r["type"], r["to"]) for r in saved.get("relations", [])],
       [(claims[1]["id"], "rebuts", claims[0]["id"])] if len(claims) == 2 else [])
stances = {s["actor"]: s for s in saved["stances"]}
expect("stances' people", sorted(stances), ["ana-quillfeather", "mirela-kastberg", "tobias-venn"])
if "tobias-venn" in stances:
    s = stances["tobias-venn"]
    expect("Venn's leaning", s["leaning"], "no")
    expect("Venn's position", s.get("position"), "Wants the trains back rather than a cycle path.")
    expect("Venn's grounding claims", s.get("claims"), [claims[1]["id"]] if len(claims) == 2 else [])
for who in ("ana-quillfeather", "mirela-kastberg"):
    if who in stances:
        expect(f"{who}'s leaning", stances[who]["leaning"], "not_addressed")
expect("the article's date", saved["article"].get("date"), "2026-11-30")
print("\n".join(problems) or "ok")
sys.exit(1 if problems else 0)
