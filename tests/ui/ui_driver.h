// A headless ImGui for the UI tests: the app's fonts and style, no GPU, real input through ImGuiIO
// (1.86: MousePos, MouseDown, MouseWheel, KeysDown through KeyMap, KeyAlt, input characters), and a
// record of every item laid out in the last frame (id, label, rectangle, window), so a test finds a
// widget by its label and clicks its middle. A failed ImGui check (IM_ASSERT) fails the test case.
#pragma once

#include "model/formats.h"
#include "model/load.h"
#include "model/prepared.h"
#include "ui/fonts.h"
#include "ui/imgui_observer.h"
#include "ui/views.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dl::test {

// One item ImGui laid out in the last frame.
struct Item {
    ImGuiID id = 0;
    ImGuiID seed = 0;     // the ID stack's top when it was added: id == ImHashStr(label, 0, seed)
    std::string label;    // as given to ImGui (Button, Checkbox, Selectable, TabItem, InputText...)
    ImRect rect, clip;    // its rectangle, and what of its window was visible
    std::string window;   // the window's name ("DebateLens/right-pane_1A2B3C4D/map_5E6F...")
    ImVec2 centre() const { return ImVec2((rect.Min.x + rect.Max.x) / 2, (rect.Min.y + rect.Max.y) / 2); }
    bool visible() const { return clip.Contains(centre()); }
    // Whether ImGui would give `name` this item's id (also for items that report no label, such as
    // InvisibleButton and TableHeader).
    bool named(std::string_view name) const;
};

class UiDriver final : public ImGuiObserver {
public:
    using Draw = std::function<UiAction()>;
    UiDriver(ImVec2 size, bool dark);
    ~UiDriver() override;
    UiDriver(const UiDriver&) = delete;
    UiDriver& operator=(const UiDriver&) = delete;

    Draw draw;   // what a frame draws, between NewFrame and Render
    Fonts fonts;  // the app's faces, for UiState::fonts

    // Draws `n` frames with the input as it stands; returns their actions merged.
    UiAction Frames(int n = 1);
    // The visible items of the last frame named `name` whose window's name contains `window`.
    std::vector<Item> Find(std::string_view name, std::string_view window = "") const;
    // The one visible item so named (the test fails when there is none or more than one).
    Item One(std::string_view name, std::string_view window = "") const;
    const std::vector<Item>& items() const { return items_; }
    // The first item so named, after turning the wheel over its window until one is in view (as a
    // reader scrolls to a button below the fold).
    Item Reveal(std::string_view name, std::string_view window = "");

    // Input, each followed by the frames ImGui needs to act on it; each returns the actions merged.
    UiAction MoveTo(ImVec2 at);
    UiAction Click(ImVec2 at, int button = 0);
    UiAction Click(const Item& item) { return Click(item.centre()); }
    UiAction Drag(ImVec2 from, ImVec2 to);
    UiAction Wheel(ImVec2 at, float notches);
    UiAction Key(ImGuiKey key, bool alt = false);  // pressed and released
    UiAction Type(const char* utf8);

    // A window (tooltip, popup, child) whose name contains `part` was drawn in the last frame.
    bool WindowDrawn(std::string_view part) const;
    ImGuiWindow* WindowNamed(std::string_view part) const;

private:
    void ItemAdded(const ImRect& rect, ImGuiID id) override;
    void ItemInfo(ImGuiID id, const char* label, ImGuiItemStatusFlags flags) override;
    void CheckFailed(const char* expression, const char* file, int line) override;
    ImGuiIO& IO();  // of this driver's context, made the current one

    ImGuiContext* context_ = nullptr;
    FontGlyphs glyphs_;  // what the atlas holds (it keeps pointers into it)
    ImVec2 size_;
    std::vector<Item> items_, building_;
    std::vector<std::pair<ImGuiID, std::string>> labels_;  // this frame's, matched to items at its end
};

// The widget over one debate as the app draws it (DrawExplainer), in a headless ImGui.
struct Explainer {
    Explainer(const std::string& path, ImVec2 size, bool dark = false);
    std::shared_ptr<const PreparedDebate> debate;
    nlohmann::json content;  // the file as JSON (null for an import): the oracle for what the views show
    ContentStatus status;
    UiState ui;
    UiDriver imgui;
    // The fixture's claim index of `id` (the loader keeps the file's order).
    int claim(const std::string& id) const;
    int actor(const std::string& id) const;
};

// Loading for the tests: a fixture or content file, prepared as the app prepares it.
std::shared_ptr<const PreparedDebate> Prepare(const std::string& path);
nlohmann::json ReadJson(const std::string& path);
// The content files every UI test runs over.
std::vector<std::string> ContentFiles();

}  // namespace dl::test
