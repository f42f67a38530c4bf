// The one application state and the functions that wire model, views and platform together.
#pragma once

#include "model/load.h"
#include "model/prepared.h"
#include "ui/ui_state.h"

#include <memory>
#include <string>
#include <vector>

namespace dl {

struct AppState {
    std::string asset_dir;                  // fonts and bundled content
    std::vector<std::string> content_files; // debates the user can open
    std::string current_file;
    std::shared_ptr<const PreparedDebate> debate;  // last good version
    std::vector<Diagnostic> problems;              // of the last load attempt
    UiState ui;
    uint64_t frames_drawn = 0;
    bool style_dirty = true;  // theme or layout changed: restyle before the next frame
    bool styled_wide = false; // the layout the style was made for
    float dpi_scale = 1.0f;
    int scroll_request_age = 0;
    std::string last_copied;
    std::string written_location;  // the fragment last mirrored to the address bar  // what the last copy action put on the clipboard
};

// Loads (or reloads) a debate; keeps the last good version on screen when the new one is invalid.
void LoadDebateFile(AppState& app, const std::string& path);
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
