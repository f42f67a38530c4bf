// The views under real input (mouse moves, clicks, drags, the wheel and keys through ImGuiIO): each
// click lands on the middle of the widget ImGui laid out, and what comes back (the UiAction, or
// the reader's choices in UiState) is checked against the content file itself: which claim stands
// at which row, which stance grounds which cell, the README's names of the tabs.
#include "ui_driver.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <map>

using namespace dl;
using namespace dl::test;

namespace {
const std::string kNato = DL_SOURCE_DIR "/content/nato-guarantees-2021.json";
const ImVec2 kDesktop(1280, 800), kPhone(360, 640);

// Items sorted top to bottom, then left to right.
std::vector<Item> ByPosition(std::vector<Item> items) {
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return a.rect.Min.y != b.rect.Min.y ? a.rect.Min.y < b.rect.Min.y : a.rect.Min.x < b.rect.Min.x;
    });
    return items;
}

// The items of the first row (the topmost of them, and those beside it), in the order ImGui added them.
std::vector<Item> FirstRow(const std::vector<Item>& items) {
    REQUIRE_FALSE(items.empty());
    float top = items.front().rect.Min.y;
    for (const Item& i : items) top = std::min(top, i.rect.Min.y);
    std::vector<Item> row;
    for (const Item& i : items)
        if (i.rect.Min.y < top + 2) row.push_back(i);
    return row;
}

std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

void Show(Explainer& w, View v, int selected = -1) {
    w.ui.reader.view = v;
    w.ui.view_requested = true;
    w.ui.reader.selected_claim = selected;
    w.imgui.Frames(3);
}
}  // namespace

TEST_CASE("tabs: a click on a tab shows its view") {
    // The README's views, in the order of the tab bar; Open only where files can be opened.
    const std::vector<std::pair<const char*, View>> tabs = {{"Overview", View::Overview}, {"Positions", View::Positions},
                                                            {"Claims", View::Claims},     {"Map", View::Map},
                                                            {"Article", View::Article},   {"Timeline", View::Timeline},
                                                            {"Open", View::Open}};
    for (ImVec2 size : {kPhone, kDesktop}) {
        CAPTURE(size.x);
        Explainer w(kNato, size);
        w.ui.can_open_files = true;
        w.imgui.Frames(3);
        // From the last tab back to the first, so that every click changes the view.
        for (auto it = tabs.rbegin(); it != tabs.rend(); ++it) {
            const std::string label = it->first;
            CAPTURE(label);
            if (it->second == View::Claims && size.x >= 1000) {
                CHECK(w.imgui.Find(label).empty());  // wide: the claims list stays on the left, beside the tabs
                continue;
            }
            // On a phone the tab bar scrolls: its arrows bring a tab into view.
            for (const char* arrow : {"##>", "##<"})
                for (int i = 0; i < 8 && w.imgui.Find(label).empty(); ++i) w.imgui.Click(w.imgui.One(arrow));
            w.imgui.Click(w.imgui.One(label));
            CHECK(w.ui.reader.view == it->second);
            CHECK(w.imgui.WindowDrawn(std::string("/") + view_name(it->second) + "_"));
        }
    }
    Explainer reader(kNato, kDesktop);  // a page: no Open tab
    reader.imgui.Frames(2);
    CHECK(reader.imgui.Find("Open").empty());
}

TEST_CASE("claims list: a click on a row selects the claim written there") {
    for (ImVec2 size : {kPhone, kDesktop}) {
        CAPTURE(size.x);
        Explainer w(kNato, size);
        Show(w, View::Claims);
        const std::vector<Item> rows = ByPosition(w.imgui.Find("##claim", "claim-list"));
        REQUIRE(rows.size() >= 3);
        // Unfiltered, the list is the file's claims in the file's order.
        for (size_t k : {size_t(0), size_t(1), rows.size() - 1}) {
            CAPTURE(k);
            w.ui.reader.selected_claim = -1;
            w.imgui.Frames(1);
            const UiAction a = w.imgui.Click(ByPosition(w.imgui.Find("##claim", "claim-list")).at(k));
            REQUIRE(a.select_claim == static_cast<int>(k));
            CHECK(w.debate->debate->claims[a.select_claim].id == w.content["claims"][k]["id"]);
        }
    }
}

TEST_CASE("search: typed words and Enter list the claims that mention them") {
    Explainer w(kNato, kDesktop);
    w.imgui.Frames(2);
    w.imgui.Click(w.imgui.One("##search"));
    w.imgui.Type("Baker");
    CHECK(w.imgui.WindowDrawn("##Tooltip"));  // the results under the box
    const UiAction a = w.imgui.Key(ImGuiKey_Enter);
    CHECK(a.set_view == static_cast<int>(View::Claims));
    CHECK(w.ui.reader.filter.text == "Baker");
    CHECK(w.ui.search_text.empty());
    // Claims whose summary, quote or speaker's name mention the word, counted from the file.
    std::map<std::string, std::string> names;
    for (const auto& actor : w.content["actors"]) names[actor["id"]] = actor["name"];
    size_t expected = 0;
    for (const auto& c : w.content["claims"])
        expected += Lower(c["summary"].get<std::string>() + " " + c["quote"].get<std::string>() + " " + names[c["actor"]]).find("baker") !=
                    std::string::npos;
    REQUIRE(expected > 0);
    w.imgui.Frames(2);
    CHECK(w.imgui.Find("##claim", "claim-list").size() == expected);
}

TEST_CASE("trace: Back, Forward, Copy link and Share quote come back as actions; Alt+arrows and the mouse's side buttons too") {
    for (ImVec2 size : {kPhone, kDesktop}) {
        CAPTURE(size.x);
        Explainer w(kNato, size);
        const int first = w.claim("putin-demand"), here = w.claim("sherr-no-guarantee"), last = w.claim("avdeeva-escalation-strategy");
        for (int c : {first, here, last}) w.ui.history.visit(c);
        REQUIRE(w.ui.history.back());  // at `here`, with somewhere to go either way
        Show(w, View::Claims, here);
        const char* pane = size.x >= 1000 ? "trace-pane" : "/trace_";
        CHECK(w.imgui.Click(w.imgui.One("\xE2\x86\x90 Back", pane)).back);
        CHECK(w.imgui.Click(w.imgui.One("Forward \xE2\x86\x92", pane)).forward);
        CHECK(w.imgui.Click(w.imgui.One("Copy link", pane)).copy_link_to == here);
        CHECK(w.imgui.Click(w.imgui.One("Share quote", pane)).share_quote == here);
        // None of them changed the selection by itself: the app applies actions.
        CHECK(w.ui.reader.selected_claim == here);

        const ImVec2 middle(size.x / 2, size.y / 2);
        w.imgui.MoveTo(middle);
        UiAction a = w.imgui.Key(ImGuiKey_LeftArrow, true);
        CHECK(a.back);
        CHECK_FALSE(a.forward);
        a = w.imgui.Key(ImGuiKey_RightArrow, true);
        CHECK(a.forward);
        CHECK_FALSE(a.back);
        CHECK_FALSE(w.imgui.Key(ImGuiKey_LeftArrow, false).back);  // without Alt an arrow is not Back
        a = w.imgui.Click(middle, 3);  // the mouse's back button
        CHECK(a.back);
        CHECK_FALSE(a.forward);
        a = w.imgui.Click(middle, 4);  // and its forward button
        CHECK(a.forward);
        CHECK_FALSE(a.back);

        // At the start of the history Back is disabled: a click on it does nothing.
        w.ui.history.clear();
        w.ui.history.visit(here);
        w.imgui.Frames(2);
        CHECK_FALSE(w.imgui.Click(w.imgui.One("\xE2\x86\x90 Back", pane)).back);

        // "It answers": the claims this one rebuts or supports, in the file's order of relations.
        std::vector<int> targets;
        for (const auto& r : w.content["relations"])
            if (r["from"] == "sherr-no-guarantee") targets.push_back(w.claim(r["to"]));
        REQUIRE(targets.size() >= 1);
        w.imgui.Reveal("##claim", pane);
        const std::vector<Item> rows = ByPosition(w.imgui.Find("##claim", pane));
        CHECK(w.imgui.Click(rows.front()).select_claim == targets.front());
    }
}

// The laid-out item of the button that assistive technology knows as `name` (chips draw their text
// themselves, so ImGui has no label for them).
Item ItemOf(const Explainer& w, const std::string& name) {
    for (const SemanticItem& s : w.ui.drawn_semantics.items)
        if (s.role == Role::Button && s.name == name)
            for (const Item& i : w.imgui.items())
                if (i.id == s.id && i.visible()) return i;
    FAIL("no visible button named \"" << name << "\"");
    return {};
}

// Glyphs the last frame drew with their top-left corner inside `r` (textured quads: every vertex
// whose UV is not the atlas's white pixel belongs to a glyph, four to each).
int GlyphsDrawnIn(const ImRect& r) {
    const ImDrawData* data = ImGui::GetDrawData();
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    int corners = 0;
    for (int l = 0; data && l < data->CmdListsCount; ++l)
        for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer)
            if ((v.uv.x != white.x || v.uv.y != white.y) && r.Contains(v.pos)) ++corners;
    return corners / 4;
}

TEST_CASE("positions: a cell traces its first grounding claim, hovering shows the quotes, columns hide and move") {
    Explainer w(kNato, kDesktop);
    Show(w, View::Positions);
    // The matrix: the subject and the commentators as columns, in the file's order; questions as rows.
    std::vector<std::string> columns;
    for (const auto& a : w.content["actors"])
        if (a["role"] != "referenced") columns.push_back(a["id"]);
    const std::string question = w.content["questions"][0]["id"];
    auto stance = [&](const std::string& actor) -> const nlohmann::json& {
        for (const auto& s : w.content["stances"])
            if (s["actor"] == actor && s["question"] == question) return s;
        FAIL("no stance");
        return w.content;
    };
    std::vector<Item> row = FirstRow(w.imgui.Find("cell", "stances"));
    REQUIRE(row.size() == columns.size());
    for (size_t k = 0; k + 1 < row.size(); ++k) CHECK(row[k].rect.Min.x < row[k + 1].rect.Min.x);
    // Every cell's chip has its words drawn ("+ Yes", "· Not addressed"): its first line, inside the cell.
    for (const Item& cell : row) {
        const float line = ImGui::GetFontSize() + 8;
        CHECK(GlyphsDrawnIn(ImRect(cell.rect.Min, ImVec2(cell.rect.Max.x, cell.rect.Min.y + line))) >= 3);
    }

    for (size_t k = 0; k < columns.size(); ++k) {
        CAPTURE(columns[k]);
        const auto& s = stance(columns[k]);
        const bool addressed = s["leaning"] != "not_addressed";
        w.imgui.MoveTo(row[k].centre());
        CHECK(w.imgui.WindowDrawn("##Tooltip") == addressed);  // the grounding quotes, where there are any
        const UiAction a = w.imgui.Click(row[k]);
        if (addressed) CHECK(a.select_claim == w.claim(s["claims"][0]));
        else CHECK(a.select_claim == -1);
        row = FirstRow(w.imgui.Find("cell", "stances"));
    }

    // Hiding a column: the actor's chip in the Compare picker ("Remove <name>") leaves the others, and
    // the same chip ("Add <name>") brings the column back.
    const int sherr = w.actor("sherr");
    const std::string sherr_name = w.content["actors"][sherr]["name"];
    w.imgui.Click(ItemOf(w, "Remove " + sherr_name));
    REQUIRE(w.ui.reader.hidden_columns.size() == w.content["actors"].size());
    CHECK(w.ui.reader.hidden_columns[sherr] == 1);
    CHECK(FirstRow(w.imgui.Find("cell", "stances")).size() == columns.size() - 1);
    // A hidden person is found by name in the picker's field.
    w.imgui.Click(w.imgui.One("##compare-search", "positions"));
    w.imgui.Type("Sherr");
    w.imgui.Click(ItemOf(w, "Add " + sherr_name));
    CHECK(w.ui.reader.hidden_columns[sherr] == 0);
    row = FirstRow(w.imgui.Find("cell", "stances"));
    REQUIRE(row.size() == columns.size());

    // Dragging the first actor's header onto the third's puts that column after the next two.
    const std::vector<Item> headers = ByPosition(w.imgui.Find("##header", "stances"));
    REQUIRE(headers.size() == columns.size() + 1);  // the questions' column first
    w.imgui.Drag(headers[1].centre(), headers[3].centre());
    row = FirstRow(w.imgui.Find("cell", "stances"));  // still in the order of the file's actors
    REQUIRE(row.size() == columns.size());
    CHECK(row[0].rect.Min.x > row[1].rect.Min.x);
    CHECK(row[0].rect.Min.x > row[2].rect.Min.x);
    CHECK(row[0].rect.Min.x < row[3].rect.Min.x);
}

TEST_CASE("positions on a phone: one card per question, a line per actor that traces its claim") {
    Explainer w(kNato, kPhone);
    Show(w, View::Positions);
    const std::vector<Item> cells = w.imgui.Find("cell", "stance-cards");
    REQUIRE(cells.size() >= 2);
    // The first card is the first question; its lines follow the file's actors.
    const std::string question = w.content["questions"][0]["id"];
    const std::string first_actor = w.content["actors"][0]["id"];
    for (const auto& s : w.content["stances"])
        if (s["actor"] == first_actor && s["question"] == question) {
            REQUIRE(s["leaning"] != "not_addressed");
            CHECK(w.imgui.Click(cells.front()).select_claim == w.claim(s["claims"][0]));
        }
}

TEST_CASE("map: a click selects a claim box, +, − and the wheel zoom about their point, Fit all shows every claim, a drag pans") {
    Explainer w(kNato, kDesktop);
    Show(w, View::Map);
    const Item canvas = w.imgui.One("map-canvas");
    const ImVec2 origin = canvas.rect.Min;
    // The world point under a screen point, from the camera.
    auto world = [&](ImVec2 at) {
        const MapCamera& c = w.ui.reader.map;
        return ImVec2(c.x + (at.x - origin.x) / c.zoom, c.y + (at.y - origin.y) / c.zoom);
    };
    auto same = [](ImVec2 a, ImVec2 b) { return std::abs(a.x - b.x) < 0.5f && std::abs(a.y - b.y) < 0.5f; };

    // A click on the middle of a claim box selects that claim.
    REQUIRE_FALSE(w.ui.map_drawn.empty());
    const DrawnNode n = w.ui.map_drawn.front();
    const UiAction pick = w.imgui.Click(ImVec2(n.x + n.w / 2, n.y + n.h / 2));
    CHECK(pick.select_claim == n.claim);

    const ImVec2 centre = canvas.centre();
    const ImVec2 at_centre = world(centre);
    float zoom = w.ui.reader.map.zoom;
    w.imgui.Click(w.imgui.One("+", "map"));
    CHECK(w.ui.reader.map.zoom > zoom);
    CHECK(same(world(centre), at_centre));  // + zooms about the middle of the map
    zoom = w.ui.reader.map.zoom;
    w.imgui.Click(w.imgui.One("\xE2\x88\x92", "map"));
    CHECK(w.ui.reader.map.zoom < zoom);
    CHECK(same(world(centre), at_centre));

    const ImVec2 corner(origin.x + canvas.rect.GetWidth() * 0.25f, origin.y + canvas.rect.GetHeight() * 0.75f);
    const ImVec2 under = world(corner);
    zoom = w.ui.reader.map.zoom;
    w.imgui.Wheel(corner, 2);
    CHECK(w.ui.reader.map.zoom > zoom);
    CHECK(same(world(corner), under));  // the wheel zooms about the pointer
    zoom = w.ui.reader.map.zoom;
    w.imgui.Wheel(corner, -1);
    CHECK(w.ui.reader.map.zoom < zoom);

    // Zoomed in, not every claim is on screen; Fit all shows them all, inside the map.
    for (int i = 0; i < 6; ++i) w.imgui.Click(w.imgui.One("+", "map"));
    CHECK(w.ui.map_drawn.size() < w.content["claims"].size());
    w.imgui.Click(w.imgui.One("Fit all", "map"));
    w.imgui.Frames(1);
    CHECK(w.ui.map_drawn.size() == w.content["claims"].size());
    for (const DrawnNode& d : w.ui.map_drawn) {
        CAPTURE(d.claim);
        CHECK(d.x >= canvas.rect.Min.x);
        CHECK(d.y >= canvas.rect.Min.y);
        CHECK(d.x + d.w <= canvas.rect.Max.x);
        CHECK(d.y + d.h <= canvas.rect.Max.y);
    }

    // A drag from empty canvas carries the boxes with the pointer and selects nothing.
    ImVec2 from = canvas.rect.Min;
    from.x += 4;
    from.y += 4;
    for (const DrawnNode& d : w.ui.map_drawn) REQUIRE_FALSE((from.x >= d.x && from.x < d.x + d.w && from.y >= d.y && from.y < d.y + d.h));
    const DrawnNode before = w.ui.map_drawn.front();
    const UiAction drag = w.imgui.Drag(from, ImVec2(from.x + 80, from.y + 48));
    CHECK(drag.select_claim == -1);
    const auto moved = std::find_if(w.ui.map_drawn.begin(), w.ui.map_drawn.end(), [&](const DrawnNode& d) { return d.claim == before.claim; });
    REQUIRE(moved != w.ui.map_drawn.end());
    CHECK(std::abs(moved->x - before.x - 80) < 1.0f);
    CHECK(std::abs(moved->y - before.y - 48) < 1.0f);
}

TEST_CASE("overview: a commentator's button lists their claims") {
    Explainer w(kNato, kDesktop);
    Show(w, View::Overview);
    const std::vector<Item> buttons = ByPosition(w.imgui.Find("Show their claims", "overview"));
    std::vector<int> commentators;
    for (size_t a = 0; a < w.content["actors"].size(); ++a)
        if (w.content["actors"][a]["role"] == "commentator") commentators.push_back(static_cast<int>(a));
    REQUIRE(buttons.size() >= 2);
    REQUIRE(buttons.size() <= commentators.size());
    for (size_t k : {size_t(0), buttons.size() - 1}) {
        CAPTURE(k);
        const UiAction a = w.imgui.Click(ByPosition(w.imgui.Find("Show their claims", "overview"))[k]);
        CHECK(a.set_view == static_cast<int>(View::Claims));
        CHECK(w.ui.reader.filter.actor == commentators[k]);
    }
}

TEST_CASE("timeline: a claim under an event selects it") {
    Explainer w(kNato, kDesktop);
    Show(w, View::Timeline);
    // Events oldest first (ISO dates, partial ones too, sort as text); the first claim of the first event that has any.
    std::vector<nlohmann::json> events(w.content["timeline"].begin(), w.content["timeline"].end());
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a["date"] < b["date"]; });
    const auto with_claims = std::find_if(events.begin(), events.end(), [](const auto& e) { return !e.value("claims", nlohmann::json::array()).empty(); });
    REQUIRE(with_claims != events.end());
    const std::vector<Item> rows = ByPosition(w.imgui.Find("##claim", "timeline"));
    REQUIRE_FALSE(rows.empty());
    CHECK(w.imgui.Click(rows.front()).select_claim == w.claim((*with_claims)["claims"][0]));
}

TEST_CASE("header: the theme button and About come back as actions; About shows the embed code and copies it") {
    for (bool dark : {false, true}) {
        Explainer w(kNato, kDesktop, dark);
        w.imgui.Frames(2);
        // The button names the theme it switches to; switching is the app's work.
        const UiAction a = w.imgui.Click(w.imgui.One(dark ? "Light" : "Dark"));
        CHECK(a.toggle_theme);
        CHECK(w.ui.dark == dark);
    }
    Explainer w(kNato, kDesktop);
    w.imgui.Frames(2);
    w.imgui.Click(w.imgui.One("About"));
    w.imgui.Frames(1);  // the popup opens on the frame after the click's action
    CHECK(w.ui.show_about);
    CHECK(w.imgui.WindowDrawn("##Popup_"));
    w.ui.embed_snippet = "<script src=\"embed.js\"></script>";  // what the app puts there
    w.imgui.Frames(2);
    CHECK(w.imgui.Click(w.imgui.Reveal("Copy embed code")).copy_text == w.ui.embed_snippet);
    w.imgui.Click(w.imgui.Reveal("Close"));
    w.imgui.Frames(1);
    CHECK_FALSE(w.ui.show_about);
}

TEST_CASE("open: a click on a row opens that file, not the one already open") {
    Explainer w(kNato, ImVec2(1280, 2400));  // every row on screen
    w.ui.can_open_files = true;
    for (const std::string& f : ContentFiles()) w.status.library.push_back(describe_debate_file(f));
    w.status.current_file = ContentFiles()[0];
    Show(w, View::Open);
    const std::vector<Item> rows = ByPosition(w.imgui.Find("##open"));
    REQUIRE(rows.size() == ContentFiles().size());
    CHECK(w.imgui.Click(rows[1]).open_file == ContentFiles()[1]);
    CHECK(w.imgui.Click(rows[0]).open_file.empty());
}

TEST_CASE("wrapped text breaks at spaces only: a closing quote mark stays with its word, 3.5 and U.S. stay whole") {
    dl::test::UiDriver ui(ImVec2(800, 600), false);
    ImFont* font = ui.fonts.italic;
    const float size = font->FontSize;
    const std::string text = "\xE2\x80\x9C" "Once a path is built, nobody will ever tear it up to lay rails again.\xE2\x80\x9D"
                             " Costs rose 3.5 times in the U.S. since 2019.\nA second paragraph.";
    const std::string close = "\xE2\x80\x9D";
    const auto width_of = [&](std::string_view s) {
        while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
        return font->CalcTextSizeA(size, FLT_MAX, 0, s.data(), s.data() + s.size()).x;
    };
    int imgui_strands = 0;  // widths at which ImGui's own wrap leaves a line starting with the closing mark
    for (float w = 90; w <= 700; w += 1) {
        CAPTURE(w);
        const std::vector<std::string_view> lines = dl::WrappedLines(font, size, text, w);
        std::string joined;
        for (std::string_view line : lines) {
            joined += line;
            CHECK(line.substr(0, close.size()) != close);
            CHECK(line.substr(0, 7) != "5 times");
            CHECK(line.substr(0, 8) != "S. since");
            CHECK((width_of(line) <= w + 0.5f || line.find(' ') == std::string_view::npos));
        }
        // Nothing lost or added but the line break, which starts the second paragraph on its own line.
        const size_t nl = text.find('\n');
        CHECK(joined == text.substr(0, nl) + text.substr(nl + 1));
        CHECK(std::any_of(lines.begin(), lines.end(), [](std::string_view l) { return l.substr(0, 2) == "A "; }));
        CHECK(dl::LinesSize(font, size, lines).y == static_cast<float>(lines.size()) * size);
        // ImGui's wrap as RenderText applies it, on the first paragraph.
        const char* s = text.c_str();
        const char* end = s + nl;
        while (s < end) {
            const char* eol = font->CalcWordWrapPositionA(size / font->FontSize, s, end, w);
            if (eol == s) ++eol;
            s = eol;
            while (s < end && *s == ' ') ++s;
            if (std::string_view(s, static_cast<size_t>(end - s)).substr(0, close.size()) == close) ++imgui_strands;
        }
    }
    // The widths tried include some where ImGui strands the mark: the case the helpers exist for is covered.
    CHECK(imgui_strands > 0);
}
