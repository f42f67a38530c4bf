// ImGui's check handler and item hooks (declared by imgui_config.h and ImGui's test-engine hooks),
// forwarded to the context's observer. Compiled into imgui_core, which calls them.
#include "ui/imgui_observer.h"

#include <cstdio>
#include <cstdlib>

// The web build has no checks or hooks to serve (imgui_config.h).
#ifdef IMGUI_ENABLE_TEST_ENGINE
namespace dl {
namespace {
ImGuiObserver* ObserverOf(ImGuiContext* context) { return context ? static_cast<ImGuiObserver*>(context->TestEngine) : nullptr; }
}  // namespace

void ObserveImGui(ImGuiContext* context, ImGuiObserver* observer) {
    context->TestEngine = observer;
    context->TestEngineHookItems = observer != nullptr;
}

void ImGuiCheckFailed(const char* expression, const char* file, int line) {
    if (ImGuiObserver* o = ObserverOf(ImGui::GetCurrentContext())) {
        o->CheckFailed(expression, file, line);
        return;
    }
    // A reader's widget keeps going (ImGui recovers from most misuse); the message says where to look.
    std::fprintf(stderr, "%s:%d: ImGui check failed: %s\n", file, line, expression);
#ifndef NDEBUG
    std::abort();
#endif
}

}  // namespace dl

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    if (dl::ImGuiObserver* o = dl::ObserverOf(ctx)) o->ItemAdded(bb, id);
}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    if (dl::ImGuiObserver* o = dl::ObserverOf(ctx)) o->ItemInfo(id, label, flags);
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
#endif  // IMGUI_ENABLE_TEST_ENGINE
