// The Studio's browser storage (linked into debatelens_studio.js with --pre-js): the autosave folder
// /recovery is IndexedDB (Emscripten's IDBFS), read in before main() runs so the Recover offer sees
// earlier autosaves, and written out whenever the app says its files changed (StorageChanged).
Module["preRun"] = [].concat(Module["preRun"] || [], [function () {
  FS.mkdir("/recovery");
  FS.mount(IDBFS, {}, "/recovery");
  addRunDependency("studio-storage");
  FS.syncfs(true, function (error) {
    // Unreadable storage (private browsing, quota): the Studio runs, without earlier autosaves.
    if (error) err("The Studio could not read its autosaves from browser storage: " + error);
    removeRunDependency("studio-storage");
  });
}]);

// Writes run one at a time; a change during a write is written after it. `storagePending` counts
// the writes still to finish (tests wait for 0).
Module["storagePending"] = 0;
var studioStorageWriting = false, studioStorageAgain = false;
Module["persistStorage"] = function () {
  if (studioStorageWriting) { studioStorageAgain = true; return; }
  studioStorageWriting = true;
  Module["storagePending"]++;
  FS.syncfs(false, function (error) {
    if (error) err("The Studio could not write its autosave to browser storage: " + error);
    studioStorageWriting = false;
    Module["storagePending"]--;
    if (studioStorageAgain) { studioStorageAgain = false; Module["persistStorage"](); }
  });
};
