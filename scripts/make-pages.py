#!/usr/bin/env python3
# Makes the two web pages from the one shell (build-wasm.sh runs it): index.html, the reader's page,
# with the debate's text version inside; studio.html, the Studio's, on its own wasm with the Studio's
# script (studio-page.js) and no text version. Both get the content policy inline (one request fewer
# before the widget can start) and their scripts minified by the Closure Compiler (simple mode:
# names the runtime and the tests use stay).
#   make-pages.py SHELL TEXT_VERSION CONTENT_POLICY STUDIO_SCRIPT DIST CLOSURE
import re
import subprocess
import sys
import tempfile

shell, export, policy, studio = (open(p, encoding="utf-8").read() for p in sys.argv[1:5])
dist, closure = sys.argv[5], sys.argv[6]
body = export.split("<main>\n", 1)[1].split("</main>", 1)[0]
tag = '<script src="content-policy.js"></script>'
assert tag in shell and "</script" not in policy and "</script" not in studio


def minify(m):
    with tempfile.NamedTemporaryFile("w", suffix=".js", encoding="utf-8", delete=False) as f:
        f.write(m.group(1))
    js = subprocess.run([closure, "--compilation_level", "SIMPLE", "--language_in", "ECMASCRIPT_2020", "--language_out",
                         "ECMASCRIPT_2020", "--js", f.name], check=True, capture_output=True, text=True).stdout
    assert "</script" not in js
    return "<script>" + js.strip() + "</script>"


def page(text_version, script, module, title):
    p = shell.replace("<!--DEBATELENS_TEXT_VERSION-->", text_version).replace(tag, "<script>\n" + policy.strip() + "\n</script>")
    p = p.replace("<!--DEBATELENS_PAGE_SCRIPT-->\n", script)
    if module != "debatelens":
        # The module's three files, by name: the preload and the loader (.js), the preloads, the
        # early fetches and their fallback (.wasm, .data).
        for ext, uses in ((".js", 2), (".wasm", 3), (".data", 3)):
            assert p.count('"debatelens' + ext + '"') == uses, ext
            p = p.replace('"debatelens' + ext + '"', '"' + module + ext + '"')
        p = p.replace("<title>DebateLens</title>", "<title>" + title + "</title>")
    return re.sub(r"<script>(.*?)</script>", minify, p, flags=re.S)


with open(dist + "/index.html", "w", encoding="utf-8") as f:
    f.write(page(body, "", "debatelens", "DebateLens"))
with open(dist + "/studio.html", "w", encoding="utf-8") as f:
    f.write(page("<p>The DebateLens Studio needs a browser with WebAssembly and WebGL 2.</p>\n",
                 "<script>\n" + studio + "</script>\n", "debatelens_studio", "DebateLens Studio"))
