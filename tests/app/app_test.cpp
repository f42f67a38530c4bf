// The app's logic against a fake platform: deep links, actions (copy link, share quote, Back and
// Forward), what reaches the address bar, the reload policy, the About snippet and the events the
// platform sends. Expected values come from the fixture file read here with nlohmann, never from the app.
#include "app/app.h"
#include "app/start.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using nlohmann::json;

const char* const kLibrary = DL_SOURCE_DIR "/tests/fixtures/fictional-library-hours.json";
const char* const kHarbour = DL_SOURCE_DIR "/tests/fixtures/fictional-harbour-bridge.json";

json ReadJson(const std::string& path) { return json::parse(std::ifstream(path)); }

// Records what the app asks of the platform.
class FakePlatform final : public dl::PlatformServices {
public:
    std::string page_url;  // "" behaves as the desktop
    std::string desktop_theme;
    std::vector<std::string> clipboard, opened;
    std::vector<std::pair<std::string, bool>> locations;  // fragment, pushed
    std::vector<std::pair<std::string, std::string>> shared;
    int wakes = 0, quits = 0, theme_asked = 0;

    void SetClipboard(const std::string& text) override { clipboard.push_back(text); }
    void OpenUrl(const std::string& url) override { opened.push_back(url); }
    std::string PageUrl() const override { return page_url; }
    void WriteLocation(const std::string& fragment, bool push) override { locations.emplace_back(fragment, push); }
    void Share(const std::string& text, const std::string& url) override { shared.emplace_back(text, url); }
    std::string DesktopTheme() override {
        ++theme_asked;
        return desktop_theme;
    }
    void Wake() override { ++wakes; }
    void Quit() override { ++quits; }
};

// An app started as the entry points start it, on a headless ImGui context.
struct Harness {
    FakePlatform platform;
    dl::App app;
    dl::AppState& s = app.state;

    ImGuiContext* context = nullptr;

    explicit Harness(const std::vector<std::string>& files, const std::string& page_url = "") {
        context = ImGui::CreateContext();
        ImGui::SetCurrentContext(context);  // CreateContext keeps an earlier harness's context current
        ImGui::GetIO().IniFilename = nullptr;
        platform.page_url = page_url;
        s.asset_dir = DL_ASSETS_DIR;
        dl::StartOptions o;
        o.inputs = files;
        dl::StartApp(s, o);
        app.Init(platform);
    }
    ~Harness() { ImGui::DestroyContext(context); }
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    void Frames(int n, float w = 1280, float h = 800) {
        ImGui::SetCurrentContext(context);
        ImGuiIO& io = ImGui::GetIO();
        for (int i = 0; i < n; ++i) {
            io.DisplaySize = ImVec2(w, h);
            io.DeltaTime = 1.0f / 60.0f;
            app.BeforeFrame(1.0f, static_cast<int>(w), static_cast<int>(h));
            ImGui::NewFrame();
            app.Frame();
            ImGui::Render();
        }
    }
    int Claim(const std::string& id) const { return s.debate->debate->find_claim(id); }
    std::string Selected() const {
        const int c = s.ui.reader.selected_claim;
        return c < 0 ? "" : s.debate->debate->claims[c].id;
    }
};

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/debatelens-app-test-XXXXXX";
        path = mkdtemp(tmpl);
    }
    ~TempDir() { std::system(("rm -rf '" + path + "'").c_str()); }
    std::string Write(const std::string& name, const std::string& text) const {
        const std::string file = path + "/" + name;
        std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
        return file;
    }
};

}  // namespace

TEST_CASE("a deep link sets exactly the reader's state, and the state gives back the same link") {
    const json d = ReadJson(kHarbour);
    Harness h({kHarbour});
    REQUIRE(h.s.debate);
    const std::string claim = d["claims"][1]["id"], speaker = d["actors"][1]["id"], question = d["questions"][0]["id"];
    const std::string hidden = d["actors"][0]["id"];
    const std::string link = "claim=" + claim + "&view=claims&speaker=" + speaker + "&kind=assertion&question=" + question +
                             "&q=bridge%20tolls&hide=" + hidden;
    dl::ApplyLocation(h.s, link + "&theme=dark");
    const dl::ReaderState& r = h.s.ui.reader;
    CHECK(h.Selected() == claim);
    CHECK(r.view == dl::View::Claims);
    CHECK(r.filter.actor == 1);
    CHECK(r.filter.kind == static_cast<int>(dl::ClaimKind::Assertion));
    CHECK(r.filter.question == 0);
    CHECK(r.filter.text == "bridge tolls");
    REQUIRE(r.hidden_columns.size() == d["actors"].size());
    CHECK(r.hidden_columns[0] == 1);
    CHECK(h.s.ui.dark);  // a link may name the theme; the page's preference is not written into links
    CHECK(dl::CurrentLocation(h.s) == link);

    // A link names everything chosen: what it leaves out is not chosen.
    dl::ApplyLocation(h.s, "view=positions");
    CHECK(h.Selected().empty());
    CHECK(r.filter.actor == -1);
    CHECK(r.filter.text.empty());
    CHECK(r.hidden_columns[0] == 0);
    CHECK(dl::CurrentLocation(h.s) == "view=positions");
    // Ids the debate does not have are dropped, not guessed.
    dl::ApplyLocation(h.s, "claim=no-such-claim&speaker=nobody&question=none");
    CHECK(dl::CurrentLocation(h.s).empty());
}

TEST_CASE("the map's camera travels in a link as zoom and centre, and the centre holds in another window size") {
    const json d = ReadJson(kHarbour);
    const std::string claim = d["claims"][2]["id"];
    for (float width : {1280.0f, 700.0f}) {
        Harness h({kHarbour});
        // The claim's centring gives way to the camera the link names.
        dl::ApplyLocation(h.s, "claim=" + claim + "&view=map&zoom=1.25&at=400.00,300.00");
        h.Frames(4, width, 800);
        CAPTURE(width);
        CHECK(h.s.ui.reader.map.zoom == doctest::Approx(1.25f));
        CHECK(h.s.ui.reader.map.CenterX() == doctest::Approx(400.0f));
        CHECK(h.s.ui.reader.map.CenterY() == doctest::Approx(300.0f));
        CHECK(dl::CurrentLocation(h.s) == "claim=" + claim + "&view=map&zoom=1.25&at=400.00,300.00");
    }
}

TEST_CASE("copy link and share quote: the page's address with the claim, the quote with its speaker and source") {
    const json d = ReadJson(kLibrary);
    const json& c = d["claims"][0];
    const std::string actor_name = d["actors"][0]["name"];  // the first claim is the first actor's
    REQUIRE(c["actor"] == d["actors"][0]["id"]);
    const std::string page = "https://news.example/explainers/index.html?debate=" + d["id"].get<std::string>();
    Harness h({kLibrary}, page);
    dl::UiAction a;
    a.copy_link_to = h.Claim(c["id"]);
    dl::ApplyAction(h.s, a);
    const std::string link = page + "#claim=" + c["id"].get<std::string>() + "&view=claims";
    REQUIRE(h.platform.clipboard.size() == 1);
    CHECK(h.platform.clipboard[0] == link);
    CHECK(h.s.last_copied == link);

    dl::UiAction share;
    share.share_quote = h.Claim(c["id"]);
    dl::ApplyAction(h.s, share);
    // 2024-05 is shown as "May 2024".
    const std::string text = "\xE2\x80\x9C" + c["quote"].get<std::string>() + "\xE2\x80\x9D \xE2\x80\x94 " + actor_name + ", " +
                             d["article"]["publisher"].get<std::string>() + " (May 2024)";
    REQUIRE(h.platform.shared.size() == 1);
    CHECK(h.platform.shared[0].first == text);
    CHECK(h.platform.shared[0].second == link);

    // The desktop has no page: the link is the claim's id, and sharing copies the text alone.
    Harness native({kLibrary});
    dl::ApplyAction(native.s, a);
    CHECK(native.platform.clipboard.back() == c["id"].get<std::string>());
    dl::ApplyAction(native.s, share);
    CHECK(native.platform.shared.back().second.empty());
    CHECK(native.s.last_copied == text);
}

TEST_CASE("a new selection is a new history entry in the address bar; other changes replace it") {
    const json d = ReadJson(kLibrary);
    Harness h({kLibrary}, "https://news.example/index.html");
    h.Frames(2);
    const size_t before = h.platform.locations.size();
    dl::UiAction pick;
    pick.select_claim = h.Claim(d["claims"][1]["id"]);
    dl::ApplyAction(h.s, pick);
    h.Frames(1);
    REQUIRE(h.platform.locations.size() == before + 1);
    CHECK(h.platform.locations.back().first == "claim=" + d["claims"][1]["id"].get<std::string>());
    CHECK(h.platform.locations.back().second);  // pushed
    dl::UiAction view;
    view.set_view = static_cast<int>(dl::View::Timeline);
    dl::ApplyAction(h.s, view);
    h.Frames(1);
    CHECK(h.platform.locations.back().first == "claim=" + d["claims"][1]["id"].get<std::string>() + "&view=timeline");
    CHECK_FALSE(h.platform.locations.back().second);  // replaced
    // What the address bar itself says is not written back to it.
    const size_t written = h.platform.locations.size();
    h.app.Event({dl::AppEvent::Type::Location, "claim=" + d["claims"][0]["id"].get<std::string>(), "", 0, 0, 0, false});
    h.Frames(2);
    CHECK(h.Selected() == d["claims"][0]["id"].get<std::string>());
    CHECK(h.platform.locations.size() == written);
}

TEST_CASE("Back and Forward walk the selections") {
    const json d = ReadJson(kLibrary);
    Harness h({kLibrary});
    for (int i : {0, 2, 3}) {
        dl::UiAction a;
        a.select_claim = h.Claim(d["claims"][i]["id"]);
        dl::ApplyAction(h.s, a);
    }
    dl::UiAction back;
    back.back = true;
    dl::ApplyAction(h.s, back);
    CHECK(h.Selected() == d["claims"][2]["id"].get<std::string>());
    dl::ApplyAction(h.s, back);
    CHECK(h.Selected() == d["claims"][0]["id"].get<std::string>());
    dl::ApplyAction(h.s, back);  // nothing before the first: stays
    CHECK(h.Selected() == d["claims"][0]["id"].get<std::string>());
    dl::UiAction forward;
    forward.forward = true;
    dl::ApplyAction(h.s, forward);
    CHECK(h.Selected() == d["claims"][2]["id"].get<std::string>());
}

TEST_CASE("the About snippet embeds this view and claim from the page's own folder") {
    const json d = ReadJson(kLibrary);
    const std::string id = d["id"], claim = d["claims"][3]["id"], title = d["title"];
    Harness h({kLibrary}, "https://news.example/tools/debatelens/index.html?debate=" + id);
    dl::ApplyLocation(h.s, "claim=" + claim + "&view=positions");
    const std::string dir = "https://news.example/tools/debatelens/";
    CHECK(dl::EmbedSnippet(h.s) == "<a class=\"debatelens-link\" href=\"" + dir + "index.html?debate=" + id +
                                        "\">Explore the debate: " + title + "</a><script src=\"" + dir +
                                        "embed.js\" data-debate=\"" + id + "\" data-claim=\"" + claim +
                                        "\" data-view=\"positions\" data-theme=\"auto\" async></script>");
    Harness native({kLibrary});
    CHECK(dl::EmbedSnippet(native.s).find("https://YOUR-SITE/debatelens/embed.js") != std::string::npos);
}

TEST_CASE("live reload: a saved change is shown with the selection kept; a broken save keeps the last good version") {
    TempDir dir;
    json d = ReadJson(kLibrary);
    const std::string file = dir.Write("library.json", d.dump(2));
    Harness h({file});
    REQUIRE(h.s.debate);
    const std::string kept = d["claims"][1]["id"];
    dl::ApplyLocation(h.s, "claim=" + kept);
    CHECK_FALSE(dl::PollFileChanges(h.s));  // nothing changed yet

    d["title"] = "A new title";
    sleep(1);  // a new modification time, also on file systems that keep whole seconds
    dir.Write("library.json", d.dump(2));
    CHECK(dl::PollFileChanges(h.s));
    CHECK(h.s.reloads == 1);
    CHECK(h.s.debate->debate->title == "A new title");
    CHECK(h.Selected() == kept);
    const uint64_t generation = h.s.debate->generation;

    json broken = d;
    broken["claims"][1]["actor"] = "nobody";
    dir.Write("library.json", broken.dump(2) + "\n");
    CHECK(dl::PollFileChanges(h.s));
    CHECK(h.s.content.showing_last_good);
    CHECK(h.s.debate->generation == generation);  // the last good version stays on screen
    REQUIRE_FALSE(h.s.content.problems.empty());
    CHECK(h.s.content.problems[0].format() == file + ":/claims/1/actor: no actor has the id \"nobody\"");
    REQUIRE(h.s.content.problem_targets.size() == h.s.content.problems.size());
    CHECK(h.s.content.problem_targets[0].kind == dl::ItemRef::Kind::Claim);
    CHECK(h.s.content.problem_targets[0].index == h.Claim(kept));

    dir.Write("library.json", d.dump(2));
    CHECK(dl::PollFileChanges(h.s));
    CHECK_FALSE(h.s.content.showing_last_good);
    CHECK(h.s.content.problems.empty());
    CHECK(h.s.debate->generation > generation);
    CHECK(h.Selected() == kept);
}

TEST_CASE("events from the platform: a page's content problem, the theme, a drop, the close button") {
    Harness h({kLibrary});
    h.app.Event({dl::AppEvent::Type::ContentProblem, "could not be loaded: HTTP 404", "https://news.example/x.json", 0, 0, 0, false});
    REQUIRE(h.s.content.problems.size() == 1);
    CHECK(h.s.content.problems[0].format() == "https://news.example/x.json: could not be loaded: HTTP 404");
    h.app.Event({dl::AppEvent::Type::Theme, "", "", 0, 0, 0, true});
    CHECK(h.s.ui.dark);
    h.app.Event({dl::AppEvent::Type::FileDropped, kHarbour, "", 0, 0, 0, false});
    CHECK(h.s.debate->debate->id == ReadJson(kHarbour)["id"]);
    CHECK(h.s.content.current_file == kHarbour);
    CHECK(h.platform.quits == 0);
    h.app.Event({dl::AppEvent::Type::CloseRequested, "", "", 0, 0, 0, false});
    CHECK(h.platform.quits == 1);
}

TEST_CASE("the desktop's theme is asked only when nothing chose one") {
    Harness chosen({kLibrary});
    CHECK(chosen.platform.theme_asked == 0);
    FakePlatform p;
    p.desktop_theme = "dark";
    dl::App app;
    app.state.theme_from_desktop = true;
    app.Init(p);
    CHECK(p.theme_asked == 1);
    CHECK(app.state.ui.dark);
}

TEST_CASE("the first atlas carries the letters on screen; a text field taking the keys brings all a reader may type") {
    TempDir dir;
    json d = ReadJson(kLibrary);
    d["actors"][0]["name"] = "\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 Marchand";  // "Анна Marchand"
    const std::string file = dir.Write("cyrillic.json", d.dump(2));
    Harness h({file});
    REQUIRE(h.s.debate);
    h.Frames(2);
    const auto faces = [&] {
        const dl::Fonts& f = h.s.ui.fonts;
        return std::vector<ImFont*>{f.body, f.bold, f.italic, f.heading};
    };
    for (ImFont* face : faces()) {
        CHECK(face->FindGlyphNoFallback(0x0410) != nullptr);  // А, in the debate
        CHECK(face->FindGlyphNoFallback(0x0416) == nullptr);  // Ж, not in it: not rasterised
        CHECK(face->FindGlyphNoFallback(0x201C) != nullptr);  // “, the UI's own
        CHECK(face->FindGlyphNoFallback(0x2192) != nullptr);  // →, a symbol
    }
    // Another debate, other letters: the atlas follows.
    h.app.Event({dl::AppEvent::Type::FileDropped, kLibrary, "", 0, 0, 0, false});
    h.Frames(2);
    CHECK(h.s.ui.fonts.bold->FindGlyphNoFallback(0x0410) == nullptr);
    CHECK(h.s.ui.fonts.body->FindGlyphNoFallback(0x0416) == nullptr);
    // A problem's text is on screen too: a file named in Cyrillic that cannot be read.
    h.app.Event({dl::AppEvent::Type::ContentProblem, "\xD0\x96.json", "could not be loaded", 0, 0, 0, false});
    h.Frames(1);
    CHECK(h.s.ui.fonts.bold->FindGlyphNoFallback(0x0416) != nullptr);  // Ж, in the banner
    CHECK(h.s.ui.fonts.body->FindGlyphNoFallback(0x0401) == nullptr);  // Ё, nowhere
    CHECK_FALSE(h.s.typing_glyphs);
    // A key typed into a field: from this frame on the body face holds all a reader may type.
    ImGui::GetIO().AddInputCharacter('a');
    h.Frames(1);
    CHECK(h.s.typing_glyphs);
    CHECK(h.s.ui.fonts.body->FindGlyphNoFallback(0x0401) != nullptr);     // Ё
    CHECK(h.s.ui.fonts.body->FindGlyphNoFallback(0x20AC) != nullptr);     // €
    CHECK(h.s.ui.fonts.bold->FindGlyphNoFallback(0x0401) == nullptr);     // the styled faces show content only
}

TEST_CASE("a query with letters the atlas lacks (a deep link, a paste) brings the typing glyphs before it is drawn") {
    Harness h({kLibrary});
    h.Frames(2);
    REQUIRE_FALSE(h.s.typing_glyphs);
    REQUIRE(h.s.ui.fonts.body->FindGlyphNoFallback(0x017E) == nullptr);  // ž
    h.s.ui.search_text = "\xC5\xBE";                                     // as the page's field hands it in
    h.Frames(1);
    CHECK(h.s.typing_glyphs);
    CHECK(h.s.ui.fonts.body->FindGlyphNoFallback(0x017E) != nullptr);
    // A link to the claims list filtered by a word with ж: in the atlas from the first frame on.
    Harness link({kLibrary});
    link.app.Event({dl::AppEvent::Type::Location, "view=claims&q=%D0%B6", "", 0, 0, 0, false});
    REQUIRE(link.s.ui.reader.filter.text == "\xD0\xB6");
    link.Frames(1);
    CHECK(link.s.typing_glyphs);
    CHECK(link.s.ui.fonts.body->FindGlyphNoFallback(0x0436) != nullptr);
}
