// The browser platform: WebGL 2 through SDL, frames on demand from the browser's animation frames,
// the canvas kept at the device pixel ratio, WebGL context loss, the page's own search field over
// the widget's, and the services the app asks for (clipboard, address bar, Web Share).
#include "platform/web_platform.h"
#include "model/diagnostic.h"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <tuple>
#include <vector>

namespace dl {

namespace {

// How the page's search field must look to cover ImGui's search box (see SyncSearchField).
struct SearchFieldLook {
    SearchBoxInfo box;
    ImU32 background = 0, text_colour = 0, hint_colour = 0;
    float rounding = 0, padding = 0, css_font_px = 0;
    auto tie() const {
        return std::tie(box.x0, box.y0, box.x1, box.y1, box.text, background, text_colour, hint_colour, rounding, padding, css_font_px);
    }
};

struct WebPlatform {
    SdlPlatform sdl;
    float css_px_per_font_px = 1.0f;  // CSS font size of text ImGui draws at 1 px in the body font
    SearchFieldLook search_field;     // what the page's search field was last told
    bool first_frame_marked = false;
    std::string language;  // what the page was told
    std::vector<unsigned char> search_font;  // the body font, until the page has it (after the first frame)
};

// Lives as long as the page: the browser calls frames after main() has returned.
WebPlatform* g_web = nullptr;

class WebServices final : public PlatformServices {
public:
    // SDL's clipboard stays inside the module; the reader expects the system clipboard.
    void SetClipboard(const std::string& text) override {
        // Browser APIs by quoted name: the Closure Compiler would otherwise rename those its externs lack.
        EM_ASM({
            const text = UTF8ToString($0);
            const clipboard = navigator["clipboard"];
            if (clipboard && clipboard["writeText"]) clipboard["writeText"](text)["catch"](() => {});
        }, text.c_str());
    }
    void OpenUrl(const std::string& url) override {
        if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return;
        EM_ASM({ window.open(UTF8ToString($0), '_blank', 'noopener,noreferrer'); }, url.c_str());
    }
    std::string PageUrl() const override {
        char* url = reinterpret_cast<char*>(EM_ASM_INT({ return allocateUTF8(location.origin + location.pathname + location.search); }));
        std::string s = url ? url : "";
        std::free(url);
        return s;
    }
    void WriteLocation(const std::string& fragment, bool push) override {
        EM_ASM({
            const hash = "#" + UTF8ToString($0);
            if (location.hash === hash || (hash === "#" && !location.hash)) return;
            const url = location.pathname + location.search + (hash === "#" ? "" : hash);
            try { if ($1) history.pushState(null, "", url); else history.replaceState(null, "", url); } catch (e) {}
        }, fragment.c_str(), push ? 1 : 0);
    }
    void Share(const std::string& text, const std::string& url) override {
        EM_ASM({
            const data = {};
            data["text"] = UTF8ToString($0);
            if ($1) data["url"] = UTF8ToString($1);
            const clipboard = navigator["clipboard"];
            if (navigator["share"]) navigator["share"](data)["catch"](() => {});
            else if (clipboard) clipboard["writeText"](data["url"] ? data["text"] + " " + data["url"] : data["text"])["catch"](() => {});
        }, text.c_str(), url.empty() ? nullptr : url.c_str());
    }
    std::string DesktopTheme() override { return ""; }  // the page follows prefers-color-scheme itself
    void Wake() override { WakeWebPlatform(); }
    void Quit() override {}  // a page is closed by its reader
#if DL_STUDIO
    // The Studio's page (studio.html defines the Module hooks; studio_storage.js persistStorage).
    bool SavesAsDownloads() const override { return true; }
    void Download(const std::string& file_name, const std::string& bytes) override {
        EM_ASM({ if (Module["saveDownload"]) Module["saveDownload"](UTF8ToString($0), HEAPU8.slice($1, $1 + $2)); },
               file_name.c_str(), bytes.data(), bytes.size());
    }
    void PickFile(bool article) override { EM_ASM({ if (Module["pickFile"]) Module["pickFile"]($0); }, article ? 1 : 0); }
    void StorageChanged() override { EM_ASM({ if (Module["persistStorage"]) Module["persistStorage"](); }); }
    void SetUnsavedWork(bool unsaved) override {
        if (unsaved == unsaved_) return;
        unsaved_ = unsaved;
        EM_ASM({ if (Module["setUnsavedWork"]) Module["setUnsavedWork"]($0); }, unsaved ? 1 : 0);
        // An idle page draws no frames: the app's poll (its autosave) comes round on a timer instead.
        if (unsaved) poll_ = emscripten_set_interval(PollApp, 1000, nullptr);
        else emscripten_clear_interval(poll_);
    }

private:
    static void PollApp(void*);
    bool unsaved_ = false;
    long poll_ = 0;
#endif
};

// Keeps the canvas's backing store equal to its CSS size times the device pixel ratio.
void FollowCanvasSize(SdlPlatform& p) {
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

// The page's search field (shell.html) types in the very font ImGui draws the box with. Its size
// is known at once; the file goes to the page after the first frame (HandSearchFontToPage), since
// the browser checks a font it is given on the main thread (some 7 ms the first draw need not wait
// for) and the field shows in the page's own font until the face has loaded anyway.
void MeasureBodyFont(WebPlatform& w) {
    const std::string file = read_file_prefix(w.sdl.app->BodyFontFile(), 4u << 20);
    std::vector<unsigned char> ttf(file.begin(), file.end());
    const float ratio = CssPxPerFontPx(ttf);
    if (ratio <= 0) return;
    w.css_px_per_font_px = ratio;
    w.search_font = std::move(ttf);
}

void HandSearchFontToPage(WebPlatform& w) {
    if (w.search_font.empty()) return;
    EM_ASM({ if (Module["useSearchFont"]) Module["useSearchFont"](HEAPU8.slice($0, $0 + $1)); }, w.search_font.data(), w.search_font.size());
    std::vector<unsigned char>().swap(w.search_font);
}

// A canvas can neither summon a phone's on-screen keyboard nor receive IME composition, so the page
// keeps a real text field over ImGui's search box: it is told where the box is and how it looks, and
// when the box takes the keyboard ('/', Ctrl+F, Tab) the field takes it over, so there is one search
// field. While focused, the field owns the text (the bridge's dl_search_input).
void SyncSearchField(WebPlatform& w) {
    const ImGuiStyle& style = ImGui::GetStyle();
    SearchFieldLook look;
    look.box = w.sdl.app->SearchBox();
    look.background = ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_FrameBg]);
    look.text_colour = ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_Text]);
    look.hint_colour = ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_TextDisabled]);
    look.rounding = style.FrameRounding;
    look.padding = style.FramePadding.x;
    look.css_font_px = look.box.font_px * w.css_px_per_font_px;
    const bool take = look.box.wants_keyboard;
    if (take) ImGui::ClearActiveID();
    if (!take && look.tie() == w.search_field.tie()) return;
    w.search_field = look;
    const SearchBoxInfo& b = look.box;
    EM_ASM({ if (Module["placeSearchField"]) Module["placeSearchField"]($0, $1, $2, $3, UTF8ToString($4), $5, $6, $7, $8, $9, $10, $11); },
           b.x0, b.y0, b.x1, b.y1, b.text.c_str(), look.background, look.text_colour, look.hint_colour, look.rounding,
           look.padding, look.css_font_px, take ? 1 : 0);
}

// The page mirrors what is drawn into DOM elements over the canvas for assistive technology
// (shell.html's mirror): it gets only what changed, so a frame that changed nothing writes nothing,
// and what the live region should say, and the debate's language for the page.
void SyncMirror(WebPlatform& w) {
    AppCallbacks& app = *w.sdl.app;
    const std::string update = app.TakeMirrorUpdate();
    if (!update.empty()) EM_ASM({ if (Module["updateMirror"]) Module["updateMirror"](UTF8ToString($0)); }, update.c_str());
    const std::string news = app.TakeAnnouncement();
    if (!news.empty()) EM_ASM({ if (Module["announce"]) Module["announce"](UTF8ToString($0)); }, news.c_str());
    const std::string language = app.Language();
    if (language != w.language) {
        w.language = language;
        EM_ASM({ if (Module["setLanguage"]) Module["setLanguage"](UTF8ToString($0)); }, language.c_str());
    }
}

// The browser may drop the WebGL context (GPU reset, too many contexts): stop drawing, and when it
// comes back recreate ImGui's GL objects and the font texture, then redraw.
EM_BOOL OnContextLost(int, const void*, void* arg) {
    static_cast<WebPlatform*>(arg)->sdl.context_lost = true;
    return EM_TRUE;  // preventDefault: ask the browser to restore the context
}

EM_BOOL OnContextRestored(int, const void*, void* arg) {
    SdlPlatform& p = static_cast<WebPlatform*>(arg)->sdl;
    p.context_lost = false;
    // The old GL objects died with the context: start the renderer afresh (its next frame creates
    // its shaders, buffers and the font texture again).
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init(p.glsl_version);
    p.renderer_objects = false;
    WakeWebPlatform();
    return EM_TRUE;
}

void WebTick(void* arg) {
    WebPlatform& w = *static_cast<WebPlatform*>(arg);
    SdlPlatform& p = w.sdl;
    const bool fixed = p.options.max_frames >= 0;
    if (PumpEvents(p, 0)) p.busy_frames = 3;
    FollowCanvasSize(p);
    if (p.context_lost || (!fixed && p.busy_frames <= 0)) {
        // Nothing left to draw: stop asking for animation frames until the page wakes the widget.
        emscripten_pause_main_loop();
        return;
    }
    DrawFrame(p, static_cast<float>(emscripten_get_device_pixel_ratio()));
    SyncSearchField(w);
    // The mirror's first build (several hundred elements the page lays out) waits for the second
    // frame, a few milliseconds later, so the reader sees the widget first; busy_frames guarantees
    // that frame.
    if (w.first_frame_marked) {
        SyncMirror(w);
        HandSearchFontToPage(w);
    }
    // The benchmark's first draw ends here (bench/web_bench.mjs reads the mark).
    if (!w.first_frame_marked) {
        w.first_frame_marked = true;
        EM_ASM({
            performance.mark("debatelens:first-frame");
            if (Module["frameShown"]) Module["frameShown"]();
        });
        p.busy_frames = std::max(p.busy_frames, 2);
    }
    if (!fixed) --p.busy_frames;
    else --p.options.max_frames;
    SDL_GL_SwapWindow(p.window);
}

#if DL_STUDIO
void WebServices::PollApp(void*) {
    if (g_web && g_web->sdl.app->FilesChanged()) WakeWebPlatform();
}
#endif

}  // namespace

SdlPlatform* RunningWebPlatform() { return g_web ? &g_web->sdl : nullptr; }

void WakeWebPlatform() {
    if (!g_web) return;
    g_web->sdl.busy_frames = 3;
    emscripten_resume_main_loop();
}

int RunPlatform(AppCallbacks& app, const RunOptions& options) {
    EM_ASM({ performance.mark("debatelens:app-started"); });  // content loaded and prepared (bench)
    static WebPlatform web;  // the browser keeps calling frames after main() returns
    static WebServices services;
    web.sdl.app = &app;
    web.sdl.options = options;
    if (!OpenWindow(web.sdl, {SDL_GL_CONTEXT_PROFILE_ES, 3, 0, "#version 300 es"}, 0)) return 1;
    g_web = &web;
    EM_ASM({ performance.mark("debatelens:window"); });
    app.Init(services);
    emscripten_set_webglcontextlost_callback("#canvas", &web, EM_FALSE, OnContextLost);
    emscripten_set_webglcontextrestored_callback("#canvas", &web, EM_FALSE, OnContextRestored);
    MeasureBodyFont(web);
    emscripten_set_main_loop_arg(WebTick, &web, 0, false);
    return 0;
}

}  // namespace dl

// SDL converts software surfaces only for window icons and colour cursors, which a page has none of;
// the widget draws with WebGL. The link wraps these two (CMakeLists.txt: -Wl,--wrap), so SDL's
// software blitters, some 180 KB of wasm no reader would run, are left out of the page.
extern "C" SDL_Surface* __wrap_SDL_ConvertSurface(SDL_Surface*, const SDL_PixelFormat*, Uint32) {
    SDL_SetError("software surfaces are not part of the web build");
    return nullptr;
}
extern "C" SDL_Surface* __wrap_SDL_ConvertSurfaceFormat(SDL_Surface*, Uint32, Uint32) {
    SDL_SetError("software surfaces are not part of the web build");
    return nullptr;
}

// ImGui's built-in bitmap font (ProggyClean, some 10 KB gzip of base85 text in the wasm) is added
// only when a font file cannot be read. On the page the fonts come in the same data package as the
// content, and without that package Emscripten never starts the widget (the page keeps its text
// version), so the fallback cannot be reached here: the link wraps ImFontAtlas::AddFontDefault
// (CMakeLists.txt: -Wl,--wrap) and the page carries no copy of it. The native build keeps it.
ImFont* AddNoBuiltInFont(ImFontAtlas*, const ImFontConfig*) __asm__("__wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig");
ImFont* AddNoBuiltInFont(ImFontAtlas*, const ImFontConfig*) { return nullptr; }
