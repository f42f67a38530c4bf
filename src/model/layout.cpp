// Layered claim-graph layout: cycle-safe longest-path layering, actor lanes, wrapped cells.
#include "model/layout.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace dl {

namespace {
// Longest path along outgoing relations, ignoring edges that close a cycle (iterative DFS).
std::vector<int> layer_claims(const Debate& d) {
    const size_t n = d.claims.size();
    std::vector<int> layer(n, 0);
    std::vector<char> state(n, 0);  // 0 new, 1 on stack, 2 done
    struct Frame { int claim; size_t next; };
    std::vector<Frame> stack;
    for (size_t root = 0; root < n; ++root) {
        if (state[root]) continue;
        stack.push_back({static_cast<int>(root), 0});
        state[root] = 1;
        while (!stack.empty()) {
            Frame& f = stack.back();
            const auto& out = d.graph.outgoing[f.claim];
            if (f.next < out.size()) {
                const int to = d.relations[out[f.next++]].to;
                if (state[to] == 0) {
                    state[to] = 1;
                    stack.push_back({to, 0});
                }
                continue;
            }
            int l = 0;
            for (int r : out) {
                const int to = d.relations[r].to;
                if (state[to] == 2) l = std::max(l, layer[to] + 1);
            }
            layer[f.claim] = l;
            state[f.claim] = 2;
            stack.pop_back();
        }
    }
    return layer;
}
}  // namespace

GraphLayout layout_claim_graph(const Debate& d, const LayoutParams& P) {
    GraphLayout g;
    const size_t n = d.claims.size();
    g.nodes.resize(n);
    if (n == 0) return g;
    const std::vector<int> layer = layer_claims(d);
    const int layers = *std::max_element(layer.begin(), layer.end()) + 1;

    // Lanes in actor order, only for actors with claims.
    std::vector<int> lane_of_actor(d.actors.size(), -1);
    for (const Claim& c : d.claims) lane_of_actor[c.actor] = 0;
    for (size_t a = 0; a < d.actors.size(); ++a)
        if (lane_of_actor[a] == 0) {
            lane_of_actor[a] = static_cast<int>(g.lanes.size());
            g.lanes.push_back({static_cast<int>(a), {}});
        }

    // Cells (lane, layer) hold claims in reading order (paragraph, position, index).
    std::map<std::pair<int, int>, std::vector<int>> cells;
    for (size_t i = 0; i < n; ++i) cells[{lane_of_actor[d.claims[i].actor], layer[i]}].push_back(static_cast<int>(i));
    for (auto& kv : cells)
        std::sort(kv.second.begin(), kv.second.end(), [&](int a, int b) {
            const Claim &ca = d.claims[a], &cb = d.claims[b];
            if (ca.paragraph != cb.paragraph) return ca.paragraph < cb.paragraph;
            if (ca.quote_begin != cb.quote_begin) return ca.quote_begin < cb.quote_begin;
            return a < b;
        });

    const int rows_max = std::max(1, P.max_rows_per_cell);
    std::vector<int> layer_columns(layers, 1);
    std::vector<int> lane_rows(g.lanes.size(), 1);
    for (const auto& kv : cells) {
        const int count = static_cast<int>(kv.second.size());
        const int cols = (count + rows_max - 1) / rows_max;
        layer_columns[kv.first.second] = std::max(layer_columns[kv.first.second], cols);
        lane_rows[kv.first.first] = std::max(lane_rows[kv.first.first], std::min(count, rows_max));
    }
    std::vector<float> layer_x(layers + 1, 0);
    for (int l = 0; l < layers; ++l)
        layer_x[l + 1] = layer_x[l] + layer_columns[l] * (P.node_width + P.column_gap);
    std::vector<float> lane_y(g.lanes.size() + 1, 0);
    for (size_t k = 0; k < g.lanes.size(); ++k)
        lane_y[k + 1] = lane_y[k] + P.lane_header + lane_rows[k] * (P.node_height + P.row_gap) + P.lane_gap;

    for (const auto& kv : cells) {
        const int lane = kv.first.first, l = kv.first.second;
        for (size_t k = 0; k < kv.second.size(); ++k) {
            const int col = static_cast<int>(k) / rows_max, row = static_cast<int>(k) % rows_max;
            const float x = layer_x[l] + col * (P.node_width + P.column_gap);
            const float y = lane_y[lane] + P.lane_header + row * (P.node_height + P.row_gap);
            g.nodes[kv.second[k]] = {{x, y, x + P.node_width, y + P.node_height}, kv.second[k], l};
        }
    }
    const float width = layer_x[layers] - P.column_gap;
    for (size_t k = 0; k < g.lanes.size(); ++k)
        g.lanes[k].box = {-P.row_gap, lane_y[k], width + P.row_gap, lane_y[k + 1] - P.lane_gap};
    g.bounds = {-P.row_gap, 0, width + P.row_gap, lane_y.back() - P.lane_gap};

    g.edges.reserve(d.relations.size());
    for (size_t r = 0; r < d.relations.size(); ++r) {
        const Rect& a = g.nodes[d.relations[r].from].box;
        const Rect& b = g.nodes[d.relations[r].to].box;
        EdgeRoute e;
        e.relation = static_cast<int>(r);
        const bool rightwards = a.x0 > b.x1;  // the usual case: an answer to the right of what it answers
        e.p0 = {rightwards ? a.x0 : a.x1, (a.y0 + a.y1) / 2};
        e.p3 = {rightwards ? b.x1 : b.x1, (b.y0 + b.y1) / 2};
        const float bend = std::max(40.0f, std::abs(e.p0.x - e.p3.x) * 0.4f);
        e.p1 = {e.p0.x + (rightwards ? -bend : bend), e.p0.y};
        e.p2 = {e.p3.x + bend, e.p3.y};
        e.bounds = {std::min({e.p0.x, e.p1.x, e.p2.x, e.p3.x}), std::min({e.p0.y, e.p1.y, e.p2.y, e.p3.y}),
                    std::max({e.p0.x, e.p1.x, e.p2.x, e.p3.x}), std::max({e.p0.y, e.p1.y, e.p2.y, e.p3.y})};
        g.edges.push_back(e);
    }
    return g;
}

int GraphLayout::hit_test(Vec2 p) const {
    for (const NodeBox& n : nodes)
        if (n.box.contains(p)) return n.claim;
    return -1;
}

namespace {
// Whether the curve itself comes into the view, not just its bounding box: a long edge from the far
// right of a big graph to the statement on the far left has a box that covers most of the map, but
// the curve crosses only a thin band of it. The curve is cut into chords; each chord's box, grown by
// how far a cubic can stray from its chord, is tested against the view (so no edge is ever missed).
bool curve_touches(const EdgeRoute& e, const Rect& view) {
    constexpr int kChords = 24;
    // |B''| <= 6 * max second difference of the control points; a chord of parameter length h
    // stays within h^2/8 * max|B''| of the curve.
    const float ddx = std::max(std::abs(e.p0.x - 2 * e.p1.x + e.p2.x), std::abs(e.p1.x - 2 * e.p2.x + e.p3.x));
    const float ddy = std::max(std::abs(e.p0.y - 2 * e.p1.y + e.p2.y), std::abs(e.p1.y - 2 * e.p2.y + e.p3.y));
    const float h = 1.0f / kChords;
    const float mx = 0.75f * ddx * h * h + 0.5f, my = 0.75f * ddy * h * h + 0.5f;
    const Rect grown{view.x0 - mx, view.y0 - my, view.x1 + mx, view.y1 + my};
    Vec2 prev = e.p0;
    for (int k = 1; k <= kChords; ++k) {
        const float t = static_cast<float>(k) * h, u = 1 - t;
        const float a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
        const Vec2 cur{a * e.p0.x + b * e.p1.x + c * e.p2.x + d * e.p3.x, a * e.p0.y + b * e.p1.y + c * e.p2.y + d * e.p3.y};
        const Rect chord{std::min(prev.x, cur.x), std::min(prev.y, cur.y), std::max(prev.x, cur.x), std::max(prev.y, cur.y)};
        if (chord.overlaps(grown)) return true;
        prev = cur;
    }
    return false;
}
}  // namespace

void GraphLayout::visible(const Rect& view, std::vector<int>& nodes_out, std::vector<int>& edges_out) const {
    nodes_out.clear();
    edges_out.clear();
    for (const NodeBox& n : nodes)
        if (n.box.overlaps(view)) nodes_out.push_back(n.claim);
    for (size_t e = 0; e < edges.size(); ++e) {
        const Rect& b = edges[e].bounds;
        if (!b.overlaps(view)) continue;
        const bool inside = b.x0 >= view.x0 && b.x1 <= view.x1 && b.y0 >= view.y0 && b.y1 <= view.y1;
        if (inside || curve_touches(edges[e], view)) edges_out.push_back(static_cast<int>(e));
    }
}

}  // namespace dl
