// A small static file server for dist/web on 127.0.0.1 (correct wasm MIME type, no caching,
// gzip when asked). Used by the run command and by the browser tests.
//   node scripts/serve.mjs DIR [PORT]   (PORT 0 picks a free one; the URL is printed)
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm", ".data": "application/octet-stream", ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml", ".ttf": "font/ttf", ".txt": "text/plain; charset=utf-8",
};

// Each file is compressed once per version, as a static server or CDN serves pre-compressed files:
// compressing the 650 KB module again for every request held each page load up by some 30 ms.
const gzipCache = new Map();  // path -> { key, body }
function compressed(file, body) {
  const key = body.length + ":" + fs.statSync(file).mtimeMs;
  const hit = gzipCache.get(file);
  if (hit && hit.key === key) return hit.body;
  const gz = zlib.gzipSync(body, { level: 6 });
  gzipCache.set(file, { key, body: gz });
  return gz;
}

// `routes` maps a path to the address it answers 302 with, or to a function (req, res) that answers
// it (tests use them for redirect policies and for servers that stall).
export function startServer(root, port = 0, host = "127.0.0.1", routes = {}) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let rel;
    try { rel = decodeURIComponent(new URL(req.url, "http://x").pathname); } catch { res.writeHead(400).end(); return; }
    if (Object.prototype.hasOwnProperty.call(routes, rel)) {
      const route = routes[rel];
      if (typeof route === "function") route(req, res);
      else res.writeHead(302, { Location: route, "Cache-Control": "no-store" }).end();
      return;
    }
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.resolve(base, "." + rel);
    if (file !== base && !file.startsWith(base + path.sep)) { res.writeHead(403).end(); return; }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, { "Content-Type": "text/plain" }).end("not found"); return; }
      const headers = { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" };
      if (/\bgzip\b/.test(req.headers["accept-encoding"] || "") && !/\.(png)$/.test(file)) {
        body = compressed(file, body);
        headers["Content-Encoding"] = "gzip";
      }
      headers["Content-Length"] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || "dist/web";
  const port = Number(process.argv[3] || 8080);
  const server = await startServer(root, port);
  console.log(`DebateLens is served at http://127.0.0.1:${server.address().port}/  (Ctrl+C stops)`);
}
