// The one application state, and the App that the platform calls: loading, deep links, actions,
// live reload, settings and the state for tests. It reaches the platform only through
// PlatformServices (src/platform/platform.h), so tests drive it with a fake platform.
#pragma once

#include "model/library.h"
#include "model/load.h"
#include "model/prepared.h"
#include "model/settings.h"
#include "platform/platform.h"
#include "ui/fonts.h"
#include "ui/ui_state.h"
#include "ui/views.h"

#include <imgui.h>

#include <cstdint>
#include <utility>
#include <memory>
#include <string>
#include <vector>

namespace dl {

struct StudioSession;  // app/studio_app.h (Studio builds)

// Stands in for the platform until one is running (the command line applies a link before the
// window opens): it does nothing and knows nothing.
class NoPlatform final : public PlatformServices {
public:
    void SetClipboard(const std::string&) override {}
    void OpenUrl(const std::string&) override {}
    std::string PageUrl() const override { return ""; }
    void WriteLocation(const std::string&, bool) override {}
    void Share(const std::string&, const std::string&) override {}
    std::string DesktopTheme() override { return ""; }
    void Wake() override {}
    void Quit() override {}
};

struct AppState {
    std::string asset_dir;                   // fonts and bundled content
    std::vector<std::string> content_roots;  // files and folders the debates come from (command line or bundled)
    std::vector<std::string> content_files;  // debates the user can open, found in content_roots
    std::shared_ptr<const PreparedDebate> debate;  // last good version
    ContentStatus content;     // current file, problems of the last load attempt, the library
    FileStamp current_stamp;   // of current_file when it was last read, for live reload
    bool watch_current_file = false;  // current_file was read from disk (not handed in by a page)
    int reloads = 0;           // live reloads done (for tests)
    uint64_t generations = 0;  // debates prepared so far: the next one's generation
    Settings settings;         // as read at start (native); saved at exit
    std::string settings_file; // empty: settings are neither read nor written (web, tests, snapshots)
    bool theme_from_desktop = false;  // nothing chose a theme: ask the desktop once the platform runs
    // How a file on disk is read: a debate file (the web widget, tests); the desktop sets
    // load_any_debate_file, so AIF, Kialo and Argdown files convert as they open, and the web build
    // carries no importer it never calls.
    LoadResult (*load_file)(const std::string& path) = [](const std::string& path) { return load_debate_file(path); };
    int window_width = 0, window_height = 0;  // the window's size now
    UiState ui;
    uint64_t frames_drawn = 0;
    bool style_dirty = true;   // theme or layout changed: restyle before the next frame
    bool styled_wide = false;  // the layout the style was made for
    float font_scale = 0;      // device pixels per window pixel the fonts were built for (0: none yet)
    FontGlyphs font_glyphs;    // what the atlas was built with (ImGui keeps pointers into it)
    FontGlyphs wanted_glyphs;  // what the screen needs, worked out for the debate generation and content
    std::pair<uint64_t, uint64_t> wanted_glyphs_for{~0ull, ~0ull};  // the (generations, content.revision) it is for
    bool typing_glyphs = false;  // the body face holds all a reader may type: the Studio from the start,
                                 // the reader from the first text field that takes the keys
    int scroll_request_age = 0;
    std::string last_copied;       // what the last copy action put on the clipboard
    std::string written_location;  // the fragment last mirrored to the address bar
    SemanticTree mirrored;         // the items the page's mirror holds (TakeMirrorUpdate)
    uint32_t mirrored_focus = 0;   // and the focus it was told
    int announced_claim = -1;      // what the live region last said: the selection and the view
    View announced_view = View::Count;
    std::string announcement;      // not yet taken by the platform
    NoPlatform no_platform;
    PlatformServices* platform = &no_platform;
#if DL_STUDIO
    std::shared_ptr<StudioSession> studio;  // set when the app runs as the Studio (StartStudio)
#endif
};

// Loads (or reloads) a debate; keeps the last good version on screen when the new one is invalid.
void LoadDebateFile(AppState& app, const std::string& path);
// Opens a file the user picked or dropped, adding it to the library if it is new there; in the
// Studio, as the document (StudioOpenFile).
void OpenDebateFile(AppState& app, const std::string& path);
void LoadDebateText(AppState& app, const std::string& text, const std::string& label);
// The page could not fetch `label`: shown as that file's problem.
void ShowContentProblem(AppState& app, const std::string& label, const std::string& message);
// Lists content_roots into content_files and describes each for the Open view (reading again only
// files whose stamp changed). Returns true when the library shown changed.
bool ScanLibrary(AppState& app);
// Live reload: re-reads the open file if it changed on disk, and refreshes the library entries of
// files that changed. Returns true when something on screen may have changed.
bool PollFileChanges(AppState& app);
// Settings: read the user's (native, interactive runs only) and write them back at exit.
void ReadSettings(AppState& app, const std::string& path);
void WriteSettings(AppState& app);

// The deep link of what the reader chose ("claim=ID&view=map&zoom=1.50"), and applying one: the
// link is exactly the ReaderState (selection, view, filters, hidden columns, map camera, theme).
std::string CurrentLocation(const AppState& app);
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

// What the platform calls: the one AppState behind AppCallbacks.
class App final : public AppCallbacks {
public:
    AppState state;

    void Init(PlatformServices& platform) override;
    bool BeforeFrame(float device_pixel_ratio, int width, int height) override;
    void Frame() override;
    void Event(const AppEvent& event) override;
    bool FilesChanged() override;
    std::vector<std::string> WatchedPaths() const override;
    void Shutdown() override;
    std::string StateJson() const override { return AppStateJson(state); }
    int ScrollPolicy(float x, float y) const override { return dl::ScrollPolicy(state, x, y); }
    SearchBoxInfo SearchBox() const override;
    std::string BodyFontFile() const override;
    std::string TakeMirrorUpdate() override;
    std::string TakeAnnouncement() override;
    std::string Language() const override;
};

}  // namespace dl
