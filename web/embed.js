/* DebateLens one-line embed:
 *   <a class="debatelens-link" href="https://HOST/PATH/index.html?debate=ID">Explore the debate</a><script
 *      src="https://HOST/PATH/embed.js" data-debate="ID" data-claim="CLAIM-ID" data-view="positions"
 *      data-theme="auto|light|dark" async></script>
 * The link is what readers see where scripts are blocked; the script puts the widget in its place.
 * Inserts a responsive iframe where the script stands, loads it when it nears the viewport, sizes
 * its height from the widget's messages (checking who sent them) and follows the page's dark mode
 * when data-theme="auto". If scripts are blocked, the link the script replaces stays visible.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var base = new URL(".", script.src);
  var widgetOrigin = base.origin;
  var d = script.dataset;
  var idPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
  var debate = idPattern.test(d.debate || "") ? d.debate : "";
  var claim = idPattern.test(d.claim || "") ? d.claim : "";
  var view = /^(overview|positions|claims|map|article|timeline)$/.test(d.view || "") ? d.view : "";
  var theme = /^(light|dark|auto)$/.test(d.theme || "") ? d.theme : "auto";

  function pageIsDark() {
    if (theme !== "auto") return theme === "dark";
    var root = document.documentElement;
    if (/\bdark\b/.test(root.className) || root.dataset.theme === "dark") return true;
    if (/\blight\b/.test(root.className) || root.dataset.theme === "light") return false;
    return !!(window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
  }

  function widgetUrl() {
    var q = new URLSearchParams();
    if (debate) q.set("debate", debate);
    q.set("theme", pageIsDark() ? "dark" : "light");
    q.set("embed", location.origin);
    var hash = [];
    if (claim) hash.push("claim=" + claim);
    if (view) hash.push("view=" + view);
    return base.href + "index.html?" + q.toString() + (hash.length ? "#" + hash.join("&") : "");
  }

  var frame = document.createElement("iframe");
  frame.title = "DebateLens: interactive explainer of the debate";
  frame.setAttribute("loading", "lazy");
  frame.setAttribute("allow", "clipboard-write");
  frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
  frame.style.cssText = "display:block;width:100%;border:0;height:640px;max-width:100%;color-scheme:normal";
  frame.className = "debatelens-embed";

  // A link to the full-page version stays next to the frame for readers and crawlers: the
  // snippet's own link when it has one (moved under the frame), otherwise a new one.
  var prev = script.previousElementSibling;
  var link = prev && prev.tagName === "A" && /\bdebatelens-link\b/.test(prev.className) ? prev : document.createElement("a");
  link.href = base.href + "index.html" + (debate ? "?debate=" + debate : "");
  if (!link.textContent) link.textContent = "Open the debate explainer in its own page";
  link.style.cssText = "display:block;font-size:14px;margin:4px 0 0";
  link.target = "_blank";
  link.rel = "noopener noreferrer";

  var holder = document.createElement("div");
  holder.className = "debatelens-holder";
  holder.appendChild(frame);
  holder.appendChild(link);
  script.parentNode.insertBefore(holder, script);

  function load() {
    if (!frame.src) frame.src = widgetUrl();
  }
  if ("IntersectionObserver" in window) {
    var io = new IntersectionObserver(function (entries) {
      for (var i = 0; i < entries.length; i++)
        if (entries[i].isIntersecting) { load(); io.disconnect(); }
    }, { rootMargin: "600px 0px" });
    io.observe(holder);
  } else {
    load();
  }

  // Height and readiness messages from the widget: only from our frame and our origin, only known shapes.
  window.addEventListener("message", function (e) {
    if (e.origin !== widgetOrigin || e.source !== frame.contentWindow) return;
    var m = e.data;
    if (!m || typeof m !== "object" || m.type !== "debatelens:height") return;
    var h = Number(m.height);
    if (isFinite(h) && h >= 200 && h <= 4000) frame.style.height = Math.round(h) + "px";
  });

  // Follow the page's theme when it changes.
  function sendTheme() {
    if (frame.contentWindow && frame.src)
      frame.contentWindow.postMessage({ type: "debatelens:theme", dark: pageIsDark() }, widgetOrigin);
  }
  if (theme === "auto") {
    if (window.matchMedia) matchMedia("(prefers-color-scheme: dark)").addEventListener("change", sendTheme);
    if ("MutationObserver" in window)
      new MutationObserver(sendTheme).observe(document.documentElement, { attributes: true, attributeFilter: ["class", "data-theme"] });
  }
})();
