// Headless UI smoke test (no GPU): every view drawn at phone and desktop sizes, in both themes, for
// each debate, with ImGui's own checks on (a Begin/End mismatch or an ID clash fails the test case,
// in release builds too); a failed load and a broken reload shown as problems; the fonts' coverage.
#include "ui_driver.h"

#include "model/text.h"
#include "ui/fonts.h"
#include "glyph_ranges.h"

#include <fstream>
#include <iterator>

using namespace dl;
using namespace dl::test;

namespace {
// What the Open view lists: the three shipped files and one that does not validate.
ContentStatus Library() {
    ContentStatus s;
    std::vector<std::string> files = ContentFiles();
    files.push_back(DL_SOURCE_DIR "/content/debatelens.schema.json");
    for (const std::string& f : files) s.library.push_back(describe_debate_file(f));
    s.current_file = s.library[0].path;
    return s;
}

const View kViews[] = {View::Overview, View::Positions, View::Claims, View::Map, View::Article, View::Timeline, View::Open};
}  // namespace

TEST_CASE("every view draws at phone and desktop sizes in both themes") {
    for (const std::string& file : ContentFiles())
        for (ImVec2 size : {ImVec2(360, 640), ImVec2(768, 1024), ImVec2(1280, 800), ImVec2(1920, 1080)})
            for (bool dark : {false, true}) {
                CAPTURE(file);
                CAPTURE(size.x);
                CAPTURE(dark);
                Explainer w(file, size, dark);
                w.status = Library();
                w.ui.can_open_files = true;
                // The README: under about 1000 px one tab bar; wider, the claims list stays on the left.
                const bool wide = size.x >= 1000;
                for (View v : kViews) {
                    const std::string view_id = view_name(v);
                    CAPTURE(view_id);
                    w.ui.reader.view = v;
                    w.ui.view_requested = true;
                    w.ui.reader.selected_claim = -1;
                    w.imgui.Frames(3);
                    CHECK(w.ui.wide_layout == wide);
                    // The view's own window was drawn this frame, under its tab (Claims has none when wide).
                    if (v == View::Claims && wide) {
                        CHECK(w.imgui.WindowDrawn("/left-pane"));
                        CHECK(w.imgui.WindowDrawn("/claim-list"));
                    } else {
                        CHECK(w.ui.shown_tab == v);
                        CHECK(w.imgui.WindowDrawn(std::string("/") + view_name(v) + "_"));
                    }
                    // With a claim selected every view shows it (trace, highlight, map focus).
                    w.ui.reader.selected_claim = 0;
                    w.ui.scroll_to_selection = true;
                    w.imgui.Frames(3);
                    if (wide) CHECK(w.imgui.WindowDrawn("/trace-pane"));
                    else if (v == View::Claims) CHECK(w.imgui.WindowDrawn("/trace_"));
                    w.ui.scroll_to_selection = false;
                }
            }
}

TEST_CASE("a failed load shows its problems instead of a blank window") {
    const auto r = load_debate_text("{\"format\": 3", "broken.json");
    REQUIRE_FALSE(r.ok());
    // Tall enough that every row of the library is on screen.
    UiDriver imgui(ImVec2(1280, 2400), false);
    UiState ui;
    ui.fonts = imgui.fonts;
    ui.can_open_files = true;
    ContentStatus status = Library();
    status.problems = r.diagnostics;
    imgui.draw = [&] { return DrawExplainer(nullptr, status, ui); };
    imgui.Frames(3);
    CHECK(imgui.WindowDrawn("/diagnostics"));
    // The other files can still be opened: one row per library entry.
    CHECK(imgui.Find("##open").size() == status.library.size());
}

TEST_CASE("a broken reload draws its banner above the last good version; its problem leads to the claim") {
    const std::string path = DL_SOURCE_DIR "/tests/fixtures/fictional-library-hours.json";
    nlohmann::json broken = ReadJson(path);
    broken["claims"][1]["actor"] = "nobody";
    const std::string text = broken.dump();
    const auto r = load_debate_text(text, "library.json");
    REQUIRE_FALSE(r.ok());
    for (ImVec2 size : {ImVec2(360, 640), ImVec2(1280, 800)}) {
        CAPTURE(size.x);
        Explainer w(path, size);
        w.status.problems = r.diagnostics;
        w.status.problem_targets = locate_problems(text, r.diagnostics, *w.debate->debate);
        w.status.showing_last_good = true;
        w.imgui.Frames(3);
        CHECK(w.imgui.WindowDrawn("/diagnostics"));
        CHECK(w.imgui.WindowDrawn("/overview_"));  // the debate is still there under the banner
        // The problem is at /claims/1/actor: its button selects the second claim of the file.
        CHECK(w.imgui.Click(w.imgui.One("Show the claim")).select_claim == 1);
    }
}

// A missing glyph would show as '?' on screen. The first atlas the app builds for a debate
// (GlyphsFor, without typing) must hold every character of that debate and of the UI's own labels in
// every face; the styled faces take what their files lack from the regular face behind them. The
// import fixtures (German umlauts, the euro sign) and letters of other debates (Latin Extended-A,
// Cyrillic) are content too. Once a reader types, the body face holds every letter they may type.
TEST_CASE("the first atlas holds every character of the debate and of the UI, and typing brings all the rest") {
    ImGui::CreateContext();
    std::string content;
    // The shipped debate, and the import fixtures (German umlauts, the euro sign, Kialo's punctuation).
    for (const char* file : {DL_SOURCE_DIR "/content/nato-guarantees-2021.json", DL_SOURCE_DIR "/tests/fixtures/kialo/harbour-toll.txt",
                             DL_SOURCE_DIR "/tests/fixtures/argdown/brueckenmaut.argdown"}) {
        std::ifstream in(file, std::ios::binary);
        content.append(std::istreambuf_iterator<char>(in), {});
    }
    REQUIRE(content.size() > 1000);
    // Letters of other debates: "Łódź", "Čapek", "Путин".
    content += "\xC5\x81\xC3\xB3" "d\xC5\xBA \xC4\x8C" "apek \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD";
    // The UI's own non-ASCII labels (not content: the atlas must carry them for any debate).
    const std::string labels = "\xE2\x86\x90\xE2\x86\x92\xE2\x88\x92\xE2\x96\xB6\xE2\x8A\xA3\xC2\xB7\xC2\xB1\xE2\x80\xA6\xE2\x80\x94\xE2\x80\x9C\xE2\x80\x9D"
                               "\xE2\x96\xBC\xE2\x9C\x93\xE2\x9C\x95\xE2\x96\xB8\xC3\x97";
    // As the app builds them for a debate holding this text.
    std::vector<uint32_t> characters;
    for (size_t i = 0; i < content.size();)
        if (const uint32_t cp = dl::utf8_next(content, i); cp >= 0x80) characters.push_back(cp);
    const auto missing_in = [](const std::vector<ImFont*>& faces, const std::string& text) {
        int missing = 0;
        for (size_t i = 0; i < text.size();) {
            const uint32_t cp = dl::utf8_next(text, i);
            if (cp < 0x20 || cp == 0xFEFF) continue;  // control characters, and the byte order mark imports drop
            for (ImFont* f : faces)
                if (!f->FindGlyphNoFallback(static_cast<ImWchar>(cp)) && ++missing < 10)
                    MESSAGE("missing glyph U+" << std::hex << cp << " in " << f->GetDebugName());
        }
        return missing;
    };
    const dl::FontGlyphs first = dl::GlyphsFor(characters, false);
    dl::Fonts fonts = dl::UseFonts(DL_ASSETS_DIR, 1.0f, first);
    const std::vector<ImFont*> faces = {fonts.body, fonts.bold, fonts.italic, fonts.heading};
    for (ImFont* f : faces) REQUIRE(f != nullptr);
    REQUIRE(ImGui::GetIO().Fonts->IsBuilt());
    CHECK(missing_in(faces, content) == 0);
    CHECK(missing_in(faces, labels) == 0);
    // Only those: a letter neither the debate nor the UI holds is left for typing.
    CHECK(fonts.body->FindGlyphNoFallback(0x0416) == nullptr);  // Ж
    CHECK(dl::NeedsTypingGlyphs(first, "\xD0\x96"));
    CHECK_FALSE(dl::NeedsTypingGlyphs(first, "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD plain"));  // Путин: on screen
    CHECK_FALSE(dl::NeedsTypingGlyphs(first, "\xE4\xB8\xAD"));  // 中: no font here has it, no new atlas either
    // Typing: the body face holds every letter of the text ranges (Latin Extended-A, Cyrillic, €).
    const dl::FontGlyphs typing = dl::GlyphsFor(characters, true);
    fonts = dl::UseFonts(DL_ASSETS_DIR, 1.0f, typing);
    CHECK(missing_in({fonts.body}, "\xD0\x96\xC4\x9B\xC5\xBE\xE2\x82\xAC\xC3\xBF") == 0);  // Жěž€ÿ
    CHECK(missing_in({fonts.body, fonts.bold, fonts.italic, fonts.heading}, content + labels) == 0);
    CHECK_FALSE(dl::NeedsTypingGlyphs(typing, "\xD0\x96"));
    ImGui::DestroyContext();
}
