/* Which debate files a DebateLens page may load through ?content=URL.
 * A news site's widget must not be pointable at someone else's fake quotes: only the page's own
 * origin is allowed, plus origins the host lists explicitly in the page:
 *   <meta name="debatelens-allowed-origins" content="https://data.example.org https://cdn.example.org">
 * Works in the browser (window.DebateLensContentPolicy) and in node (globalThis) for tests.
 */
(function (root) {
  "use strict";

  // Origins from the meta tag's space-separated list; anything that is not a plain http(s) origin is ignored.
  function parseAllowedOrigins(list) {
    const out = [];
    for (const token of String(list || "").split(/\s+/)) {
      if (!token) continue;
      try {
        const u = new URL(token);
        if ((u.protocol === "https:" || u.protocol === "http:") && !u.username && !u.password && (u.pathname === "/" || u.pathname === ""))
          out.push(u.origin);
      } catch (e) { /* not a URL: ignored */ }
    }
    return out;
  }

  // Returns {ok: true, url} or {ok: false, reason}.
  function checkContentUrl(raw, pageHref, allowedOrigins) {
    if (typeof raw !== "string" || raw.trim() === "") return { ok: false, reason: "no content address was given" };
    if (raw.length > 2048) return { ok: false, reason: "the content address is too long" };
    let page, url;
    try { page = new URL(pageHref); } catch (e) { return { ok: false, reason: "the page address is not understood" }; }
    try { url = new URL(raw, page); } catch (e) { return { ok: false, reason: "the content address is not a valid URL" }; }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      return { ok: false, reason: "only http and https content addresses are allowed (" + url.protocol + " refused)" };
    if (url.username || url.password) return { ok: false, reason: "content addresses with credentials are refused" };
    const allowed = [page.origin].concat(allowedOrigins || []);
    if (allowed.indexOf(url.origin) < 0)
      return { ok: false, reason: "refused: " + url.origin + " is not this site (" + page.origin +
                                  ") and is not in the page's list of allowed origins" };
    return { ok: true, url: url.href };
  }

  // The largest debate or article file the model reads (LoadLimits::max_file_bytes, checked equal by
  // web_e2e): a page reads no more than this of a download or a picked file, so a huge one is refused
  // with a message rather than copied whole into the module's memory.
  var maxFileBytes = 32 * 1024 * 1024;

  root.DebateLensContentPolicy = { checkContentUrl: checkContentUrl, parseAllowedOrigins: parseAllowedOrigins, maxFileBytes: maxFileBytes };
})(typeof window !== "undefined" ? window : globalThis);
