// End-to-end tests of the real web build (dist/web) in headless Chromium.
//   node tests/e2e/web_e2e.mjs DIST_DIR OUT_DIR
// Screenshots are saved in OUT_DIR. Ends with "N passed, N failed"; exits non-zero on failure.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { assert, decodePng, grey, inkRatio, launchChromium, makeRunner, pixelAt, startServer, state, waitForWidget } from "./browser.mjs";

const dist = path.resolve(process.argv[2] || "dist/web");
const out = path.resolve(process.argv[3] || "build/e2e-web");
fs.mkdirSync(path.join(out, "views"), { recursive: true });
if (!fs.existsSync(path.join(dist, "index.html"))) {
  console.log(`FAIL no web build at ${dist} (run ./build-wasm.sh)`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const content = JSON.parse(fs.readFileSync(new URL("../../content/nato-guarantees-2021.json", import.meta.url)));
// Claims whose summary, quote or speaker mention the words: an oracle independent of the app's search.
const names = Object.fromEntries(content.actors.map((a) => [a.id, a.name]));
const claimsMentioning = (words) => content.claims.filter((c) => `${c.summary} ${c.quote} ${names[c.actor]}`.toLowerCase().includes(words.toLowerCase())).length;
// The height the widget asks for in a column `w` CSS px wide, the embed's layout rule: tall enough for
// one view and the tab bar on a phone (1.55 × the width, 520–900 px), about a screenful in a desktop
// column (0.62 × the width, 560–860 px).
const preferredHeight = (w) => Math.round(w < 700 ? Math.min(900, Math.max(520, w * 1.55)) : Math.min(860, Math.max(560, w * 0.62)));
// The Okabe-Ito palette (Okabe & Ito 2008), which speakers' colours come from.
const okabeIto = ["213,94,0", "0,114,178", "0,158,115", "204,121,167", "230,159,0", "86,180,233", "120,120,120"];
// A picture's pixel is the theme's background: near white, or near black.
const isBackground = (rgb, theme) => (theme === "dark" ? grey(rgb) < 40 : grey(rgb) > 230);
// The theme's text ink: dark on light, light on dark.
const isInk = (rgb, theme) => (theme === "dark" ? grey(rgb) > 180 : grey(rgb) < 75);
// The share of a rectangle's pixels in the theme's ink.
function inkShare(png, x, y, w, h, theme) {
  let n = 0;
  for (let j = y; j < y + h; j += 2) for (let i = x; i < x + w; i += 2) n += isInk(pixelAt(png, i, j), theme);
  return n / (Math.ceil(w / 2) * Math.ceil(h / 2));
}
// What is wrong with the map's picture of the selected claim (state `s`), or "": its box has a border
// in the text's ink with its speaker's colour inside, and an unselected box on screen does not.
function selectedBoxProblem(png, s) {
  const theme = s.theme, sel = s.map_nodes.find((n) => n.id === s.selected_claim);
  if (!sel) return "the selected claim's box is not drawn";
  const x = Math.round(sel.x), y = Math.round(sel.y + sel.h / 2);
  if (!isInk(pixelAt(png, x, y), theme)) return `the selected box's border is ${pixelAt(png, x, y)}`;
  if (!okabeIto.includes(pixelAt(png, x + 3, y).join(","))) return `the selected box's speaker colour is ${pixelAt(png, x + 3, y)}`;
  const other = s.map_nodes.find((n) => n.id !== s.selected_claim && n.x > 0 && n.x + n.w < png.width && n.y > 0 && n.y + n.h < png.height);
  if (other && isInk(pixelAt(png, Math.round(other.x), Math.round(other.y + other.h / 2)), theme)) return "an unselected box looks selected";
  return "";
}

// Serve a copy of the build with a few test files beside it (a valid and a broken debate).
const site = path.join(out, "site");
fs.rmSync(site, { recursive: true, force: true });
fs.cpSync(dist, site, { recursive: true });
fs.mkdirSync(path.join(site, "test-content"), { recursive: true });
fs.copyFileSync(new URL("../fixtures/fictional-harbour-bridge.json", import.meta.url), path.join(site, "test-content", "harbour.json"));
fs.writeFileSync(path.join(site, "test-content", "broken.json"), '{"format": "debatelens/1", "id": "broken", "claims": [');
fs.writeFileSync(path.join(site, "test-content", "garbage.json"), "\u0000\u0001 not json at all <html>");
// Routes for the content policy: redirects, one staying on this origin, one leaving it (localhost is another origin than 127.0.0.1).
const routes = {};
const server = await startServer(site, 0, "127.0.0.1", routes);
const base = `http://127.0.0.1:${server.address().port}/`;
// The same server under another origin (localhost is not 127.0.0.1), for host pages and senders that are not the widget's.
const other = `http://localhost:${server.address().port}/`;
routes["/test-content/moved.json"] = "/test-content/harbour.json";
routes["/test-content/away.json"] = `http://localhost:${server.address().port}/test-content/harbour.json`;
// Servers that go quiet: one never answers, one sends a first line and then nothing. Held open until
// the browser gives up (the page's own idle limit) or the run ends.
const held = [];
routes["/test-content/no-answer.json"] = (req, res) => { held.push(res); };
routes["/test-content/stops-halfway.json"] = (req, res) => {
  res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
  res.write('{"format": "debatelens/1",\n');
  held.push(res);
};
// An answer larger than the model takes (LoadLimits::max_file_bytes), streamed in 1 MiB pieces.
routes["/test-content/huge.json"] = (req, res) => {
  res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
  const piece = Buffer.alloc(1 << 20, 0x20);
  let sent = 0;
  const more = () => {
    while (sent < 40 && !res.destroyed) { sent++; if (!res.write(piece)) { res.once("drain", more); return; } }
    res.end();
  };
  more();
};
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
  // What the page asked the server for and how each request ended, for a failure's message.
  page.trail = [];
  page.on("requestfinished", (r) => page.trail.push(`${r.url().replace(base, "/")} done`));
  page.on("requestfailed", (r) => page.trail.push(`${r.url().replace(base, "/")} failed (${r.failure()?.errorText})`));
  page.on("pageerror", (e) => page.trail.push(`pageerror: ${e.message}`));
  await page.goto(url);
  const s = await waitForWidget(page, 2);
  if (!allowConsole) page.problems = problems;
  return { page, context, problems, s };
}

// Waits until the app holds what ?content= brought (the debate, or the reason it has none). A
// timeout says what the app holds then and how the page's requests ended, so it names its cause.
async function waitForContent(page, predicate, timeout = 10000) {
  try {
    await page.waitForFunction(predicate, null, { timeout });
  } catch (e) {
    const s = await state(page).catch((why) => ({ error: `(no state: ${why.message})` }));
    throw new Error(`${e.message.split("\n")[0]}; the app has debate '${s.debate_id}', error '${s.error}', file '${s.file}', ` +
                    `${s.frames} frames; requests and errors: ${page.trail.join(", ")}`);
  }
}

async function shot(page, name) {
  const file = path.join(out, name);
  const buf = await page.screenshot({ path: file });
  return inkRatio(decodePng(buf));
}

// Waits at least `ms`, then until the widget has gone idle (render on demand: the frame counter
// stops), so a loaded machine that draws slowly does not race the next step. Gives up after 10 s.
async function settle(page, ms = 400) {
  await page.waitForTimeout(ms);
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const frames = await page.evaluate(() => (window.Module && Module.debatelens_state ? Module.debatelens_state().frames : -1));
    if (frames === last) return;
    last = frames;
    await page.waitForTimeout(200);
  }
}

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
  await settle(page);
  // The page's field types in the font the widget draws its box with (handed over after the first frame).
  const face = await page.evaluate(() => document.fonts.ready.then(() =>
    [...document.fonts].filter((f) => f.family.replace(/"/g, "") === "DebateLens Sans").map((f) => f.status).join(",")));
  assert(face === "loaded", `the search field's font face: '${face}'`);
  assert(await page.evaluate(() => document.fonts.check('16px "DebateLens Sans"', "Baker")), "the search field's font is not usable");
  // Typed straight after the '/', as a fast typist does: no letter may be lost to the hand-over.
  await page.keyboard.press("Slash");
  await page.keyboard.type("Baker");
  await page.keyboard.press("Enter");
  await settle(page);
  const s = await state(page);
  const expected = claimsMentioning("Baker");
  assert(expected > 0, "oracle found nothing");
  assert(s.filter_text === "Baker", `filter text is "${s.filter_text}"`);
  assert(s.filtered_claims === expected, `${s.filtered_claims} claims listed, expected ${expected}`);
  await shot(page, "web-search.png");
  await context.close();
});

// Composes `text` as an IME does: growing composition strings, then the committed text.
async function compose(cdp, steps, text) {
  for (const part of steps) await cdp.send("Input.imeSetComposition", { text: part, selectionStart: part.length, selectionEnd: part.length });
  await cdp.send("Input.insertText", { text });
}

// A one-finger swipe by dy CSS px from (x, y), as real touch events (Chromium turns them into scrolls).
async function touchSwipe(context, page, x, y, dy) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
  for (let i = 1; i <= 8; i++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: y + dy * i / 8 }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
  await restingScroll(page);
}

// Waits until the page's scroll position rests (a fling or a smooth scroll may carry it on), and the
// widget in `frame` (if given) has drawn what it got; returns the position.
async function restingScroll(page, frame) {
  let y = NaN;
  for (let last = NaN, still = 0; still < 3; await page.waitForTimeout(100)) {
    y = await page.evaluate(() => scrollY);
    still = y === last ? still + 1 : 0;
    last = y;
  }
  if (frame) await settle(frame, 100);
  return y;
}

// The mean difference (0-255) between two same-sized screenshots.
function pictureDifference(a, b) {
  const pa = decodePng(a), pb = decodePng(b);
  let sum = 0;
  for (let i = 0; i < pa.pixels.length; i += pa.channels)
    for (let k = 0; k < 3; k++) sum += Math.abs(pa.pixels[i + k] - pb.pixels[i + k]);
  return sum / (pa.pixels.length / pa.channels) / 3;
}

for (const theme of ["light", "dark"]) {
  await t.test(`search on a phone (${theme}): a tap gives a real text field over the box; IME text is searched exactly`, async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const problems = [];
    page.on("console", (m) => { if (!/GPU stall due to ReadPixels/.test(m.text()) && (m.type() === "error" || m.type() === "warning")) problems.push(m.text()); });
    await page.goto(base + `?theme=${theme}`);
    await waitForWidget(page, 2);
    await settle(page);
    let s = await state(page);
    const [x0, y0, x1, y1] = s.search_box;
    assert(x1 - x0 > 40 && y1 - y0 > 20, `search box ${s.search_box}`);
    await page.touchscreen.tap((x0 + x1) / 2, (y0 + y1) / 2);
    await settle(page, 200);
    const field = await page.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect(), cs = getComputedStyle(document.activeElement);
      return { id: document.activeElement.id, type: document.activeElement.type, label: document.activeElement.getAttribute("aria-label"),
               fontPx: parseFloat(cs.fontSize), rect: [r.left, r.top, r.right, r.bottom] };
    });
    assert(field.id === "search" && field.type === "search", `focused: ${JSON.stringify(field)}`);
    assert(field.label === "Search claims, people, evidence and article text", `label: ${field.label}`);
    assert(field.fontPx >= 16, `font size ${field.fontPx}px would make iOS zoom in`);
    assert(field.rect.every((v, i) => Math.abs(v - s.search_box[i]) <= 2), `field at ${field.rect}, box at ${s.search_box}`);
    assert((await state(page)).text_input, "the widget does not report text input");

    const cdp = await context.newCDPSession(page);
    // Results follow a composition in progress; the committed text replaces it exactly.
    await cdp.send("Input.imeSetComposition", { text: "\u041f\u0443", selectionStart: 2, selectionEnd: 2 });
    await settle(page, 200);
    assert((await state(page)).search_text === "\u041f\u0443", "the composition in progress is not searched for");
    await compose(cdp, ["\u041f\u0443\u0442"], "\u041f\u0443\u0442");  // Пут
    await settle(page, 200);
    s = await state(page);
    assert(s.search_text === "\u041f\u0443\u0442", `search text after composing: ${JSON.stringify(s.search_text)}`);
    for (let i = 0; i < 3; i++) await page.keyboard.press("Backspace");
    await settle(page, 200);
    s = await state(page);
    assert(s.search_text === "", `search text after deleting: ${JSON.stringify(s.search_text)}`);

    // The field must cover ImGui's box exactly: a picture of it focused looks like ImGui's own drawing.
    await compose(cdp, ["s", "sh", "she"], "Sherr");  // as a romaji IME converts what was typed
    await settle(page, 300);
    const clip = { x: x0 - 4, y: y0 - 4, width: x1 - x0 + 8, height: y1 - y0 + 8 };
    await page.screenshot({ path: path.join(out, `web-search-phone-${theme}.png`), caret: "initial" });
    const focused = await page.screenshot({ clip });
    s = await state(page);
    assert(s.search_text === "Sherr", `search text ${JSON.stringify(s.search_text)}`);
    await page.evaluate(() => document.getElementById("search").blur());
    await settle(page, 300);
    const drawn = await page.screenshot({ clip });
    const difference = pictureDifference(focused, drawn);
    assert(difference < 3, `the focused field looks unlike the box ImGui draws (mean difference ${difference.toFixed(2)})`);

    await page.touchscreen.tap((x0 + x1) / 2, (y0 + y1) / 2);
    await settle(page, 200);
    await page.keyboard.press("Enter");
    await settle(page);
    s = await state(page);
    const expected = claimsMentioning("Sherr");
    assert(expected > 0, "oracle found nothing");
    assert(s.filter_text === "Sherr" && s.filtered_claims === expected && s.view === "claims",
           `after Enter: filter "${s.filter_text}", ${s.filtered_claims} claims (expected ${expected}), view ${s.view}`);
    assert(!s.text_input && s.search_text === "", `still searching: ${s.text_input} "${s.search_text}"`);
    assert(await page.evaluate(() => document.activeElement.id === "canvas"), "the canvas did not get the focus back");
    await page.screenshot({ path: path.join(out, `web-search-phone-${theme}-listed.png`) });
    assert(problems.length === 0, `console: ${problems.join(" | ")}`);
    await context.close();
  });
}

await t.test("search on a desktop: '/' hands the keyboard to the field; dead keys compose; Escape leaves it", async () => {
  const { page, context, problems } = await open(base, { width: 1280, height: 800 });
  await page.mouse.click(640, 400);
  await page.keyboard.press("Slash");
  await page.waitForFunction(() => document.activeElement.id === "search", null, { timeout: 5000 });
  const cdp = await context.newCDPSession(page);
  await compose(cdp, ["\u00b4"], "\u00e9");  // ´ then é, as a dead key does
  await page.keyboard.type("t\u00e9");
  await settle(page, 200);
  let s = await state(page);
  assert(s.search_text === "\u00e9t\u00e9", `search text ${JSON.stringify(s.search_text)}`);
  assert(s.text_input, "the widget does not report text input");
  await page.keyboard.press("Escape");
  await settle(page, 200);
  s = await state(page);
  assert(s.search_text === "" && !s.text_input, `after Escape: "${s.search_text}" ${s.text_input}`);
  assert(await page.evaluate(() => document.activeElement.id === "canvas"), "the canvas did not get the focus back");
  // The shortcuts still work from the canvas.
  await page.keyboard.press("Control+f");
  await page.waitForFunction(() => document.activeElement.id === "search", null, { timeout: 5000 });
  assert(problems.length === 0, `console: ${problems.join(" | ")}`);
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
  // Alt+← and Alt+→ walk the widget's selections too.
  await page.keyboard.press("Alt+ArrowLeft");
  await page.waitForFunction((id) => Module.debatelens_state().selected_claim === id, first, { timeout: 5000 }).catch(() => {});
  assert((await state(page)).selected_claim === first, `after Alt+Left: ${(await state(page)).selected_claim}, expected ${first}`);
  await page.keyboard.press("Alt+ArrowRight");
  await page.waitForFunction((id) => Module.debatelens_state().selected_claim === id, second, { timeout: 5000 }).catch(() => {});
  assert((await state(page)).selected_claim === second, `after Alt+Right: ${(await state(page)).selected_claim}, expected ${second}`);
  await settle(page);
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

await t.test("?content= loads a same-origin debate file", async () => {
  const { page, context, problems } = await open(base + "?content=/test-content/harbour.json", { width: 768, height: 1024 });
  await waitForContent(page, () => Module.debatelens_state().debate_id !== "");
  const s = await state(page);
  assert(s.debate_id === "fictional-harbour-bridge", `debate ${s.debate_id}, error ${s.error}`);
  assert(problems.length === 0, `console: ${problems.join(" | ")}`);
  await shot(page, "web-content-param.png");
  await context.close();
});

for (const [name, file, pattern] of [["broken JSON", "broken.json", /broken\.json:1:\d+: syntax error/],
                                     ["garbage", "garbage.json", /garbage\.json:1:\d+: /]]) {
  await t.test(`?content= with ${name} shows the validator's message in the widget`, async () => {
    const { page, context } = await open(base + `?content=/test-content/${file}`, { width: 768, height: 1024 }, { allowConsole: true });
    await waitForContent(page, () => Module.debatelens_state().error !== "");
    const s = await state(page);
    assert(pattern.test(s.error), `error: ${s.error}`);
    const ink = await shot(page, `web-content-${file}.png`);
    assert(ink.ink > 0.005, "blank canvas");
    await context.close();
  });
}

await t.test("?content= from another origin is refused with a visible message", async () => {
  const { page, context } = await open(base + "?content=https://evil.example/fake-quotes.json", { width: 768, height: 1024 }, { allowConsole: true });
  await waitForContent(page, () => Module.debatelens_state().error !== "");
  const s = await state(page);
  assert(/refused: https:\/\/evil\.example is not this site/.test(s.error), `error: ${s.error}`);
  assert(s.debate_id === "", "a debate was loaded anyway");
  await shot(page, "web-content-refused.png");
  await context.close();
});

await t.test("?content= follows redirects on this origin only", async () => {
  const { page, context } = await open(base + "?content=/test-content/moved.json", { width: 600, height: 600 });
  await waitForContent(page, () => Module.debatelens_state().debate_id !== "" || Module.debatelens_state().error !== "");
  let s = await state(page);
  assert(s.debate_id === "fictional-harbour-bridge", `same-origin redirect: ${s.debate_id} ${s.error}`);
  await context.close();
  const away = await open(base + "?content=/test-content/away.json", { width: 600, height: 600 }, { allowConsole: true });
  await waitForContent(away.page, () => Module.debatelens_state().error !== "");
  s = await state(away.page);
  assert(s.debate_id === "" && /could not be loaded|refused/.test(s.error), `cross-origin redirect: ${s.debate_id} ${s.error}`);
  await away.context.close();
});

await t.test("?content= from a server that goes quiet, or sends more than the model takes, ends in a message", async () => {
  // The limit in the page is the model's: they must agree.
  const header = fs.readFileSync(new URL("../../src/model/diagnostic.h", import.meta.url), "utf8");
  const model = header.match(/size_t max_file_bytes = (\d+)u << (\d+);/);
  assert(model, "the file size limit was not found in diagnostic.h");
  const limit = Number(model[1]) * 2 ** Number(model[2]);
  const pageLimit = await (async () => {
    const { page, context } = await open(base, { width: 400, height: 400 });
    try { return await page.evaluate(() => DebateLensContentPolicy.maxFileBytes); } finally { await context.close(); }
  })();
  assert(pageLimit === limit, `the page reads up to ${pageLimit} bytes, the model takes ${limit}`);
  // The three at once: the quiet ones each take the page's 20 s.
  const cases = [["no-answer.json", /could not be loaded: the server sent nothing for 20 s/],
                 ["stops-halfway.json", /could not be loaded: the server sent nothing for 20 s/],
                 ["huge.json", new RegExp(`could not be loaded: the file is larger than the limit of ${limit} bytes \\(${limit / 2 ** 20} MiB\\)`)]];
  const pages = await Promise.all(cases.map(([file]) =>
    open(base + `?content=/test-content/${file}`, { width: 600, height: 600 }, { allowConsole: true })));
  try {
    await Promise.all(pages.map(({ page }, i) => (async () => {
      const started = Date.now();
      await waitForContent(page, () => Module.debatelens_state().error !== "", 40000);
      const s = await state(page);
      assert(cases[i][1].test(s.error) && s.error.includes(cases[i][0]), `${cases[i][0]}: error '${s.error}'`);
      assert(s.debate_id === "", `${cases[i][0]}: a debate was loaded`);
      if (i < 2) assert(Date.now() - started > 15000, `${cases[i][0]}: gave up after ${Date.now() - started} ms, before the idle limit`);
      const ink = await shot(page, `web-content-${cases[i][0]}.png`);
      assert(ink.ink > 0.005, `${cases[i][0]}: blank canvas`);
    })()));
  } finally {
    for (const { context } of pages) await context.close();
  }
});

await t.test("the widget runs, and takes ?content= in, while the page's text version is still arriving", async () => {
  // A server that sends the page up to its text version, then holds the rest back until told: the
  // runtime starts before the parser has the text version (a slow connection, a busy machine).
  const html = fs.readFileSync(path.join(site, "index.html"), "utf8");
  const cut = html.indexOf('<div id="text-version"');
  assert(cut > 0, "index.html has no text version");
  let release;
  const released = new Promise((r) => { release = r; });
  const types = { ".js": "text/javascript", ".wasm": "application/wasm", ".data": "application/octet-stream", ".json": "application/json" };
  const slow = http.createServer(async (req, res) => {
    const rel = new URL(req.url, "http://x").pathname;
    if (rel === "/") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
      res.write(html.slice(0, cut));
      await released;
      res.end(html.slice(cut));
      return;
    }
    const file = path.join(site, path.normalize(rel));
    if (!file.startsWith(site + path.sep) || !fs.existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" });
    res.end(fs.readFileSync(file));
  });
  await new Promise((r) => slow.listen(0, "127.0.0.1", r));
  const context = await browser.newContext({ viewport: { width: 600, height: 600 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    page.trail = [];
    page.on("pageerror", (e) => page.trail.push(`pageerror: ${e.message}`));
    await page.goto(`http://127.0.0.1:${slow.address().port}/?content=/test-content/harbour.json`, { waitUntil: "commit" });
    await waitForContent(page, () => window.Module && Module.debatelens_state && Module.debatelens_state().debate_id !== "", 30000);
    assert(await page.evaluate(() => document.getElementById("text-version") === null), "the text version came before it was let through");
    release();
    await page.waitForFunction(() => document.readyState === "complete", null, { timeout: 10000 });
    const text = await page.evaluate(() => { const t = document.getElementById("text-version"); return [t.getAttribute("aria-hidden"), t.inert]; });
    assert(text[0] === "true" && text[1] === true, `the text version is not hidden from assistive technology: ${text}`);
    assert(page.trail.length === 0, page.trail.join(" | "));
  } finally {
    release();
    await context.close();
    slow.close();
  }
});

await t.test("?content= from an origin the page's debatelens-allowed-origins lists is loaded; from others refused", async () => {
  // A data server on another port (another origin) that lets pages read its files (CORS).
  const data = http.createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" });
    res.end(fs.readFileSync(path.join(site, "test-content", "harbour.json")));
  });
  await new Promise((r) => data.listen(0, "127.0.0.1", r));
  const dataOrigin = `http://127.0.0.1:${data.address().port}`;
  // The page as a site publishes it with one origin allowed.
  const index = fs.readFileSync(path.join(site, "index.html"), "utf8");
  const meta = '<meta name="debatelens-allowed-origins" content="">';
  assert(index.includes(meta), "index.html has no empty allow-list to fill in");
  fs.writeFileSync(path.join(site, "allow.html"), index.replace(meta, `<meta name="debatelens-allowed-origins" content="${dataOrigin}">`));
  try {
    const listed = await open(base + `allow.html?content=${dataOrigin}/harbour.json`, { width: 600, height: 600 });
    await waitForContent(listed.page, () => Module.debatelens_state().debate_id !== "" || Module.debatelens_state().error !== "");
    let s = await state(listed.page);
    assert(s.debate_id === "fictional-harbour-bridge", `listed origin: debate '${s.debate_id}', error '${s.error}'`);
    await listed.context.close();
    // The same file from the page without the list, and from an origin the list does not name.
    for (const [page, url] of [["index.html", `${dataOrigin}/harbour.json`], ["allow.html", `${other}test-content/harbour.json`]]) {
      const refused = await open(base + `${page}?content=${url}`, { width: 600, height: 600 }, { allowConsole: true });
      await waitForContent(refused.page, () => Module.debatelens_state().error !== "");
      s = await state(refused.page);
      const origin = new URL(url).origin;
      assert(s.debate_id === "" && s.error.includes(`refused: ${origin} is not this site (${base.slice(0, -1)}) and is not in the page's list of allowed origins`),
             `${page} with ${url}: debate '${s.debate_id}', error '${s.error}'`);
      await refused.context.close();
    }
  } finally {
    data.close();
  }
});

await t.test("the fragment: zoom= scales the map, theme= switches the theme, and the address follows the reader's zoom", async () => {
  const { page, context, problems } = await open(base + "?theme=light#view=map&zoom=0.75", { width: 1280, height: 800 });
  await settle(page);
  const width = async () => (await state(page)).map_nodes[0].w;
  const small = await width();
  await page.evaluate(() => { location.hash = "view=map&zoom=1.5"; });
  await page.waitForFunction((w) => Module.debatelens_state().map_nodes.length > 0 && Module.debatelens_state().map_nodes[0].w !== w, small,
                             { timeout: 5000 }).catch(() => {});
  await settle(page);
  // Claim boxes have one size in the layout: on screen it is the zoom times that.
  const large = await width();
  assert(Math.abs(large / small - 2) < 0.01, `boxes ${small} px wide at zoom 0.75, ${large} px at 1.5`);
  await page.evaluate(() => { location.hash = "view=map&zoom=1.5&theme=dark"; });
  await page.waitForFunction(() => Module.debatelens_state().theme === "dark", null, { timeout: 5000 });
  await settle(page);
  let png = decodePng(await page.screenshot());
  assert(isBackground(pixelAt(png, 8, 792), "dark"), `after theme=dark the corner is ${pixelAt(png, 8, 792)}`);
  // The reader zooms in ('+'): the address bar keeps the new zoom, which is what the boxes show.
  await page.mouse.click(640, 790);
  await page.keyboard.press("Equal");
  await page.waitForFunction(() => /zoom=(\d+\.\d+)/.test(location.hash) && !/zoom=1\.50?(&|$)/.test(location.hash), null, { timeout: 5000 });
  await settle(page);
  const zoom = Number(/zoom=(\d+\.\d+)/.exec(await page.evaluate(() => location.hash))[1]);
  const now = await width();
  assert(zoom > 1.5 && Math.abs(now / small - zoom / 0.75) < 0.02, `address zoom ${zoom}, boxes ${now} px (${small} px at 0.75)`);
  assert(problems.length === 0, `console: ${problems.join(" | ")}`);
  await context.close();
  // On arrival too: a link with theme= in its fragment opens in that theme.
  const dark = await open(base + "#view=map&theme=dark", { width: 800, height: 600 });
  await settle(dark.page);
  assert((await state(dark.page)).theme === "dark", "#theme=dark on arrival was not followed");
  png = decodePng(await dark.page.screenshot());
  assert(isBackground(pixelAt(png, 8, 592), "dark"), `#theme=dark on arrival: corner ${pixelAt(png, 8, 592)}`);
  await dark.context.close();
});

await t.test("content URL policy: tricky addresses", async () => {
  const { page, context } = await open(base, { width: 400, height: 400 });
  const origin = base.replace(/\/$/, "");
  const verdicts = await page.evaluate((cases) => cases.map(([raw, allow]) =>
    DebateLensContentPolicy.checkContentUrl(raw, location.href, DebateLensContentPolicy.parseAllowedOrigins(allow)).ok), [
    ["/test-content/harbour.json", ""], ["test-content/harbour.json", ""], [origin.toUpperCase().replace("HTTP", "http") + "/x.json", ""],
    ["//evil.example/x.json", ""], ["https://evil.example/x.json", ""], [origin + ".evil.example/x.json", ""],
    ["https://127.0.0.1.evil.example/x.json", ""], ["javascript:alert(1)", ""], ["data:application/json,{}", ""],
    ["http://user:pw@" + origin.slice(7) + "/x.json", ""], ["%2F%2Fevil.example/x.json", ""], ["\\\\evil.example/x.json", ""],
    ["https://data.example.org/x.json", "https://data.example.org"], ["https://data.example.org.evil/x.json", "https://data.example.org"],
    ["https://data.example.org/x.json", "https://data.example.org/path javascript:alert(1)"], ["", ""],
  ]);
  await context.close();
  const expected = [true, true, true, false, false, false, false, false, false, false, true, false, true, false, false, false];
  assert(JSON.stringify(verdicts) === JSON.stringify(expected), `verdicts ${JSON.stringify(verdicts)}`);
});

await t.test("the page carries the debate as text for screen readers and no-WebGL browsers", async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  // A browser without WebGL 2.
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return kind === "webgl2" ? null : original.call(this, kind, ...rest); };
  });
  await page.goto(base);
  await page.waitForSelector("#text-version.text-version-shown", { timeout: 5000 });
  const text = await page.textContent("#text-version");
  for (const c of content.claims) assert(text.includes(c.quote), `quote of ${c.id} missing from the text version`);
  assert(/needs WebAssembly and WebGL 2/.test(text), "no explanation shown");
  await page.screenshot({ path: path.join(out, "web-no-webgl.png") });
  await context.close();
});

await t.test("a lost WebGL context is restored and the widget redraws", async () => {
  const { page, context, problems } = await open(base, { width: 900, height: 700 });
  await settle(page);
  await page.evaluate(() => { window.__lose = document.getElementById("canvas").getContext("webgl2").getExtension("WEBGL_lose_context"); window.__lose.loseContext(); });
  await settle(page, 100);  // it stops drawing
  const during = (await state(page)).frames;
  await page.evaluate(() => window.__lose.restoreContext());
  await page.waitForFunction((f) => Module.debatelens_state().frames > f, during, { timeout: 5000 });
  await settle(page);
  const ink = await shot(page, "web-context-restored.png");
  assert(ink.ink > 0.03 && ink.colours > 50, `blank after restore: ${JSON.stringify(ink)}`);
  const real = problems.filter((p) => !/context|CONTEXT_LOST/i.test(p));
  assert(real.length === 0, `console: ${real.join(" | ")}`);
  await context.close();
});

await t.test("a failed download shows a message and a retry button", async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  await page.route("**/debatelens.wasm", (route) => route.abort());
  await page.goto(base);
  await page.waitForSelector("#retry:not([hidden])", { timeout: 10000 });
  const msg = await page.textContent("#status-text");
  assert(/could not be downloaded/.test(msg), `status: ${msg}`);
  await page.screenshot({ path: path.join(out, "web-download-failed.png") });
  await context.close();
});

await t.test("input, a resize and a new address while the module is still coming throw nothing, and the address is followed", async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  let releaseWasm;
  const wasmHeld = new Promise((r) => { releaseWasm = r; });
  await page.route("**/debatelens.wasm", async (route) => { await wasmHeld; await route.continue(); });
  await page.goto(base, { waitUntil: "domcontentloaded" });
  // The runtime script has run (it names the app's exports), the module has not arrived.
  await page.waitForFunction(() => window.Module && typeof Module._dl_wake === "function", null, { timeout: 20000 });
  await page.mouse.move(100, 100);
  await page.mouse.move(200, 150);
  await page.mouse.wheel(0, 120);
  await page.keyboard.press("Shift");
  await page.setViewportSize({ width: 700, height: 560 });
  await page.evaluate(() => { location.hash = "#view=timeline"; });
  await page.waitForTimeout(300);
  releaseWasm();
  await waitForWidget(page, 1, 60000);
  await settle(page);
  const s = await state(page);
  assert(errors.length === 0, `page errors: ${errors.join(" | ")}`);
  assert(s.view === "timeline", `the address changed while loading to #view=timeline; the widget shows ${s.view}`);
  await context.close();
});

await t.test("the progress bar does not read full while one download has not answered", async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 400 } });
  const page = await context.newPage();
  let releaseData;
  const dataHeld = new Promise((r) => { releaseData = r; });
  await page.route("**/debatelens.data", async (route) => { await dataHeld; await route.continue(); });
  await page.goto(base, { waitUntil: "domcontentloaded" });
  // The module has arrived whole; the data package has not answered.
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => e.name.endsWith("/debatelens.wasm") && e.responseEnd > 0),
                             null, { timeout: 20000 });
  await page.waitForTimeout(200);
  const early = await page.evaluate(() => document.getElementById("progress").value);
  assert(early < 1, `with the data package not yet answered the bar reads ${early}`);
  releaseData();
  await waitForWidget(page, 1, 60000);
  await context.close();
});

await t.test("while the widget loads the page shows its own background and a readable status, then the widget", async () => {
  // The page makes the widget's WebGL context early; until the first frame that canvas holds nothing,
  // which a canvas without alpha shows as black (it covered the status text, dark on black).
  for (const [scheme, background] of [["light", [250, 249, 247]], ["dark", [23, 25, 28]]]) {
    const context = await browser.newContext({ viewport: { width: 640, height: 400 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.route("**/debatelens.js", () => {});  // the runtime never arrives: the page stays loading
    await page.goto(base, { waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => document.getElementById("progress").value === 1, null, { timeout: 10000 });
    const png = decodePng(await page.screenshot({ path: path.join(out, `web-loading-${scheme}.png`) }));
    for (const [x, y] of [[4, 4], [320, 360], [636, 396]]) {
      const rgb = pixelAt(png, x, y);
      assert(rgb.every((c, k) => Math.abs(c - background[k]) <= 3), `${scheme}: while loading (${x},${y}) is ${rgb}, not the page's background ${background}`);
    }
    const box = await page.locator("#status-text").boundingBox();
    const ink = inkShare(png, Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height), scheme);
    assert(ink > 0.03, `${scheme}: the status text is not readable (ink ${ink.toFixed(3)})`);
    await context.close();
  }
  // Loaded: the canvas shows and the status has gone, from the first frame on.
  const context = await browser.newContext({ viewport: { width: 640, height: 400 } });
  const page = await context.newPage();
  await page.goto(base);
  await waitForWidget(page, 1, 60000);
  const shown = await page.evaluate(() => [getComputedStyle(document.getElementById("canvas")).visibility,
                                           document.getElementById("status").hidden]);
  assert(shown[0] === "visible" && shown[1] === true, `after the first frame: canvas ${shown[0]}, status hidden ${shown[1]}`);
  await context.close();
});

// ---- the one-line embed in a host page ----------------------------------------------------------
fs.writeFileSync(path.join(site, "embed-claim.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>t</title></head><body style="margin:0">
<div style="max-width:640px;margin:0 auto"><p>Host page.</p>
<a class="debatelens-link" href="index.html?debate=nato-guarantees-2021">Explore the debate</a><script src="embed.js" data-debate="nato-guarantees-2021" data-claim="${content.claims[7].id}" data-view="claims" data-theme="auto" async></script>
</div></body></html>`);

// The example article, with more text above the embed than any viewport plus the lazy-load margin.
fs.writeFileSync(path.join(site, "embed-lazy.html"),
  fs.readFileSync(path.join(site, "example-article.html"), "utf8").replace('class="spacer"', 'class="spacer" style="height:3000px"'));

const widgetFrame = async (page) => {
  const handle = await page.waitForSelector("iframe.debatelens-embed[src]", { timeout: 10000 });
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => window.Module && Module.debatelens_state && Module.debatelens_state().frames >= 2, null, { timeout: 30000 });
  return { handle, frame };
};

await t.test("embed: lazy until scrolled near, then sized by the widget and following the column", async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (!/GPU stall due to ReadPixels/.test(m.text()) && (m.type() === "error" || m.type() === "warning")) problems.push(m.text()); });
  await page.goto(base + "embed-lazy.html");
  await page.waitForSelector("iframe.debatelens-embed");
  // Two rendered frames: the lazy-load observer has looked at the page by then.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert(!(await page.$eval("iframe.debatelens-embed", (f) => f.getAttribute("src"))), "the iframe loaded before it was near the viewport");
  await page.$eval(".debatelens-holder", (h) => h.scrollIntoView());
  const { handle } = await widgetFrame(page);
  // The frame takes the text column's width, and the height the layout rule gives for it.
  const fits = async (label) => {
    const [column, width] = await handle.evaluate((f) => [document.querySelector("article").clientWidth, f.clientWidth]);
    assert(width === column, `${label}: frame ${width} px wide in a ${column} px column`);
    await page.waitForFunction((h) => document.querySelector("iframe.debatelens-embed").getBoundingClientRect().height === h,
                               preferredHeight(column), { timeout: 5000 }).catch(() => {});
    const height = await handle.evaluate((f) => f.getBoundingClientRect().height);
    assert(height === preferredHeight(column), `${label}: ${height} px high for a ${column} px column, wanted ${preferredHeight(column)}`);
    return column;
  };
  const wide = await fits("desktop");
  assert(wide > 600 && wide <= 680, `the text column is ${wide} px`);
  // A narrow window: one column, the frame narrower and, by the rule, taller.
  await page.setViewportSize({ width: 380, height: 800 });
  assert(await fits("phone") < 400, "the column did not narrow");
  assert(problems.length === 0, `console: ${problems.join(" | ")}`);
  await context.close();
});

await t.test("embed: the wheel scrolls the article unless the widget can use it", async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  await page.goto(base + "embed-lazy.html");
  await page.$eval(".debatelens-holder", (h) => h.scrollIntoView());
  const { handle, frame } = await widgetFrame(page);
  await restingScroll(page, frame);
  const box = await handle.boundingBox();
  // Over the widget's header (nothing there scrolls): the page scrolls.
  await page.mouse.move(box.x + 40, box.y + 30);
  let before = await restingScroll(page, frame);
  await page.mouse.wheel(0, 200);
  let after = await restingScroll(page, frame);
  assert(after > before, `page did not scroll over the header (${before} -> ${after})`);
  // Over the overview text, which can scroll further down: the widget takes the wheel, and its text moves.
  const b2 = await handle.boundingBox();
  await page.mouse.move(b2.x + b2.width / 2, b2.y + b2.height * 0.6);
  before = await restingScroll(page, frame);
  const textClip = { x: b2.x, y: b2.y + 100, width: b2.width, height: 300 };
  const shotBefore = await page.screenshot({ clip: textClip });
  await page.mouse.wheel(0, 120);
  after = await restingScroll(page, frame);
  assert(after === before, `page scrolled while the widget's view could scroll (${before} -> ${after})`);
  assert(pictureDifference(shotBefore, await page.screenshot({ clip: textClip })) > 1, "the overview did not scroll under the wheel");
  await context.close();
});

await t.test("embed on a phone: a swipe scrolls the article unless the widget can use it; taps still select", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 740 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (!/GPU stall due to ReadPixels/.test(m.text()) && (m.type() === "error" || m.type() === "warning")) problems.push(m.text()); });
  await page.goto(base + "example-article.html");
  await page.$eval(".debatelens-holder", (h) => h.scrollIntoView());
  const { handle, frame } = await widgetFrame(page);
  // Room to scroll the article both ways, with the widget on screen.
  await page.evaluate(() => scrollBy(0, -250));
  await restingScroll(page, frame);
  const scrollY = () => page.evaluate(() => scrollY);
  const widgetState = () => frame.evaluate(() => Module.debatelens_state());
  const swipe = (x, y, dy) => touchSwipe(context, page, x, y, dy);
  assert(await frame.evaluate(() => getComputedStyle(document.getElementById("canvas")).touchAction) === "pan-y",
         "embedded, the canvas should let the browser pan vertically");

  // Over the overview's text, which can scroll further down: the swipe scrolls the text, not the article.
  let box = await handle.boundingBox();
  const textClip = { x: box.x, y: box.y + 100, width: box.width, height: 300 };
  const shotBefore = await page.screenshot({ clip: textClip });
  let before = await scrollY();
  await swipe(box.x + box.width / 2, box.y + box.height * 0.6, -120);
  let after = await scrollY();
  assert(after === before, `the article scrolled while the widget's view could (${before} -> ${after})`);
  const shotAfter = await page.screenshot({ clip: textClip });
  assert(pictureDifference(shotBefore, shotAfter) > 1, "the overview did not scroll under the finger");

  // Over the widget's header, which cannot scroll: the article scrolls (the frame chains it to the page).
  before = await scrollY();
  await swipe(box.x + 40, box.y + 25, -120);
  after = await scrollY();
  assert(after > before + 50, `the article did not scroll under a swipe over the header (${before} -> ${after})`);

  // The map, not engaged: a vertical swipe is the article's.
  await frame.evaluate(() => { location.hash = "view=map"; });
  await frame.waitForFunction(() => Module.debatelens_state().view === "map" && Module.debatelens_state().map_nodes.length > 0, null, { timeout: 5000 });
  await settle(frame);
  box = await handle.boundingBox();
  const onScreen = (n) => n.x > 0 && n.w > 8 && n.x + n.w < box.width && n.y > 0 && n.y + n.h < box.height && box.y + n.y > 0 && box.y + n.y + n.h < 740;
  let s = await widgetState();
  let node = s.map_nodes.find(onScreen);
  assert(node, `no claim box on screen: ${JSON.stringify(s.map_nodes.slice(0, 3))} in ${JSON.stringify(box)}`);
  before = await scrollY();
  await swipe(box.x + node.x + node.w / 2, box.y + node.y + node.h / 2, 60);
  after = await scrollY();
  assert(after < before, `the article did not scroll under a swipe over a map not clicked into (${before} -> ${after})`);

  // A tap on a claim selects it, and engages the map: then a swipe pans the map, the article stays.
  box = await handle.boundingBox();
  s = await widgetState();
  node = s.map_nodes.find(onScreen);
  await page.touchscreen.tap(box.x + node.x + node.w / 2, box.y + node.y + node.h / 2);
  await frame.waitForFunction((id) => Module.debatelens_state().selected_claim === id, node.id, { timeout: 5000 }).catch(() => {});
  await settle(frame);
  s = await widgetState();
  assert(s.selected_claim === node.id, `tapped ${node.id}, selected ${s.selected_claim}`);
  const at = s.map_nodes.find((n) => n.id === node.id);
  assert(at, `the selected claim is not drawn: ${JSON.stringify(s.map_nodes)}`);
  before = await scrollY();
  await swipe(box.x + at.x + at.w / 2, box.y + at.y + at.h / 2, 60);
  after = await scrollY();
  assert(after === before, `the article scrolled under a swipe over the engaged map (${before} -> ${after})`);
  const moved = (await widgetState()).map_nodes.find((n) => n.id === node.id);
  assert(moved && Math.abs(moved.y - at.y - 60) < 12, `the map did not pan with the finger: ${at.y} -> ${moved && moved.y}`);
  await page.screenshot({ path: path.join(out, "web-embed-touch-map.png") });
  assert(problems.length === 0, `console: ${problems.join(" | ")}`);
  await context.close();
});

await t.test("full page on a phone: every touch stays the widget's, a swipe pans the map at once", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(base + "#view=map");
  await waitForWidget(page, 2);
  await settle(page);
  assert(await page.evaluate(() => getComputedStyle(document.getElementById("canvas")).touchAction) === "none", "touch-action changed");
  const node = (await state(page)).map_nodes.find((n) => n.x > 0 && n.y > 0 && n.x + n.w < 390 && n.y + n.h < 740 && n.w > 8);
  assert(node, "no claim box on screen");
  await touchSwipe(context, page, node.x + node.w / 2, node.y + node.h / 2, 60);
  const moved = (await state(page)).map_nodes.find((n) => n.id === node.id);
  assert(moved && Math.abs(moved.y - node.y - 60) < 12, `the map did not pan with the finger: ${node.y} -> ${moved && moved.y}`);
  await context.close();
});

await t.test("embed: data-claim deep-links the claim; theme auto follows the reader's dark mode and the page's switch", async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 }, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(base + "embed-claim.html");
  const { frame } = await widgetFrame(page);
  let s = await frame.evaluate(() => Module.debatelens_state());
  assert(s.selected_claim === content.claims[7].id, `selected ${s.selected_claim}`);
  const links = await page.$$eval("a.debatelens-link", (as) => as.map((a) => a.parentElement.className));
  assert(links.length === 1 && links[0] === "debatelens-holder", `the snippet's link was not kept under the frame: ${links}`);
  assert(s.theme === "dark", `theme ${s.theme} under prefers-color-scheme: dark`);
  const handle = await page.$("iframe.debatelens-embed");
  const corner = async () => pixelAt(decodePng(await handle.screenshot()), 3, 3);
  await settle(frame);
  assert(isBackground(await corner(), "dark"), `the frame's corner is ${await corner()}, not the dark background`);
  await page.evaluate(() => document.documentElement.classList.add("light"));
  await frame.waitForFunction(() => Module.debatelens_state().theme === "light", null, { timeout: 5000 });
  await settle(frame);
  assert(isBackground(await corner(), "light"), `after the page's switch the frame's corner is ${await corner()}`);
  await context.close();
  const light = await browser.newContext({ viewport: { width: 900, height: 900 }, colorScheme: "light" });
  const p2 = await light.newPage();
  await p2.goto(base + "embed-claim.html");
  const w2 = await widgetFrame(p2);
  s = await w2.frame.evaluate(() => Module.debatelens_state());
  assert(s.theme === "light", `theme ${s.theme} under prefers-color-scheme: light`);
  await light.close();
});

await t.test("embed: with scripts blocked the snippet's link is what readers get", async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 600 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base + "embed-claim.html");
  const href = await page.$eval("a.debatelens-link", (a) => a.href);
  assert(href.endsWith("index.html?debate=nato-guarantees-2021"), `link ${href}`);
  assert((await page.$$("iframe")).length === 0, "an iframe appeared without scripts");
  await context.close();
});

// A host page on another origin than the widget's (localhost; the widget is on 127.0.0.1), as a news
// site embeds it: the snippet, then two frames that are not the widget: one from the widget's origin,
// one from the host's. Messages are forged from each (playwright evaluates code in a frame as that frame).
fs.writeFileSync(path.join(site, "blank.html"), "<!doctype html><title>not the widget</title>");
fs.writeFileSync(path.join(site, "embed-foreign.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head>
<body style="margin:0"><div style="width:700px"><p>Host page.</p>
<script src="${base}embed.js" data-debate="nato-guarantees-2021" data-theme="auto" async></script></div>
<iframe id="widget-origin" src="${base}blank.html"></iframe><iframe id="host-origin" src="${other}blank.html"></iframe></body></html>`);

// Posts `message` from `sender` (a frame or page) to `target` ("parent", "self", or the n-th frame of
// the top page), then a marker after it from the same sender; resolves once the marker has arrived at
// `receiver`, so the forged message has been handled (messages from one sender to one window arrive in order).
async function forge(sender, receiver, message, target = "parent") {
  await receiver.evaluate(() => { window.markerArrived = new Promise((r) => addEventListener("message", (e) => e.data === "marker" && r())); });
  await sender.evaluate(([m, to]) => {
    const w = to === "parent" ? parent : to === "self" ? window : top.frames[to];
    w.postMessage(m, "*");
    w.postMessage("marker", "*");
  }, [message, target]);
  await receiver.evaluate(() => Promise.race([window.markerArrived, new Promise((_, no) => setTimeout(() => no(new Error("the marker did not arrive")), 10000))]));
}

await t.test("embed on another site: messages from other origins, other frames or of the wrong shape are ignored", async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 1000 }, colorScheme: "light" });
  const page = await context.newPage();
  await page.goto(other + "embed-foreign.html");
  const { handle, frame } = await widgetFrame(page);
  const height = () => handle.evaluate((f) => f.getBoundingClientRect().height);
  const theme = async () => (await frame.evaluate(() => Module.debatelens_state())).theme;
  // The real messages do arrive across the origins: the height, and the host's switch to dark.
  await page.waitForFunction((h) => document.querySelector("iframe.debatelens-embed").getBoundingClientRect().height === h,
                             preferredHeight(700), { timeout: 5000 }).catch(() => {});
  assert(await height() === preferredHeight(700), `height ${await height()}, wanted ${preferredHeight(700)} for a 700 px column`);
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await frame.waitForFunction(() => Module.debatelens_state().theme === "dark", null, { timeout: 5000 });
  const fromWidgetOrigin = page.frames().find((f) => f.url() === base + "blank.html");
  const fromHostOrigin = page.frames().find((f) => f.url() === other + "blank.html");
  assert(fromWidgetOrigin && fromHostOrigin, "the two other frames did not load");

  // To the host's embed.js: a height from the host itself (not the widget's origin), from a frame of the
  // widget's origin that is not the widget, and malformed heights from the widget.
  await forge(page, page, { type: "debatelens:height", height: 3000 }, "self");
  await forge(fromWidgetOrigin, page, { type: "debatelens:height", height: 3000 });
  await forge(frame, page, { type: "debatelens:height", height: "3000px" });
  await forge(frame, page, { type: "debatelens:height", height: 90000 });
  await forge(frame, page, "debatelens:height 3000");
  assert(await height() === preferredHeight(700), `height changed by a forged message: ${await height()}`);
  // To the widget's shell: a theme from a frame of the host's origin that is not the host, and from one
  // of the widget's own origin.
  const widgetIndex = await page.evaluate(() => Array.from({ length: frames.length }, (_, i) => frames[i])
    .indexOf(document.querySelector("iframe.debatelens-embed").contentWindow));
  await forge(fromHostOrigin, frame, { type: "debatelens:theme", dark: false }, widgetIndex);
  await forge(fromWidgetOrigin, frame, { type: "debatelens:theme", dark: false }, widgetIndex);
  await forge(page, frame, { type: "debatelens:theme", dark: "no" }, widgetIndex);
  assert(await theme() === "dark", "the theme changed by a message that did not come from the host page");

  // The widget's frame itself, navigated to another origin: its window is still the frame's, but a
  // height from there is not the widget's.
  await frame.evaluate((url) => { location.href = url; }, other + "blank.html").catch(() => {});  // its context goes with it
  await page.waitForFunction(([i, url]) => { try { return frames[i].location.href === url; } catch (e) { return false; } },
                             [widgetIndex, other + "blank.html"]);
  const navigated = page.frames().find((f) => f.parentFrame() === page.mainFrame() && f.url() === other + "blank.html" && f !== fromHostOrigin);
  assert(navigated, "the widget's frame did not navigate");
  await forge(navigated, page, { type: "debatelens:height", height: 3000 });
  assert(await height() === preferredHeight(700), `height changed by the navigated frame: ${await height()}`);
  await context.close();
});

await t.test("embedded by a page that names another site as the embedder: the page's theme messages are ignored", async () => {
  // A page on the widget's own origin frames the widget, claiming (embed=) to be the localhost site.
  fs.writeFileSync(path.join(site, "embed-lying.html"), `<!doctype html><title>t</title><body style="margin:0">
<iframe style="width:700px;height:700px;border:0" src="index.html?debate=nato-guarantees-2021&theme=light&embed=${encodeURIComponent(other.slice(0, -1))}"></iframe>`);
  const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
  const page = await context.newPage();
  await page.goto(base + "embed-lying.html");
  const frame = await (await page.waitForSelector("iframe")).contentFrame();
  await frame.waitForFunction(() => window.Module && Module.debatelens_state && Module.debatelens_state().frames >= 2, null, { timeout: 30000 });
  await forge(page, frame, { type: "debatelens:theme", dark: true }, 0);
  const s = await frame.evaluate(() => Module.debatelens_state());
  assert(s.theme === "light", "a theme message from a parent that is not the named embedder was obeyed");
  await context.close();
});

await t.test("embed: data-theme on the host's <html> sets the theme, and a change on the live page follows", async () => {
  fs.writeFileSync(path.join(site, "embed-data-theme.html"), `<!doctype html><html lang="en" data-theme="dark"><head><meta charset="utf-8"><title>t</title></head>
<body style="margin:0"><div style="max-width:640px"><script src="embed.js" data-debate="nato-guarantees-2021" data-theme="auto" async></script></div></body></html>`);
  // The reader's system says light: the page's own attribute must win.
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  await page.goto(base + "embed-data-theme.html");
  const { handle, frame } = await widgetFrame(page);
  await settle(frame);
  assert((await frame.evaluate(() => Module.debatelens_state())).theme === "dark", "data-theme=\"dark\" was not followed");
  const corner = async () => pixelAt(decodePng(await handle.screenshot()), 3, 3);
  assert(isBackground(await corner(), "dark"), `the frame's corner is ${await corner()}, not the dark background`);
  await page.evaluate(() => { document.documentElement.dataset.theme = "light"; });
  await frame.waitForFunction(() => Module.debatelens_state().theme === "light", null, { timeout: 5000 });
  await settle(frame);
  assert(isBackground(await corner(), "light"), `after the switch the frame's corner is ${await corner()}`);
  await context.close();
});

await t.test("AMP: a frame of the page answers with embed-size messages for its width", async () => {
  // As <amp-iframe resizable> frames it: no embed.js, no embed= parameter.
  fs.writeFileSync(path.join(site, "amp-host.html"), `<!doctype html><title>amp</title><body style="margin:0">
<iframe id="amp" style="width:1000px;height:500px;border:0" src="${base}index.html?debate=nato-guarantees-2021"></iframe>
<script>window.sizes = []; addEventListener("message", (e) => { if (e.data && e.data.sentinel === "amp") sizes.push([e.origin, e.data.type, e.data.height]); });</script>`);
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  await page.goto(other + "amp-host.html");
  const sized = (h) => page.waitForFunction((want) => sizes.some((s) => s[2] === want), h, { timeout: 10000 }).then(() => true, () => false);
  assert(await sized(preferredHeight(1000)), `no embed-size of ${preferredHeight(1000)}: ${JSON.stringify(await page.evaluate(() => sizes))}`);
  const first = await page.evaluate(() => sizes[0]);
  assert(first[0] === base.slice(0, -1) && first[1] === "embed-size", `message ${JSON.stringify(first)}`);
  await page.evaluate(() => { document.getElementById("amp").style.width = "380px"; });
  assert(await sized(preferredHeight(380)), `no embed-size of ${preferredHeight(380)} after narrowing: ${JSON.stringify(await page.evaluate(() => sizes))}`);
  await context.close();
});

await t.test("every view draws at 360, 768, 1280 and 1920 px, light and dark", async () => {
  for (const [w, h] of [[360, 640], [768, 1024], [1280, 800], [1920, 1080]]) {
    for (const view of ["overview", "positions", "claims", "map", "article", "timeline"]) {
      const theme = (w + view.length) % 2 ? "dark" : "light";
      const { page, context, problems } = await open(base + `?theme=${theme}#view=${view}&claim=${content.claims[4].id}`, { width: w, height: h });
      await settle(page, 300);
      const s = await state(page);
      const file = path.join(out, `views/${view}-${w}x${h}-${theme}.png`);
      const png = decodePng(await page.screenshot({ path: file }));
      await context.close();
      assert(s.theme === theme, `${view} ${w}: theme ${s.theme}`);
      assert(s.view === view && s.selected_claim === content.claims[4].id, `${view} ${w}: view ${s.view}, claim ${s.selected_claim}`);
      assert(s.wide === w >= 1000, `${view} ${w}: wide ${s.wide}`);  // the README: one tab bar under about 1000 px
      const ink = inkRatio(png);
      assert(ink.ink > 0.02 && ink.colours > 40, `${view} ${w}: looks blank ${JSON.stringify(ink)}`);
      // (Inside the page's 3 px focus ring around the canvas.)
      assert(isBackground(pixelAt(png, 8, h - 8), theme), `${view} ${w}: corner ${pixelAt(png, 8, h - 8)} is not the ${theme} background`);
      // Wide, the trace of the selected claim stands on the left: its text is there, in the theme's ink.
      if (s.wide) assert(inkShare(png, 24, 130, 470, 300, theme) > 0.02, `${view} ${w}: no text in the trace pane`);
      if (view === "map") {
        const problem = selectedBoxProblem(png, s);
        assert(!problem, `${view} ${w}: ${problem}`);
      }
      assert(problems.length === 0, `${view} ${w}: console ${problems.join(" | ")}`);
    }
  }
});

await browser.close();
for (const res of held) res.destroy();
server.close();
process.exit(t.finish());
