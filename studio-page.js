// The Studio's part of studio.html (build-wasm.sh puts it into the page made from shell.html, after
// the shell's own script): files in and out of the Studio, which the platform asks for through
// these Module hooks (platform_web.cpp), and asking before the page unloads unsaved work.
"use strict";
(function () {
  // One file input for both pickers; what it was opened for decides what the app does with the file.
  const input = document.createElement("input");
  input.type = "file";
  input.id = "studio-file";
  input.hidden = true;
  document.body.appendChild(input);
  const ACCEPT = {
    debate: ".json,.txt,.argdown,.ad,application/json,text/plain",
    article: ".txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html",
  };
  // Every format the Studio reads is text: the file is handed over as UTF-8 (the app copies it to
  // /uploads/NAME and opens it there, web_bridge.cpp's dl_file_chosen). A file too large for the
  // model (a video dropped by mistake), or one the browser cannot read, is not handed over: the
  // Studio says why and keeps the debate it has.
  function refuse(file, why) {
    const name = Module.allocateUTF8(file.name), message = Module.allocateUTF8(why);
    Module._dl_show_problem(name, message);
    Module._free(message);
    Module._free(name);
  }
  function handOver(file, article) {
    if (!Module.appRunning) return;  // a drop while the Studio loads: nothing to hand it to yet
    const limit = window.DebateLensContentPolicy.maxFileBytes;
    if (file.size > limit) {
      refuse(file, "is " + file.size + " bytes; the limit is " + limit + " (" + limit / 1048576 + " MiB)");
      return;
    }
    file.text().then((text) => {
      const name = Module.allocateUTF8(file.name);
      const size = Module.lengthBytesUTF8(text), bytes = Module._malloc(size + 1);
      Module.stringToUTF8(text, bytes, size + 1);
      Module._dl_file_chosen(name, bytes, size, article ? 1 : 0);
      Module._free(bytes);
      Module._free(name);
    }, (e) => refuse(file, "could not be read: " + e.message));
  }
  Module.pickFile = (article) => {
    input.accept = article ? ACCEPT.article : ACCEPT.debate;
    input.dataset.purpose = article ? "article" : "debate";
    input.value = "";  // the same file picked again is a new choice
    input.click();
  };
  input.addEventListener("change", () => {
    if (input.files.length) handOver(input.files[0], input.dataset.purpose === "article");
  });
  // A file dropped anywhere on the page opens as the debate.
  window.addEventListener("dragover", (e) => { e.preventDefault(); e.dataTransfer.dropEffect = "copy"; });
  window.addEventListener("drop", (e) => {
    e.preventDefault();
    if (e.dataTransfer.files.length) handOver(e.dataTransfer.files[0], false);
  });

  // Save: the canonical file the app wrote, as a download.
  Module.saveDownload = (name, bytes) => {
    const url = URL.createObjectURL(new Blob([bytes], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  };

  // The app says whether there are unsaved edits; leaving then asks first.
  let unsaved = false;
  Module.setUnsavedWork = (flag) => { unsaved = !!flag; };
  window.addEventListener("beforeunload", (e) => {
    if (!unsaved) return;
    e.preventDefault();
    e.returnValue = "";
  });
})();
