// Tree-shaped debates: detection (each rule on a small document), the structure of the 1,000-claim
// fixture against the parents read straight from its JSON, folding, the tree layout (no overlaps,
// children right of and below their parents, folded subtrees hidden), framing, and thread rows.
#include "test_support.h"
#include "model/formats.h"
#include "model/layout.h"
#include "model/tree.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>
#include <set>

using namespace dl;
using namespace dl::test;
using nlohmann::json;

namespace {
const char* const kTreeFixture = "tests/fixtures/fictional-tree-1000.json";


// A valid debate of `claims` claims (one paragraph each, one author, no questions) with these
// relations, each {from, to} supporting.
std::shared_ptr<const Debate> tiny(int claims, const std::vector<std::pair<int, int>>& relations) {
    json doc = {{"format", "debatelens/1"}, {"id", "tiny"}, {"content_version", "1"}, {"title", "Tiny"},
                {"article", {{"title", "T"}, {"publisher", "P"}, {"date", "2024"}, {"language", "en"}, {"paragraphs", json::array()}}},
                {"actors", json::array({{{"id", "a"}, {"name", "A"}, {"role", "commentator"}, {"affiliations", json::array()}, {"description", "d"}}})},
                {"questions", json::array()}, {"claims", json::array()}, {"relations", json::array()}, {"stances", json::array()}};
    for (int c = 0; c < claims; ++c) {
        const std::string id = "c" + std::to_string(c), text = "Claim number " + std::to_string(c) + ".";
        doc["article"]["paragraphs"].push_back({{"id", "p" + std::to_string(c)}, {"text", text}, {"kind", "body"}});
        doc["claims"].push_back({{"id", id}, {"actor", "a"}, {"summary", text}, {"kind", "assertion"}, {"quote", text},
                                 {"paragraph", "p" + std::to_string(c)}});
    }
    for (auto [from, to] : relations)
        doc["relations"].push_back({{"from", "c" + std::to_string(from)}, {"to", "c" + std::to_string(to)}, {"type", "supports"}});
    LoadResult r = load_debate_text(doc.dump(), "tiny.json");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    return r.debate;
}

// Parents as the fixture's JSON states them: the `to` of the first relation each claim starts.
std::map<std::string, std::string> json_parents(const json& doc) {
    std::map<std::string, std::string> parent;
    for (const json& r : doc["relations"]) parent.emplace(r["from"].get<std::string>(), r["to"].get<std::string>());
    return parent;
}

bool overlap(const Rect& p, const Rect& q) { return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1; }
}  // namespace

TEST_CASE("tree rules: each one decides on a small document") {
    // 0 is the thesis; 1 and 2 answer it, 3 answers 1.
    CHECK(analyse_claim_tree(*tiny(4, {{1, 0}, {2, 0}, {3, 1}})).shape == TreeShape::Tree);
    CHECK(analyse_claim_tree(*tiny(1, {})).shape == TreeShape::TooSmall);
    CHECK(analyse_claim_tree(*tiny(4, {{1, 0}, {2, 1}, {0, 2}, {3, 0}})).shape == TreeShape::Cycle);
    CHECK(analyse_claim_tree(*tiny(4, {{1, 0}, {2, 0}})).shape == TreeShape::IsolatedClaims);
    // Two separate pairs: two roots for four claims.
    CHECK(analyse_claim_tree(*tiny(4, {{1, 0}, {3, 2}})).shape == TreeShape::TooManyRoots);
    // A cross reference after the tree relations is fine; three of them on three tree links are not.
    CHECK(analyse_claim_tree(*tiny(4, {{1, 0}, {2, 0}, {3, 1}, {3, 2}})).shape == TreeShape::Tree);
    CHECK(analyse_claim_tree(*tiny(4, {{1, 0}, {2, 0}, {3, 1}, {3, 2}, {2, 1}, {1, 2}})).shape == TreeShape::TooManyCrossLinks);
    // The first relation a claim starts is its parent link, whatever comes after it.
    const ClaimTree t = analyse_claim_tree(*tiny(4, {{1, 0}, {2, 0}, {3, 1}, {3, 2}}));
    CHECK(t.parent == std::vector<int>{-1, 0, 0, 1});
    CHECK(t.depth == std::vector<int>{0, 1, 1, 2});
    CHECK(t.order == std::vector<int>{0, 1, 3, 2});
    CHECK(t.threads == std::vector<int>{1, 2});
    CHECK(t.thread_of == std::vector<int>{-1, 0, 1, 0});
}

TEST_CASE("the shipped debates are not trees, for the reason the rules give") {
    CHECK(analyse_claim_tree(*load_source("content/nato-guarantees-2021.json")).shape == TreeShape::IsolatedClaims);
    CHECK(analyse_claim_tree(*load_source("tests/fixtures/fictional-harbour-bridge.json")).shape == TreeShape::Cycle);
    CHECK(analyse_claim_tree(*load_source("tests/fixtures/fictional-library-hours.json")).shape == TreeShape::IsolatedClaims);
    CHECK(layout_claim_graph(*load_source("content/nato-guarantees-2021.json")).kind == LayoutKind::Lanes);
}

TEST_CASE("a Kialo export, as the importer converts it, is a tree: one root, its numbered branches as threads") {
    const std::string path = source_path("tests/fixtures/kialo/harbour-toll.txt");
    const LoadResult r = load_any_debate_file(path);
    REQUIRE_MESSAGE(r.ok(), r.summary());
    const ClaimTree t = analyse_claim_tree(*r.debate);
    REQUIRE(t.is_tree());
    CHECK(t.roots.size() == 1);
    // The oracle: the export's own numbering. "1." is the thesis, "1.N." the top-level branches, and
    // a claim's depth is the count of its number's parts less one; "-> See" lines are no claims.
    std::istringstream lines(read_file(path));
    int branches = 0, deepest = 0;
    for (std::string line; std::getline(lines, line);) {
        size_t end = 0, parts = 0;
        while (end < line.size() && (std::isdigit(static_cast<unsigned char>(line[end])) || line[end] == '.')) parts += line[end++] == '.';
        if (parts == 0 || line.find("-> See") != std::string::npos) continue;
        branches += parts == 2;
        deepest = std::max(deepest, static_cast<int>(parts) - 1);
    }
    CHECK(static_cast<int>(t.threads.size()) == branches);
    CHECK(t.max_depth == deepest);
    CHECK(layout_claim_graph(*r.debate).kind == LayoutKind::Tree);
}

TEST_CASE("the 1,000-claim fixture is a tree whose structure matches its JSON") {
    const auto d = load_source(kTreeFixture);
    const json doc = json::parse(read_file(source_path(kTreeFixture)));
    const ClaimTree t = analyse_claim_tree(*d);
    REQUIRE(t.is_tree());
    REQUIRE(d->claims.size() == 1000);
    // Depths from the JSON's parents, by walking up.
    const auto parent = json_parents(doc);
    std::map<std::string, int> depth;
    int deepest = 0, top = 0;
    for (const json& c : doc["claims"]) {
        int k = 0;
        for (std::string id = c["id"]; parent.count(id); id = parent.at(id)) ++k;
        depth[c["id"]] = k;
        deepest = std::max(deepest, k);
        top += k == 1;
    }
    CHECK(deepest == 19);
    CHECK(t.max_depth == 19);
    CHECK(t.roots.size() == 1);
    CHECK(static_cast<int>(t.threads.size()) == top);
    for (size_t c = 0; c < d->claims.size(); ++c) {
        CAPTURE(d->claims[c].id);
        CHECK(t.depth[c] == depth[d->claims[c].id]);
        if (t.parent[c] >= 0) CHECK(d->claims[t.parent[c]].id == parent.at(d->claims[c].id));
    }
    // Depth-first order: every claim once, each subtree one contiguous run right after its root.
    CHECK(std::set<int>(t.order.begin(), t.order.end()).size() == d->claims.size());
    for (size_t c = 0; c < d->claims.size(); ++c)
        if (t.parent[c] >= 0) {
            CHECK(t.is_ancestor(t.parent[c], static_cast<int>(c)));
            CHECK(t.subtree_end[c] <= t.subtree_end[t.parent[c]]);
        }
    CHECK(layout_claim_graph(*d).kind == LayoutKind::Tree);
}

TEST_CASE("a big tree opens folded to the deepest level that fits the budget; unfolding reveals a claim") {
    const auto d = load_source(kTreeFixture);
    const ClaimTree t = analyse_claim_tree(*d);
    std::vector<int> at_depth(t.max_depth + 1, 0);
    for (int dep : t.depth) ++at_depth[dep];
    // The expected level, from the counts per depth.
    int level = 1, shown = at_depth[0] + at_depth[1];
    while (level + 1 <= t.max_depth && shown + at_depth[level + 1] <= 40) shown += at_depth[++level];
    const std::vector<char> folded = default_folded(t, 40);
    const GraphLayout g = layout_claim_graph(*d, t, folded);
    int visible = 0;
    for (const NodeBox& n : g.nodes) visible += !n.hidden;
    CHECK(visible == shown);
    for (size_t c = 0; c < d->claims.size(); ++c) CHECK(g.nodes[c].hidden == (t.depth[c] > level));
    // A small tree opens unfolded.
    const ClaimTree small = analyse_claim_tree(*tiny(4, {{1, 0}, {2, 0}, {3, 1}}));
    CHECK(default_folded(small, 40) == std::vector<char>(4, 0));
    // The deepest claim, once revealed, is shown with all its ancestors.
    const int deep = static_cast<int>(std::max_element(t.depth.begin(), t.depth.end()) - t.depth.begin());
    std::vector<char> f = folded;
    CHECK(unfold_ancestors(t, f, deep));
    CHECK_FALSE(unfold_ancestors(t, f, deep));
    const GraphLayout revealed = layout_claim_graph(*d, t, f);
    for (int a = deep; a >= 0; a = t.parent[a]) CHECK_FALSE(revealed.nodes[a].hidden);
}

TEST_CASE("tree layout: no overlaps, children right of and not above their parent, folds hide whole subtrees") {
    const auto d = load_source(kTreeFixture);
    const ClaimTree t = analyse_claim_tree(*d);
    const GraphLayout g = layout_claim_graph(*d, t, {});
    REQUIRE(g.kind == LayoutKind::Tree);
    // Rows never overlap within a column, so sorting by (column, top) makes overlaps neighbours.
    std::vector<int> by_place(d->claims.size());
    for (size_t c = 0; c < by_place.size(); ++c) by_place[c] = static_cast<int>(c);
    std::sort(by_place.begin(), by_place.end(), [&](int a, int b) {
        return g.nodes[a].box.x0 != g.nodes[b].box.x0 ? g.nodes[a].box.x0 < g.nodes[b].box.x0 : g.nodes[a].box.y0 < g.nodes[b].box.y0;
    });
    int overlaps = 0;
    for (size_t i = 1; i < by_place.size(); ++i) overlaps += overlap(g.nodes[by_place[i - 1]].box, g.nodes[by_place[i]].box);
    CHECK(overlaps == 0);
    for (size_t c = 0; c < d->claims.size(); ++c) {
        const NodeBox& n = g.nodes[c];
        CHECK_FALSE(n.hidden);
        CHECK(n.box.x1 <= g.bounds.x1);
        CHECK(n.box.y1 <= g.bounds.y1);
        if (t.parent[c] < 0) continue;
        const NodeBox& p = g.nodes[t.parent[c]];
        CHECK(n.box.x0 > g.toggle_box(p.claim).x1);  // right of the parent's fold button
        CHECK(n.box.y0 >= p.box.y0);                // on its row or below
        // The fold button sits right of its box and left of every child.
        CHECK(g.toggle_box(p.claim).x0 > p.box.x1);
    }
    CHECK(g.edges.size() == d->relations.size());

    // Fold the first thread: exactly its descendants disappear, with their edges, and its button says how many.
    const int thread = t.threads.front();
    std::vector<char> folded(d->claims.size(), 0);
    folded[thread] = 1;
    const GraphLayout f = layout_claim_graph(*d, t, folded);
    int hidden = 0;
    for (size_t c = 0; c < d->claims.size(); ++c) {
        const bool inside = t.is_ancestor(thread, static_cast<int>(c));
        CHECK(f.nodes[c].hidden == inside);
        hidden += inside;
    }
    CHECK(f.nodes[thread].folded);
    CHECK(f.nodes[thread].hidden_below == hidden);
    CHECK(hidden == t.descendants(thread));
    for (const EdgeRoute& e : f.edges) {
        CHECK_FALSE(f.nodes[d->relations[e.relation].from].hidden);
        CHECK_FALSE(f.nodes[d->relations[e.relation].to].hidden);
    }
    // The folded claim stays where it was; what followed its subtree moves up into the rows it left.
    CHECK(f.nodes[thread].box.y0 == g.nodes[thread].box.y0);
    const int next_thread = t.threads[1];
    CHECK(f.nodes[next_thread].box.y0 < g.nodes[next_thread].box.y0);
    // Hidden claims are never hit; the fold button is.
    const Rect& gone = g.nodes[t.order[t.position[thread] + 1]].box;
    CHECK(f.hit_test({(gone.x0 + gone.x1) / 2, (gone.y0 + gone.y1) / 2}) != t.order[t.position[thread] + 1]);
    const Rect button = f.toggle_box(thread);
    CHECK(f.hit_toggle({(button.x0 + button.x1) / 2, (button.y0 + button.y1) / 2}) == thread);
    CHECK(f.hit_test({(button.x0 + button.x1) / 2, (button.y0 + button.y1) / 2}) == -1);
}

TEST_CASE("framing: the opening claim and the neighbours that fit, at a readable zoom") {
    const auto d = load_source("content/nato-guarantees-2021.json");
    const json doc = json::parse(read_file(source_path("content/nato-guarantees-2021.json")));
    const ClaimTree t = analyse_claim_tree(*d);
    // The statement under debate: the subject's claim most relations point at, from the JSON.
    std::map<std::string, int> answers;
    for (const json& r : doc["relations"]) ++answers[r["to"].get<std::string>()];
    std::string expected;
    for (const json& c : doc["claims"])
        if (c["actor"] == "putin" && (expected.empty() || answers[c["id"]] > answers[expected])) expected = c["id"];
    const int open = opening_claim(*d, t);
    REQUIRE(open >= 0);
    CHECK(d->claims[open].id == expected);

    const GraphLayout g = layout_claim_graph(*d);
    const Vec2 canvas{760, 620};
    const CameraFrame f = frame_claim(*d, g, open, canvas, 0.7f, 1.2f);
    CHECK(f.zoom >= 0.7f);
    CHECK(f.zoom <= 1.2f);
    const Rect view{f.top_left.x, f.top_left.y, f.top_left.x + canvas.x / f.zoom, f.top_left.y + canvas.y / f.zoom};
    auto inside = [&](const Rect& b) { return b.x0 >= view.x0 && b.x1 <= view.x1 && b.y0 >= view.y0 && b.y1 <= view.y1; };
    CHECK(inside(g.nodes[open].box));
    // The nearest neighbour is in view too.
    int nearest = -1;
    float best = 1e30f;
    for (int r : d->graph.incoming[open]) {
        const Rect& b = g.nodes[d->relations[r].from].box;
        const float dx = b.x0 - g.nodes[open].box.x0, dy = b.y0 - g.nodes[open].box.y0;
        if (dx * dx + dy * dy < best) {
            best = dx * dx + dy * dy;
            nearest = d->relations[r].from;
        }
    }
    REQUIRE(nearest >= 0);
    CHECK(inside(g.nodes[nearest].box));

    // A claim whose neighbours all fit: every one of them is in view, at no more than the largest zoom.
    const auto small = tiny(4, {{1, 0}, {2, 0}, {3, 1}});
    const GraphLayout s = layout_claim_graph(*small);
    const CameraFrame sf = frame_claim(*small, s, 0, {1200, 900}, 0.5f, 1.0f);
    const Rect sv{sf.top_left.x, sf.top_left.y, sf.top_left.x + 1200 / sf.zoom, sf.top_left.y + 900 / sf.zoom};
    for (int c : {0, 1, 2}) {
        const Rect& b = s.nodes[c].box;
        CHECK((b.x0 >= sv.x0 && b.x1 <= sv.x1 && b.y0 >= sv.y0 && b.y1 <= sv.y1));
    }
    CHECK(sf.zoom == doctest::Approx(1.0f));
    // A canvas too small for any neighbour shows the focus at the smallest zoom, slid towards the
    // nearest neighbour as far as the focus stays in: its right-hand side at the view's right margin.
    const CameraFrame tf = frame_claim(*d, g, open, {380, 150}, 0.7f, 1.2f, 24);
    CHECK(tf.zoom == doctest::Approx(0.7f));
    const Rect& b = g.nodes[open].box;
    CHECK(tf.top_left.x == doctest::Approx(b.x0 - 24 / 0.7f));  // the nearest answer is to the right
    // ...and without room to slide, centred on it.
    const CameraFrame cf = frame_claim(*d, g, open, {200, 150}, 0.7f, 1.2f, 24);
    CHECK(cf.top_left.x + 100 / cf.zoom == doctest::Approx((b.x0 + b.x1) / 2));
}

TEST_CASE("thread rows: one heading per top-level branch that has listed claims, in tree order") {
    const auto d = load_source(kTreeFixture);
    const ClaimTree t = analyse_claim_tree(*d);
    std::vector<int> all(d->claims.size());
    for (size_t c = 0; c < all.size(); ++c) all[c] = static_cast<int>(all.size() - 1 - c);  // any order in
    const std::vector<ThreadRow> rows = rows_by_thread(t, all);
    REQUIRE(rows.size() == d->claims.size() + t.threads.size());
    CHECK(rows[0].claim == t.roots[0]);
    int headings = 0;
    size_t next = 0;
    for (const ThreadRow& r : rows) {
        if (r.claim < 0) {
            CHECK(r.thread == headings++);
            continue;
        }
        CHECK(r.claim == t.order[next++]);
        CHECK(r.thread == t.thread_of[r.claim]);
    }
    CHECK(headings == static_cast<int>(t.threads.size()));
    // Only the threads with a listed claim get a heading: here the last claim of the last two threads.
    const int a = t.order[t.subtree_end[t.threads[t.threads.size() - 2]] - 1], b = t.order.back();
    const std::vector<ThreadRow> some = rows_by_thread(t, {b, a});
    REQUIRE(some.size() == 4);
    CHECK(some[0].claim == -1);
    CHECK(some[0].thread == static_cast<int>(t.threads.size()) - 2);
    CHECK(some[1].claim == a);
    CHECK(some[2].thread == static_cast<int>(t.threads.size()) - 1);
    CHECK(some[3].claim == b);
    // A debate that is not a tree has no thread rows.
    CHECK(rows_by_thread(analyse_claim_tree(*load_source("content/nato-guarantees-2021.json")), {0, 1}).empty());
}
