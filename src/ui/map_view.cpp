// Map: the claim graph from the model's layout, drawn with ImDrawList. Pan by dragging, zoom
// with the wheel or +/-, fit to view; only what intersects the canvas is drawn.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <algorithm>
#include <cmath>

namespace dl {

namespace {
ImVec2 Bezier(const EdgeRoute& e, float t) {
    const float u = 1 - t;
    const float a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    return ImVec2(a * e.p0.x + b * e.p1.x + c * e.p2.x + d * e.p3.x, a * e.p0.y + b * e.p1.y + c * e.p2.y + d * e.p3.y);
}

// Dash pattern per relation type so that the type is readable without colour.
void DrawEdge(ImDrawList* dl, const EdgeRoute& e, RelationType type, ImU32 col, float thickness,
              ImVec2 (*to_screen)(Vec2, const MapCamera&, ImVec2), const MapCamera& cam, ImVec2 origin) {
    // Segments about 7 px long on screen, so dashes look the same at every zoom and length.
    const float chord = std::abs(e.p3.x - e.p0.x) + std::abs(e.p3.y - e.p0.y) + std::abs(e.p1.x - e.p0.x) * 0.5f;
    const int segments = std::clamp(static_cast<int>(chord * cam.zoom / 7.0f), 8, 400);
    int on = 1, off = 0;  // segments drawn / skipped
    if (type == RelationType::Rebuts) { on = 2; off = 1; }
    if (type == RelationType::Qualifies) { on = 1; off = 1; }
    if (type == RelationType::RespondsTo) { on = 3; off = 2; }
    // Segments wholly beyond one side of the canvas are not emitted: long edges cross big maps.
    const ImVec4 clip = dl->_ClipRectStack.back();
    auto outside = [&](ImVec2 a, ImVec2 b) {
        return (a.x < clip.x && b.x < clip.x) || (a.x > clip.z && b.x > clip.z) || (a.y < clip.y && b.y < clip.y) ||
               (a.y > clip.w && b.y > clip.w);
    };
    ImVec2 prev = to_screen(e.p0, cam, origin);
    for (int i = 1; i <= segments; ++i) {
        const ImVec2 w = Bezier(e, static_cast<float>(i) / segments);
        const ImVec2 s = to_screen({w.x, w.y}, cam, origin);
        if ((i - 1) % (on + off) < on && !outside(prev, s)) dl->AddLine(prev, s, col, thickness);
        prev = s;
    }
    // Arrowhead at the target: filled for supports/elaborates, a bar for rebuts, open otherwise.
    const ImVec2 tip = to_screen(e.p3, cam, origin);
    const ImVec2 back = to_screen({Bezier(e, 0.93f).x, Bezier(e, 0.93f).y}, cam, origin);
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

ImVec2 ToScreen(Vec2 w, const MapCamera& cam, ImVec2 origin) {
    return ImVec2(origin.x + (w.x - cam.x) * cam.zoom, origin.y + (w.y - cam.y) * cam.zoom);
}

// Fits the graph, but never below the zoom at which labels are readable: a big graph then opens
// at its top-left (where the statement under debate is) and the reader pans from there.
void FitCamera(MapCamera& cam, const Rect& bounds, ImVec2 size, float min_zoom) {
    const float bw = std::max(1.0f, bounds.x1 - bounds.x0), bh = std::max(1.0f, bounds.y1 - bounds.y0);
    const float fit = std::clamp(std::min(size.x / bw, size.y / bh) * 0.95f, 0.02f, 1.2f);
    cam.zoom = std::max(fit, std::min(min_zoom, 1.2f));
    cam.x = cam.zoom > fit ? bounds.x0 - 10 / cam.zoom : bounds.x0 - (size.x / cam.zoom - bw) / 2;
    cam.y = cam.zoom > fit ? bounds.y0 - 10 / cam.zoom : bounds.y0 - (size.y / cam.zoom - bh) / 2;
    cam.needs_fit = false;
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
    const GraphLayout& g = p.layout;
    MapCamera& cam = ui.reader.map;

    UiAction fit, zoom_in, zoom_out;
    fit.map_fit_all = true;
    zoom_in.map_zoom = 1.25f;
    zoom_out.map_zoom = 0.8f;
    act.merge(ActionButton(ui, "Fit all", fit, "Show the whole map"));
    ImGui::SameLine();
    act.merge(ActionButton(ui, "+", zoom_in, "Zoom in"));
    ImGui::SameLine();
    act.merge(ActionButton(ui, "\xE2\x88\x92", zoom_out, "Zoom out"));
    ImGui::SameLine();
    TextMuted(ui, "Drag to pan, wheel to zoom. Solid \xE2\x96\xB6 supports, dashed \xE2\x8A\xA3 rebuts, dotted qualifies.");

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(std::max(50.0f, ImGui::GetContentRegionAvail().x), std::max(50.0f, ImGui::GetContentRegionAvail().y));
    if (cam.needs_fit) FitCamera(cam, g.bounds, size, ui.map_fit_all ? 0.0f : 0.9f);  // labels at >= 15 px
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
    if (ui.scroll_to_selection && !cam.placed_by_link && ui.reader.selected_claim >= 0 &&
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
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        cam.x -= io.MouseDelta.x / cam.zoom;
        cam.y -= io.MouseDelta.y / cam.zoom;
    }
    const Vec2 mouse_world{cam.x + (io.MousePos.x - origin.x) / cam.zoom, cam.y + (io.MousePos.y - origin.y) / cam.zoom};
    const int hover_claim = hovered ? g.hit_test(mouse_world) : -1;
    if (hover_claim >= 0 && IsClickRelease())
        act.select_claim = hover_claim;
    ui.hovered_claim = hover_claim;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
    const Rect view{cam.x, cam.y, cam.x + size.x / cam.zoom, cam.y + size.y / cam.zoom};
    std::vector<int> nodes, edges;
    g.visible(view, nodes, edges);
    const float fs = ImGui::GetFontSize();
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
    const bool coarse = (g.nodes.empty() ? 0.0f : (g.nodes[0].box.x1 - g.nodes[0].box.x0)) * cam.zoom < 24.0f;
    for (int e : edges) {
        const EdgeRoute& route = g.edges[e];
        const Relation& r = d.relations[route.relation];
        if (coarse) {
            dl->AddLine(ToScreen(route.p0, cam, origin), ToScreen(route.p3, cam, origin), RelationColor(r.type, ui.dark) & 0x80FFFFFF);
            continue;
        }
        const bool near = focus >= 0 && (r.from == focus || r.to == focus);
        ImU32 col = RelationColor(r.type, ui.dark);
        if (focus >= 0 && !near) col = (col & ~IM_COL32_A_MASK) | (70u << IM_COL32_A_SHIFT);
        DrawEdge(dl, route, r.type, col, (near ? 2.6f : 1.5f) * std::clamp(cam.zoom, 0.5f, 1.5f), ToScreen, cam, origin);
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
        DescribeRect(ui, Role::Button, d.actors[d.claims[c].actor].name + ": " + d.claims[c].summary, box,
                     "##node-" + std::to_string(c), semantic::kFocusable | (c == ui.reader.selected_claim ? semantic::kSelected : 0), trace);
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
    }
    const ScreenRect canvas{origin.x, origin.y, origin.x + size.x, origin.y + size.y};
    EndSemantic(ui, &canvas);
    dl->PopClipRect();
    if (hover_claim >= 0) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(fs * 24);
        const Claim& c = d.claims[hover_claim];
        ImGui::TextWrapped("%s: %s", d.actors[c.actor].name.c_str(), c.summary.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    return act;
}

}  // namespace dl
