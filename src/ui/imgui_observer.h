// Watching ImGui from outside the views: an observer set on a context hears about every item laid
// out (its id, rectangle and label) and every failed ImGui check. Headless tests use it to find and
// click widgets and to turn a failed check into a test failure; without one, checks go to stderr.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

namespace dl {

class ImGuiObserver {
public:
    virtual ~ImGuiObserver() = default;
    virtual void ItemAdded(const ImRect& rect, ImGuiID id) = 0;
    virtual void ItemInfo(ImGuiID id, const char* label, ImGuiItemStatusFlags flags) = 0;
    virtual void CheckFailed(const char* expression, const char* file, int line) = 0;
};

// Makes `observer` (or nobody, with nullptr) the one watching `context`.
void ObserveImGui(ImGuiContext* context, ImGuiObserver* observer);

}  // namespace dl
