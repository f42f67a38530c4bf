// End-to-end tests of the real web build (dist/web) in headless Chromium.
//   node tests/e2e/web_e2e.mjs DIST_DIR OUT_DIR
// Screenshots are saved in OUT_DIR. Ends with "N passed, N failed"; exits non-zero on failure.
import fs from "node:fs";
import path from "node:path";
import { assert, decodePng, inkRatio, launchChromium, makeRunner, startServer, state, waitForWidget } from "./browser.mjs";

const dist = path.resolve(process.argv[2] || "dist/web");
const out = path.resolve(process.argv[3] || "build/e2e-web");
fs.mkdirSync(out, { recursive: true });
if (!fs.existsSync(path.join(dist, "index.html"))) {
  console.log(`FAIL no web build at ${dist} (run ./build-wasm.sh)`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const content = JSON.parse(fs.readFileSync(new URL("../../content/nato-guarantees-2021.json", import.meta.url)));
const server = await startServer(dist, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const t = makeRunner();

async function open(url, viewport, { allowConsole = false } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => {
    // SwiftShader's own performance notes (software compositing reads the canvas back) are not ours.
    if (/GL Driver Message .*GPU stall due to ReadPixels/.test(m.text())) return;
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  const s = await waitForWidget(page, 2);
  if (!allowConsole) page.problems = problems;
  return { page, context, problems, s };
}

async function shot(page, name) {
  const file = path.join(out, name);
  const buf = await page.screenshot({ path: file });
  return inkRatio(decodePng(buf));
}

const settle = (page, ms = 400) => page.waitForTimeout(ms);

for (const [label, viewport, wide] of [["desktop 1280x800", { width: 1280, height: 800 }, true],
                                       ["phone 360x640", { width: 360, height: 640 }, false]]) {
  await t.test(`${label}: loads the debate, draws text, no console errors`, async () => {
    const { page, context, problems, s } = await open(base, viewport);
    assert(s.debate_id === "nato-guarantees-2021", `debate_id is ${s.debate_id}`);
    assert(s.error === "", `error: ${s.error}`);
    assert(s.wide === wide, `wide layout should be ${wide}`);
    await settle(page);
    const ink = await shot(page, `web-${viewport.width}x${viewport.height}.png`);
    assert(ink.ink > 0.03 && ink.colours > 50, `canvas looks blank: ${JSON.stringify(ink)}`);
    assert(problems.length === 0, `console: ${problems.join(" | ")}`);
    await context.close();
  });
}

await t.test("idle: after 2 s without input at most 2 frames are drawn", async () => {
  const { page, context } = await open(base, { width: 1280, height: 800 });
  await settle(page, 1000);
  const before = (await state(page)).frames;
  await page.waitForTimeout(2000);
  const after = (await state(page)).frames;
  assert(after - before <= 2, `drew ${after - before} frames while idle`);
  await page.mouse.move(600, 300);
  await page.waitForFunction((f) => Module.debatelens_state().frames > f, after, { timeout: 5000 });
  await context.close();
});

await t.test("search: '/' then words and Enter lists the matching claims", async () => {
  const { page, context } = await open(base, { width: 1280, height: 800 });
  await page.mouse.click(640, 400);
  await page.keyboard.press("Slash");
  await page.waitForFunction(() => Module.debatelens_state().text_input, null, { timeout: 5000 });
  await page.keyboard.type("Baker");
  await page.keyboard.press("Enter");
  await settle(page);
  const s = await state(page);
  // Independent oracle: claims whose summary, quote or speaker mention the word.
  const names = Object.fromEntries(content.actors.map((a) => [a.id, a.name]));
  const expected = content.claims.filter((c) => `${c.summary} ${c.quote} ${names[c.actor]}`.toLowerCase().includes("baker")).length;
  assert(expected > 0, "oracle found nothing");
  assert(s.filter_text === "Baker", `filter text is "${s.filter_text}"`);
  assert(s.filtered_claims === expected, `${s.filtered_claims} claims listed, expected ${expected}`);
  await shot(page, "web-search.png");
  await context.close();
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 640 }]) {
  await t.test(`map ${viewport.width}px: clicking a claim selects it and the trace shows it`, async () => {
    const { page, context } = await open(base + "#view=map", viewport);
    await settle(page);
    let s = await state(page);
    assert(s.view === "map", `view is ${s.view}`);
    const inside = s.map_nodes.filter((n) => n.x > 0 && n.y > 0 && n.x + n.w < viewport.width && n.y + n.h < viewport.height && n.w > 8);
    assert(inside.length > 0, `no claim box fully on screen: ${JSON.stringify(s.map_nodes.slice(0, 3))}`);
    const target = inside[Math.floor(inside.length / 2)];
    await page.mouse.click(target.x + target.w / 2, target.y + target.h / 2);
    await settle(page);
    s = await state(page);
    assert(s.selected_claim === target.id, `selected ${s.selected_claim}, clicked ${target.id}`);
    await shot(page, `web-map-${viewport.width}.png`);
    await context.close();
  });
}

await t.test("deep link #claim=…&view=article restores claim and view", async () => {
  const id = content.claims[5].id;
  const { page, context } = await open(base + `#claim=${id}&view=article`, { width: 1280, height: 800 });
  await settle(page);
  const s = await state(page);
  assert(s.selected_claim === id, `selected ${s.selected_claim}`);
  assert(s.view === "article", `view ${s.view}`);
  await shot(page, "web-deeplink-article.png");
  await context.close();
});

await t.test("browser Back walks selections; reloading a deep link restores claim and view", async () => {
  const { page, context } = await open(base + "#view=map", { width: 1280, height: 800 });
  await settle(page);
  const clickNode = async (pick) => {
    const s = await state(page);
    const inside = s.map_nodes.filter((n) => n.x > 0 && n.y > 0 && n.x + n.w < 1280 && n.y + n.h < 800 && n.w > 8);
    const n = pick(inside);
    await page.mouse.click(n.x + n.w / 2, n.y + n.h / 2);
    await settle(page);
    return n.id;
  };
  const first = await clickNode((a) => a[0]);
  const second = await clickNode((a) => a[a.length - 1]);
  assert(first !== second, "picked the same node twice");
  assert(page.url().includes(`claim=${second}`), `address bar: ${page.url()}`);
  await page.goBack();
  await settle(page);
  let s = await state(page);
  assert(s.selected_claim === first, `after Back: ${s.selected_claim}, expected ${first}`);
  await page.reload();
  await waitForWidget(page, 2);
  await settle(page);
  s = await state(page);
  assert(s.selected_claim === first && s.view === "map", `after reload: ${s.selected_claim} / ${s.view}`);
  await context.close();
});

await t.test("Copy link puts the claim's deep link on the clipboard", async () => {
  const id = content.claims[2].id;
  const { page, context } = await open(base + `#claim=${id}&view=claims`, { width: 1280, height: 800 });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base.replace(/\/$/, "") });
  await settle(page);
  const s0 = await state(page);
  assert(s0.selected_claim === id, `selected ${s0.selected_claim}`);
  await page.mouse.click(215, 79);  // "Copy link", third button of the trace toolbar (after Back/Forward)
  await settle(page);
  const s = await state(page);
  await page.screenshot({ path: path.join(out, "web-trace-copied.png") });
  const clip = await page.evaluate(() => navigator.clipboard.readText().catch((e) => "unreadable: " + e.message));
  await context.close();
  assert(s.last_copied === `${base}#claim=${id}&view=claims`, `copied: ${s.last_copied}`);
  assert(clip === s.last_copied, `system clipboard holds: ${clip}`);
});

await t.test("unknown ?debate shows the problem in the widget, not a blank canvas", async () => {
  const { page, context } = await open(base + "?debate=no-such-debate", { width: 768, height: 1024 }, { allowConsole: true });
  await settle(page);
  const s = await state(page);
  assert(s.errors.length > 0 && /no-such-debate/.test(s.error), `error: ${s.error}`);
  const ink = await shot(page, "web-missing-debate.png");
  assert(ink.ink > 0.01, "blank canvas");
  await context.close();
});

await browser.close();
server.close();
process.exit(t.finish());
