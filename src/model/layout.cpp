// Claim-graph layouts: actor lanes (cycle-safe longest-path layering, wrapped cells) or a tree
// (rows in depth-first order, folded subtrees hidden); edge routes, hit tests, culling, framing.
//   [SECTION] Lanes   [SECTION] Tree   [SECTION] Hit tests and culling   [SECTION] Framing
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

// A cubic Bézier from the `from` claim's box to the `to` claim's, ending at x = to_x (its right
// side, or the right of its fold button) half way down.
EdgeRoute route_edge(int relation, const Rect& a, const Rect& b, float to_x) {
    EdgeRoute e;
    e.relation = relation;
    const bool rightwards = a.x0 > to_x;  // the usual case: an answer to the right of what it answers
    e.p0 = {rightwards ? a.x0 : a.x1, (a.y0 + a.y1) / 2};
    e.p3 = {to_x, (b.y0 + b.y1) / 2};
    const float bend = std::max(40.0f, std::abs(e.p0.x - e.p3.x) * 0.4f);
    e.p1 = {e.p0.x + (rightwards ? -bend : bend), e.p0.y};
    e.p2 = {e.p3.x + bend, e.p3.y};
    e.bounds = {std::min({e.p0.x, e.p1.x, e.p2.x, e.p3.x}), std::min({e.p0.y, e.p1.y, e.p2.y, e.p3.y}),
                std::max({e.p0.x, e.p1.x, e.p2.x, e.p3.x}), std::max({e.p0.y, e.p1.y, e.p2.y, e.p3.y})};
    return e;
}

// A tree link: left from the child at its own height, then along one vertical shared by all the
// parent's children, into the parent's fold button: siblings' links run into the same trunk.
EdgeRoute route_tree_link(int relation, const Rect& child, const Rect& parent, float to_x) {
    EdgeRoute e;
    e.relation = relation;
    e.elbow = true;
    e.p0 = {child.x0, (child.y0 + child.y1) / 2};
    e.p3 = {to_x, (parent.y0 + parent.y1) / 2};
    const float trunk = to_x + std::max(8.0f, (child.x0 - to_x) * 0.35f);
    e.p1 = {trunk, e.p0.y};
    e.p2 = {trunk, e.p3.y};
    e.bounds = {std::min(e.p3.x, trunk), std::min(e.p0.y, e.p3.y), e.p0.x, std::max(e.p0.y, e.p3.y)};
    return e;
}
}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Lanes
// ---------------------------------------------------------------------------------------------

namespace {
GraphLayout layout_lanes(const Debate& d, const LayoutParams& P) {
    GraphLayout g;
    g.kind = LayoutKind::Lanes;
    g.params = P;
    const size_t n = d.claims.size();
    g.nodes.resize(n);
    if (n == 0) return g;
    std::vector<int> layer = layer_claims(d);
    // Claims no relation touches go to a layer of their own after the rest: left among the linked
    // ones they would widen the first layer (a subject with ten unanswered claims made it three
    // columns wide) and push every answer to the statement out of the first screen.
    const int linked_layers = *std::max_element(layer.begin(), layer.end()) + 1;
    bool any_linked = false, any_alone = false;
    for (size_t i = 0; i < n; ++i) {
        const bool alone = d.graph.outgoing[i].empty() && d.graph.incoming[i].empty();
        any_alone = any_alone || alone;
        any_linked = any_linked || !alone;
    }
    if (any_linked && any_alone)
        for (size_t i = 0; i < n; ++i)
            if (d.graph.outgoing[i].empty() && d.graph.incoming[i].empty()) layer[i] = linked_layers;
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
    for (auto& kv : cells) std::sort(kv.second.begin(), kv.second.end(), [&](int a, int b) { return reads_before(d, a, b); });

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
        const Rect& to = g.nodes[d.relations[r].to].box;
        g.edges.push_back(route_edge(static_cast<int>(r), g.nodes[d.relations[r].from].box, to, to.x1));
    }
    return g;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Tree
// ---------------------------------------------------------------------------------------------

// Depth gives the column; rows follow the depth-first order, a parent on the row of its first
// child and every leaf (or folded claim) on a row of its own, so boxes cannot overlap and each
// subtree is one band of rows. Threads (top-level branches) are kept apart by a lane gap.
GraphLayout layout_tree(const Debate& d, const ClaimTree& t, const std::vector<char>& folded, const LayoutParams& P) {
    GraphLayout g;
    g.kind = LayoutKind::Tree;
    g.params = P;
    const size_t n = d.claims.size();
    g.nodes.resize(n);
    for (size_t c = 0; c < n; ++c) g.nodes[c] = {{}, static_cast<int>(c), t.depth[c], true, t.child_count(static_cast<int>(c))};
    const bool use_folds = folded.size() == n;
    const float column = P.node_width + P.column_gap, row = P.node_height + P.row_gap;
    float y = 0, right = 0;
    for (size_t i = 0; i < t.order.size();) {
        const int c = t.order[i];
        NodeBox& node = g.nodes[c];
        if (t.depth[c] <= 1 && i > 0) y += P.lane_gap;
        const float x = t.depth[c] * column;
        node.box = {x, y, x + P.node_width, y + P.node_height};
        node.hidden = false;
        right = std::max(right, node.box.x1 + (node.children ? P.toggle_width + 4 : 0));
        node.folded = use_folds && folded[c] && node.children > 0;
        if (node.folded) {
            node.hidden_below = t.descendants(c);
            i = t.subtree_end[c];  // its descendants stay hidden
        } else {
            ++i;
        }
        if (node.children == 0 || node.folded) y += row;
    }
    g.bounds = {-P.row_gap, -P.row_gap, right + P.row_gap, y};

    g.edges.reserve(d.relations.size());
    for (size_t r = 0; r < d.relations.size(); ++r) {
        const Relation& rel = d.relations[r];
        const NodeBox &from = g.nodes[rel.from], &to = g.nodes[rel.to];
        if (from.hidden || to.hidden) continue;
        // A tree link reaches the parent at its fold button; a cross reference meets the box itself.
        if (t.parent_relation[rel.from] == static_cast<int>(r))
            g.edges.push_back(route_tree_link(static_cast<int>(r), from.box, to.box, g.toggle_box(rel.to).x1));
        else
            g.edges.push_back(route_edge(static_cast<int>(r), from.box, to.box, to.box.x1));
    }
    return g;
}
}  // namespace

GraphLayout layout_claim_graph(const Debate& d, const ClaimTree& tree, const std::vector<char>& folded, const LayoutParams& P) {
    if (tree.is_tree() && tree.order.size() == d.claims.size()) return layout_tree(d, tree, folded, P);
    return layout_lanes(d, P);
}

GraphLayout layout_claim_graph(const Debate& d, const LayoutParams& P) { return layout_claim_graph(d, analyse_claim_tree(d), {}, P); }

// ---------------------------------------------------------------------------------------------
// [SECTION] Hit tests and culling
// ---------------------------------------------------------------------------------------------

int GraphLayout::hit_test(Vec2 p) const {
    for (const NodeBox& n : nodes)
        if (!n.hidden && n.box.contains(p)) return n.claim;
    return -1;
}

Rect GraphLayout::toggle_box(int claim) const {
    const NodeBox& n = nodes[claim];
    if (kind != LayoutKind::Tree || n.hidden || n.children == 0) return {};
    const float cy = (n.box.y0 + n.box.y1) / 2;
    return {n.box.x1 + 4, cy - params.toggle_height / 2, n.box.x1 + 4 + params.toggle_width, cy + params.toggle_height / 2};
}

int GraphLayout::hit_toggle(Vec2 p) const {
    if (kind != LayoutKind::Tree) return -1;
    for (const NodeBox& n : nodes)
        if (n.children > 0 && !n.hidden && toggle_box(n.claim).contains(p)) return n.claim;
    return -1;
}

namespace {
// Whether the curve (or a tree link's polyline) itself comes into the view, not just its bounding box: a long edge from the far
// right of a big graph to the statement on the far left has a box that covers most of the map, but
// the curve crosses only a thin band of it. The curve is cut into chords; each chord's box, grown by
// how far a cubic can stray from its chord, is tested against the view (so no edge is ever missed).
bool curve_touches(const EdgeRoute& e, const Rect& view) {
    if (e.elbow) {
        const Vec2 corners[] = {e.p0, e.p1, e.p2, e.p3};
        for (int k = 0; k < 3; ++k) {
            const Vec2 a = corners[k], b = corners[k + 1];
            if (Rect{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)}.overlaps(view)) return true;
        }
        return false;
    }
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
    // A tree node's fold button sticks out to its right: a node just left of the view still shows it.
    const float reach = kind == LayoutKind::Tree ? params.toggle_width + 4 : 0;
    const Rect wider{view.x0 - reach, view.y0, view.x1, view.y1};
    for (const NodeBox& n : nodes)
        if (!n.hidden && n.box.overlaps(wider)) nodes_out.push_back(n.claim);
    for (size_t e = 0; e < edges.size(); ++e) {
        const Rect& b = edges[e].bounds;
        if (!b.overlaps(view)) continue;
        const bool inside = b.x0 >= view.x0 && b.x1 <= view.x1 && b.y0 >= view.y0 && b.y1 <= view.y1;
        if (inside || curve_touches(edges[e], view)) edges_out.push_back(static_cast<int>(e));
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Framing
// ---------------------------------------------------------------------------------------------

CameraFrame frame_claim(const Debate& d, const GraphLayout& g, int focus, Vec2 canvas, float min_zoom, float max_zoom,
                        float margin) {
    CameraFrame f;
    if (focus < 0 || focus >= static_cast<int>(g.nodes.size()) || g.nodes[focus].hidden) {
        f.zoom = std::max(min_zoom, std::min(1.0f, max_zoom));
        f.top_left = {g.bounds.x0, g.bounds.y0};
        return f;
    }
    auto centre = [](const Rect& r) { return Vec2{(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2}; };
    // What the canvas holds at the smallest zoom allowed, inside the margins.
    const float room_w = std::max(1.0f, canvas.x - 2 * margin) / min_zoom, room_h = std::max(1.0f, canvas.y - 2 * margin) / min_zoom;
    Rect frame = g.nodes[focus].box;
    const Rect toggle = g.toggle_box(focus);
    if (toggle.x1 > toggle.x0) frame.x1 = std::max(frame.x1, toggle.x1);
    // In lanes, the name at the top of the focus's lane says whose claim it is.
    for (const Lane& lane : g.lanes)
        if (lane.box.contains({(frame.x0 + frame.x1) / 2, (frame.y0 + frame.y1) / 2})) frame.y0 = std::min(frame.y0, lane.box.y0);
    std::vector<int> near;
    for (int r : d.graph.outgoing[focus]) near.push_back(d.relations[r].to);
    for (int r : d.graph.incoming[focus]) near.push_back(d.relations[r].from);
    const Vec2 c0 = centre(frame);
    auto distance = [&](int c) {
        const Vec2 p = centre(g.nodes[c].box);
        return (p.x - c0.x) * (p.x - c0.x) + (p.y - c0.y) * (p.y - c0.y);
    };
    std::sort(near.begin(), near.end(), [&](int a, int b) {
        const float da = distance(a), db = distance(b);
        return da != db ? da < db : a < b;
    });
    int left_out = 0;  // neighbours that did not fit, and the sum of their centres
    Vec2 sum;
    for (int c : near) {
        if (c == focus || g.nodes[c].hidden) continue;
        const Rect& b = g.nodes[c].box;
        const Rect grown{std::min(frame.x0, b.x0), std::min(frame.y0, b.y0), std::max(frame.x1, b.x1), std::max(frame.y1, b.y1)};
        if (grown.x1 - grown.x0 <= room_w && grown.y1 - grown.y0 <= room_h) {
            frame = grown;
        } else {
            ++left_out;
            sum = {sum.x + centre(b).x, sum.y + centre(b).y};
        }
    }
    // With everyone in, as close as fits; with some left out, as far as stays readable, and the view
    // slid towards where they are as far as it can while the frame stays in (on a phone that shows
    // the start of what the statement leads to, not empty canvas around it).
    const float fit = std::min((canvas.x - 2 * margin) / (frame.x1 - frame.x0), (canvas.y - 2 * margin) / (frame.y1 - frame.y0));
    f.zoom = left_out == 0 ? std::clamp(fit, min_zoom, max_zoom) : min_zoom;
    Vec2 mid = centre(frame);
    if (left_out > 0) {
        const Vec2 toward{sum.x / left_out, sum.y / left_out};
        const float half_w = canvas.x / 2 / f.zoom, half_h = canvas.y / 2 / f.zoom, m = margin / f.zoom;
        auto slide = [](float target, float lo, float hi, float keep) { return lo <= hi ? std::clamp(target, lo, hi) : keep; };
        mid.x = slide(toward.x, frame.x1 + m - half_w, frame.x0 - m + half_w, mid.x);
        mid.y = slide(toward.y, frame.y1 + m - half_h, frame.y0 - m + half_h, mid.y);
    }
    f.top_left = {mid.x - canvas.x / 2 / f.zoom, mid.y - canvas.y / 2 / f.zoom};
    return f;
}

}  // namespace dl
