// Shared helpers for the browser tests and benchmarks: headless Debian Chromium through
// playwright-core, the static server, PNG decoding for "is anything drawn" checks.
import zlib from "node:zlib";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

export { startServer };

// The browser's own pages that Chromium (156 and later) starts for every new context:
// the omnibox popup's WebUI, preloaded in a renderer of its own. In a reader's browser that
// happens once, when the window opens; here every test and every bench page gets a fresh
// context, so on this 2-core machine it ran beside each page load and took a core from it
// (the first draw's median was 303 ms with it and 217 ms without, interleaved, 15 pages each).
const browserUiFeaturesOff = ["PreloadTopChromeWebUI", "WebUIOmniboxPopup", "WebUIOmniboxFullPopup", "WebUIOmniboxAimPopup"];

// Playwright gives every launch a fresh temporary profile. Flags that give WebGL2 through SwiftShader in headless Chromium on this machine.
export async function launchChromium() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
           `--disable-features=${browserUiFeaturesOff.join(",")}`],
  });
  return browser;
}

// Decodes an 8-bit RGB/RGBA PNG (what Chromium writes) into {width, height, channels, pixels}.
export function decodePng(buf) {
  let pos = 8, width = 0, height = 0, colorType = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos), type = buf.toString("ascii", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") { width = data.readUInt32BE(0); height = data.readUInt32BE(4); colorType = data[9]; }
    if (type === "IDAT") idat.push(data);
    pos += 12 + len;
  }
  const channels = colorType === 6 ? 4 : 3;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels, out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)], src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels] : 0, b = y ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y ? out[(y - 1) * stride + x - channels] : 0;
      let v = src[x];
      if (f === 1) v += a; else if (f === 2) v += b; else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      out[y * stride + x] = v & 255;
    }
  }
  return { width, height, channels, pixels: out };
}

// How much of the picture differs from its most common colour: 0 for a blank canvas.
export function inkRatio(png) {
  const { pixels, channels } = png, counts = new Map();
  const n = pixels.length / channels;
  for (let i = 0; i < pixels.length; i += channels) {
    const k = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  let top = 0;
  for (const v of counts.values()) top = Math.max(top, v);
  return { ink: 1 - top / n, colours: counts.size };
}

// The RGB of one pixel, and its grey level (0-255).
export function pixelAt(png, x, y) {
  const i = (Math.round(y) * png.width + Math.round(x)) * png.channels;
  return [png.pixels[i], png.pixels[i + 1], png.pixels[i + 2]];
}
export const grey = ([r, g, b]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

// Waits until the widget reports at least `frames` drawn frames; returns its state.
export async function waitForWidget(page, frames = 2, timeout = 30000) {
  await page.waitForFunction((f) => window.Module && Module.debatelens_state && Module.debatelens_state().frames >= f,
                             frames, { timeout });
  return page.evaluate(() => Module.debatelens_state());
}

export const state = (page) => page.evaluate(() => Module.debatelens_state());

// A tiny test runner that ends with "N passed, N failed". A run in which no test ran fails.
export function makeRunner() {
  const results = [];
  // E2E_ONLY=words runs only the tests whose names contain them (while working on one by hand): the
  // run then says it was partial. CTest and scripts/test.sh clear it.
  const only = process.env.E2E_ONLY || "";
  let declared = 0;
  return {
    async test(name, fn) {
      declared++;
      if (only && !name.includes(only)) return;
      const t0 = Date.now();
      try { await fn(); results.push([name, null]); console.log(`ok   ${name} (${Date.now() - t0} ms)`); }
      catch (e) { results.push([name, e]); console.log(`FAIL ${name}: ${e && e.stack || e}`); }
    },
    finish() {
      const failed = results.filter((r) => r[1]).length;
      if (only) console.log(`PARTIAL RUN: E2E_ONLY=${JSON.stringify(only)} selected ${results.length} of ${declared} tests`);
      if (results.length === 0) console.log("FAIL no test ran");
      console.log(`${results.length - failed} passed, ${failed} failed`);
      return failed || results.length === 0 ? 1 : 0;
    },
  };
}

export function assert(cond, message) { if (!cond) throw new Error(message); }
