// Dear ImGui's compile-time configuration (IMGUI_USER_CONFIG) for every build. Natively its checks
// stay on in release builds too and report through ImGuiCheckFailed (imgui_observer.h) instead of
// assert(), and item hooks let headless tests watch what ImGui lays out. The reader's web page
// carries neither: the checks' strings and the hooks cost about 8 KB gzip, and the native build and
// its tests exercise the same views with them on.
#pragma once

#ifndef __EMSCRIPTEN__
namespace dl {
void ImGuiCheckFailed(const char* expression, const char* file, int line);
}

#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : ::dl::ImGuiCheckFailed(#_EXPR, __FILE__, __LINE__))
// Item hooks: ImGui tells an observer about every item it lays out (see imgui_observer.h).
#define IMGUI_ENABLE_TEST_ENGINE
#else
#define IM_ASSERT(_EXPR) ((void)0)
#endif

// 32-bit vertex indices: a map of a 40-speaker debate draws more than 65,536 vertices into one draw
// list, and WebGL2 (OpenGL ES 3) has no base-vertex draw calls to split it, so 16-bit indices would
// wrap and scramble the canvas there. WebGL2 and desktop GL both draw GL_UNSIGNED_INT indices.
#define ImDrawIdx unsigned int
