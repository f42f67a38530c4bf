// Deterministic layout of the claim graph for the map view, in world units, and the camera that
// frames a claim. Two shapes, chosen by the debate: actor lanes, where a claim sits one layer to the
// right of the claims it points at (the statement under debate on the left, answers after it, claims
// no relation touches in a last layer); and,
// for debates shaped like a tree (tree.h), a tree whose children sit right of and below their
// parent, with subtrees that fold.
#pragma once

#include "model/debate.h"
#include "model/tree.h"

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
    float toggle_width = 38, toggle_height = 24;  // a tree node's fold button, just right of its box
};

enum class LayoutKind { Lanes, Tree };

struct NodeBox {
    Rect box;
    int claim = -1;
    int layer = 0;        // lanes: the layer; tree: the depth
    bool hidden = false;  // inside a folded subtree: not drawn, not hit
    int children = 0;     // tree: claims answering it directly (it has a fold button when > 0)
    bool folded = false;  // tree: its subtree is folded
    int hidden_below = 0; // tree, folded: how many claims the fold hides
};

struct EdgeRoute {
    int relation = -1;
    Vec2 p0, p1, p2, p3;  // cubic Bézier from the `from` claim to the `to` claim
    // A tree link is the polyline p0-p1-p2-p3 instead: across from the child, down or up the trunk
    // its siblings share, across into the parent.
    bool elbow = false;
    Rect bounds;
};

struct Lane {
    int actor = -1;
    Rect box;
};

struct GraphLayout {
    LayoutKind kind = LayoutKind::Lanes;
    LayoutParams params;
    std::vector<NodeBox> nodes;  // index = claim index
    std::vector<EdgeRoute> edges;  // relations between shown claims
    std::vector<Lane> lanes;       // empty for trees
    Rect bounds;                   // of what is shown

    // The shown claim under a world point, or -1.
    int hit_test(Vec2 p) const;
    // The fold button of a tree node with children (an empty rectangle for other nodes).
    Rect toggle_box(int claim) const;
    // The claim whose fold button is under a world point, or -1.
    int hit_toggle(Vec2 p) const;
    // Shown claims and relations (edge indices) that intersect a world rectangle: the map draws only these.
    void visible(const Rect& view, std::vector<int>& nodes_out, std::vector<int>& edges_out) const;
};

// Lanes, or a tree when the debate is shaped like one (analyse_claim_tree), fully unfolded.
GraphLayout layout_claim_graph(const Debate& debate, const LayoutParams& params = {});
// The same with the tree already analysed and `folded` (per claim; may be empty) applied to a tree:
// a folded claim's descendants are hidden, and the rows they took go to what follows.
GraphLayout layout_claim_graph(const Debate& debate, const ClaimTree& tree, const std::vector<char>& folded,
                               const LayoutParams& params = {});

// A camera: the zoom (screen pixels per world unit) and the world point at the canvas's top-left.
struct CameraFrame {
    float zoom = 1;
    Vec2 top_left;
};
// Frames `focus` and as many of the claims it relates to (either way, shown ones) as fit the canvas
// at `min_zoom`, nearest first, with `margin` screen pixels around. When all fit, centred at the
// zoom that fits, within [min_zoom, max_zoom]; when some do not, at min_zoom, slid towards the
// middle of those left out as far as the frame stays in view.
CameraFrame frame_claim(const Debate& debate, const GraphLayout& layout, int focus, Vec2 canvas, float min_zoom,
                        float max_zoom, float margin = 24);

}  // namespace dl
