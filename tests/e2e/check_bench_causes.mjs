// The bench report (bench/report.mjs) explains each missed frame budget by naming the function and file
// that draw the view: "`DrawEdge` (src/ui/map_view.cpp)". Its first texts outlived the code they
// described, so this checks that every such name still is a function defined in the file it names.
//   node tests/e2e/check_bench_causes.mjs REPO_ROOT
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(process.argv[2] || ".");
const report = fs.readFileSync(path.join(root, "bench/report.mjs"), "utf8");
const named = [...report.matchAll(/`(\w+)`\s*\((src\/[\w/.-]+\.(?:cpp|h))\)/g)];
let passed = 0, failed = 0;
const check = (ok, what) => { if (ok) passed++; else { failed++; console.error(`FAIL: ${what}`); } };
check(named.length > 0, "bench/report.mjs names no function with its file (the pattern `Name` (src/...) found nothing)");
for (const [, fn, file] of named) {
  const full = path.join(root, file);
  const text = fs.existsSync(full) ? fs.readFileSync(full, "utf8") : null;
  check(text !== null, `bench/report.mjs names ${file}, which does not exist`);
  // A definition: the name followed by its parameter list, at the start of a line after its return type.
  if (text !== null) check(new RegExp(`^[\\w:<>&* ]+\\b${fn}\\(`, "m").test(text), `bench/report.mjs names ${fn} in ${file}, which defines no such function`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
