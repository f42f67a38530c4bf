// What the big debates need from the views, in a bare headless ImGui (ui_smoke_test.cpp draws every
// view of them): the stance table's columns (never narrower than a word, question column and header
// frozen, scrolling), the Compare chips, the tree map's folds (clicked like a reader would), framing
// and deep links, the tree claims list.
#include "model/formats.h"
#include "model/load.h"
#include "model/prepared.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"
#include "glyph_ranges.h"
#include "model/text.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <iterator>

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
    // One frame; the parts of the action that change only the widget's state are applied, as the app would.
    dl::UiAction Frame(const dl::PreparedDebate* p, const dl::ContentStatus& status, dl::UiState& ui, ImVec2 size) {
        ImGui::GetIO().DisplaySize = size;
        ImGui::NewFrame();
        dl::UiAction a = dl::DrawExplainer(p, status, ui);
        ImGui::Render();
        if (p) dl::ApplyViewAction(ui, a);
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


// The stance table drawn in the last frame (the one whose window name says "stances").
ImGuiTable* StanceTable() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    for (int n = 0; n < g.Tables.GetMapSize(); ++n)
        if (ImGuiTable* t = g.Tables.TryGetMapData(n))
            if (t->LastFrameActive == g.FrameCount && t->InnerWindow && std::strstr(t->InnerWindow->Name, "stances")) return t;
    return nullptr;
}

float LongestWordWidth(const std::string& text) {
    float widest = 0;
    for (size_t start = 0; start < text.size();) {
        size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        widest = std::max(widest, ImGui::CalcTextSize(text.data() + start, text.data() + end).x);
        start = end + 1;
    }
    return widest;
}

dl::UiState ViewState(dl::View v, bool dark = false) {
    dl::UiState ui;
    ui.dark = dark;
    ui.reader.view = v;
    ui.view_requested = true;
    return ui;
}

// The Positions view drawn for a few frames at 1280x800 (light, desktop): its stance table.
ImGuiTable* DrawnStanceTable(HeadlessImGui& imgui, const dl::PreparedDebate& p, dl::UiState& ui) {
    dl::ApplyTheme(false, false);
    for (int f = 0; f < 4; ++f) imgui.Frame(&p, {}, ui, ImVec2(1280, 800));
    ImGuiTable* t = StanceTable();
    REQUIRE(t != nullptr);
    return t;
}

// Every actor column is at least as wide as the longest word of its header, so names wrap between words only.
void CheckColumnsHoldTheirWords(ImGuiTable* t) {
    for (int c = 1; c < t->ColumnsCount; ++c) {
        const std::string name = ImGui::TableGetColumnName(t, c);
        CAPTURE(name);
        CHECK(t->Columns[c].WidthGiven >= LongestWordWidth(name));
    }
}

TEST_CASE("40 actors: every column at least its longest word, the question column stays put, chips take columns away") {
    HeadlessImGui imgui;
    const auto p = Load(DL_SOURCE_DIR "/tests/fixtures/fictional-panel-40.json");
    const dl::Debate& d = *p->debate;
    const std::vector<int> actors = dl::stance_matrix_actors(d);
    REQUIRE(actors.size() == 40);
    dl::UiState ui = ViewState(dl::View::Positions);
    ImGuiTable* t = DrawnStanceTable(imgui, *p, ui);
    REQUIRE(t->ColumnsCount == 41);
    CHECK(t->FreezeColumnsRequest == 1);
    CHECK(t->FreezeRowsRequest == 1);
    CheckColumnsHoldTheirWords(t);
    // Forty columns do not fit in 1280 px: the table scrolls sideways, the question column does not.
    REQUIRE(t->InnerWindow->ScrollMax.x > 0);
    const float question_x = t->Columns[0].MinX, first_actor_x = t->Columns[1].MinX;
    ImGui::SetScrollX(t->InnerWindow, 300);
    for (int f = 0; f < 2; ++f) imgui.Frame(p.get(), {}, ui, ImVec2(1280, 800));
    t = StanceTable();
    REQUIRE(t != nullptr);
    CHECK(t->Columns[0].MinX == question_x);
    CHECK(t->Columns[1].MinX == doctest::Approx(first_actor_x - 300).epsilon(0.01));

    // Removing a chip, as the picker's action does, takes the column away; "Show all" brings it back.
    dl::UiAction hide;
    hide.toggle_column = actors[3];
    dl::ApplyViewAction(ui, hide);
    for (int f = 0; f < 2; ++f) imgui.Frame(p.get(), {}, ui, ImVec2(1280, 800));
    REQUIRE(StanceTable() != nullptr);
    CHECK(StanceTable()->ColumnsCount == 40);
    CHECK(std::string(ImGui::TableGetColumnName(StanceTable(), 4)) == d.actors[actors[4]].name);
    dl::UiAction all;
    all.all_columns = 1;
    dl::ApplyViewAction(ui, all);
    for (int f = 0; f < 2; ++f) imgui.Frame(p.get(), {}, ui, ImVec2(1280, 800));
    CHECK(StanceTable()->ColumnsCount == 41);
    // The picker's search finds people by any part of their name.
    ui.compare_search = "cholmond";
    for (int f = 0; f < 2; ++f) imgui.Frame(p.get(), {}, ui, ImVec2(1280, 800));
    CHECK(WindowDrawn("stances"));
}

TEST_CASE("the bundled debate's five columns stay side by side at 1280 px, no sideways scrolling") {
    HeadlessImGui imgui;
    const auto p = Load(DL_SOURCE_DIR "/content/nato-guarantees-2021.json");
    dl::UiState ui = ViewState(dl::View::Positions);
    ImGuiTable* t = DrawnStanceTable(imgui, *p, ui);
    CHECK(t->ColumnsCount == 6);
    CHECK(t->InnerWindow->ScrollMax.x == 0);
    CheckColumnsHoldTheirWords(t);
}

// Where a tree node's fold button is on screen, from the layout the map drew and its camera.
ImVec2 FoldButtonOnScreen(const dl::UiState& ui, int claim) {
    const dl::Rect b = ui.caches.map.layout.toggle_box(claim);
    const dl::MapCamera& cam = ui.reader.map;
    const float ox = ui.map_box.x0, oy = ui.map_box.y0;  // the canvas's top-left (not clipped at the top here)
    return ImVec2(ox + ((b.x0 + b.x1) / 2 - cam.x) * cam.zoom, oy + ((b.y0 + b.y1) / 2 - cam.y) * cam.zoom);
}

TEST_CASE("the 1,000-claim tree: opens folded, on the thesis; a click on a fold button unfolds it") {
    HeadlessImGui imgui;
    const auto p = Load(DL_SOURCE_DIR "/tests/fixtures/fictional-tree-1000.json");
    const dl::ClaimTree& tree = p->tree;
    REQUIRE(tree.is_tree());
    for (ImVec2 size : {ImVec2(1280, 800), ImVec2(360, 640)}) {
        CAPTURE(size.x);
        dl::ApplyTheme(false, size.x < 1000);
        dl::UiState ui = ViewState(dl::View::Map);
        for (int f = 0; f < 3; ++f) imgui.Frame(p.get(), {}, ui, size);
        REQUIRE(ui.caches.map.layout.kind == dl::LayoutKind::Tree);
        // Drawn: the thesis, in the canvas, and nothing from inside a fold.
        bool thesis = false;
        for (const dl::DrawnNode& n : ui.map_drawn) {
            CHECK_FALSE(ui.caches.map.layout.nodes[n.claim].hidden);
            if (n.claim == tree.roots[0]) {
                thesis = true;
                CHECK(n.x >= ui.map_box.x0);
                CHECK(n.x + n.w <= ui.map_box.x1);
                CHECK(n.y >= ui.map_box.y0);
                CHECK(n.y + n.h <= ui.map_box.y1);
            }
        }
        CHECK(thesis);
        CHECK(ui.reader.map.zoom >= 0.75f);
        // A click (press and release in place) on the first folded claim's fold button unfolds it.
        int thread = -1;
        for (int c : tree.order)
            if (thread < 0 && ui.map_folds.folded[c] && !ui.caches.map.layout.nodes[c].hidden) thread = c;
        REQUIRE(thread >= 0);
        // Brought to the middle of the canvas first (a phone shows little of the map at once).
        const dl::Rect b = ui.caches.map.layout.toggle_box(thread);
        ui.reader.map.x = (b.x0 + b.x1) / 2 - ui.reader.map.canvas_w / 2 / ui.reader.map.zoom;
        ui.reader.map.y = (b.y0 + b.y1) / 2 - ui.reader.map.canvas_h / 2 / ui.reader.map.zoom;
        imgui.Frame(p.get(), {}, ui, size);
        const ImVec2 at = FoldButtonOnScreen(ui, thread);
        REQUIRE(ui.map_box.contains(at.x, at.y));
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        imgui.Frame(p.get(), {}, ui, size);
        io.MouseDown[0] = true;
        imgui.Frame(p.get(), {}, ui, size);
        io.MouseDown[0] = false;
        const dl::UiAction clicked = imgui.Frame(p.get(), {}, ui, size);
        CHECK(clicked.toggle_map_fold == thread);
        CHECK(clicked.select_claim == -1);  // the button, not the claim under it
        CHECK_FALSE(ui.map_folds.folded[thread]);
        imgui.Frame(p.get(), {}, ui, size);
        for (int k = tree.child_begin[thread]; k < tree.child_begin[thread + 1]; ++k)
            CHECK_FALSE(ui.caches.map.layout.nodes[tree.children[k]].hidden);
        io.MousePos = ImVec2(-1, -1);
        // "Unfold all" shows every claim; "Fold" goes back to how the map opened.
        dl::UiAction unfold;
        unfold.map_fold_all = 0;
        dl::ApplyViewAction(ui, unfold);
        imgui.Frame(p.get(), {}, ui, size);
        int shown = 0;
        for (const dl::NodeBox& n : ui.caches.map.layout.nodes) shown += !n.hidden;
        CHECK(shown == 1000);
        dl::UiAction fold;
        fold.map_fold_all = 1;
        dl::ApplyViewAction(ui, fold);
        imgui.Frame(p.get(), {}, ui, size);
        CHECK(ui.map_folds.folded == dl::default_folded(tree));
    }
}

TEST_CASE("a selection inside a fold unfolds the way to it, and the map opens framed on it") {
    HeadlessImGui imgui;
    const auto p = Load(DL_SOURCE_DIR "/tests/fixtures/fictional-tree-1000.json");
    const dl::ClaimTree& tree = p->tree;
    const int deep = static_cast<int>(std::max_element(tree.depth.begin(), tree.depth.end()) - tree.depth.begin());
    dl::ApplyTheme(false, false);
    dl::UiState ui = ViewState(dl::View::Map);
    ui.reader.selected_claim = deep;
    ui.scroll_to_selection = true;
    for (int f = 0; f < 3; ++f) imgui.Frame(p.get(), {}, ui, ImVec2(1280, 800));
    bool drawn = false;
    for (const dl::DrawnNode& n : ui.map_drawn)
        if (n.claim == deep) drawn = n.x >= ui.map_box.x0 && n.x + n.w <= ui.map_box.x1 && n.y >= ui.map_box.y0 && n.y + n.h <= ui.map_box.y1;
    CHECK(drawn);
    for (int a = tree.parent[deep]; a >= 0; a = tree.parent[a]) CHECK_FALSE(ui.map_folds.folded[a]);
}

TEST_CASE("the bundled debate's map opens on the statement under debate; a link's camera wins over framing") {
    HeadlessImGui imgui;
    const auto p = Load(DL_SOURCE_DIR "/content/nato-guarantees-2021.json");
    const int statement = dl::opening_claim(*p->debate, p->tree);
    REQUIRE(p->debate->claims[statement].id == "putin-demand");
    dl::ApplyTheme(false, false);
    {
        dl::UiState ui = ViewState(dl::View::Map);
        for (int f = 0; f < 3; ++f) imgui.Frame(p.get(), {}, ui, ImVec2(1280, 800));
        bool inside = false;
        for (const dl::DrawnNode& n : ui.map_drawn)
            if (n.claim == statement) inside = n.x >= ui.map_box.x0 && n.x + n.w <= ui.map_box.x1 && n.y >= ui.map_box.y0 && n.y + n.h <= ui.map_box.y1;
        CHECK(inside);
        CHECK(ui.reader.map.zoom >= 0.75f);
        CHECK(ui.reader.map.zoom <= 1.2f);
    }
    {   // As ApplyLocation leaves it for "#view=map&zoom=1.50&at=600.00,400.00".
        dl::UiState ui = ViewState(dl::View::Map);
        ui.reader.map.zoom = 1.5f;
        ui.reader.map.needs_fit = false;
        ui.reader.map.center_pending = true;
        ui.reader.map.center_x = 600;
        ui.reader.map.center_y = 400;
        for (int f = 0; f < 3; ++f) imgui.Frame(p.get(), {}, ui, ImVec2(1280, 800));
        CHECK(ui.reader.map.zoom == 1.5f);
        CHECK(ui.reader.map.CenterX() == doctest::Approx(600));
        CHECK(ui.reader.map.CenterY() == doctest::Approx(400));
    }
}

TEST_CASE("a tree debate's claims list: one heading row per thread, counted as a row by the clipper") {
    HeadlessImGui imgui;
    const auto p = Load(DL_SOURCE_DIR "/tests/fixtures/fictional-tree-1000.json");
    dl::ApplyTheme(false, false);
    dl::UiState ui = ViewState(dl::View::Claims);
    for (int f = 0; f < 3; ++f) imgui.Frame(p.get(), {}, ui, ImVec2(360, 640));
    ImGuiWindow* list = nullptr;
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::strstr(w->Name, "claim-list") && w->WasActive) list = w;
    REQUIRE(list != nullptr);
    // The clipper sizes the list as rows x row height: 1,000 claims and one heading per thread.
    const float row = dl::TouchRowHeight() + ImGui::GetStyle().ItemSpacing.y;
    const float rows = (list->ContentSize.y + ImGui::GetStyle().ItemSpacing.y) / row;
    CHECK(rows == doctest::Approx(static_cast<float>(1000 + p->tree.threads.size())).epsilon(0.001));
}
