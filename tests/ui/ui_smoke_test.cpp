// Headless UI smoke test (no GPU): a bare ImGui context draws every view at phone and desktop
// sizes, in both themes, for each debate; catches Begin/End mismatches, ID clashes and crashes.
#include "model/formats.h"
#include "model/load.h"
#include "model/prepared.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "glyph_ranges.h"
#include "model/text.h"

#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <iterator>

#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

namespace {

struct HeadlessImGui {
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        unsigned char* pixels;
        int w, h;
        io.Fonts->AddFontDefault();
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        io.DeltaTime = 1.0f / 60.0f;
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }
    dl::UiAction Frame(const dl::PreparedDebate* p, const dl::ContentStatus& status, dl::UiState& ui, ImVec2 size) {
        ImGui::GetIO().DisplaySize = size;
        ImGui::NewFrame();
        dl::UiAction a = dl::DrawExplainer(p, status, ui);
        ImGui::Render();
        return a;
    }
};

std::shared_ptr<const dl::PreparedDebate> Load(const std::string& path) {
    auto r = dl::load_any_debate_file(path);  // imports (Kialo, Argdown) convert as the app opens them
    REQUIRE_MESSAGE(r.ok(), r.summary());
    return dl::prepare_debate(r.debate);
}

}  // namespace

// A child window whose name contains `part` was drawn in the last frame.
bool WindowDrawn(const char* part) {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::strstr(w->Name, part) && w->WasActive) return true;
    return false;
}

// What the Open view lists: the three shipped files and one that does not validate.
dl::ContentStatus Library() {
    dl::ContentStatus s;
    for (const char* f : {DL_SOURCE_DIR "/content/nato-guarantees-2021.json", DL_SOURCE_DIR "/tests/fixtures/fictional-harbour-bridge.json",
                          DL_SOURCE_DIR "/tests/fixtures/fictional-library-hours.json", DL_SOURCE_DIR "/content/debatelens.schema.json"})
        s.library.push_back(dl::describe_debate_file(f));
    s.current_file = s.library[0].path;
    return s;
}

TEST_CASE("every view draws at phone and desktop sizes in both themes") {
    HeadlessImGui imgui;
    const dl::ContentStatus status = Library();
    REQUIRE_FALSE(status.library.back().valid());
    // The harbour fixture has a fact-check review (badges in rows, trace and map); the imports are deep
    // trees (Kialo) and long German titles (Argdown).
    for (const char* file : {DL_SOURCE_DIR "/content/nato-guarantees-2021.json",
                             DL_SOURCE_DIR "/tests/fixtures/fictional-harbour-bridge.json",
                             DL_SOURCE_DIR "/tests/fixtures/fictional-library-hours.json",
                             DL_SOURCE_DIR "/tests/fixtures/kialo/harbour-toll.txt",
                             DL_SOURCE_DIR "/tests/fixtures/argdown/brueckenmaut.argdown"}) {
        const auto p = Load(file);
        for (ImVec2 size : {ImVec2(360, 640), ImVec2(768, 1024), ImVec2(1280, 800), ImVec2(1920, 1080)})
            for (bool dark : {false, true})
                for (int v = 0; v < static_cast<int>(dl::View::Count); ++v) {
                    CAPTURE(file);
                    CAPTURE(size.x);
                    CAPTURE(v);
                    dl::UiState ui;
                    ui.can_open_files = true;
                    ui.dark = dark;
                    dl::ApplyTheme(dark, size.x < 1000);
                    ui.reader.view = static_cast<dl::View>(v);
                    ui.view_requested = true;
                    for (int f = 0; f < 4; ++f) imgui.Frame(p.get(), status, ui, size);
                    // With a claim selected every view shows it (trace, highlight, map focus).
                    ui.reader.selected_claim = 0;
                    ui.scroll_to_selection = true;
                    for (int f = 0; f < 3; ++f) imgui.Frame(p.get(), status, ui, size);
                    CHECK(ui.reader.view == static_cast<dl::View>(v));
                }
    }
}

TEST_CASE("a failed load shows its problems instead of a blank window") {
    HeadlessImGui imgui;
    const auto r = dl::load_debate_text("{\"format\": 3", "broken.json");
    REQUIRE_FALSE(r.ok());
    dl::UiState ui;
    ui.can_open_files = true;
    dl::ContentStatus status = Library();
    status.problems = r.diagnostics;
    for (int f = 0; f < 3; ++f) imgui.Frame(nullptr, status, ui, ImVec2(360, 640));
    // The diagnostics child window exists only when the problems were drawn.
    CHECK(ImGui::FindWindowByName("DebateLens") != nullptr);
    CHECK(WindowDrawn("diagnostics"));
}

TEST_CASE("a broken reload draws its banner above the last good version") {
    HeadlessImGui imgui;
    const auto p = Load(DL_SOURCE_DIR "/tests/fixtures/fictional-library-hours.json");
    nlohmann::json broken = nlohmann::json::parse(std::ifstream(DL_SOURCE_DIR "/tests/fixtures/fictional-library-hours.json"));
    broken["claims"][1]["actor"] = "nobody";
    const std::string text = broken.dump();
    const auto r = dl::load_debate_text(text, "library.json");
    REQUIRE_FALSE(r.ok());
    dl::ContentStatus status;
    status.problems = r.diagnostics;
    status.problem_targets = dl::locate_problems(text, r.diagnostics, *p->debate);
    status.showing_last_good = true;
    REQUIRE(status.problem_targets.front().kind == dl::ItemRef::Kind::Claim);
    for (ImVec2 size : {ImVec2(360, 640), ImVec2(1280, 800)}) {
        dl::UiState ui;
        for (int f = 0; f < 3; ++f) imgui.Frame(p.get(), status, ui, size);
        CHECK(WindowDrawn("diagnostics"));
        CHECK(WindowDrawn("overview"));  // the debate is still there under the banner
    }
}

TEST_CASE("the theme toggle comes back as an action, not a side effect") {
    HeadlessImGui imgui;
    const auto p = Load(DL_SOURCE_DIR "/tests/fixtures/fictional-library-hours.json");
    dl::UiState ui;
    imgui.Frame(p.get(), {}, ui, ImVec2(1280, 800));
    CHECK_FALSE(ui.dark);
}

// A missing glyph would show as '?' on screen: every character of the shipped content and of the
// UI's own labels must be in every face the app builds (BuildFonts, as the app calls it), and the
// letters a reader may type or another debate may hold (Latin Extended-A, Cyrillic) in every face too,
// the styled ones taking them from the regular face behind them. The import fixtures (German umlauts,
// the euro sign) are content too.
TEST_CASE("the subset fonts cover every character of the shipped content and the import fixtures") {
    ImGui::CreateContext();
    std::string text;
    // The shipped debate, and the import fixtures (German umlauts, the euro sign, Kialo's punctuation).
    for (const char* file : {DL_SOURCE_DIR "/content/nato-guarantees-2021.json", DL_SOURCE_DIR "/tests/fixtures/kialo/harbour-toll.txt",
                             DL_SOURCE_DIR "/tests/fixtures/argdown/brueckenmaut.argdown"}) {
        std::ifstream in(file, std::ios::binary);
        text.append(std::istreambuf_iterator<char>(in), {});
    }
    REQUIRE(text.size() > 1000);
    // The UI's own non-ASCII labels.
    text += "\xE2\x86\x90\xE2\x86\x92\xE2\x88\x92\xE2\x96\xB6\xE2\x8A\xA3\xC2\xB7\xC2\xB1\xE2\x80\xA6\xE2\x80\x94\xE2\x80\x9C\xE2\x80\x9D";
    // Letters of other debates: "Łódź", "Čapek", "Путин".
    text += "\xC5\x81\xC3\xB3" "d\xC5\xBA \xC4\x8C" "apek \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD";
    // As the app builds them for a debate holding this text.
    std::vector<uint32_t> characters;
    for (size_t i = 0; i < text.size();)
        if (const uint32_t cp = dl::utf8_next(text, i); cp >= 0x100) characters.push_back(cp);
    const std::vector<ImWchar> styled = dl::StyledGlyphRanges(characters);
    const dl::Fonts fonts = dl::UseFonts(DL_ASSETS_DIR, 1.0f, styled);
    const std::vector<ImFont*> faces = {fonts.body, fonts.bold, fonts.italic, fonts.heading};
    for (ImFont* f : faces) REQUIRE(f != nullptr);
    REQUIRE(ImGui::GetIO().Fonts->IsBuilt());
    int missing = 0;
    for (size_t i = 0; i < text.size();) {
        const uint32_t cp = dl::utf8_next(text, i);
        if (cp < 0x20 || cp == 0xFEFF) continue;  // control characters, and the byte order mark imports drop
        for (ImFont* f : faces)
            if (!f->FindGlyphNoFallback(static_cast<ImWchar>(cp))) {
                if (++missing < 10) MESSAGE("missing glyph U+" << std::hex << cp << " in " << f->GetDebugName());
            }
    }
    CHECK(missing == 0);
    ImGui::DestroyContext();
}
