// The Argdown export read back by Argdown's own parser (@argdown/core): every claim is exactly one
// statement whose text is its quote and whose tag is its speaker, every supports/rebuts relation is
// an Argdown support/attack and nothing else is, one section per speaking actor. Runs on the shipped
// debate, both fixtures and a debate whose quotes are made of Argdown syntax; a deliberately
// unescaped copy must fail, so the check itself can fail.
//   node check_argdown.mjs APP SOURCE_DIR OUT_DIR
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgdown as parse } from "./argdown_parse.mjs";

const [app, src, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });

// What Argdown reads of a quote written on one line: runs of white space are one space.
const oneLine = (s) => s.replace(/[\u0000-\u0020\u007f\u0085\u2028\u2029]+/g, " ").trim();

function problemsOf(debate, text) {
  const r = parse(text);
  const problems = [...(r.lexerErrors || []), ...(r.parserErrors || [])].map((e) => "parse error: " + e.message);
  for (const c of debate.claims) {
    const statement = r.statements[c.id];
    const definitions = statement ? statement.members.filter((m) => !m.isReference) : [];
    if (definitions.length !== 1) { problems.push(`${c.id}: ${definitions.length} definitions`); continue; }
    const want = oneLine(c.quote) + " #" + c.actor;
    if (definitions[0].text !== want) problems.push(`${c.id}: read as ${JSON.stringify(definitions[0].text)}, not ${JSON.stringify(want)}`);
    if (JSON.stringify(statement.tags) !== JSON.stringify([c.actor])) problems.push(`${c.id}: tags ${JSON.stringify(statement.tags)}`);
  }
  const extra = Object.keys(r.statements).filter((title) => !debate.claims.some((c) => c.id === title));
  if (extra.length) problems.push("statements that are no claim: " + extra.join(", "));
  const signs = { supports: "support", rebuts: "attack" };
  const want = (debate.relations || []).filter((x) => signs[x.type]).map((x) => `${x.from} ${signs[x.type]} ${x.to}`).sort();
  const got = r.relations.map((x) => `${x.from.title} ${x.relationType} ${x.to.title}`).sort();
  if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`relations: read ${got.join("; ")}; expected ${want.join("; ")}`);
  const speakers = debate.actors.filter((a) => debate.claims.some((c) => c.actor === a.id)).map((a) => oneLine(a.name));
  const sections = r.sections.map((s) => s.title);
  if (JSON.stringify(sections) !== JSON.stringify(speakers)) problems.push(`sections ${JSON.stringify(sections)}, expected ${JSON.stringify(speakers)}`);
  return problems;
}

// A debate whose quotes and a name are Argdown syntax: headings, definitions, relations, comments,
// tags, mentions, links, emphasis, metadata, front matter, every kind of line break.
function hostileDebate() {
  const d = JSON.parse(fs.readFileSync(path.join(src, "tests/fixtures/fictional-library-hours.json"), "utf8"));
  const evil = [
    "x\n\n# Heading\n[other]: fake\n  +> [marchand-nobody]\n// c\n<arg>: y",
    "https://example.org/a_b*c* **bold** __u__ {a: b} @[m] @<n> #(tag x) #t ===\nfront\n=== /* c */ <!-- c --> \\ back\\",
    "(1) numbered\n-- inference --\n  - minus\n  + plus\n>< contra _> under <_ over",
    "tab\there\u2028ls\u2029ps\u0085nel end [a](http://x) [b]: c",
  ];
  const p = d.article.paragraphs[1];
  evil.forEach((e, i) => {
    p.text += " " + e;
    const { range, occurrence, ...claim } = d.claims[0];
    d.claims.push({ ...claim, id: `evil-${i}`, quote: e, paragraph: p.id });
  });
  d.actors[0].name = "# [Name] // *x* {y}";
  d.relations = [
    { from: "evil-0", to: "evil-1", type: "supports" },
    { from: "evil-2", to: "evil-3", type: "rebuts" },
    { from: "evil-1", to: "evil-2", type: "qualifies" },
  ];
  const file = path.join(out, "argdown-syntax-debate.json");
  fs.writeFileSync(file, JSON.stringify(d));
  return file;
}

let passed = 0, failed = 0;
function report(name, problems) {
  if (problems.length === 0) { console.log(`ok   ${name}`); passed++; }
  else { console.log(`FAIL ${name}\n  ${problems.slice(0, 8).join("\n  ")}`); failed++; }
}

const files = ["content/nato-guarantees-2021.json", "tests/fixtures/fictional-harbour-bridge.json",
               "tests/fixtures/fictional-library-hours.json"].map((f) => path.join(src, f));
files.push(hostileDebate());
let hostileText = "";
for (const file of files) {
  const target = path.join(out, path.basename(file, ".json") + ".argdown");
  execFileSync(app, ["--export-argdown", target, file], { stdio: ["ignore", "ignore", "inherit"] });
  const text = fs.readFileSync(target, "utf8");
  const debate = JSON.parse(fs.readFileSync(file, "utf8"));
  report(`Argdown reads back ${path.basename(file)}`, problemsOf(debate, text));
  hostileText = text;
}
// The control: the same export with its escapes removed must not pass.
const hostile = JSON.parse(fs.readFileSync(files[files.length - 1], "utf8"));
const unescaped = problemsOf(hostile, hostileText.replace(/\\(.)/g, "$1"));
report("the check fails on unescaped text", unescaped.length > 0 ? [] : ["no problem found in unescaped Argdown"]);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
