// What the native and web platforms share: the SDL window with its GL context and ImGui's
// backends, the event pump that feeds ImGui and turns the rest into AppEvents, and drawing a frame.
// Internal to src/platform/.
#pragma once

#include "platform/platform.h"

#include <SDL.h>

#include <vector>

namespace dl {

struct GlRequest {
    int profile;  // SDL_GL_CONTEXT_PROFILE_CORE or _ES
    int major, minor;
    const char* glsl_version;  // for ImGui's OpenGL3 backend
};

struct SdlPlatform {
    AppCallbacks* app = nullptr;
    RunOptions options;
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    const char* glsl_version = nullptr;
    int busy_frames = 3;  // frames still to draw after the last change (ImGui settles hover and layout over a few)
    // Releases of keys and side buttons pressed since the last frame, applied after the next one
    // (see PumpEvents).
    std::vector<SDL_Event> deferred_key_ups;
    std::vector<SDL_Scancode> keys_pressed;
    std::vector<Uint8> buttons_pressed;
    bool released = false;  // some were applied after the last frame: that is input too
    bool context_lost = false;  // WebGL context lost: draw nothing until it is restored
    // ImGui's GL objects (shaders, buffers, the font texture) exist: its renderer's first NewFrame
    // makes them, the font texture included, so new fonts are uploaded by hand only after that.
    bool renderer_objects = false;
    bool quit = false;
    int exit_code = 0;
    // Where the last motion event put the pointer: ImGui's backend reads SDL's global mouse state,
    // which under X11 follows only XInput2 raw motion, so a pointer moved by XTest (xdotool) or a
    // warp would click and drag where it was before; the event's own position always follows.
    bool motion_seen = false;
    float motion_x = 0, motion_y = 0;
};

// Creates the window, the GL context and ImGui with its SDL and OpenGL3 backends; on failure says
// why on stderr and returns false.
bool OpenWindow(SdlPlatform& p, const GlRequest& gl, Uint32 extra_window_flags);
// Feeds pending events to ImGui and the app, waiting up to wait_ms for the first when wait_ms > 0.
// Returns true when anything arrived. `other` sees each event too (the native watcher's wake-ups).
bool PumpEvents(SdlPlatform& p, int wait_ms, void (*other)(SdlPlatform&, const SDL_Event&) = nullptr);
// One frame: the app's fonts and style for this device pixel ratio, ImGui's frame, the draw.
void DrawFrame(SdlPlatform& p, float device_pixel_ratio);
void CloseWindow(SdlPlatform& p);

}  // namespace dl
