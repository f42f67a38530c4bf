// Dear ImGui's compile-time configuration (IMGUI_USER_CONFIG) for every build: its checks stay on
// in release builds too, and report through ImGuiCheckFailed (imgui_observer.h) instead of assert().
#pragma once

namespace dl {
void ImGuiCheckFailed(const char* expression, const char* file, int line);
}

#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : ::dl::ImGuiCheckFailed(#_EXPR, __FILE__, __LINE__))
// Item hooks: ImGui tells an observer about every item it lays out (see imgui_observer.h).
#define IMGUI_ENABLE_TEST_ENGINE
