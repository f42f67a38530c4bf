// The semantic items: the frame-to-frame diff, focus moving over a tree, and the tree the widget
// really records for the shipped debate (roles, names and states checked against the content file),
// driven with real key presses through ImGuiIO.
#include "model/load.h"
#include "model/prepared.h"
#include "ui/fonts.h"
#include "ui/keyboard.h"
#include "ui/semantics.h"
#include "ui/theme.h"
#include "ui/views.h"

#include <doctest/doctest.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>

namespace {

using dl::Role;
using dl::SemanticItem;
using dl::SemanticTree;
namespace sem = dl::semantic;

SemanticItem Item(uint32_t id, uint32_t parent, Role role, const char* name, uint16_t flags = 0, int row = -1, int column = -1) {
    SemanticItem i;
    i.id = id;
    i.parent = parent;
    i.role = role;
    i.name = name;
    i.flags = flags;
    i.row = row;
    i.column = column;
    return i;
}

// A button, a listbox of three (the second selected), a 2x2 grid, a button.
SemanticTree Sample() {
    SemanticTree t;
    t.items = {Item(1, 0, Role::Button, "first", sem::kFocusable),
               Item(2, 0, Role::ListBox, "claims", sem::kComposite),
               Item(3, 2, Role::Option, "a", sem::kFocusable),
               Item(4, 2, Role::Option, "b", sem::kFocusable | sem::kSelected),
               Item(5, 2, Role::Option, "c", sem::kFocusable),
               Item(6, 0, Role::Grid, "grid", sem::kComposite),
               Item(7, 6, Role::Row, ""),
               Item(8, 7, Role::GridCell, "r1c1", sem::kFocusable, 1, 1),
               Item(9, 7, Role::GridCell, "r1c2", sem::kFocusable, 1, 2),
               Item(10, 6, Role::Row, ""),
               Item(11, 10, Role::GridCell, "r2c1", sem::kFocusable, 2, 1),
               Item(12, 10, Role::GridCell, "r2c2", sem::kFocusable, 2, 2),
               Item(13, 0, Role::Button, "last", sem::kFocusable),
               Item(14, 0, Role::Button, "disabled", sem::kFocusable | sem::kDisabled)};
    return t;
}

struct Headless {
    ImGuiContext* context;
    Headless() {
        context = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        // Key indices of our own (the platform backend maps SDL's): one per ImGui key.
        for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = 100 + k;
        io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
        static const dl::FontGlyphs glyphs = dl::GlyphsFor({}, true);  // the atlas keeps pointers into it
        dl::UseFonts(DL_ASSETS_DIR, 1.0f, glyphs);
    }
    ~Headless() { ImGui::DestroyContext(context); }
    dl::UiAction Frame(const dl::PreparedDebate& p, dl::UiState& ui, ImVec2 size, int key = -1, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = size;
        io.DeltaTime = 1.0f / 60.0f;
        for (bool& down : io.KeysDown) down = false;
        if (key >= 0) io.KeysDown[io.KeyMap[key]] = true;
        io.KeyShift = shift;
        ImGui::NewFrame();
        dl::UiAction a = dl::DrawExplainer(&p, {}, ui);
        ImGui::Render();
        return a;
    }
};

nlohmann::json Content() { return nlohmann::json::parse(std::ifstream(DL_SOURCE_DIR "/content/nato-guarantees-2021.json")); }

std::shared_ptr<const dl::PreparedDebate> Prepared(const std::string& path) {
    const auto r = dl::load_debate_file(path);
    REQUIRE_MESSAGE(r.ok(), r.summary());
    return dl::prepare_debate(r.debate);
}
std::shared_ptr<const dl::PreparedDebate> Nato() { return Prepared(DL_SOURCE_DIR "/content/nato-guarantees-2021.json"); }
std::shared_ptr<const dl::PreparedDebate> Fixture(const char* name) { return Prepared(std::string(DL_SOURCE_DIR "/tests/fixtures/") + name); }

std::vector<const SemanticItem*> Children(const SemanticTree& t, uint32_t parent, Role role) {
    std::vector<const SemanticItem*> out;
    for (const SemanticItem& i : t.items)
        if (i.parent == parent && i.role == role) out.push_back(&i);
    return out;
}

const SemanticItem* Named(const SemanticTree& t, Role role, const std::string& name) {
    for (const SemanticItem& i : t.items)
        if (i.role == role && i.name == name) return &i;
    return nullptr;
}

}  // namespace

TEST_CASE("semantics: an unchanged frame gives an empty diff; changes, removals and new orders are all in it") {
    const SemanticTree a = Sample();
    CHECK(dl::diff_semantics(a, a).empty());
    CHECK(dl::semantic_diff_json(dl::diff_semantics(a, a)) == R"({"u":[],"r":[],"o":[]})");
    SemanticTree b = a;
    b.items[3].flags &= ~sem::kSelected;  // "b" no longer selected
    b.items.erase(b.items.begin() + 4);   // "c" gone
    const dl::SemanticDiff d = dl::diff_semantics(a, b);
    REQUIRE(d.upserts.size() == 1);
    CHECK(d.upserts[0].id == 4);
    CHECK(d.removed == std::vector<uint32_t>{5});
    REQUIRE(d.orders.size() == 1);
    CHECK(d.orders[0].first == 2);
    CHECK(d.orders[0].second == std::vector<uint32_t>{3, 4});
    // Everything is new to an empty mirror, every parent's order included.
    const dl::SemanticDiff fresh = dl::diff_semantics({}, a);
    CHECK(fresh.upserts.size() == a.items.size());
    CHECK(fresh.orders.size() == 5);  // the root, the listbox, the grid and its two rows
    const std::string json = dl::semantic_diff_json(fresh);
    CHECK(json.find(R"({"id":4,"p":2,"role":"option","f":33,"name":"b","b":[0.0,0.0,0.0,0.0]})") != std::string::npos);
}

TEST_CASE("semantics: Tab visits the stops in reading order, a list and a grid once each, and leaves after the last") {
    SemanticTree t = Sample();
    using M = dl::FocusMove;
    std::vector<uint32_t> walk;
    for (uint32_t f = dl::move_focus(t, 0, M::Next); f; f = dl::move_focus(t, f, M::Next)) walk.push_back(f);
    // The list's stop is its selected option, the grid's its first cell; the disabled button is no
    // stop; then Tab leaves.
    CHECK(walk == std::vector<uint32_t>{1, 4, 8, 13});
    std::vector<uint32_t> back;
    for (uint32_t f = dl::move_focus(t, 0, M::Previous); f; f = dl::move_focus(t, f, M::Previous)) back.push_back(f);
    CHECK(back == std::vector<uint32_t>{13, 8, 4, 1});
    CHECK(dl::move_focus(t, 14, M::Previous) == 13);  // from an item that is no stop (disabled now)
    // From inside the list (its third option, reached by the arrows) Tab goes on past the list.
    CHECK(dl::move_focus(t, 5, M::Next) == 8);
    CHECK(dl::move_focus(t, 12, M::Previous) == 4);
    // The stops as the web mirror's tabindex sees them: with the focus on a grid cell, that cell.
    dl::mark_tab_stops(t, 12);
    std::vector<uint32_t> stops;
    for (const SemanticItem& i : t.items)
        if (i.flags & sem::kTabStop) stops.push_back(i.id);
    CHECK(stops == std::vector<uint32_t>{1, 4, 12, 13});
    // Inside composites the arrows move.
    CHECK(dl::move_focus(t, 4, M::Down) == 5);
    CHECK(dl::move_focus(t, 5, M::Down) == 5);  // no wrapping at the end
    CHECK(dl::move_focus(t, 4, M::Up) == 3);
    CHECK(dl::move_focus(t, 4, M::Last) == 5);
    CHECK(dl::move_focus(t, 5, M::First) == 3);
    CHECK(dl::move_focus(t, 8, M::Right) == 9);
    CHECK(dl::move_focus(t, 9, M::Right) == 9);  // the row ends there
    CHECK(dl::move_focus(t, 9, M::Down) == 12);  // the same column, next row
    CHECK(dl::move_focus(t, 12, M::Up) == 9);
    CHECK(dl::move_focus(t, 1, M::Down) == 1);  // outside composites the arrows do nothing
}

TEST_CASE("semantics: while a modal dialog is drawn only its controls are tab stops; without kModal a dialog holds nothing") {
    SemanticTree t = Sample();
    using M = dl::FocusMove;
    t.items.push_back(Item(20, 0, Role::Dialog, "Save them first?", sem::kModal));
    t.items.push_back(Item(21, 20, Role::Button, "Save", sem::kFocusable));
    t.items.push_back(Item(22, 20, Role::Group, "answers"));
    t.items.push_back(Item(23, 22, Role::Button, "Cancel", sem::kFocusable));
    std::vector<uint32_t> walk;
    for (uint32_t f = dl::move_focus(t, 0, M::Next); f; f = dl::move_focus(t, f, M::Next)) walk.push_back(f);
    CHECK(walk == std::vector<uint32_t>{21, 23});
    CHECK(dl::move_focus(t, 0, M::Previous) == 23);
    CHECK(dl::move_focus(t, 4, M::Next) == 21);  // from behind the dialog, Tab goes into it
    dl::mark_tab_stops(t, 4);
    std::vector<uint32_t> stops;
    for (const SemanticItem& i : t.items)
        if (i.flags & sem::kTabStop) stops.push_back(i.id);
    CHECK(stops == std::vector<uint32_t>{21, 23});  // the mirror's tabindex: nothing behind it
    CHECK(dl::modal_dialog(t) == 20);
    CHECK(dl::is_within(t, 23, 20));
    CHECK_FALSE(dl::is_within(t, 4, 20));
    t.items[14].flags = 0;  // the same dialog, not modal
    CHECK(dl::modal_dialog(t) == 0);
    CHECK(dl::move_focus(t, 0, M::Next) == 1);
}

TEST_CASE("semantics: the widget's tree names what it draws, as the content says") {
    const nlohmann::json content = Content();
    const auto p = Nato();
    Headless imgui;
    dl::UiState ui;
    dl::ApplyTheme(false, false);
    for (int f = 0; f < 3; ++f) imgui.Frame(*p, ui, ImVec2(1280, 800));
    const SemanticTree& t = ui.drawn_semantics;
    // The title, level 1.
    const SemanticItem* title = Named(t, Role::Heading, content["title"].get<std::string>());
    REQUIRE(title);
    CHECK(title->level == 1);
    // The tabs of the wide layout: every reader's view but Claims, which sits on the left.
    const SemanticItem* tabs = nullptr;
    for (const SemanticItem& i : t.items)
        if (i.role == Role::TabList) tabs = &i;
    REQUIRE(tabs);
    std::vector<std::string> names;
    for (const SemanticItem* tab : Children(t, tabs->id, Role::Tab)) names.push_back(tab->name);
    CHECK(names == std::vector<std::string>{"Overview", "Positions", "Map", "Article", "Timeline"});
    CHECK((Children(t, tabs->id, Role::Tab)[0]->flags & sem::kSelected));
    // The claims list: a listbox of every claim, "Speaker: summary", in the file's order.
    const SemanticItem* list = Named(t, Role::ListBox, "Claims");
    REQUIRE(list);
    const auto options = Children(t, list->id, Role::Option);
    REQUIRE(options.size() == content["claims"].size());
    std::map<std::string, std::string> speaker;
    for (const auto& a : content["actors"]) speaker[a["id"]] = a["name"];
    for (size_t k = 0; k < options.size(); ++k) {
        const auto& c = content["claims"][k];
        CHECK(options[k]->name == speaker[c["actor"]] + ": " + c["summary"].get<std::string>());
        CHECK(options[k]->pos_in_set == static_cast<int>(k) + 1);
        CHECK(options[k]->set_size == static_cast<int>(options.size()));
        CHECK(options[k]->action.select_claim == static_cast<int>(k));
        CHECK_FALSE((options[k]->flags & sem::kSelected));
    }
    // Ids are unique, and every item a key can reach has a name and a size a finger can hit.
    std::set<uint32_t> ids;
    for (const SemanticItem& i : t.items) {
        CHECK_MESSAGE(ids.insert(i.id).second, i.name);
        if (i.flags & sem::kFocusable) {
            CHECK_MESSAGE(!i.name.empty(), dl::role_name(i.role));
            CHECK_MESSAGE(i.bounds.x1 - i.bounds.x0 >= 24, i.name);
            CHECK_MESSAGE(i.bounds.y1 - i.bounds.y0 >= 24, i.name);
        }
    }
}

TEST_CASE("semantics: the stance matrix is a grid whose headers are the people and the questions") {
    const nlohmann::json content = Content();
    const auto p = Nato();
    Headless imgui;
    dl::UiState ui;
    dl::ApplyTheme(false, false);
    ui.reader.view = dl::View::Positions;
    for (int f = 0; f < 4; ++f) imgui.Frame(*p, ui, ImVec2(1280, 800));
    const SemanticTree& t = ui.drawn_semantics;
    std::vector<std::string> columns, rows;
    size_t cells = 0;
    for (const SemanticItem& i : t.items) {
        if (i.role == Role::ColumnHeader) columns.push_back(i.name);
        if (i.role == Role::RowHeader) rows.push_back(i.name);
        cells += i.role == Role::GridCell;
    }
    std::vector<std::string> people{"Question"}, questions;
    for (const auto& a : content["actors"])
        if (a["role"] != "referenced") people.push_back(a["name"]);
    for (const auto& q : content["questions"]) questions.push_back(q["text"]);
    CHECK(columns == people);
    CHECK(rows == questions);
    CHECK(cells == (people.size() - 1) * questions.size());
    // A cell says whose stance on what, and tracing it selects its first grounding claim.
    const auto& stance = content["stances"][0];
    std::string actor_name, question_short;
    for (const auto& a : content["actors"])
        if (a["id"] == stance["actor"]) actor_name = a["name"];
    for (const auto& q : content["questions"])
        if (q["id"] == stance["question"]) question_short = q["short"];
    bool found = false;
    for (const SemanticItem& i : t.items)
        if (i.role == Role::GridCell && i.name.rfind(actor_name + ", " + question_short + ": ", 0) == 0) {
            found = true;
            CHECK(i.name.find(stance["position"].get<std::string>()) != std::string::npos);
            CHECK(p->debate->claims[i.action.select_claim].id == stance["claims"][0].get<std::string>());
        }
    CHECK(found);
}

TEST_CASE("keyboard: Tab walks the stops in reading order, arrows move in the list, Enter selects") {
    const nlohmann::json content = Content();
    const auto p = Nato();
    Headless imgui;
    dl::UiState ui;
    dl::ApplyTheme(false, false);
    const ImVec2 desk(1280, 800);
    for (int f = 0; f < 3; ++f) imgui.Frame(*p, ui, desk);
    CHECK(ui.focus_id == 0);
    CHECK_FALSE(ui.focus_visible);  // no ring before a key is used
    // The first stops: the search field, the theme switch, About, then (reading the wide layout's left
    // column first) the claims list's first filter.
    std::vector<std::string> visited;
    for (int k = 0; k < 4; ++k) {
        imgui.Frame(*p, ui, desk, ImGuiKey_Tab);
        imgui.Frame(*p, ui, desk);
        const SemanticItem* f = ui.drawn_semantics.find(ui.focus_id);
        REQUIRE(f);
        visited.push_back(f->name);
    }
    const std::vector<std::string> expected{"Search claims, people, evidence and article text", "Dark theme",
                                            "About this content", "Filter by speaker"};
    for (size_t k = 0; k < visited.size(); ++k) CAPTURE(visited[k]);
    CHECK_MESSAGE(visited == expected, visited[0] << " | " << visited[1] << " | " << visited[2] << " | " << visited[3]);
    CHECK(ui.focus_visible);
    // On to the claims list: Tab until an option has the focus.
    for (int k = 0; k < 20; ++k) {
        const SemanticItem* f = ui.drawn_semantics.find(ui.focus_id);
        if (f && f->role == Role::Option) break;
        imgui.Frame(*p, ui, desk, ImGuiKey_Tab);
        imgui.Frame(*p, ui, desk);
    }
    const SemanticItem* option = ui.drawn_semantics.find(ui.focus_id);
    REQUIRE(option);
    REQUIRE(option->role == Role::Option);
    CHECK(option->action.select_claim == 0);  // nothing selected: the list's first
    imgui.Frame(*p, ui, desk, ImGuiKey_DownArrow);
    imgui.Frame(*p, ui, desk);
    imgui.Frame(*p, ui, desk, ImGuiKey_DownArrow);
    imgui.Frame(*p, ui, desk);
    CHECK(ui.drawn_semantics.find(ui.focus_id)->action.select_claim == 2);
    dl::UiAction a = imgui.Frame(*p, ui, desk, ImGuiKey_Enter);
    CHECK(a.select_claim == 2);
    CHECK(content["claims"][2]["id"] == p->debate->claims[a.select_claim].id);
}

TEST_CASE("semantics: the Compare picker's field and chips, each chip's action the column it takes away") {
    const auto p = Fixture("fictional-panel-40.json");
    const dl::Debate& d = *p->debate;
    Headless imgui;
    dl::UiState ui;
    ui.reader.view = dl::View::Positions;
    dl::ApplyTheme(false, false);
    for (int f = 0; f < 3; ++f) imgui.Frame(*p, ui, ImVec2(1280, 800));
    const SemanticTree& t = ui.drawn_semantics;
    CHECK(Named(t, Role::TextBox, "Find a person to compare") != nullptr);
    const int first = dl::stance_matrix_actors(d).front();
    const SemanticItem* chip = Named(t, Role::Button, "Remove " + d.actors[first].name);
    REQUIRE(chip != nullptr);
    CHECK(chip->action.toggle_column == first);
    const SemanticItem* hide = Named(t, Role::Button, "Hide everyone");
    REQUIRE(hide != nullptr);
    CHECK(hide->action.all_columns == 0);
    CHECK(Named(t, Role::Button, "Show everyone") == nullptr);  // everyone is shown already
    // Two lines of chips, then one that shows them all.
    const SemanticItem* more = nullptr;
    for (const SemanticItem& i : t.items)
        if (i.role == Role::Button && i.action.compare_chips == 1) more = &i;
    REQUIRE(more != nullptr);
    CHECK(more->name == "Show all 40 people shown");
}

TEST_CASE("semantics: a tree map's claims fold from the keyboard (Right unfolds), the fold buttons say how many they hide") {
    const auto p = Fixture("fictional-tree-1000.json");
    const dl::ClaimTree& tree = p->tree;
    Headless imgui;
    dl::UiState ui;
    ui.reader.view = dl::View::Map;
    dl::ApplyTheme(false, false);
    const ImVec2 desk(1280, 800);
    for (int f = 0; f < 3; ++f) imgui.Frame(*p, ui, desk);
    // A folded thread on screen: its claim is an expandable, collapsed item whose toggle unfolds it.
    const SemanticItem* node = nullptr;
    int claim = -1;
    for (int c : tree.threads) {
        node = Named(ui.drawn_semantics, Role::Button, p->debate->actors[0].name + ": " + p->debate->claims[c].summary);
        if (node && ui.map_folds.folded[c]) {
            claim = c;
            break;
        }
    }
    REQUIRE(claim >= 0);
    CHECK((node->flags & sem::kExpandable) != 0);
    CHECK((node->flags & sem::kExpanded) == 0);
    CHECK(node->toggle.toggle_map_fold == claim);
    const SemanticItem* button =
        Named(ui.drawn_semantics, Role::Button,
              "Unfold the " + std::to_string(tree.descendants(claim)) + " claims under: " + p->debate->claims[claim].summary);
    REQUIRE(button != nullptr);
    CHECK(button->action.toggle_map_fold == claim);
    CHECK((button->flags & sem::kFocusable) == 0);  // not a second stop beside its claim
    // Focus on the claim, then Right: the action unfolds it.
    ui.focus_id = node->id;
    const dl::UiAction right = imgui.Frame(*p, ui, desk, ImGuiKey_RightArrow);
    CHECK(right.toggle_map_fold == claim);
    dl::ApplyViewAction(ui, right);
    CHECK_FALSE(ui.map_folds.folded[claim]);
}

TEST_CASE("semantics: the Overview lists each question's balance, the groups and the note as the content gives them") {
    const nlohmann::json content = Content();
    const auto p = Nato();
    Headless imgui;
    dl::UiState ui;
    dl::ApplyTheme(false, false);
    for (int f = 0; f < 3; ++f) imgui.Frame(*p, ui, ImVec2(1280, 2400));  // tall: every question on screen
    const SemanticTree& t = ui.drawn_semantics;
    // "Should the West accept Russia's terms?": the commentators who answer "no" or "strongly no", by name.
    std::string no;
    std::map<std::string, std::string> names;
    for (const auto& a : content["actors"]) names[a["id"]] = a["name"];
    for (const auto& s : content["stances"])
        if (s["question"] == "accept-terms" && (s["leaning"] == "no" || s["leaning"] == "strong_no"))
            no += (no.empty() ? "" : ", ") + names[s["actor"]];
    const SemanticItem* list = Named(t, Role::List, "Where the panel stands: " + p->debate->questions[p->debate->find_question("accept-terms")].short_label);
    REQUIRE(list != nullptr);
    const std::vector<const SemanticItem*> groups = Children(t, list->id, Role::ListItem);
    REQUIRE(groups.size() == 2);
    CHECK(groups[1]->name == "No, 4: " + no);
    CHECK(Named(t, Role::Paragraph, "All four commentators lean no; the subject leans yes.") != nullptr);
}
