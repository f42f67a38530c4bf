// SDL2 + OpenGL3 (WebGL2 on the web) platform: window, fonts at the device pixel ratio, the
// render-on-demand main loop, clipboard and links, and the JavaScript test hook.
#include "platform/platform.h"
#include "app/app.h"
#include "ui/font_ranges.h"
#include "ui/theme.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>
#include <imgui_impl_sdl.h>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>
#else
#include <SDL_opengl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>
#include <filesystem>
#include <set>
#include <thread>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <tuple>
#include <utility>
#include <vector>

namespace dl {

namespace {

constexpr float kBodyPx = 17.0f, kSmallPx = 15.0f, kHeadingPx = 23.0f;
constexpr const char* kBodyFont = "NotoSans-Regular.ttf";

#ifdef __EMSCRIPTEN__
// How the page's search field must look to cover ImGui's search box (see SyncSearchField).
struct SearchFieldLook {
    ScreenRect box;
    std::string text;
    ImU32 background = 0, text_colour = 0, hint_colour = 0;
    float rounding = 0, padding = 0, css_font_px = 0;
    auto tie() const {
        return std::tie(box.x0, box.y0, box.x1, box.y1, text, background, text_colour, hint_colour, rounding, padding, css_font_px);
    }
};
#endif

#ifndef __EMSCRIPTEN__
// Wakes the idle loop the moment a watched folder changes (Linux inotify), so a saved file reloads
// at once and an idle app needs no timer. Folders, not files: editors save by writing a new file
// and renaming it over the old one. A thread blocks on the inotify descriptor and posts an SDL
// event; the main thread then compares file stamps (PollFileChanges) and reloads what changed.
class FolderWatcher {
public:
    bool Start() {
        fd_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
        stop_ = eventfd(0, EFD_CLOEXEC);
        event_ = SDL_RegisterEvents(1);
        if (fd_ < 0 || stop_ < 0 || event_ == static_cast<Uint32>(-1)) return false;
        thread_ = std::thread([this] { Run(); });
        return true;
    }
    void Watch(const std::vector<std::string>& paths) {
        for (const std::string& p : paths) {
            std::error_code ec;
            std::filesystem::path dir = std::filesystem::is_directory(p, ec) ? std::filesystem::path(p) : std::filesystem::path(p).parent_path();
            if (dir.empty()) dir = ".";
            const std::string d = dir.string();
            if (fd_ < 0 || watched_.count(d)) continue;
            watched_.insert(d);  // once tried, a folder that cannot be watched is not retried every wake
            inotify_add_watch(fd_, d.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB);
        }
    }
    ~FolderWatcher() {
        if (thread_.joinable()) {
            const uint64_t one = 1;
            (void)!write(stop_, &one, sizeof one);
            thread_.join();
        }
        if (fd_ >= 0) close(fd_);
        if (stop_ >= 0) close(stop_);
    }

private:
    void Run() {
        pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_, POLLIN, 0}};
        char buf[4096];
        while (poll(fds, 2, -1) >= 0 || errno == EINTR) {
            if (fds[1].revents) return;
            if (!(fds[0].revents & POLLIN)) continue;
            while (read(fd_, buf, sizeof buf) > 0) {}
            SDL_Event e{};
            e.type = event_;
            SDL_PushEvent(&e);
        }
    }
    int fd_ = -1, stop_ = -1;
    Uint32 event_ = 0;
    std::set<std::string> watched_;
    std::thread thread_;
};
#endif

struct Platform {
    AppState* app = nullptr;
    RunOptions options;
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    float font_scale = 0;  // device pixels per CSS/window pixel the fonts were built for
    int busy_frames = 3;   // frames still to draw after the last change
    // Releases of keys and side buttons pressed since the last frame, applied after the next one
    // (see PumpEvents).
    std::vector<SDL_Event> deferred_key_ups;
    std::vector<SDL_Scancode> keys_pressed;
    std::vector<Uint8> buttons_pressed;
    bool released = false;  // some were applied after the last frame: that is input too
    bool context_lost = false;  // WebGL context lost: draw nothing until it is restored
#ifdef __EMSCRIPTEN__
    float css_px_per_font_px = 1.0f;  // CSS font size of text ImGui draws at 1 px in the body font
    SearchFieldLook search_field;     // what the page's search field was last told
#endif
    bool quit = false;
    int exit_code = 0;
#ifndef __EMSCRIPTEN__
    int idle_wait_ms = 250;  // without a folder watcher, the idle loop looks at the files this often
#endif
};

// The one app state is reachable from JavaScript callbacks through this pointer.
Platform* g_platform = nullptr;

float DevicePixelRatio(SDL_Window* window) {
#ifdef __EMSCRIPTEN__
    (void)window;
    return static_cast<float>(emscripten_get_device_pixel_ratio());
#else
    int w = 0, h = 0, dw = 0, dh = 0;
    SDL_GetWindowSize(window, &w, &h);
    SDL_GL_GetDrawableSize(window, &dw, &dh);
    return w > 0 ? static_cast<float>(dw) / static_cast<float>(w) : 1.0f;
#endif
}

ImFont* AddFont(const std::string& dir, const char* file, float px, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    const std::string path = dir + "/fonts/" + file;
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    ImFont* f = io.Fonts->AddFontFromFileTTF(path.c_str(), px * scale, &cfg, TextGlyphRanges());
    if (!f) {
        std::fprintf(stderr, "debatelens: cannot load font %s; using the built-in ASCII font\n", path.c_str());
        ImFontConfig fallback;
        fallback.SizePixels = px * scale;
        return io.Fonts->AddFontDefault(&fallback);
    }
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.OversampleH = 2;
    merge.GlyphMinAdvanceX = 0;
    const std::string symbols = dir + "/fonts/DejaVuSans-Symbols.ttf";
    io.Fonts->AddFontFromFileTTF(symbols.c_str(), px * scale, &merge, SymbolGlyphRanges());
    return f;
}

// Rasterises the fonts at the device pixel ratio so text stays crisp on HiDPI screens.
void BuildFonts(Platform& p, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts& f = p.app->ui.fonts;
    const std::string& dir = p.app->asset_dir;
    f.body = AddFont(dir, kBodyFont, kBodyPx, scale);
    f.bold = AddFont(dir, "NotoSans-Bold.ttf", kBodyPx, scale);
    f.italic = AddFont(dir, "NotoSans-Italic.ttf", kBodyPx, scale);
    f.heading = AddFont(dir, "NotoSans-Bold.ttf", kHeadingPx, scale);
    f.small = AddFont(dir, kBodyFont, kSmallPx, scale);
    io.FontDefault = f.body;
    io.FontGlobalScale = 1.0f / scale;
    io.Fonts->Build();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    p.font_scale = scale;
}

#ifdef __EMSCRIPTEN__
// Keeps the canvas's backing store equal to its CSS size times the device pixel ratio.
void FollowCanvasSize(Platform& p) {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    int w = 0, h = 0;
    SDL_GetWindowSize(p.window, &w, &h);
    const int cw = static_cast<int>(std::lround(css_w)), ch = static_cast<int>(std::lround(css_h));
    if (cw > 0 && ch > 0 && (cw != w || ch != h)) SDL_SetWindowSize(p.window, cw, ch);
    const float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
    int bw = 0, bh = 0;
    emscripten_get_canvas_element_size("#canvas", &bw, &bh);
    const int want_w = static_cast<int>(std::lround(cw * dpr)), want_h = static_cast<int>(std::lround(ch * dpr));
    if (want_w > 0 && (bw != want_w || bh != want_h)) emscripten_set_canvas_element_size("#canvas", want_w, want_h);
}

// stb_truetype (so ImGui) sizes a font by its ascent minus descent (hhea table), CSS by its em (head
// table): returns the CSS font size that draws glyphs as large as ImGui's 1 px, or 0 if unreadable.
float CssPxPerFontPx(const std::vector<unsigned char>& ttf) {
    auto u16 = [&](size_t at) { return at + 2 <= ttf.size() ? (ttf[at] << 8) | ttf[at + 1] : 0; };
    auto u32 = [&](size_t at) { return (static_cast<size_t>(u16(at)) << 16) | static_cast<size_t>(u16(at + 2)); };
    size_t head = 0, hhea = 0;
    for (size_t i = 0, n = u16(4); i < n && 12 + 16 * i + 16 <= ttf.size(); ++i) {
        const size_t record = 12 + 16 * i;
        const std::string tag(ttf.begin() + record, ttf.begin() + record + 4);
        if (tag == "head") head = u32(record + 8);
        if (tag == "hhea") hhea = u32(record + 8);
    }
    const int em = head ? u16(head + 18) : 0;
    const int height = hhea ? static_cast<int16_t>(u16(hhea + 4)) - static_cast<int16_t>(u16(hhea + 6)) : 0;
    return em > 0 && height > 0 ? static_cast<float>(em) / static_cast<float>(height) : 0.0f;
}

// The page's search field (shell.html) types in the very font ImGui draws the box with.
void OfferBodyFontToPage(Platform& p) {
    std::ifstream in(p.app->asset_dir + "/fonts/" + kBodyFont, std::ios::binary);
    const std::vector<unsigned char> ttf{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const float ratio = CssPxPerFontPx(ttf);
    if (ratio <= 0) return;
    p.css_px_per_font_px = ratio;
    EM_ASM({ if (Module.useSearchFont) Module.useSearchFont(HEAPU8.slice($0, $0 + $1)); }, ttf.data(), ttf.size());
}

// A canvas can neither summon a phone's on-screen keyboard nor receive IME composition, so the page
// keeps a real text field over ImGui's search box: it is told where the box is and how it looks, and
// when the box takes the keyboard ('/', Ctrl+F, Tab) the field takes it over, so there is one search
// field. While focused, the field owns the text (dl_search_input).
void SyncSearchField(Platform& p) {
    UiState& ui = p.app->ui;
    const ImGuiStyle& style = ImGui::GetStyle();
    SearchFieldLook look;
    look.box = ui.search_box;
    look.text = ui.search_text;
    look.background = ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_FrameBg]);
    look.text_colour = ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_Text]);
    look.hint_colour = ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_TextDisabled]);
    look.rounding = style.FrameRounding;
    look.padding = style.FramePadding.x;
    look.css_font_px = kBodyPx * p.css_px_per_font_px;
    const bool take = ui.search_box_active;
    if (take) ImGui::ClearActiveID();
    if (!take && look.tie() == p.search_field.tie()) return;
    p.search_field = look;
    EM_ASM({ if (Module.placeSearchField) Module.placeSearchField($0, $1, $2, $3, UTF8ToString($4), $5, $6, $7, $8, $9, $10, $11); },
           look.box.x0, look.box.y0, look.box.x1, look.box.y1, look.text.c_str(), look.background, look.text_colour,
           look.hint_colour, look.rounding, look.padding, look.css_font_px, take ? 1 : 0);
}
#endif

#ifndef __EMSCRIPTEN__
bool WriteScreenshot(SDL_Window* window, const std::string& path) {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(window, &w, &h);
    std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's rows run bottom-up; PNG's top-down.
    return stbi_write_png(path.c_str(), w, h, 4, pixels.data() + static_cast<size_t>(w) * 4 * (h - 1), -w * 4) != 0;
}
#endif

// Written whole to a temporary name, then renamed, so a reader never sees half a file.
void WriteStatus(Platform& p) {
    if (p.options.status_path.empty()) return;
    const std::string tmp = p.options.status_path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << AppStateJson(*p.app) << "\n";
    }
    std::rename(tmp.c_str(), p.options.status_path.c_str());
}

// Keys the views act on, recognised here where SDL's key names are known.
void Shortcut(Platform& p, const SDL_Event& e) {
    if (e.type != SDL_KEYDOWN || ImGui::GetIO().WantTextInput) return;
    Shortcuts& s = p.app->ui.shortcuts;
    const SDL_Keycode k = e.key.keysym.sym;
    const bool ctrl = (e.key.keysym.mod & KMOD_CTRL) != 0;
    if (k == SDLK_SLASH || (ctrl && k == SDLK_f)) s.search = true;
    if (!ctrl && (k == SDLK_PLUS || k == SDLK_EQUALS || k == SDLK_KP_PLUS)) s.zoom_in = true;
    if (!ctrl && (k == SDLK_MINUS || k == SDLK_KP_MINUS)) s.zoom_out = true;
}

// Two-finger pinch on touch screens zooms the map.
void Pinch(Platform& p, const SDL_Event& e) {
    if (e.type == SDL_MULTIGESTURE && std::fabs(e.mgesture.dDist) > 0.0005f)
        p.app->ui.shortcuts.pinch *= 1.0f + e.mgesture.dDist * 3.0f;
}

// ImGui 1.86's SDL backend passes on three mouse buttons: the side buttons (back and forward, the
// README's Back/Forward) become ImGui's buttons 3 and 4 here.
bool IsSideButton(const SDL_Event& e) {
    return (e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP) && (e.button.button == SDL_BUTTON_X1 || e.button.button == SDL_BUTTON_X2);
}
void SideButton(const SDL_Event& e) {
    if (IsSideButton(e)) ImGui::GetIO().MouseDown[e.button.button == SDL_BUTTON_X1 ? 3 : 4] = e.type == SDL_MOUSEBUTTONDOWN;
}

// Feeds pending events to ImGui. Returns true when anything arrived.
bool PumpEvents(Platform& p, bool wait) {
    // ImGui 1.86 samples key state once per frame, so a key (or side button) pressed and released
    // between two frames (fast typists, scripted input) would be lost: while a press is unseen,
    // releases wait until a frame has seen it (ReleaseDeferred). Between two frames there may be two
    // pumps (the idle wait, then the frame's own), so "pressed" means since the last frame.
    std::vector<SDL_Scancode>& pressed = p.keys_pressed;
    std::vector<Uint8>& buttons_pressed = p.buttons_pressed;
    bool any = std::exchange(p.released, false);
    auto handle = [&](SDL_Event& e) {
        any = true;
        if (e.type == SDL_KEYDOWN) pressed.push_back(e.key.keysym.scancode);
        if (e.type == SDL_MOUSEBUTTONDOWN && IsSideButton(e)) buttons_pressed.push_back(e.button.button);
        // Any key's release: a modifier let go just after the key it modified (Alt+Left) must wait too.
        if ((e.type == SDL_KEYUP && !pressed.empty()) ||
            (e.type == SDL_MOUSEBUTTONUP && IsSideButton(e) &&
             std::find(buttons_pressed.begin(), buttons_pressed.end(), e.button.button) != buttons_pressed.end())) {
            p.deferred_key_ups.push_back(e);
            return;
        }
        ImGui_ImplSDL2_ProcessEvent(&e);
        SideButton(e);
        // The backend takes modifiers from SDL's state now, which a chord pressed and released
        // between two frames (Alt+Left) has already left: the key's own event says what was held.
        if (e.type == SDL_KEYDOWN) {
            ImGuiIO& io = ImGui::GetIO();
            io.KeyCtrl = (e.key.keysym.mod & KMOD_CTRL) != 0;
            io.KeyShift = (e.key.keysym.mod & KMOD_SHIFT) != 0;
            io.KeyAlt = (e.key.keysym.mod & KMOD_ALT) != 0;
        }
        Shortcut(p, e);
        Pinch(p, e);
        if (e.type == SDL_QUIT) p.quit = true;
        if (e.type == SDL_DROPFILE && e.drop.file) {
            OpenDebateFile(*p.app, e.drop.file);
            SDL_free(e.drop.file);
        }
        if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE) p.quit = true;
    };
    SDL_Event e;
    if (wait && !any) {
#ifdef __EMSCRIPTEN__
        if (!SDL_WaitEventTimeout(&e, 250)) return false;
#else
        if (!SDL_WaitEventTimeout(&e, p.idle_wait_ms)) return false;
#endif
        handle(e);
    }
    while (SDL_PollEvent(&e)) handle(e);
    return any;
}

// After a frame: the releases PumpEvents held back reach ImGui, for the next frame to see.
void ReleaseDeferred(Platform& p) {
    for (const SDL_Event& e : p.deferred_key_ups) {
        ImGui_ImplSDL2_ProcessEvent(&e);
        SideButton(e);
    }
    p.released = !p.deferred_key_ups.empty();
    p.deferred_key_ups.clear();
    p.keys_pressed.clear();
    p.buttons_pressed.clear();
}

void DrawFrame(Platform& p) {
    AppState& app = *p.app;
    const float dpr = DevicePixelRatio(p.window);
    if (std::fabs(dpr - p.font_scale) > 0.01f) {
        BuildFonts(p, dpr);
        app.style_dirty = true;
    }
    if (app.styled_wide != app.ui.wide_layout) app.style_dirty = true;
    if (app.style_dirty) {
        ApplyTheme(app.ui.dark, !app.ui.wide_layout);
        app.styled_wide = app.ui.wide_layout;
        app.style_dirty = false;
    }
    SDL_GetWindowSize(p.window, &app.window_width, &app.window_height);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    AppFrame(app);
    app.ui.shortcuts = Shortcuts{};
    ImGui::Render();
    ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++app.frames_drawn;
    ReleaseDeferred(p);
}

// One iteration of the main loop; returns false when the app should stop.
bool Tick(Platform& p) {
    const bool fixed = p.options.max_frames >= 0;
    if (PumpEvents(p, false)) p.busy_frames = 3;
#ifdef __EMSCRIPTEN__
    FollowCanvasSize(p);
#endif
    if (!fixed && p.busy_frames <= 0) return !p.quit;
    if (p.context_lost) {
        p.busy_frames = 0;
        return !p.quit;
    }
    DrawFrame(p);
#ifdef __EMSCRIPTEN__
    SyncSearchField(p);
#endif
    WriteStatus(p);  // tests watch the state while the app runs
    // ImGui settles hover and layout changes over a couple of frames; then we go idle.
    if (!fixed) --p.busy_frames;
    if (fixed && static_cast<int>(p.app->frames_drawn) >= p.options.max_frames) {
#ifndef __EMSCRIPTEN__
        if (!p.options.screenshot_path.empty() && !WriteScreenshot(p.window, p.options.screenshot_path)) {
            std::fprintf(stderr, "debatelens: cannot write %s\n", p.options.screenshot_path.c_str());
            p.exit_code = 1;
        }
#endif
        p.quit = true;
    }
    SDL_GL_SwapWindow(p.window);
    return !p.quit;
}

#ifdef __EMSCRIPTEN__
// The browser may drop the WebGL context (GPU reset, too many contexts): stop drawing, and when it
// comes back recreate ImGui's GL objects and the font texture, then redraw.
EM_BOOL OnContextLost(int, const void*, void* arg) {
    static_cast<Platform*>(arg)->context_lost = true;
    return EM_TRUE;  // preventDefault: ask the browser to restore the context
}

EM_BOOL OnContextRestored(int, const void*, void* arg) {
    Platform& p = *static_cast<Platform*>(arg);
    p.context_lost = false;
    // The old GL objects died with the context: start the renderer afresh (it creates its
    // shaders and buffers on the next frame) and rebuild the fonts and their texture.
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    p.font_scale = 0;
    p.busy_frames = 3;
    emscripten_resume_main_loop();
    return EM_TRUE;
}

void WebTick(void* arg) {
    Platform& p = *static_cast<Platform*>(arg);
    Tick(p);
    // Nothing left to draw: stop asking for animation frames until the page calls dl_wake().
    if (p.busy_frames <= 0 && p.options.max_frames < 0) emscripten_pause_main_loop();
}
#endif
}  // namespace

void PlatformSetClipboard(const std::string& text) {
#ifdef __EMSCRIPTEN__
    // SDL's clipboard stays inside the module; the reader expects the system clipboard.
    EM_ASM({
        const text = UTF8ToString($0);
        if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
    }, text.c_str());
#else
    SDL_SetClipboardText(text.c_str());
#endif
}

void PlatformOpenUrl(const std::string& url) {
    // Content URLs are validated as http(s) by the loader; check again at the door.
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return;
#ifdef __EMSCRIPTEN__
    EM_ASM({ window.open(UTF8ToString($0), '_blank', 'noopener,noreferrer'); }, url.c_str());
#else
    SDL_OpenURL(url.c_str());
#endif
}

std::string PlatformPageUrl() {
#ifdef __EMSCRIPTEN__
    char* url = reinterpret_cast<char*>(EM_ASM_INT({ return allocateUTF8(location.origin + location.pathname + location.search); }));
    std::string s = url ? url : "";
    std::free(url);
    return s;
#else
    return "";
#endif
}

void PlatformWriteLocation(const std::string& fragment, bool push) {
#ifdef __EMSCRIPTEN__
    EM_ASM({
        const hash = "#" + UTF8ToString($0);
        if (location.hash === hash || (hash === "#" && !location.hash)) return;
        const url = location.pathname + location.search + (hash === "#" ? "" : hash);
        try { if ($1) history.pushState(null, "", url); else history.replaceState(null, "", url); } catch (e) {}
    }, fragment.c_str(), push ? 1 : 0);
#else
    (void)fragment;
    (void)push;
#endif
}

void PlatformShare(const std::string& text, const std::string& url) {
#ifdef __EMSCRIPTEN__
    EM_ASM({
        const data = {};
        data.text = UTF8ToString($0);
        if ($1) data.url = UTF8ToString($1);
        if (navigator.share) navigator.share(data).catch(() => {});
        else if (navigator.clipboard) navigator.clipboard.writeText(data.url ? data.text + " " + data.url : data.text).catch(() => {});
    }, text.c_str(), url.empty() ? nullptr : url.c_str());
#else
    SDL_SetClipboardText((url.empty() ? text : text + " " + url).c_str());
#endif
}

#ifndef __EMSCRIPTEN__
namespace {
// The first line a command prints, or "" (the command missing or failing is an answer too).
std::string CommandOutput(const char* command) {
    std::string out;
    if (FILE* f = popen(command, "r")) {
        char buf[256];
        if (std::fgets(buf, sizeof buf, f)) out = buf;
        pclose(f);
    }
    return out;
}
}  // namespace
#endif

std::string PlatformDesktopTheme() {
#ifdef __EMSCRIPTEN__
    return "";  // the page follows prefers-color-scheme itself
#else
    DesktopThemeHints hints;
    // Each source is asked only where it can answer, and never for long.
    if (std::getenv("DBUS_SESSION_BUS_ADDRESS"))
        hints.portal_color_scheme = CommandOutput(
            "timeout 1 gdbus call --session --dest org.freedesktop.portal.Desktop --object-path /org/freedesktop/portal/desktop "
            "--method org.freedesktop.portal.Settings.Read org.freedesktop.appearance color-scheme 2>/dev/null");
    if (hints.portal_color_scheme.empty())
        hints.gsettings_color_scheme = CommandOutput("timeout 1 gsettings get org.gnome.desktop.interface color-scheme 2>/dev/null");
    if (const char* gtk = std::getenv("GTK_THEME")) hints.gtk_theme_env = gtk;
    const std::string config = settings_path(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME"));
    if (!config.empty()) {
        // settings_path gives .../debatelens/settings.json; GTK's file sits beside that folder.
        const std::string dir = config.substr(0, config.rfind("/debatelens/"));
        std::ifstream ini(dir + "/gtk-3.0/settings.ini");
        hints.gtk_settings_ini.assign(std::istreambuf_iterator<char>(ini), {});
    }
    switch (desktop_theme_preference(hints)) {
        case ThemePreference::Dark: return "dark";
        case ThemePreference::Light: return "light";
        case ThemePreference::Unknown: break;
    }
    return "";
#endif
}

int RunPlatform(AppState& app, const RunOptions& options) {
    static Platform platform;  // lives as long as the emscripten main loop
    Platform& p = platform;
    p.app = &app;
    p.options = options;
    g_platform = &p;

    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
#ifndef __EMSCRIPTEN__
    // A snapshot on a machine without a display (a server making thumbnails) renders offscreen,
    // without SDL first trying Wayland and X11 and printing their complaints.
    if (options.max_frames >= 0 && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY"))
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
#endif
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "debatelens: cannot start SDL video: %s\n", SDL_GetError());
        return 1;
    }
#ifdef __EMSCRIPTEN__
    const char* glsl = "#version 300 es";
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
    const char* glsl = "#version 130";
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
    glsl = "#version 150";
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (options.hidden) flags |= SDL_WINDOW_HIDDEN;
    p.window = SDL_CreateWindow("DebateLens", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width, options.height, flags);
    if (!p.window) {
        std::fprintf(stderr, "debatelens: cannot open a window: %s\n", SDL_GetError());
        return 1;
    }
    p.gl = SDL_GL_CreateContext(p.window);
    if (!p.gl) {
        std::fprintf(stderr, "debatelens: cannot create an OpenGL context: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_MakeCurrent(p.window, p.gl);
#ifndef __EMSCRIPTEN__
    SDL_GL_SetSwapInterval(options.max_frames >= 0 ? 0 : 1);  // the browser paces frames itself
#endif

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // settings never land in the working directory
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep the idle widget drawing
    ImGui_ImplSDL2_InitForOpenGL(p.window, p.gl);
    ImGui_ImplOpenGL3_Init(glsl);

#ifdef __EMSCRIPTEN__
    emscripten_set_webglcontextlost_callback("#canvas", &p, EM_FALSE, OnContextLost);
    emscripten_set_webglcontextrestored_callback("#canvas", &p, EM_FALSE, OnContextRestored);
    OfferBodyFontToPage(p);
    emscripten_set_main_loop_arg(WebTick, &p, 0, false);
    return 0;
#else
    FolderWatcher watcher;
    const bool interactive = options.max_frames < 0;
    // With the watcher, idle means asleep until an event or a change on disk; without it (no
    // inotify), the loop looks at the files four times a second.
    if (interactive && watcher.Start()) p.idle_wait_ms = 60 * 60 * 1000;
    while (!p.quit) {
        Tick(p);
        if (!p.quit && interactive && p.busy_frames <= 0) {
            std::vector<std::string> folders = app.content_roots;
            folders.push_back(app.content.current_file);
            watcher.Watch(folders);
            // Look before sleeping too: the watcher's wake-up may have been taken by a frame's event pump.
            if (PollFileChanges(app)) {
                p.busy_frames = 3;
                continue;
            }
            if (PumpEvents(p, true)) p.busy_frames = 3;
            if (PollFileChanges(app)) p.busy_frames = 3;
        }
    }
    WriteStatus(p);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(p.gl);
    SDL_DestroyWindow(p.window);
    SDL_Quit();
    return p.exit_code;
#endif
}

}  // namespace dl

#ifdef __EMSCRIPTEN__
// The JavaScript side of the platform: test hook, wake-up on input, content handed in by the page.
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* dl_state_json() {
    static std::string s;
    s = dl::g_platform ? dl::AppStateJson(*dl::g_platform->app) : "{}";
    return s.c_str();
}
EMSCRIPTEN_KEEPALIVE void dl_wake() {
    if (!dl::g_platform) return;
    dl::g_platform->busy_frames = 3;
    emscripten_resume_main_loop();
}
EMSCRIPTEN_KEEPALIVE void dl_load_content_text(const char* text, const char* label) {
    if (!dl::g_platform) return;
    dl::LoadDebateText(*dl::g_platform->app, text, label);
    dl_wake();
}
EMSCRIPTEN_KEEPALIVE void dl_show_problem(const char* label, const char* message) {
    if (!dl::g_platform) return;
    dl::AppState& app = *dl::g_platform->app;
    app.content.problems.assign(1, dl::Diagnostic{dl::Severity::Error, label, "", 0, 0, message});
    app.content.current_file = label;
    dl_wake();
}
// Scrolling shared with the host page (shell.html): what the widget would use at a canvas point, and
// a touch swipe the widget takes, applied to the view under the finger.
EMSCRIPTEN_KEEPALIVE int dl_scroll_policy(float x, float y) { return dl::g_platform ? dl::ScrollPolicy(*dl::g_platform->app, x, y) : 0; }
EMSCRIPTEN_KEEPALIVE void dl_scroll_view(float x, float y, float dy) {
    if (!dl::g_platform) return;
    dl::ScrollViewAt(x, y, dy);
    dl_wake();
}
// The page's search field (see SyncSearchField): focus, its whole text after each edit, and Enter.
EMSCRIPTEN_KEEPALIVE void dl_search_focus(int focused) {
    if (!dl::g_platform) return;
    dl::g_platform->app->ui.search_in_platform = focused != 0;
    dl_wake();
}
EMSCRIPTEN_KEEPALIVE void dl_search_input(const char* text) {
    if (!dl::g_platform) return;
    dl::g_platform->app->ui.search_text = text;
    dl_wake();
}
EMSCRIPTEN_KEEPALIVE void dl_search_enter() {
    if (!dl::g_platform) return;
    dl::g_platform->app->ui.shortcuts.search_enter = true;
    dl_wake();
}
EMSCRIPTEN_KEEPALIVE void dl_set_embedded(int embedded) {
    if (dl::g_platform) dl::g_platform->app->ui.embedded = embedded != 0;
}
EMSCRIPTEN_KEEPALIVE void dl_set_theme(int dark) {
    if (!dl::g_platform) return;
    dl::g_platform->app->ui.dark = dark != 0;
    dl::g_platform->app->style_dirty = true;
    dl_wake();
}
EMSCRIPTEN_KEEPALIVE void dl_apply_location(const char* fragment) {
    if (!dl::g_platform) return;
    dl::ApplyLocation(*dl::g_platform->app, fragment);
    // The address bar already says this: do not write it back as a new entry.
    dl::g_platform->app->written_location = dl::CurrentLocation(*dl::g_platform->app);
    dl_wake();
}
}
#endif
