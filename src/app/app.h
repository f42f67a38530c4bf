// The one application state and the functions that wire model, views and platform together.
#pragma once

#include "model/library.h"
#include "model/load.h"
#include "model/settings.h"
#include "model/prepared.h"
#include "ui/ui_state.h"
#include "ui/views.h"

#include <memory>
#include <string>
#include <vector>

namespace dl {

struct AppState {
    std::string asset_dir;                  // fonts and bundled content
    std::vector<std::string> content_roots; // files and folders the debates come from (command line or bundled)
    std::vector<std::string> content_files; // debates the user can open, found in content_roots
    std::shared_ptr<const PreparedDebate> debate;  // last good version
    ContentStatus content;  // current file, problems of the last load attempt, the library
    FileStamp current_stamp;  // of current_file when it was last read, for live reload
    bool watch_current_file = false;  // current_file was read from disk (not handed in by a page)
    int reloads = 0;          // live reloads done (for tests)
    Settings settings;        // as read at start (native); saved at exit
    std::string settings_file;  // empty: settings are neither read nor written (web, tests, snapshots)
    int window_width = 0, window_height = 0;  // the window's size now, kept by the platform
    UiState ui;
    uint64_t frames_drawn = 0;
    bool style_dirty = true;  // theme or layout changed: restyle before the next frame
    bool styled_wide = false; // the layout the style was made for
    float dpi_scale = 1.0f;
    int scroll_request_age = 0;
    std::string last_copied;       // what the last copy action put on the clipboard
    std::string written_location;  // the fragment last mirrored to the address bar
};

// Loads (or reloads) a debate; keeps the last good version on screen when the new one is invalid.
void LoadDebateFile(AppState& app, const std::string& path);
// Opens a file the user picked or dropped, adding it to the library if it is new there.
void OpenDebateFile(AppState& app, const std::string& path);
// Lists content_roots into content_files and describes each for the Open view (reading again only
// files whose stamp changed). Returns true when the library shown changed.
bool ScanLibrary(AppState& app);
// Live reload: re-reads the open file if it changed on disk, and refreshes the library entries of
// files that changed. Returns true when something on screen may have changed.
bool PollFileChanges(AppState& app);
// Settings: read the user's (native, interactive runs only) and write them back at exit.
void ReadSettings(AppState& app, const std::string& path);
void WriteSettings(AppState& app);
void LoadDebateText(AppState& app, const std::string& text, const std::string& label);
// The deep link of what is on screen now ("claim=ID&view=map&zoom=1.50").
std::string CurrentLocation(const AppState& app);
// Applies a deep link such as "claim=sherr-no-guarantee&view=map".
void ApplyLocation(AppState& app, const std::string& fragment);
// Builds one ImGui frame (between NewFrame and Render) and applies what the user did.
UiAction AppFrame(AppState& app);
void ApplyAction(AppState& app, const UiAction& action);
// The one-line embed code for the current view and claim (web: this page's address; native: a placeholder host).
std::string EmbedSnippet(const AppState& app);
// Which scrolls (wheel or swipe) the widget would use at window point (x, y), judged on the last frame:
// 1 up, 2 down (a view that can scroll further that way), 4 all of them (the engaged map, a scrollbar).
int ScrollPolicy(const AppState& app, float x, float y);
// Scrolls the view under window point (x, y) by dy pixels (> 0: towards its end), from the next frame.
void ScrollViewAt(float x, float y, float dy);
// State for tests and the status file: frames, debate id, selection, view, errors.
std::string AppStateJson(const AppState& app);

}  // namespace dl
