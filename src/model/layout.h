// Deterministic layered layout of the claim graph for the map view, in world units.
// Actors get horizontal lanes; within a lane, a claim sits one layer to the right of the
// claims it points at (so the statement under debate is on the left and answers to it follow).
#pragma once

#include "model/debate.h"

#include <vector>

namespace dl {

struct Vec2 {
    float x = 0, y = 0;
};

struct Rect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool contains(Vec2 p) const { return p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1; }
    bool overlaps(const Rect& o) const { return x0 <= o.x1 && o.x0 <= x1 && y0 <= o.y1 && o.y0 <= y1; }
};

struct LayoutParams {
    float node_width = 240, node_height = 76;
    float column_gap = 90, row_gap = 18, lane_gap = 40, lane_header = 44;
    int max_rows_per_cell = 4;  // claims of one actor in one layer wrap into extra columns beyond this
};

struct NodeBox {
    Rect box;
    int claim = -1;
    int layer = 0;
};

struct EdgeRoute {
    int relation = -1;
    Vec2 p0, p1, p2, p3;  // cubic Bézier from the `from` claim to the `to` claim
    Rect bounds;
};

struct Lane {
    int actor = -1;
    Rect box;
};

struct GraphLayout {
    std::vector<NodeBox> nodes;  // index = claim index
    std::vector<EdgeRoute> edges;
    std::vector<Lane> lanes;
    Rect bounds;

    // The claim under a world point, or -1.
    int hit_test(Vec2 p) const;
    // Claims and relations (edge indices) that intersect a world rectangle: the map draws only these.
    void visible(const Rect& view, std::vector<int>& nodes_out, std::vector<int>& edges_out) const;
};

GraphLayout layout_claim_graph(const Debate& debate, const LayoutParams& params = {});

}  // namespace dl
