// The app's wiring under real input, headless: AppFrame draws the views and applies what they return
// (the selection history, the theme, what Copy link, Share quote and the About panel's embed code
// copy, the deep link). The page is https://news.example/debatelens/ (PageAt below); expected
// texts are written out here from the content file and the README's embed snippet.
#include "ui_driver.h"

#include "app/app.h"

using namespace dl;
using namespace dl::test;

namespace {
const std::string kNato = DL_SOURCE_DIR "/content/nato-guarantees-2021.json";
const std::string kPage = "https://news.example/debatelens/index.html?debate=nato-guarantees-2021";

// A page at a fixed address and nothing else (the tests read what the app recorded it copied).
class PageAt final : public PlatformServices {
public:
    void SetClipboard(const std::string&) override {}
    void OpenUrl(const std::string&) override {}
    std::string PageUrl() const override { return kPage; }
    void WriteLocation(const std::string&, bool) override {}
    void Share(const std::string&, const std::string&) override {}
    std::string DesktopTheme() override { return ""; }
    void Wake() override {}
    void Quit() override {}
};

struct AppHarness {
    AppHarness(ImVec2 size, const std::string& fragment) : content(ReadJson(kNato)), imgui(size, false) {
        app.platform = &page;
        app.ui.fonts = imgui.fonts;
        LoadDebateFile(app, kNato);
        REQUIRE(app.debate);
        ApplyLocation(app, fragment);
        imgui.draw = [this] { return AppFrame(app); };
        imgui.Frames(3);
    }
    std::string selected() const { return app.ui.reader.selected_claim < 0 ? "" : app.debate->debate->claims[app.ui.reader.selected_claim].id; }
    nlohmann::json content;
    PageAt page;
    AppState app;
    UiDriver imgui;
};

std::vector<Item> Rows(const UiDriver& imgui) {
    std::vector<Item> rows = imgui.Find("##claim", "claim-list");
    std::sort(rows.begin(), rows.end(), [](const Item& a, const Item& b) { return a.rect.Min.y < b.rect.Min.y; });
    return rows;
}
}  // namespace

TEST_CASE("Copy link and Share quote copy the claim's deep link, and its quote with speaker and source") {
    AppHarness a(ImVec2(1280, 800), "claim=sherr-no-guarantee&view=map");
    const std::string link = kPage + "#claim=sherr-no-guarantee&view=claims";
    a.imgui.Click(a.imgui.One("Copy link", "trace-pane"));
    CHECK(a.app.last_copied == link);
    a.imgui.Click(a.imgui.One("Share quote", "trace-pane"));
    const auto& claim = a.content["claims"][6];
    REQUIRE(claim["id"] == "sherr-no-guarantee");
    // “quote” — speaker, publisher (date as the article gives it) and the link.
    CHECK(a.app.last_copied == "\xE2\x80\x9C" + claim["quote"].get<std::string>() + "\xE2\x80\x9D \xE2\x80\x94 James Sherr, " +
                                   a.content["article"]["publisher"].get<std::string>() + " (December 2021) " + link);
}

TEST_CASE("About shows the one-line embed code of the view and claim on screen, and copies it") {
    AppHarness a(ImVec2(1280, 800), "claim=sherr-no-guarantee&view=map");
    const auto embed = [&](const char* view) {
        return "<a class=\"debatelens-link\" href=\"https://news.example/debatelens/index.html?debate=nato-guarantees-2021\">"
               "Explore the debate: Putin&#39;s demand for NATO guarantees: security experts respond</a>"
               "<script src=\"https://news.example/debatelens/embed.js\" data-debate=\"nato-guarantees-2021\" "
               "data-claim=\"sherr-no-guarantee\" data-view=\"" +
               std::string(view) + "\" data-theme=\"auto\" async></script>";
    };
    a.imgui.Click(a.imgui.One("About"));
    a.imgui.Click(a.imgui.Reveal("Copy embed code"));
    CHECK(a.app.last_copied == embed("map"));
    a.imgui.Click(a.imgui.Reveal("Close"));
    a.imgui.Click(a.imgui.One("Positions"));
    a.imgui.Click(a.imgui.One("About"));
    a.imgui.Click(a.imgui.Reveal("Copy embed code"));
    CHECK(a.app.last_copied == embed("positions"));
}

TEST_CASE("Back and Forward walk the selections: the buttons, Alt+arrows and the mouse's side buttons") {
    AppHarness a(ImVec2(1280, 800), "");
    const auto id = [&](int k) { return a.content["claims"][k]["id"].get<std::string>(); };
    for (int k = 0; k < 3; ++k) {
        a.imgui.Click(Rows(a.imgui).at(k));
        REQUIRE(a.selected() == id(k));
    }
    const ImVec2 middle(900, 500);
    a.imgui.Click(a.imgui.One("\xE2\x86\x90 Back", "trace-pane"));
    CHECK(a.selected() == id(1));
    a.imgui.MoveTo(middle);
    a.imgui.Key(ImGuiKey_LeftArrow, true);
    CHECK(a.selected() == id(0));
    a.imgui.Click(a.imgui.One("Forward \xE2\x86\x92", "trace-pane"));
    CHECK(a.selected() == id(1));
    a.imgui.Click(middle, 4);
    CHECK(a.selected() == id(2));
    a.imgui.Click(middle, 3);
    CHECK(a.selected() == id(1));
    a.imgui.Key(ImGuiKey_RightArrow, true);
    CHECK(a.selected() == id(2));
    a.imgui.Key(ImGuiKey_RightArrow, true);  // the end of the history: nothing further
    CHECK(a.selected() == id(2));
}

TEST_CASE("the theme button switches the theme, and the switch is kept as the reader's choice") {
    AppHarness a(ImVec2(1280, 800), "");
    REQUIRE_FALSE(a.app.ui.dark);
    a.imgui.Click(a.imgui.One("Dark"));
    CHECK(a.app.ui.dark);
    CHECK(a.app.settings.theme == "dark");
    a.imgui.Click(a.imgui.One("Light"));
    CHECK_FALSE(a.app.ui.dark);
    CHECK(a.app.settings.theme == "light");
}

TEST_CASE("the deep link: zoom= and theme= are applied, and the address keeps the zoom the reader sets") {
    AppHarness a(ImVec2(1280, 800), "claim=sherr-no-guarantee&view=map&zoom=1.5&theme=dark");
    CHECK(a.app.ui.dark);
    CHECK(a.app.ui.reader.map.zoom == doctest::Approx(1.5f));
    // The address also keeps where the map is centred (at=x,y), once the map has framed the claim.
    const auto starts_with = [](const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; };
    CHECK(starts_with(a.app.written_location, "claim=sherr-no-guarantee&view=map&zoom=1.50&at="));
    a.imgui.Click(a.imgui.One("+", "map"));
    CHECK(a.app.ui.reader.map.zoom > 1.5f);
    char expected[80];
    std::snprintf(expected, sizeof expected, "claim=sherr-no-guarantee&view=map&zoom=%.2f", a.app.ui.reader.map.zoom);
    CHECK(starts_with(a.app.written_location, std::string(expected) + "&at="));
}
