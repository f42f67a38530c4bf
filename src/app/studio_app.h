// The Studio's side of the app (Studio builds only, DL_STUDIO): the DebateDocument being edited,
// the edit requests and commands the panels hand back applied to it (the views never change the
// debate), re-preparing after each change, Save, autosave and recovery, and closing with unsaved work.
#pragma once

#include "app/app.h"
#include "model/edit.h"
#include "model/json_writer.h"
#include "model/recovery.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dl {

struct StudioSession {
    std::unique_ptr<DebateDocument> document;
    std::unique_ptr<RecoveryStore> recovery;  // null: no autosave (no usable state folder)
    int untitled = 0;                         // the document's number while it has no path (a new draft)
    int64_t autosave_every = 5;               // seconds between autosaves while there are unsaved edits
    int64_t last_autosave = 0;
    uint64_t autosaved_generation = 0;        // the document's generation the last autosave holds
    std::vector<RecoveryEntry> offers;        // autosaves found at start, offered back (newest first)
    // Unsaved edits, and something asked that would drop them: closing the window, or another file
    // (picked, dropped, or an article for a new draft) replacing the document. The dialog asks first.
    bool confirm_close = false;
    struct PendingOpen {
        std::string path;
        bool article = false;
    };
    std::optional<PendingOpen> pending_open;
    // The question's Save on an untitled draft, natively: the Save-as row asks for its file, and what
    // was asked (closing, or the other file) follows once that save succeeds; closing the row drops it.
    struct AfterSave {
        bool quit = false;
        std::optional<PendingOpen> open;
    };
    std::optional<AfterSave> after_save;
    std::string message;                      // what the last command did, or why it was refused
};

// Starts the Studio on `path` (a debate file, or "" for the first one the app loaded). A file with
// semantic problems opens too (LoadResult::editable): the Studio is where they get fixed. Autosaves
// under `recovery_folder` ("" : none) are offered back.
bool StartStudio(AppState& app, const std::string& path, const std::string& recovery_folder);
// Opens a file the platform handed in (picked or dropped) as the document, or, when `article`,
// makes a new draft from it; with unsaved changes, only after the user has said to save or discard them.
void StudioOpenFile(AppState& app, const std::string& path, bool article);
// A file the platform could not hand in (too large, unreadable): said in the toolbar and announced;
// the document stays as it is.
void StudioFileProblem(AppState& app, const std::string& label, const std::string& message);
// The document's state for the panels (StudioStatus), before the frame is drawn.
void StudioBeforeFrame(AppState& app);
// The edits and commands of a frame's action, in order; then re-prepares the debate if it changed.
void ApplyStudioAction(AppState& app, const UiAction& action);
// Autosaves when there are unsaved edits and `autosave_every` seconds went by since the last one.
void StudioTick(AppState& app, int64_t unix_time);
// The Studio's part of the state for tests and the status file: dirty, path, the undo and redo
// steps, the words selected, the item edited, the number of problems, the last message.
void WriteStudioState(const AppState& app, JsonWriter& j);
// The window was asked to close: true when it may (nothing unsaved), else the dialog asks first.
bool StudioMayClose(AppState& app);

}  // namespace dl
