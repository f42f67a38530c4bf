// The SDL window, GL context, ImGui backends and event pump both platforms share.
#include "platform/sdl_platform.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

// The one difference in GL headers: WebGL 2 is OpenGL ES 3.0.
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <SDL_opengl.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace dl {

bool OpenWindow(SdlPlatform& p, const GlRequest& gl, Uint32 extra_window_flags) {
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "debatelens: cannot start SDL video: %s\n", SDL_GetError());
        return false;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, gl.profile);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, gl.major);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, gl.minor);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | extra_window_flags;
    p.window = SDL_CreateWindow("DebateLens", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, p.options.width, p.options.height, flags);
    if (!p.window) {
        std::fprintf(stderr, "debatelens: cannot open a window: %s\n", SDL_GetError());
        return false;
    }
    p.gl = SDL_GL_CreateContext(p.window);
    if (!p.gl) {
        std::fprintf(stderr, "debatelens: cannot create an OpenGL context: %s\n", SDL_GetError());
        return false;
    }
    SDL_GL_MakeCurrent(p.window, p.gl);
    p.glsl_version = gl.glsl_version;

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // settings never land in the working directory
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep the idle widget drawing
    ImGui_ImplSDL2_InitForOpenGL(p.window, p.gl);
    ImGui_ImplOpenGL3_Init(gl.glsl_version);
    return true;
}

namespace {
// Keys the app acts on, recognised here where SDL's key names are known (ImGui 1.86 names too few).
void Shortcut(SdlPlatform& p, const SDL_Event& e) {
    if (e.type != SDL_KEYDOWN) return;
    const SDL_Keycode k = e.key.keysym.sym;
    const bool ctrl = (e.key.keysym.mod & KMOD_CTRL) != 0;
    auto send = [&](AppEvent::Type t) { p.app->Event(AppEvent{t, "", "", 0, 0, 0, false}); };
    if (ctrl && k == SDLK_s) send(AppEvent::Type::ShortcutSave);  // in a text field too
    if (ImGui::GetIO().WantTextInput) return;
    if (k == SDLK_SLASH || (ctrl && k == SDLK_f)) send(AppEvent::Type::ShortcutSearch);
    if (!ctrl && (k == SDLK_PLUS || k == SDLK_EQUALS || k == SDLK_KP_PLUS)) send(AppEvent::Type::ShortcutZoomIn);
    if (!ctrl && (k == SDLK_MINUS || k == SDLK_KP_MINUS)) send(AppEvent::Type::ShortcutZoomOut);
}

void Forward(SdlPlatform& p, const SDL_Event& e) {
    Shortcut(p, e);
    if (e.type == SDL_MOUSEMOTION) {
        p.motion_seen = true;
        p.motion_x = static_cast<float>(e.motion.x);
        p.motion_y = static_cast<float>(e.motion.y);
    }
    // Two fingers apart or together on a touch screen zoom the map.
    if (e.type == SDL_MULTIGESTURE && std::fabs(e.mgesture.dDist) > 0.0005f)
        p.app->Event(AppEvent{AppEvent::Type::Pinch, "", "", 0, 0, 1.0f + e.mgesture.dDist * 3.0f, false});
    if (e.type == SDL_DROPFILE && e.drop.file) {
        p.app->Event(AppEvent{AppEvent::Type::FileDropped, e.drop.file, "", 0, 0, 0, false});
        SDL_free(e.drop.file);
    }
    if (e.type == SDL_QUIT || (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE))
        p.app->Event(AppEvent{AppEvent::Type::CloseRequested, "", "", 0, 0, 0, false});
}
// ImGui 1.86's SDL backend passes on three mouse buttons: the side buttons (back and forward, the
// README's Back/Forward) become ImGui's buttons 3 and 4 here.
bool IsSideButton(const SDL_Event& e) {
    return (e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP) && (e.button.button == SDL_BUTTON_X1 || e.button.button == SDL_BUTTON_X2);
}
void SideButton(const SDL_Event& e) {
    if (IsSideButton(e)) ImGui::GetIO().MouseDown[e.button.button == SDL_BUTTON_X1 ? 3 : 4] = e.type == SDL_MOUSEBUTTONDOWN;
}

// After a frame: the releases PumpEvents held back reach ImGui, for the next frame to see.
void ReleaseDeferred(SdlPlatform& p) {
    for (const SDL_Event& e : p.deferred_key_ups) {
        ImGui_ImplSDL2_ProcessEvent(&e);
        SideButton(e);
    }
    p.released = !p.deferred_key_ups.empty();
    p.deferred_key_ups.clear();
    p.keys_pressed.clear();
    p.buttons_pressed.clear();
}
}  // namespace

bool PumpEvents(SdlPlatform& p, int wait_ms, void (*other)(SdlPlatform&, const SDL_Event&)) {
    // ImGui 1.86 samples key state once per frame, so a key (or side button) pressed and released
    // between two frames (fast typists, scripted input) would be lost: while a press is unseen,
    // releases wait until a frame has seen it (ReleaseDeferred). Between two frames there may be two
    // pumps (the idle wait, then the frame's own), so "pressed" means since the last frame.
    bool any = std::exchange(p.released, false);
    auto handle = [&](SDL_Event& e) {
        any = true;
        if (e.type == SDL_KEYDOWN) p.keys_pressed.push_back(e.key.keysym.scancode);
        if (e.type == SDL_MOUSEBUTTONDOWN && IsSideButton(e)) p.buttons_pressed.push_back(e.button.button);
        // Any key's release: a modifier let go just after the key it modified (Alt+Left) must wait too.
        if ((e.type == SDL_KEYUP && !p.keys_pressed.empty()) ||
            (e.type == SDL_MOUSEBUTTONUP && IsSideButton(e) &&
             std::find(p.buttons_pressed.begin(), p.buttons_pressed.end(), e.button.button) != p.buttons_pressed.end())) {
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
        Forward(p, e);
        if (other) other(p, e);
    };
    SDL_Event e;
    if (wait_ms > 0 && !any) {
        if (!SDL_WaitEventTimeout(&e, wait_ms)) return false;
        handle(e);
    }
    while (SDL_PollEvent(&e)) handle(e);
    return any;
}

void DrawFrame(SdlPlatform& p, float device_pixel_ratio) {
    int w = 0, h = 0;
    SDL_GetWindowSize(p.window, &w, &h);
    // New fonts (a first frame, another pixel density, a debate with other letters) need their
    // texture uploaded again; before the renderer's first NewFrame that would upload it twice and
    // leak the first copy.
    if (p.app->BeforeFrame(device_pixel_ratio, w, h) && p.renderer_objects) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    p.renderer_objects = true;
    ImGui_ImplSDL2_NewFrame();
    // While the pointer is in the window (the backend found it) or a button is held: where motion put it.
    ImGuiIO& mouse = ImGui::GetIO();
    if (p.motion_seen && (ImGui::IsMousePosValid(&mouse.MousePos) || ImGui::IsAnyMouseDown())) mouse.MousePos = ImVec2(p.motion_x, p.motion_y);
    ImGui::NewFrame();
    p.app->Frame();
    ImGui::Render();
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ReleaseDeferred(p);
}

void CloseWindow(SdlPlatform& p) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(p.gl);
    SDL_DestroyWindow(p.window);
    SDL_Quit();
}

}  // namespace dl
