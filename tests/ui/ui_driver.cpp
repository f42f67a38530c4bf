// The headless ImGui of the UI tests (see ui_driver.h), and doctest's main for them.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "ui_driver.h"

#include "model/text.h"
#include "ui/fonts.h"
#include "ui/theme.h"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace dl::test {

namespace {
// The app's faces and sizes (BuildFonts, as the app builds them), at a device pixel ratio of 1, with
// the letters of every debate the tests draw and all a reader may type (tests type into fields).
Fonts LoadAppFonts(ImFontAtlas& atlas, FontGlyphs& glyphs) {
    std::vector<uint32_t> characters;
    for (const std::string& file : ContentFiles()) {
        std::ifstream in(file, std::ios::binary);
        const std::string text(std::istreambuf_iterator<char>(in), {});
        for (size_t i = 0; i < text.size();)
            if (const uint32_t cp = utf8_next(text, i); cp >= 0x80) characters.push_back(cp);
    }
    glyphs = GlyphsFor(characters, true);
    Fonts f = BuildFonts(atlas, DL_ASSETS_DIR, 1.0f, glyphs);
    REQUIRE_MESSAGE(f.body != nullptr, DL_ASSETS_DIR "/fonts");
    return f;
}
}  // namespace

bool Item::named(std::string_view name) const { return id == ImHashStr(name.data(), name.size(), seed); }

UiDriver::UiDriver(ImVec2 size, bool dark) : size_(size) {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = IO();
    io.IniFilename = nullptr;
    io.DisplaySize = size;
    io.DeltaTime = 1.0f / 60.0f;
    // User key indices unlike ImGuiKey_ values, as a backend's are (SDL's are scancodes).
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = 300 + k;
    fonts = LoadAppFonts(*io.Fonts, glyphs_);
    io.FontDefault = fonts.body;
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ApplyTheme(dark, size.x < 1000);  // the app restyles when the theme changes; tests draw one theme each
    ObserveImGui(context_, this);
}

UiDriver::~UiDriver() {
    ObserveImGui(context_, nullptr);
    ImGui::DestroyContext(context_);
}

ImGuiIO& UiDriver::IO() {
    ImGui::SetCurrentContext(context_);  // tests may keep several drivers alive at once
    return ImGui::GetIO();
}

UiAction UiDriver::Frames(int n) {
    UiAction merged;
    for (int i = 0; i < n; ++i) {
        IO().DisplaySize = size_;
        building_.clear();
        labels_.clear();
        ImGui::NewFrame();
        merged.merge(draw());
        ImGui::Render();
        // Some widgets name themselves before they add their item (tabs), others after.
        for (Item& item : building_)
            for (const auto& [id, label] : labels_)
                if (id == item.id) item.label = label;
        items_.swap(building_);
        IO().MouseWheel = 0;  // a wheel turn is one frame's input, as a backend gives it
    }
    return merged;
}

void UiDriver::ItemAdded(const ImRect& rect, ImGuiID id) {
    const ImGuiWindow* w = ImGui::GetCurrentWindowRead();
    Item item;
    item.id = id;
    item.seed = w->IDStack.back();
    item.rect = rect;
    item.clip = w->ClipRect;
    item.window = w->Name;
    building_.push_back(std::move(item));
}

void UiDriver::ItemInfo(ImGuiID id, const char* label, ImGuiItemStatusFlags) { labels_.emplace_back(id, label); }

void UiDriver::CheckFailed(const char* expression, const char* file, int line) {
    ADD_FAIL_CHECK_AT(file, line, "ImGui check failed: " << std::string(expression));
}

std::vector<Item> UiDriver::Find(std::string_view name, std::string_view window) const {
    std::vector<Item> out;
    for (const Item& i : items_)
        if ((i.label == name || i.named(name)) && i.visible() && i.window.find(window) != std::string::npos) {
            // An item added twice in a frame (ItemAdd and ButtonBehavior both report it) counts once.
            if (out.empty() || out.back().id != i.id) out.push_back(i);
        }
    return out;
}

Item UiDriver::One(std::string_view name, std::string_view window) const {
    const std::vector<Item> found = Find(name, window);
    REQUIRE_MESSAGE(found.size() == 1, found.size() << " visible items named \"" << std::string(name) << "\" in a window named like \""
                                                    << std::string(window) << "\"");
    return found.front();
}

Item UiDriver::Reveal(std::string_view name, std::string_view window) {
    for (int turn = 0; turn < 40 && Find(name, window).empty(); ++turn) {
        const auto hidden = std::find_if(items_.begin(), items_.end(), [&](const Item& i) {
            return i.named(name) && i.window.find(window) != std::string::npos;
        });
        // A popup opened by the last click lays out its items a frame or two later.
        if (hidden == items_.end() && turn < 3) {
            Frames(1);
            continue;
        }
        REQUIRE_MESSAGE(hidden != items_.end(), "no item named \"" << std::string(name) << "\" was laid out");
        // Below the visible part of its window: the wheel towards the reader scrolls down.
        Wheel(hidden->clip.GetCenter(), hidden->centre().y > hidden->clip.Max.y ? -1.0f : 1.0f);
    }
    const std::vector<Item> found = Find(name, window);
    if (found.empty())
        for (const Item& i : items_)
            if (i.named(name)) MESSAGE("laid out in " << i.window << " at y " << i.rect.Min.y << ".." << i.rect.Max.y << ", visible " << i.clip.Min.y << ".." << i.clip.Max.y);
    REQUIRE_MESSAGE(!found.empty(), "\"" << std::string(name) << "\" did not come into view");
    return found.front();
}

UiAction UiDriver::MoveTo(ImVec2 at) {
    IO().MousePos = at;
    return Frames(2);  // the first frame finds what is hovered, the second acts on it
}

UiAction UiDriver::Click(ImVec2 at, int button) {
    UiAction a = MoveTo(at);
    ImGuiIO& io = IO();
    io.MouseDown[button] = true;
    a.merge(Frames(1));
    io.MouseDown[button] = false;
    a.merge(Frames(2));
    return a;
}

UiAction UiDriver::Drag(ImVec2 from, ImVec2 to) {
    UiAction a = MoveTo(from);
    ImGuiIO& io = IO();
    io.MouseDown[0] = true;
    a.merge(Frames(1));
    for (int step = 1; step <= 8; ++step) {
        io.MousePos = ImVec2(from.x + (to.x - from.x) * step / 8, from.y + (to.y - from.y) * step / 8);
        a.merge(Frames(1));
    }
    io.MouseDown[0] = false;
    a.merge(Frames(2));
    return a;
}

UiAction UiDriver::Wheel(ImVec2 at, float notches) {
    UiAction a = MoveTo(at);
    IO().MouseWheel = notches;
    a.merge(Frames(1));
    return a;
}

UiAction UiDriver::Key(ImGuiKey key, bool alt) {
    ImGuiIO& io = IO();
    io.KeyAlt = alt;
    io.KeysDown[io.KeyMap[key]] = true;
    UiAction a = Frames(1);
    io.KeysDown[io.KeyMap[key]] = false;
    a.merge(Frames(1));
    io.KeyAlt = false;
    a.merge(Frames(1));
    return a;
}

UiAction UiDriver::Type(const char* utf8) {
    IO().AddInputCharactersUTF8(utf8);
    return Frames(2);
}

ImGuiWindow* UiDriver::WindowNamed(std::string_view part) const {
    for (ImGuiWindow* w : context_->Windows)
        if (std::string_view(w->Name).find(part) != std::string_view::npos && w->WasActive) return w;
    return nullptr;
}

bool UiDriver::WindowDrawn(std::string_view part) const { return WindowNamed(part) != nullptr; }

Explainer::Explainer(const std::string& path, ImVec2 size, bool dark)
    : debate(Prepare(path)), content(path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0 ? ReadJson(path) : nlohmann::json()),
      imgui(size, dark) {
    ui.dark = dark;
    ui.fonts = imgui.fonts;
    // The UI's own effects (filters, folds, zoom, About) are applied as the app applies them; the
    // rest (selection, files, links) is the test's to check in the returned action.
    imgui.draw = [this] {
        const UiAction a = DrawExplainer(debate.get(), status, ui);
        ApplyViewAction(ui, a);
        return a;
    };
}

namespace {
int IndexOf(const nlohmann::json& list, const std::string& id) {
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i]["id"] == id) return static_cast<int>(i);
    FAIL("no item with the id " << id);
    return -1;
}
}  // namespace

int Explainer::claim(const std::string& id) const { return IndexOf(content["claims"], id); }
int Explainer::actor(const std::string& id) const { return IndexOf(content["actors"], id); }

std::shared_ptr<const PreparedDebate> Prepare(const std::string& path) {
    auto r = load_any_debate_file(path);  // imports (Kialo, Argdown) convert as the app opens them
    REQUIRE_MESSAGE(r.ok(), r.summary());
    return prepare_debate(r.debate);
}

nlohmann::json ReadJson(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, path);
    return nlohmann::json::parse(in);
}

std::vector<std::string> ContentFiles() {
    // The harbour fixture has a fact-check review (badges in rows, trace and map); the imports are deep
    // trees (Kialo) and long German titles (Argdown); then a 40-actor panel and a 1,000-claim tree.
    return {DL_SOURCE_DIR "/content/nato-guarantees-2021.json",       DL_SOURCE_DIR "/tests/fixtures/fictional-harbour-bridge.json",
            DL_SOURCE_DIR "/tests/fixtures/fictional-library-hours.json", DL_SOURCE_DIR "/tests/fixtures/kialo/harbour-toll.txt",
            DL_SOURCE_DIR "/tests/fixtures/argdown/brueckenmaut.argdown",  DL_SOURCE_DIR "/tests/fixtures/fictional-panel-40.json",
            DL_SOURCE_DIR "/tests/fixtures/fictional-tree-1000.json"};
}

}  // namespace dl::test
