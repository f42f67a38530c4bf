// The contract between the platform (SDL2 + OpenGL natively, the browser on the web) and the app.
// The platform owns the window and the loop and calls the app only through AppCallbacks, which the
// app hands it (the shape of sokol_app's init/frame/event/cleanup callbacks); the app reaches the
// platform only through PlatformServices. Plain C++: neither side sees the other's types, and tests
// drive the app with a fake platform.
#pragma once

#include <string>
#include <vector>

namespace dl {

// Something the platform noticed, in neutral words: input the app interprets, or what the page
// (web) hands in.
struct AppEvent {
    enum class Type {
        FileDropped,      // text: the path of a file dropped on the window (web: picked or dropped, then copied in)
        ArticleChosen,    // text: the path of an article picked for "New debate from article" (web)
        ContentText,      // text: a debate file's text the page fetched; label: where from
        ContentProblem,   // label: what the page tried to load; text: why it could not
        Location,         // text: a deep-link fragment from the address bar (Back/Forward, edits)
        Theme,            // flag: dark (the host page's or the browser's preference changed)
        Embedded,         // flag: the widget sits in another page (an iframe)
        SearchFocus,      // flag: the platform's own search field has the keyboard
        SearchText,       // text: that field's whole text after an edit
        SearchEnter,      // Enter in that field
        ScrollView,       // a swipe the widget takes: scroll the view under (x, y) by value px
        ShortcutSearch,   // '/' or Ctrl+F outside text fields
        ShortcutZoomIn,   // '+' / '='
        ShortcutZoomOut,  // '-'
        Pinch,            // value: a two-finger zoom factor
        ShortcutSave,     // Ctrl+S (the Studio saves)
        CloseRequested,   // the window's close button or the system asked to quit
        // From the page's mirror of the semantic items (web), about `item`.
        MirrorActive,     // flag: the page mirrors the items and moves focus with Tab itself
        ItemFocus,        // the page's focus moved to the item's element; flag: by keyboard
        ItemActivate,     // click, Enter or Space on it (a screen reader's activation too)
        ItemChoose,       // a combo's choice: x is its index
        ItemEdit,         // a text field's text: text
    };
    Type type;
    std::string text, label;
    float x = 0, y = 0, value = 0;
    bool flag = false;
    uint32_t item = 0;  // the semantic item the Item* events concern
};

// The search box as the app drew it last frame, so the web platform can lay its own text field over
// it (phones' on-screen keyboards and IME composition need a real text field, which a canvas is not).
struct SearchBoxInfo {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // empty: not drawn
    std::string text;
    bool wants_keyboard = false;  // the box took the keyboard this frame ('/', Ctrl+F, Tab, a click)
    float font_px = 0;            // the size its text is drawn at
};

// What the app asks of the platform.
class PlatformServices {
public:
    virtual ~PlatformServices() = default;
    virtual void SetClipboard(const std::string& text) = 0;
    virtual void OpenUrl(const std::string& url) = 0;  // http(s) only
    // The page's address without its fragment (web), or "" (native: there is no page).
    virtual std::string PageUrl() const = 0;
    // Mirrors the app's state in the address bar: push adds a history entry, otherwise replace.
    virtual void WriteLocation(const std::string& fragment, bool push) = 0;
    // The Web Share sheet where the browser has one; the clipboard otherwise.
    virtual void Share(const std::string& text, const std::string& url) = 0;
    // The desktop's light/dark preference: "light", "dark" or "" when it says nothing.
    virtual std::string DesktopTheme() = 0;
    // Draw again soon: something changed outside an input event.
    virtual void Wake() = 0;
    // Close the window and end the loop (after the app has done what closing needs).
    virtual void Quit() = 0;

    // Files on a platform without a desktop's file system (the web page; natively these do nothing).
    // True when a saved file reaches the user as a download (its file system is the page's memory).
    virtual bool SavesAsDownloads() const { return false; }
    // Hands a saved file to the user: the browser downloads `bytes` as `file_name`.
    virtual void Download(const std::string& file_name, const std::string& bytes) { (void)file_name, (void)bytes; }
    // Asks the user for a file (the page's picker); it comes back as FileDropped, or ArticleChosen
    // when `article`.
    virtual void PickFile(bool article) { (void)article; }
    // Files under the app's persistent folders changed (autosaves): the web page copies them to
    // browser storage.
    virtual void StorageChanged() {}
    // Whether there is work that closing would lose: the page then asks before it unloads, and
    // calls FilesChanged every second so autosave comes round while nothing is drawn.
    virtual void SetUnsavedWork(bool unsaved) { (void)unsaved; }
};

// What the platform calls. Init once the window, GL and ImGui exist; then per frame BeforeFrame
// (outside ImGui's frame) and Frame (between ImGui::NewFrame and ImGui::Render); Event whenever
// something happens; Shutdown before the window closes.
class AppCallbacks {
public:
    virtual ~AppCallbacks() = default;
    virtual void Init(PlatformServices& platform) = 0;
    // Fonts at this device pixel ratio, theme and layout style. Returns true when the font atlas was
    // rebuilt, so the platform uploads its texture again.
    virtual bool BeforeFrame(float device_pixel_ratio, int width, int height) = 0;
    virtual void Frame() = 0;
    virtual void Event(const AppEvent& event) = 0;
    // The files the app watches may have changed (the watcher woke, or the poll came round).
    // Returns true when something on screen may have changed.
    virtual bool FilesChanged() = 0;
    virtual std::vector<std::string> WatchedPaths() const = 0;
    virtual void Shutdown() = 0;

    // What the platform asks between frames: the state for tests and the status file, which scrolls
    // the widget would use at a window point (web pages share the wheel and swipes: 1 up, 2 down, 4 all),
    // the search box, and the font file the web page's search field types in.
    virtual std::string StateJson() const = 0;
    virtual int ScrollPolicy(float x, float y) const = 0;
    virtual SearchBoxInfo SearchBox() const = 0;
    virtual std::string BodyFontFile() const = 0;
    // For the web page's mirror of what is drawn (semantics.h): the changes since the last call as
    // JSON ("" when nothing changed, so an idle frame touches no DOM), what a polite live region
    // should say (""), and the debate's language (BCP 47).
    virtual std::string TakeMirrorUpdate() = 0;
    virtual std::string TakeAnnouncement() = 0;
    virtual std::string Language() const = 0;
};

struct RunOptions {
    int width = 1280, height = 800;
    int max_frames = -1;          // >= 0: draw exactly this many frames (continuously), then exit
    std::string screenshot_path;  // with max_frames: write the last frame as PNG
    std::string status_path;      // write StateJson here after each frame and at exit
};

// Opens the window and runs until the app quits (natively) or forever (web: returns at once while
// the browser keeps calling frames; `app` must outlive it). Returns the exit code.
int RunPlatform(AppCallbacks& app, const RunOptions& options);

}  // namespace dl
