// The Argdown import checked against Argdown's own parser (@argdown/core): for each Argdown fixture
// (and Argdown's own examples in ../shared when present), the statements, arguments, relations and
// premise-conclusion structures that `debatelens --import-argdown` wrote are those @argdown/core
// reads. A deliberately damaged conversion must fail, so the check itself can fail.
//   node check_argdown_import.mjs APP SOURCE_DIR OUT_DIR
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgdown as parse } from "./argdown_parse.mjs";

const [app, src, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });

const oneLine = (s) => (s || "").replace(/\s+/g, " ").trim();
const untitled = (title) => /^Untitled \d+$/.test(title);
// Argdown reads DebateLens's importer's support, attack and (strict mode) entails, contrary and
// contradictory; undercuts have no counterpart and are left out on both sides.
const type = { support: "supports", entails: "supports", attack: "rebuts", contrary: "rebuts", contradictory: "rebuts" };

// What Argdown reads, as keys: "S:title" (or "U:words" for an untitled statement) and "A:title".
function argdownView(text) {
  const r = parse(text);
  const problems = [...(r.lexerErrors || []), ...(r.parserErrors || [])].map((e) => "Argdown parse error: " + e.message);
  const firstText = (item) => oneLine((item.members.find((m) => oneLine(m.text)) || {}).text);
  const keyOf = (item) => (item.type === "argument" ? "A:" + item.title : untitled(item.title) ? "U:" + firstText(item) : "S:" + item.title);
  const claims = new Map();
  for (const s of Object.values(r.statements)) claims.set(keyOf(s), firstText(s) || s.title);
  for (const a of Object.values(r.arguments)) claims.set(keyOf(a), firstText(a) || a.title);
  const relations = new Set();
  for (const x of r.relations) {
    if (!type[x.relationType]) continue;
    relations.add(`${keyOf(x.from)} ${type[x.relationType]} ${keyOf(x.to)}`);
    if (x.relationType === "contradictory") relations.add(`${keyOf(x.to)} rebuts ${keyOf(x.from)}`);
  }
  // Premise-conclusion structures: what comes before each conclusion (since the last one, that one
  // included) supports it; the argument supports its main conclusion.
  for (const a of Object.values(r.arguments)) {
    const pcs = a.pcs || [];
    let from = 0;
    pcs.forEach((item, k) => {
      if (item.role === "premise") return;
      for (let j = from; j < k; j++) relations.add(`${keyOf(r.statements[pcs[j].title])} supports ${keyOf(r.statements[item.title])}`);
      from = k;
      if (item.role === "main-conclusion") relations.add(`A:${a.title} supports ${keyOf(r.statements[item.title])}`);
    });
  }
  return { problems, claims, relations };
}

// What the importer wrote, as the same keys: the id says argument (a-), titled statement (s-) or
// untitled statement (u-); the summary is the title.
function importView(debate) {
  const keyOf = new Map();
  const claims = new Map();
  for (const c of debate.claims) {
    const key = c.id.startsWith("a-") ? "A:" + c.summary : c.id.startsWith("s-") ? "S:" + c.summary : "U:" + c.quote;
    keyOf.set(c.id, key);
    claims.set(key, c.quote);
  }
  const relations = new Set((debate.relations || []).map((x) => `${keyOf.get(x.from)} ${x.type} ${keyOf.get(x.to)}`));
  return { claims, relations };
}

function compare(name, argdownText, debate) {
  const want = argdownView(argdownText);
  const got = importView(debate);
  const problems = [...want.problems];
  for (const [key, words] of want.claims) {
    if (!got.claims.has(key)) problems.push(`${key}: Argdown reads it, the import has no such claim`);
    else if (got.claims.get(key) !== words) problems.push(`${key}: imported as ${JSON.stringify(got.claims.get(key))}, Argdown reads ${JSON.stringify(words)}`);
  }
  for (const key of got.claims.keys()) if (!want.claims.has(key)) problems.push(`${key}: a claim Argdown does not read`);
  for (const rel of want.relations) if (!got.relations.has(rel)) problems.push(`relation missing from the import: ${rel}`);
  for (const rel of got.relations) if (!want.relations.has(rel)) problems.push(`relation Argdown does not read: ${rel}`);
  report(name, problems);
}

let passed = 0, failed = 0;
function report(name, problems) {
  if (problems.length === 0) { console.log(`ok   ${name}`); passed++; }
  else { console.log(`FAIL ${name}\n  ${problems.slice(0, 10).join("\n  ")}`); failed++; }
}

const files = fs.readdirSync(path.join(src, "tests/fixtures/argdown")).filter((f) => f.endsWith(".argdown"))
  .map((f) => path.join(src, "tests/fixtures/argdown", f));
for (const sample of ["argdown-primer.argdown", "semmelweis_betz.argdown"]) {
  const f = path.join(src, "..", "shared", "samples", "argdown", sample);
  if (fs.existsSync(f)) files.push(f);
  else console.log(`SKIP ${sample}: ${f} is not present`);
}
let last = null;
for (const file of files) {
  const target = path.join(out, path.basename(file, ".argdown") + ".json");
  execFileSync(app, ["--import-argdown", file, target], { stdio: ["ignore", "ignore", "ignore"] });
  const debate = JSON.parse(fs.readFileSync(target, "utf8"));
  const text = fs.readFileSync(file, "utf8");
  compare(`the import of ${path.basename(file)} reads as @argdown/core reads it`, text, debate);
  last = { text, debate };
}
// The control: a conversion that lost a relation and changed a word must not pass.
const damaged = JSON.parse(JSON.stringify(last.debate));
damaged.relations.pop();
damaged.claims[0].quote += " (changed)";
const before = failed;
compare("(control, must FAIL)", last.text, damaged);
if (failed === before) { console.log("FAIL the check did not notice a damaged conversion"); failed++; }
else { failed--; passed++; console.log("ok   the check fails on a damaged conversion"); }
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
