// Accessibility end-to-end tests of the real web build (dist/web) in headless Chromium: axe-core's
// WCAG 2.2 A/AA rules on every view, light and dark, phone and desktop, and on the example article
// that embeds the widget; a Tab walk; the mirror as assistive technology reads it (Playwright's
// ARIA snapshot) checked against the content file; activation from the mirror and what the live
// region says; the phone deep links that must show the trace.
//   node tests/e2e/a11y_e2e.mjs DIST_DIR OUT_DIR
// Ends with "N passed, N failed"; exits non-zero on failure or when no test ran.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { assert, launchChromium, makeRunner, startServer, state, waitForWidget } from "./browser.mjs";

const dist = path.resolve(process.argv[2] || "dist/web");
const out = path.resolve(process.argv[3] || "build/e2e-a11y");
fs.mkdirSync(out, { recursive: true });
if (!fs.existsSync(path.join(dist, "index.html"))) {
  console.log(`FAIL no web build at ${dist} (run ./build-wasm.sh)`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// The oracle: the content file itself, never what the widget reports.
const content = JSON.parse(fs.readFileSync(new URL("../../content/nato-guarantees-2021.json", import.meta.url)));
const actorName = Object.fromEntries(content.actors.map((a) => [a.id, a.name]));
const claim = (id) => content.claims.find((c) => c.id === id);
const optionName = (c) => `${actorName[c.actor]}: ${c.summary}`;

// A copy of the build with host pages of our own beside it.
const site = path.join(out, "site");
fs.rmSync(site, { recursive: true, force: true });
fs.cpSync(dist, site, { recursive: true });
const hostPage = (attrs) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title></head>
<body><main><h1>A host article</h1><p>Before the explainer.</p>
<script src="embed.js" data-debate="nato-guarantees-2021" ${attrs} async></script>
<p>After the explainer.</p></main></body></html>`;
fs.writeFileSync(path.join(site, "host-claim.html"), hostPage('data-claim="avdeeva-spheres"'));

const server = await startServer(site, 0, "127.0.0.1", {});
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const t = makeRunner();
const desktop = { width: 1280, height: 800 }, phone = { width: 390, height: 844 };

async function open(url, viewport, colorScheme = "light") {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await waitForWidget(page, 3);
  await settle(page);
  return { context, page };
}

// Until the widget has stopped drawing (it draws only when something changed).
async function settle(page, ms = 300) {
  await page.waitForTimeout(ms);
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const frames = await page.evaluate(() => Module.debatelens_state().frames);
    if (frames === last) return;
    last = frames;
    await page.waitForTimeout(150);
  }
}

// axe-core in `frame` with the WCAG 2.0, 2.1 and 2.2 A and AA rules: the violations, readable.
async function axe(frame) {
  await frame.evaluate(axeSource);
  return frame.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
  });
}

// The reader's views, from the widget's own tab list on a phone (where every view is a tab).
let views = [];
async function readerViews() {
  if (views.length) return views;
  const { context, page } = await open(base, phone);
  views = await page.$$eval('#mirror [role="tab"]', (tabs) => tabs.map((tab) => tab.textContent.trim().toLowerCase()));
  await context.close();
  assert(views.length === 6 && views.includes("claims") && views.includes("positions"), `the phone's tabs: ${views}`);
  return views;
}

for (const [label, viewport] of [["desktop", desktop], ["phone", phone]])
  for (const theme of ["light", "dark"]) {
    await t.test(`axe-core: no WCAG 2.2 A/AA violations on every view (${label}, ${theme})`, async () => {
      const { context, page } = await open(`${base}#claim=sherr-no-guarantee&theme=${theme}`, viewport, theme);
      const problems = [];
      for (const view of await readerViews()) {
        await page.evaluate(([v, th]) => { location.hash = `claim=sherr-no-guarantee&view=${v}&theme=${th}`; }, [view, theme]);
        await settle(page);
        const s = await state(page);
        assert(s.view === view || (view === "claims" && s.wide), `the view is ${s.view}, not ${view}`);
        assert(s.theme === theme, `the theme is ${s.theme}`);
        for (const v of await axe(page.mainFrame())) problems.push(`${view}: ${v}`);
      }
      await page.screenshot({ path: path.join(out, `axe-${label}-${theme}.png`) });
      assert(problems.length === 0, problems.join("\n"));
      await context.close();
    });
  }

await t.test("axe-core: no WCAG 2.2 A/AA violations on the example article and in its embedded widget", async () => {
  const context = await browser.newContext({ viewport: desktop, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(base + "example-article.html");
  await page.locator("iframe").scrollIntoViewIfNeeded();
  const frame = await (await page.waitForSelector("iframe")).contentFrame();
  await frame.waitForFunction(() => window.Module && Module.debatelens_state && Module.debatelens_state().frames >= 3, null, { timeout: 30000 });
  await page.waitForTimeout(500);
  const problems = [...(await axe(page.mainFrame())).map((v) => `host: ${v}`), ...(await axe(frame)).map((v) => `widget: ${v}`)];
  assert(problems.length === 0, problems.join("\n"));
  await context.close();
});

// One step of a walk: where the page's focus is, and whether the widget draws its ring there.
async function focusNow(page) {
  return page.evaluate(() => {
    const e = document.activeElement, r = e.getBoundingClientRect(), s = Module.debatelens_state();
    const inWidget = !!e.closest("#mirror") || e.id === "search";
    return { inWidget, item: e.dataset.item ? +e.dataset.item : 0, role: e.getAttribute("role") || e.tagName.toLowerCase(),
             name: e.getAttribute("aria-label") || e.textContent.trim(), rect: [r.left, r.top, r.right, r.bottom],
             focus: s.focus, ring: s.focus_visible, width: innerWidth, height: innerHeight };
  });
}

await t.test("Tab walk: 60 presses from the top reach every tab and the claims list, each focus on screen with its ring, then leave; Shift+Tab walks back", async () => {
  const { context, page } = await open(base, desktop);
  const tabs = await page.$$eval('#mirror [role="tab"]', (els) => els.map((e) => e.textContent.trim()));
  assert(tabs.length === 5, `wide layout tabs: ${tabs}`);
  const walk = [];
  let left = -1;
  for (let press = 0; press < 60 && left < 0; press++) {
    await page.keyboard.press("Tab");
    await settle(page, 60);
    const f = await focusNow(page);
    if (!f.inWidget) { left = press; break; }
    walk.push(f);
    const [x0, y0, x1, y1] = f.rect;
    assert(x1 - x0 >= 1 && y1 - y0 >= 1, `press ${press + 1}: "${f.name}" has no size`);
    assert(x0 >= 0 && y0 >= 0 && x1 <= f.width && y1 <= f.height, `press ${press + 1}: "${f.name}" is off screen at ${f.rect.map(Math.round)}`);
    // The widget's ring is where the page's focus is (the search field is the page's own element).
    if (f.item) assert(f.focus === f.item && f.ring, `press ${press + 1}: the widget's focus is ${f.focus} (ring ${f.ring}), the page's ${f.item} "${f.name}"`);
  }
  assert(left > 0, `after ${walk.length} presses the focus is still in the widget`);
  for (const tab of tabs) assert(walk.some((f) => f.role === "tab" && f.name === tab), `the walk never reached the ${tab} tab`);
  const options = walk.filter((f) => f.role === "option");
  assert(options.length === 1, `the claims list should be one stop, it was ${options.length}`);
  assert(options[0].name === optionName(content.claims[0]), `the list's stop is "${options[0].name}"`);
  // Arrows move inside the list, and the page's focus follows the widget's.
  await page.keyboard.press("Shift+Tab");  // back into the widget, at its last stop
  await settle(page, 60);
  const back = [await focusNow(page)];
  for (let k = 1; k < walk.length; k++) {
    await page.keyboard.press("Shift+Tab");
    await settle(page, 60);
    back.push(await focusNow(page));
  }
  const forwards = walk.map((f) => `${f.role} ${f.name}`), backwards = back.map((f) => `${f.role} ${f.name}`).reverse();
  assert(JSON.stringify(forwards) === JSON.stringify(backwards), `Shift+Tab differs:\n${forwards.join("\n")}\n---\n${backwards.join("\n")}`);
  await context.close();
});

await t.test("the claims list: arrows move along the options, Enter selects one, the live region says so", async () => {
  const { context, page } = await open(base, desktop);
  await page.focus('#mirror [role="option"][tabindex="0"]');
  await settle(page, 60);
  for (let k = 0; k < 3; k++) {
    await page.keyboard.press("ArrowDown");
    await settle(page, 60);
  }
  const f = await focusNow(page);
  const target = content.claims[3];
  assert(f.role === "option" && f.name === optionName(target), `after three Down presses the focus is on "${f.name}"`);
  await page.keyboard.press("Enter");
  await settle(page);
  const s = await state(page);
  assert(s.selected_claim === target.id, `Enter selected ${s.selected_claim}`);
  await page.waitForFunction(() => document.getElementById("announce").textContent !== "", null, { timeout: 3000 });
  const said = await page.textContent("#announce");
  assert(said.startsWith(`Selected: ${actorName[target.actor]}`) && said.includes(target.summary.slice(0, 30)), `the live region said "${said}"`);
  // Its option is now the selected one, and the list's one stop.
  const selected = await page.$$eval('#mirror [role="option"][aria-selected="true"]', (els) => els.map((e) => [e.textContent, e.tabIndex]));
  assert(selected.length === 1 && selected[0][0] === optionName(target) && selected[0][1] === 0, `selected options: ${JSON.stringify(selected)}`);
  await context.close();
});

await t.test("mirror snapshot: the claims list, the trace and the positions grid as assistive technology reads them", async () => {
  const id = "sherr-no-guarantee", c = claim(id);
  const { context, page } = await open(`${base}#claim=${id}&view=positions`, desktop);
  const list = page.getByRole("listbox", { name: "Claims" });
  const options = list.getByRole("option");
  assert((await options.count()) === content.claims.length, `the listbox has ${await options.count()} options`);
  const names = await options.allTextContents();
  assert(JSON.stringify(names) === JSON.stringify(content.claims.map(optionName)), "the options are not the file's claims in order");
  const selected = await list.getByRole("option", { selected: true }).allTextContents();
  assert(JSON.stringify(selected) === JSON.stringify([optionName(c)]), `selected: ${selected}`);
  // The trace: what supports, rebuts or qualifies the claim, one tree item each, from the file's relations.
  const responders = content.relations.filter((r) => r.to === id && ["supports", "rebuts", "qualifies"].includes(r.type));
  const tree = page.getByRole("tree", { name: "Supported, rebutted or qualified by" });
  const treeItems = await tree.getByRole("treeitem").allTextContents();
  const expected = responders.map((r) => `${r.type}: ${optionName(claim(r.from))}`);
  for (const e of expected) assert(treeItems.includes(e), `the trace lacks "${e}"; it has ${JSON.stringify(treeItems)}`);
  // The quote in the article's paragraph, marked.
  const marks = await page.locator("#mirror mark").allTextContents();
  assert(marks.includes(c.quote), `the marked quote is ${JSON.stringify(marks)}`);
  // The matrix: a grid whose column headers are the people with a stance, and whose cells name
  // person, question and leaning.
  const grid = page.getByRole("grid");
  const headers = await grid.getByRole("columnheader").allTextContents();
  const people = [...new Set(content.stances.map((s) => s.actor))].map((a) => actorName[a]);
  for (const p of people) assert(headers.includes(p), `no column for ${p}: ${headers}`);
  const rowHeaders = await grid.getByRole("rowheader").allTextContents();
  for (const q of content.questions) assert(rowHeaders.includes(q.text), `no row for "${q.text}"`);
  const stance = content.stances.find((s) => s.actor === "sherr" && s.leaning === "strong_no");
  const question = content.questions.find((q) => q.id === stance.question);
  const cell = grid.getByRole("gridcell", { name: `James Sherr, ${question.short}: Strongly no.`, exact: false });
  assert((await cell.count()) === 1, `no cell for Sherr on "${question.short}"`);
  const snapshot = await page.locator("#mirror").ariaSnapshot();
  fs.writeFileSync(path.join(out, "aria-snapshot-positions.yml"), snapshot);
  await context.close();
});

await t.test("mirror: activating a tab from assistive technology (a click on its element) switches the view", async () => {
  const { context, page } = await open(base, desktop);
  await page.getByRole("tab", { name: "Timeline" }).dispatchEvent("click");  // what a screen reader's action sends
  await settle(page);
  assert((await state(page)).view === "timeline", "the Timeline tab did not switch the view");
  const tab = await page.$eval('#mirror [role="tab"][aria-selected="true"]', (e) => e.textContent);
  assert(tab === "Timeline", `the selected tab is ${tab}`);
  await context.close();
});

await t.test("phone: a shared link #claim= shows that claim's trace, not the Overview", async () => {
  const { context, page } = await open(`${base}#claim=avdeeva-spheres`, phone);
  const s = await state(page);
  assert(s.selected_claim === "avdeeva-spheres" && s.view === "claims" && !s.wide, `state: ${s.view} ${s.selected_claim} wide ${s.wide}`);
  const heading = await page.getByRole("heading", { level: 2 }).allTextContents();
  assert(heading.includes(claim("avdeeva-spheres").quote) || heading.some((h) => h.includes(claim("avdeeva-spheres").summary.slice(0, 20))),
         `the trace's heading is not on screen: ${heading}`);
  await context.close();
});

await t.test("phone: the embed's data-claim shows that claim's trace", async () => {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await page.goto(base + "host-claim.html");
  const frame = await (await page.waitForSelector("iframe")).contentFrame();
  await frame.waitForFunction(() => window.Module && Module.debatelens_state && Module.debatelens_state().frames >= 3, null, { timeout: 30000 });
  await page.waitForTimeout(500);
  const s = await frame.evaluate(() => Module.debatelens_state());
  assert(s.selected_claim === "avdeeva-spheres" && s.view === "claims", `embed state: ${s.view} ${s.selected_claim}`);
  await context.close();
});

await t.test("mirror: a frame that changes nothing writes nothing to the DOM; a selection writes a little", async () => {
  const { context, page } = await open(`${base}#view=map`, desktop);
  const before = await page.evaluate(() => ({ ...Module.mirrorStats(), frames: Module.debatelens_state().frames }));
  assert(before.items > 20, `the mirror holds ${before.items} items`);
  // Frames drawn for nothing (the widget woken without a change).
  for (let k = 0; k < 5; k++) {
    await page.evaluate(() => Module._dl_wake());
    await page.waitForTimeout(50);
  }
  await settle(page);
  const after = await page.evaluate(() => ({ ...Module.mirrorStats(), frames: Module.debatelens_state().frames }));
  assert(after.frames > before.frames, `no frame was drawn (${before.frames} -> ${after.frames})`);
  assert(after.writes === before.writes, `${after.writes - before.writes} DOM writes in ${after.frames - before.frames} unchanged frames`);
  await page.evaluate(() => { location.hash = "claim=sherr-no-guarantee&view=map"; });
  await settle(page);
  const selected = await page.evaluate(() => Module.mirrorStats());
  assert(selected.writes > after.writes, "selecting a claim changed nothing in the mirror");
  assert(selected.writes - after.writes < 4 * selected.items, `a selection rewrote the mirror wholesale: ${selected.writes - after.writes} writes for ${selected.items} items`);
  await context.close();
});

await t.test("zoomed to 200 % (a 1280 × 800 window: 640 × 400 CSS px at 2×) every tab and button is on screen and usable", async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}#claim=sherr-no-guarantee`);
  await waitForWidget(page, 3);
  await settle(page);
  const s = await state(page);
  assert(!s.wide && s.view === "claims", `layout: wide ${s.wide}, view ${s.view}`);
  const shown = s.items.filter((i) => i.role === "tab" || i.role === "button");
  assert(shown.filter((i) => i.role === "tab").length === 6, `tabs: ${shown.map((i) => i.name)}`);
  for (const i of shown) {
    const [x0, y0, x1, y1] = i.b;
    assert(x0 >= 0 && x1 <= 640 && y0 >= 0 && y1 - y0 >= 24 && x1 - x0 >= 24, `${i.role} "${i.name}" at ${i.b.map(Math.round)}`);
  }
  // A tab still switches the view from its mirrored element.
  await page.getByRole("tab", { name: "Positions" }).dispatchEvent("click");
  await settle(page);
  assert((await state(page)).view === "positions", "the Positions tab did not switch the view at 200 %");
  await page.screenshot({ path: path.join(out, "zoom-200.png") });
  await context.close();
});

await t.test("the page's language is the debate's", async () => {
  const { context, page } = await open(base, desktop);
  const lang = await page.evaluate(() => document.documentElement.lang);
  assert(lang === content.article.language, `lang is ${lang}, the article's language ${content.article.language}`);
  await context.close();
});

await browser.close();
server.close();
process.exit(t.finish());
