// The claim-graph layout: deterministic, non-overlapping, lanes per actor, answers to the right,
// cycle-safe, and hit-testing and culling that agree with the boxes.
#include "test_support.h"
#include "model/layout.h"

using namespace dl;
using namespace dl::test;

namespace {
bool same(const Rect& a, const Rect& b) { return a.x0 == b.x0 && a.y0 == b.y0 && a.x1 == b.x1 && a.y1 == b.y1; }
}  // namespace

TEST_CASE("layout is deterministic and boxes never overlap") {
    for (const char* f : {"content/nato-guarantees-2021.json", "tests/fixtures/fictional-harbour-bridge.json",
                          "tests/fixtures/fictional-library-hours.json"}) {
        CAPTURE(f);
        const auto d = load_source(f);
        const GraphLayout a = layout_claim_graph(*d), b = layout_claim_graph(*d);
        REQUIRE(a.nodes.size() == d->claims.size());
        for (size_t i = 0; i < a.nodes.size(); ++i) {
            CHECK(same(a.nodes[i].box, b.nodes[i].box));
            CHECK(a.nodes[i].claim == static_cast<int>(i));
        }
        for (size_t i = 0; i < a.nodes.size(); ++i)
            for (size_t j = i + 1; j < a.nodes.size(); ++j) {
                CAPTURE(i);
                CAPTURE(j);
                const Rect& p = a.nodes[i].box;
                const Rect& q = a.nodes[j].box;
                CHECK_FALSE((p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1));
            }
        CHECK(a.edges.size() == d->relations.size());
        for (const NodeBox& n : a.nodes) {
            CHECK(n.box.x0 >= a.bounds.x0);
            CHECK(n.box.x1 <= a.bounds.x1);
            CHECK(n.box.y1 <= a.bounds.y1);
        }
    }
}

TEST_CASE("each actor has one lane holding exactly their claims; answers sit right of what they answer") {
    const auto d = load_source("content/nato-guarantees-2021.json");
    const GraphLayout g = layout_claim_graph(*d);
    for (size_t i = 0; i < d->claims.size(); ++i) {
        int lanes_holding = 0;
        for (const Lane& l : g.lanes)
            if (l.box.overlaps(g.nodes[i].box)) {
                ++lanes_holding;
                CHECK(l.actor == d->claims[i].actor);
            }
        CHECK(lanes_holding == 1);
    }
    int rightwards = 0;
    for (const Relation& r : d->relations) rightwards += g.nodes[r.from].layer > g.nodes[r.to].layer;
    CHECK(rightwards == static_cast<int>(d->relations.size()));  // the shipped graph has no cycle
}

TEST_CASE("cycles do not hang the layering and keep every claim placed") {
    const auto d = load_source("tests/fixtures/fictional-harbour-bridge.json");  // has a responds_to cycle
    const GraphLayout g = layout_claim_graph(*d);
    for (const NodeBox& n : g.nodes) CHECK(n.box.x1 > n.box.x0);
}

TEST_CASE("hit testing and culling agree with the boxes") {
    const auto d = load_source("content/nato-guarantees-2021.json");
    const GraphLayout g = layout_claim_graph(*d);
    for (const NodeBox& n : g.nodes) {
        const Vec2 centre{(n.box.x0 + n.box.x1) / 2, (n.box.y0 + n.box.y1) / 2};
        CHECK(g.hit_test(centre) == n.claim);
    }
    CHECK(g.hit_test({-1000, -1000}) == -1);
    std::vector<int> nodes, edges;
    g.visible(g.bounds, nodes, edges);
    CHECK(nodes.size() == g.nodes.size());
    CHECK(edges.size() == g.edges.size());
    const Rect corner{g.nodes[0].box.x0, g.nodes[0].box.y0, g.nodes[0].box.x0 + 1, g.nodes[0].box.y0 + 1};
    g.visible(corner, nodes, edges);
    REQUIRE(nodes.size() == 1);
    CHECK(nodes[0] == 0);
    g.visible({-5000, -5000, -4000, -4000}, nodes, edges);
    CHECK(nodes.empty());
    CHECK(edges.empty());
}
