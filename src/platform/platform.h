// The platform layer: the only code that knows SDL, OpenGL, emscripten and the browser.
// One main loop serves both builds: a waiting event loop natively, the browser's animation
// frames on the web; both draw only while something changes.
#pragma once

#include <string>

namespace dl {

struct AppState;

struct RunOptions {
    int width = 1280, height = 800;
    int max_frames = -1;          // >= 0: draw exactly this many frames (continuously), then exit
    std::string screenshot_path;  // with max_frames: write the last frame as PNG
    std::string status_path;      // write AppStateJson here at exit
    bool hidden = false;
};

// Opens the window and runs until the user quits (natively) or forever (web). Returns the exit code.
int RunPlatform(AppState& app, const RunOptions& options);

void PlatformSetClipboard(const std::string& text);
void PlatformOpenUrl(const std::string& url);
// The page's address without its fragment (web), or empty (native: there is no page).
std::string PlatformPageUrl();
// Mirrors the app's state in the address bar: push adds a browser history entry, otherwise replace.
void PlatformWriteLocation(const std::string& fragment, bool push);
// The Web Share sheet where the browser has one; the clipboard otherwise.
void PlatformShare(const std::string& text, const std::string& url);
// The desktop's light/dark preference ("light", "dark", or "" when it says nothing). SDL 2.26 has
// no API for it, so the native build asks what Linux desktops answer (XDG portal, GNOME, GTK).
std::string PlatformDesktopTheme();

}  // namespace dl
