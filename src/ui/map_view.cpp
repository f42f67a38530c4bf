// Map: the claim graph from the model's layout, drawn with ImDrawList. Pan by dragging, zoom
// with the wheel or +/-, fit to view; only what intersects the canvas is drawn. It opens framed on
// the selection (or the statement under debate) and its neighbours; a tree debate's subtrees fold.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace dl {

namespace {
ImVec2 ToScreen(Vec2 w, const MapCamera& cam, ImVec2 origin);

Vec2 Bezier(const EdgeRoute& e, float t) {
    const float u = 1 - t;
    const float a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    return {a * e.p0.x + b * e.p1.x + c * e.p2.x + d * e.p3.x, a * e.p0.y + b * e.p1.y + c * e.p2.y + d * e.p3.y};
}

// A path through world points at(0)..at(1), `length` world units long, cut into segments about
// 7 px long on screen (so dashes look the same at every zoom) and drawn `on` of every `on + off`.
// Segments wholly beyond one side of the canvas are not emitted: long edges cross big maps.
template <class At>
void DashedPath(ImDrawList* dl, At at, float length, int on, int off, ImU32 col, float thickness, const MapCamera& cam, ImVec2 origin) {
    const int segments = std::clamp(static_cast<int>(length * cam.zoom / 7.0f), 2, 400);
    const ImVec4 clip = dl->_ClipRectStack.back();
    auto outside = [&](ImVec2 a, ImVec2 b) {
        return (a.x < clip.x && b.x < clip.x) || (a.x > clip.z && b.x > clip.z) || (a.y < clip.y && b.y < clip.y) ||
               (a.y > clip.w && b.y > clip.w);
    };
    ImVec2 prev = ToScreen(at(0.0f), cam, origin);
    for (int i = 1; i <= segments; ++i) {
        const ImVec2 s = ToScreen(at(static_cast<float>(i) / segments), cam, origin);
        if ((i - 1) % (on + off) < on && !outside(prev, s)) dl->AddLine(prev, s, col, thickness);
        prev = s;
    }
}

// The type's mark where an edge arrives at `tip` from `back`: filled for supports/elaborates, a bar
// for rebuts, open otherwise.
void Arrowhead(ImDrawList* dl, ImVec2 tip, ImVec2 back, RelationType type, ImU32 col, float thickness) {
    ImVec2 dir(tip.x - back.x, tip.y - back.y);
    const float len = std::sqrt(dir.x * dir.x + dir.y * dir.y);
    if (len < 1e-3f) return;
    dir = ImVec2(dir.x / len, dir.y / len);
    const ImVec2 n(-dir.y, dir.x);
    const float h = 5.0f + 4.0f * thickness;
    const ImVec2 base(tip.x - dir.x * h, tip.y - dir.y * h);
    if (type == RelationType::Rebuts) {
        dl->AddLine(ImVec2(tip.x + n.x * h, tip.y + n.y * h), ImVec2(tip.x - n.x * h, tip.y - n.y * h), col, thickness * 1.8f);
    } else if (type == RelationType::Supports || type == RelationType::Elaborates) {
        dl->AddTriangleFilled(tip, ImVec2(base.x + n.x * h * 0.6f, base.y + n.y * h * 0.6f),
                              ImVec2(base.x - n.x * h * 0.6f, base.y - n.y * h * 0.6f), col);
    } else {
        dl->AddLine(tip, ImVec2(base.x + n.x * h * 0.6f, base.y + n.y * h * 0.6f), col, thickness);
        dl->AddLine(tip, ImVec2(base.x - n.x * h * 0.6f, base.y - n.y * h * 0.6f), col, thickness);
    }
}

// Dash pattern per relation type so that the type is readable without colour. A tree link's type is
// its stub from the child, ending in the type's mark just before the trunk; the trunk it shares with
// its siblings is drawn plain (`trunk`), so a parent with pros and cons has one clean line.
void DrawEdge(ImDrawList* dl, const EdgeRoute& e, RelationType type, ImU32 col, ImU32 trunk, float thickness, const MapCamera& cam,
              ImVec2 origin) {
    int on = 1, off = 0;  // segments drawn / skipped
    if (type == RelationType::Rebuts) { on = 2; off = 1; }
    if (type == RelationType::Qualifies) { on = 1; off = 1; }
    if (type == RelationType::RespondsTo) { on = 3; off = 2; }
    if (e.elbow) {
        const ImVec2 corners[] = {ToScreen(e.p1, cam, origin), ToScreen(e.p2, cam, origin), ToScreen(e.p3, cam, origin)};
        dl->AddPolyline(corners, 3, trunk, 0, std::max(1.0f, thickness * 0.8f));
        const float gap = 3.0f / cam.zoom;  // the mark stops short of the trunk, so a bar is not lost in it
        const Vec2 stop{e.p1.x + gap, e.p1.y};
        DashedPath(
            dl, [&](float t) { return Vec2{e.p0.x + (stop.x - e.p0.x) * t, e.p0.y}; }, std::abs(e.p0.x - stop.x), on, off, col,
            thickness, cam, origin);
        Arrowhead(dl, ToScreen(stop, cam, origin), ToScreen(e.p0, cam, origin), type, col, thickness);
        return;
    }
    const float chord = std::abs(e.p3.x - e.p0.x) + std::abs(e.p3.y - e.p0.y) + std::abs(e.p1.x - e.p0.x) * 0.5f;
    DashedPath(dl, [&](float t) { return Bezier(e, t); }, std::max(chord, 8 * 7.0f / cam.zoom), on, off, col, thickness, cam, origin);
    Arrowhead(dl, ToScreen(e.p3, cam, origin), ToScreen(Bezier(e, 0.93f), cam, origin), type, col, thickness);
}

ImVec2 ToScreen(Vec2 w, const MapCamera& cam, ImVec2 origin) {
    return ImVec2(origin.x + (w.x - cam.x) * cam.zoom, origin.y + (w.y - cam.y) * cam.zoom);
}

#if DL_STUDIO
// How far (screen pixels) `at` is from an edge as it is drawn: the curve, or a tree link's stub.
float DistanceToEdge(const EdgeRoute& e, ImVec2 at, const MapCamera& cam, ImVec2 origin) {
    auto segment = [&](ImVec2 a, ImVec2 b) {
        const float dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
        const float t = len2 > 0 ? std::clamp(((at.x - a.x) * dx + (at.y - a.y) * dy) / len2, 0.0f, 1.0f) : 0.0f;
        const float px = a.x + dx * t - at.x, py = a.y + dy * t - at.y;
        return std::sqrt(px * px + py * py);
    };
    if (e.elbow) return segment(ToScreen(e.p0, cam, origin), ToScreen(Vec2{e.p1.x, e.p0.y}, cam, origin));
    float best = FLT_MAX;
    ImVec2 prev = ToScreen(e.p0, cam, origin);
    for (int k = 1; k <= 24; ++k) {
        const ImVec2 next = ToScreen(Bezier(e, k / 24.0f), cam, origin);
        best = std::min(best, segment(prev, next));
        prev = next;
    }
    return best;
}
#endif

// "Fit all": the whole graph, however small, centred.
void FitAll(MapCamera& cam, const Rect& bounds, ImVec2 size) {
    const float bw = std::max(1.0f, bounds.x1 - bounds.x0), bh = std::max(1.0f, bounds.y1 - bounds.y0);
    cam.zoom = std::clamp(std::min(size.x / bw, size.y / bh) * 0.95f, 0.02f, 1.2f);
    cam.x = bounds.x0 - (size.x / cam.zoom - bw) / 2;
    cam.y = bounds.y0 - (size.y / cam.zoom - bh) / 2;
}

// The zooms a map opens at: labels of at least 12.75 px (the body face at 17 px), at most 1.2x.
constexpr float kReadableZoom = 0.75f, kMaxOpeningZoom = 1.2f;

// The layout the map draws: the prepared one, or for a tree the one with the reader's folds, laid
// out again only when they change. A selection made elsewhere (or the one the map opens on) inside
// a folded subtree unfolds the way to it.
const GraphLayout& MapLayout(const PreparedDebate& p, UiState& ui) {
    if (!p.tree.is_tree()) return p.layout;
    MapFolds& folds = FoldsFor(p, ui);
    if ((ui.scroll_to_selection || ui.reader.map.needs_fit) && unfold_ancestors(p.tree, folds.folded, ui.reader.selected_claim))
        ++folds.version;
    MapLayoutCache& cache = ui.caches.map;
    if (cache.generation != p.generation || cache.version != folds.version) {
        cache.layout = layout_claim_graph(*p.debate, p.tree, folds.folded);
        cache.generation = p.generation;
        cache.version = folds.version;
    }
    return cache.layout;
}

void ZoomAt(MapCamera& cam, float factor, ImVec2 screen, ImVec2 origin) {
    const float wx = cam.x + (screen.x - origin.x) / cam.zoom, wy = cam.y + (screen.y - origin.y) / cam.zoom;
    cam.zoom = std::clamp(cam.zoom * factor, 0.02f, 4.0f);
    cam.x = wx - (screen.x - origin.x) / cam.zoom;
    cam.y = wy - (screen.y - origin.y) / cam.zoom;
}
}  // namespace

UiAction DrawMapView(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    const GraphLayout& g = MapLayout(p, ui);
    MapCamera& cam = ui.reader.map;
    const bool tree = g.kind == LayoutKind::Tree;

    UiAction fit, zoom_in, zoom_out;
    fit.map_fit_all = true;
    zoom_in.map_zoom = 1.25f;
    zoom_out.map_zoom = 0.8f;
    act.merge(ActionButton(ui, "Fit all", fit, "Show the whole map"));
    ImGui::SameLine();
    act.merge(ActionButton(ui, "+", zoom_in, "Zoom in"));
    ImGui::SameLine();
    act.merge(ActionButton(ui, "\xE2\x88\x92", zoom_out, "Zoom out"));
    if (tree) {
        UiAction unfold, refold;
        unfold.map_fold_all = 0;
        refold.map_fold_all = 1;
        ImGui::SameLine();
        act.merge(ActionButton(ui, "Unfold all", unfold, "Unfold every branch of the map"));
        ImGui::SameLine();
        act.merge(ActionButton(ui, "Fold", refold, "Fold the map's branches as it opened"));
    }
    // Beside the buttons when there is room for a few words a line, else under them.
    const float beside = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - ImGui::GetItemRectMax().x;
    if (beside > ImGui::GetFontSize() * 16) ImGui::SameLine();
    TextMuted(ui, tree ? "Drag to pan, wheel to zoom, \xE2\x88\x92 / + folds a branch. Solid \xE2\x96\xB6 supports, dashed \xE2\x8A\xA3 rebuts."
                       : "Drag to pan, wheel to zoom. Solid \xE2\x96\xB6 supports, dashed \xE2\x8A\xA3 rebuts, dotted qualifies.");

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(std::max(50.0f, ImGui::GetContentRegionAvail().x), std::max(50.0f, ImGui::GetContentRegionAvail().y));
    // Opening (or a new debate): the selection, or the statement under debate, and its neighbours.
    bool framed = false;
    if (cam.needs_fit) {
        if (ui.map_fit_all) {
            FitAll(cam, g.bounds, size);
        } else {
            const int focus = ui.reader.selected_claim >= 0 ? ui.reader.selected_claim : opening_claim(d, p.tree);
            const CameraFrame f = frame_claim(d, g, focus, {size.x, size.y}, kReadableZoom, kMaxOpeningZoom);
            cam.zoom = f.zoom;
            cam.x = f.top_left.x;
            cam.y = f.top_left.y;
            framed = true;
        }
        cam.needs_fit = false;
    }
    cam.canvas_w = size.x;
    cam.canvas_h = size.y;
    if (cam.center_pending) {
        cam.x = cam.center_x - size.x / 2 / cam.zoom;
        cam.y = cam.center_y - size.y / 2 / cam.zoom;
        cam.center_pending = false;
        cam.placed_by_link = true;
    }
    if (!ui.scroll_to_selection) cam.placed_by_link = false;
    ui.map_fit_all = false;
    // A selection made elsewhere is brought to the middle of the map.
    if (ui.scroll_to_selection && !cam.placed_by_link && !framed && ui.reader.selected_claim >= 0 &&
        ui.reader.selected_claim < static_cast<int>(g.nodes.size())) {
        const Rect& b = g.nodes[ui.reader.selected_claim].box;
        cam.x = (b.x0 + b.x1) / 2 - size.x / 2 / cam.zoom;
        cam.y = (b.y0 + b.y1) / 2 - size.y / 2 / cam.zoom;
    }
    ImGui::InvisibleButton("map-canvas", size, ImGuiButtonFlags_MouseButtonLeft);
    const bool hovered = ImGui::IsItemHovered();
    // The part of the map on screen: the canvas clipped to its window.
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    ui.map_box = {std::max(origin.x, wp.x), std::max(origin.y, wp.y), std::min(origin.x + size.x, wp.x + ws.x),
                  std::min(origin.y + size.y, wp.y + ws.y)};
    // Inside a news page the wheel scrolls the article until the reader clicks into the map.
    if (ImGui::IsItemClicked()) ui.map_engaged = true;
    if (!hovered && !ImGui::IsItemActive()) ui.map_engaged = false;
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 centre(origin.x + size.x / 2, origin.y + size.y / 2);
    if (ui.shortcuts.zoom_in) ZoomAt(cam, 1.25f, centre, origin);
    if (ui.shortcuts.zoom_out) ZoomAt(cam, 0.8f, centre, origin);
    if (ui.shortcuts.pinch != 1.0f) ZoomAt(cam, ui.shortcuts.pinch, hovered ? io.MousePos : centre, origin);
    if (hovered && io.MouseWheel != 0 && (ui.map_engaged || !ui.embedded)) ZoomAt(cam, std::pow(1.15f, io.MouseWheel), io.MousePos, origin);
    const Vec2 mouse_world{cam.x + (io.MousePos.x - origin.x) / cam.zoom, cam.y + (io.MousePos.y - origin.y) / cam.zoom};
    const int hover_toggle = hovered ? g.hit_toggle(mouse_world) : -1;
    const int hover_claim = hovered && hover_toggle < 0 ? g.hit_test(mouse_world) : -1;
#if DL_STUDIO
    // In the Studio a drag that starts on a claim draws a relation to the claim it ends on (the type
    // is the claim form's "New relation" type, changed there after); elsewhere a drag pans.
    int& link_from = ui.studio.map_link_from;
    if (ui.studio.enabled && ImGui::IsItemActivated()) link_from = hover_claim;
    if (!ImGui::IsItemActive() && !ImGui::IsItemDeactivated()) link_from = -1;
    const bool linking = ui.studio.enabled && link_from >= 0;
#else
    const bool linking = false;
#endif
    if (!linking && ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        cam.x -= io.MouseDelta.x / cam.zoom;
        cam.y -= io.MouseDelta.y / cam.zoom;
    }
    if (hover_claim >= 0 && IsClickRelease())
        act.select_claim = hover_claim;
    ui.hovered_claim = hover_claim;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
    const Rect view{cam.x, cam.y, cam.x + size.x / cam.zoom, cam.y + size.y / cam.zoom};
    std::vector<int> nodes, edges;
    g.visible(view, nodes, edges);
    const float fs = ImGui::GetFontSize();
#if DL_STUDIO
    ui.map_edges_drawn.clear();
    if (ui.studio.enabled) {
        // Where each edge on screen can be clicked (for the test hook, like map_drawn): its middle.
        for (int e : edges) {
            const EdgeRoute& route = g.edges[e];
            const ImVec2 mid = route.elbow ? ToScreen(Vec2{(route.p0.x + route.p1.x) / 2, route.p0.y}, cam, origin)
                                           : ToScreen(Bezier(route, 0.5f), cam, origin);
            ui.map_edges_drawn.push_back({route.relation, mid.x, mid.y, 0, 0});
        }
        // A click on an edge (not on a claim) opens its relation's form: its type, or Remove.
        if (hovered && hover_claim < 0 && hover_toggle < 0 && IsClickRelease() && !linking) {
            int hit = -1;
            float best = 6.0f;
            for (int e : edges)
                if (const float dist = DistanceToEdge(g.edges[e], io.MousePos, cam, origin); dist < best) {
                    best = dist;
                    hit = g.edges[e].relation;
                }
            if (hit >= 0) act.edit_target = {Entity::Relation, hit, -1};
        }
        if (linking) {
            const NodeBox& from = g.nodes[link_from];
            const ImVec2 start = ToScreen({(from.box.x0 + from.box.x1) / 2, (from.box.y0 + from.box.y1) / 2}, cam, origin);
            if (ImGui::IsItemActive()) {
                ImGui::GetForegroundDrawList()->AddLine(start, io.MousePos, FocusRingColor(ui.dark), 2.5f);
            } else if (hover_claim >= 0 && hover_claim != link_from) {
                // Released on another claim: the relation, and the first claim's form to type it.
                EditRequest add;
                add.kind = EditRequest::Kind::AddRelation;
                add.target = {Entity::Relation, -1, -1};
                add.value = ui.studio.relation_type;
                add.from = link_from;
                add.to = hover_claim;
                act.edits.push_back(add);
                act.edit_target = {Entity::Claim, link_from, -1};
                act.select_claim = link_from;
            }
        }
    }
#endif
    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
    const int focus = hover_claim >= 0 ? hover_claim : ui.reader.selected_claim;

    for (const Lane& lane : g.lanes) {
        if (!lane.box.overlaps(view)) continue;
        const ImVec2 a = ToScreen({lane.box.x0, lane.box.y0}, cam, origin), b = ToScreen({lane.box.x1, lane.box.y1}, cam, origin);
        dl->AddRectFilled(a, b, ActorColor(lane.actor, ui.dark ? 0.10f : 0.07f), 6.0f);
        if (cam.zoom * 44.0f > fs) {
            if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
            dl->AddText(ImVec2(std::max(a.x, origin.x) + 8, a.y + 4 * cam.zoom), text_col, d.actors[lane.actor].name.c_str());
            if (ui.fonts.bold) ImGui::PopFont();
        }
    }
    // Level of detail: when a claim box is only a few pixels wide, a plain rectangle per claim and a
    // straight line per relation say all that can be seen.
    const bool coarse = g.params.node_width * cam.zoom < 24.0f;
    for (int e : edges) {
        const EdgeRoute& route = g.edges[e];
        const Relation& r = d.relations[route.relation];
        if (coarse) {
            const ImU32 faint = RelationColor(r.type, ui.dark) & 0x80FFFFFF;
            if (route.elbow) {
                const ImVec2 corners[] = {ToScreen(route.p0, cam, origin), ToScreen(route.p1, cam, origin), ToScreen(route.p2, cam, origin),
                                          ToScreen(route.p3, cam, origin)};
                dl->AddPolyline(corners, 4, faint, 0, 1.0f);
            } else {
                dl->AddLine(ToScreen(route.p0, cam, origin), ToScreen(route.p3, cam, origin), faint);
            }
            continue;
        }
        const bool near = focus >= 0 && (r.from == focus || r.to == focus);
        // An edge to a claim off screen is a faint hint of where to go, not a line across the view.
        const bool leaves = !view.contains(route.p0) || !view.contains(route.p3);
        const bool faint = (focus >= 0 && !near) || (leaves && !near);
        ImU32 col = RelationColor(r.type, ui.dark);
        if (faint) col = (col & ~IM_COL32_A_MASK) | (70u << IM_COL32_A_SHIFT);
        const ImU32 trunk = ImGui::GetColorU32(ImGuiCol_TextDisabled, faint ? 0.4f : 1.0f);
        DrawEdge(dl, route, r.type, col, trunk, (near ? 2.6f : 1.5f) * std::clamp(cam.zoom, 0.5f, 1.5f), cam, origin);
    }
    const float label_px = std::min(fs, fs * cam.zoom);
    const bool labels = label_px >= 10.0f;  // below this a label is unreadable: hide it
    ui.map_drawn.clear();
    // The claims on the canvas, for assistive technology and the keyboard: one stop, arrows move
    // from claim to claim, Enter traces one.
    BeginSemantic(ui, Role::Group, "Map of the claims and their relations", semantic::kComposite, "##map");
    for (int c : nodes) {
        const NodeBox& n = g.nodes[c];
        const ImVec2 a = ToScreen({n.box.x0, n.box.y0}, cam, origin), b = ToScreen({n.box.x1, n.box.y1}, cam, origin);
        ui.map_drawn.push_back({c, a.x, a.y, b.x - a.x, b.y - a.y});
        UiAction trace;
        trace.select_claim = c;
        const ScreenRect box{std::max(a.x, origin.x), std::max(a.y, origin.y), std::min(b.x, origin.x + size.x), std::min(b.y, origin.y + size.y)};
        SemanticItem& item = DescribeRect(ui, Role::Button, d.actors[d.claims[c].actor].name + ": " + d.claims[c].summary, box,
                                          "##node-" + std::to_string(c),
                                          semantic::kFocusable | (c == ui.reader.selected_claim ? semantic::kSelected : 0), trace);
        if (n.children > 0) {  // a tree's claim with replies: Right unfolds them, Left folds them
            item.flags |= semantic::kExpandable | (n.folded ? 0 : semantic::kExpanded);
            item.toggle.toggle_map_fold = c;
        }
        if (coarse) {
            dl->AddRectFilled(a, b, ActorColor(d.claims[c].actor, c == ui.reader.selected_claim ? 1.0f : 0.7f));
            continue;
        }
        const bool selected = c == ui.reader.selected_claim;
        const bool neighbour = focus >= 0 && c != focus &&
                               std::any_of(d.graph.outgoing[c].begin(), d.graph.outgoing[c].end(), [&](int r) { return d.relations[r].to == focus; });
        const bool dim = focus >= 0 && c != focus && !neighbour &&
                         std::none_of(d.graph.incoming[c].begin(), d.graph.incoming[c].end(), [&](int r) { return d.relations[r].from == focus; });
        dl->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_ChildBg, dim ? 0.6f : 1.0f), 5.0f);
        dl->AddRectFilled(a, ImVec2(a.x + 5, b.y), ActorColor(d.claims[c].actor, dim ? 0.4f : 1.0f), 5.0f, ImDrawFlags_RoundCornersLeft);
        dl->AddRect(a, b, selected ? text_col : ImGui::GetColorU32(ImGuiCol_Border, dim ? 0.5f : 1.0f), 5.0f, 0, selected ? 3.0f : 1.0f);
        if (labels) {
            const float text_size = label_px;
            const float pad = 8 * cam.zoom;
            // A reviewed claim gives its last line to the fact-check badge (the label above keeps the rest).
            const std::optional<Review>& review = d.claims[c].review;
            const float badge_h = review ? ReviewBadgeSize(b.x - a.x - pad * 1.5f, review_label(*review)).y : 0.0f;
            DrawLabel(dl, ImGui::GetFont(), text_size, ImVec2(a.x + pad, a.y + pad * 0.6f), b.x - a.x - pad * 1.5f,
                      b.y - a.y - pad * 1.1f - badge_h, ImGui::GetColorU32(ImGuiCol_Text, dim ? 0.5f : 1.0f), d.claims[c].summary);
            if (review)
                DrawReviewBadge(dl, ImVec2(a.x + pad, b.y - pad * 0.5f - badge_h), b.x - a.x - pad * 1.5f, review_label(*review), ui.dark);
        }
        if (n.children > 0) {
            const Rect t = g.toggle_box(c);
            act.merge(FoldButton(ui, dl, ToScreen({t.x0, t.y0}, cam, origin), ToScreen({t.x1, t.y1}, cam, origin),
                                 {c, n.folded, n.hidden_below, hover_toggle == c, label_px, d.claims[c].summary}));
        }
    }
    const ScreenRect canvas{origin.x, origin.y, origin.x + size.x, origin.y + size.y};
    EndSemantic(ui, &canvas);
    dl->PopClipRect();
    if (hover_toggle >= 0) {
        const NodeBox& n = g.nodes[hover_toggle];
        ImGui::SetTooltip(n.folded ? "Unfold: show the %d claims under this one" : "Fold: hide the %d claims under this one",
                          n.folded ? n.hidden_below : p.tree.descendants(hover_toggle));
    }
    if (hover_claim >= 0) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(fs * 24);
        const Claim& c = d.claims[hover_claim];
        TextWrappedAtSpaces(d.actors[c.actor].name + ": " + c.summary);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    return act;
}

}  // namespace dl
