// The list of views, and the adapters that give each view's draw function the registry's shape.
#include "ui/view_registry.h"
#include "ui/views.h"

namespace dl {

namespace {
UiAction DrawOverview(const ViewContext& c, UiState& ui) { return DrawOverviewView(c.debate, ui); }
UiAction DrawPositions(const ViewContext& c, UiState& ui) { return DrawPositionsView(c.debate, ui); }
UiAction DrawMap(const ViewContext& c, UiState& ui) { return DrawMapView(c.debate, ui); }
UiAction DrawArticle(const ViewContext& c, UiState& ui) { return DrawArticleView(c.debate, ui); }
UiAction DrawTimeline(const ViewContext& c, UiState& ui) { return DrawTimelineView(c.debate, ui); }
UiAction DrawOpen(const ViewContext& c, UiState& ui) { return DrawOpenView(c.status, ui); }

const std::array<ViewInfo, kViewCount> kViews = {{
    {View::Overview, "overview", "Overview", DrawOverview, WidePlace::Tabs, false, false},
    {View::Positions, "positions", "Positions", DrawPositions, WidePlace::Tabs, false, false},
    // On narrow screens the trace of the selection sits in the Claims tab; wide ones keep list and
    // trace on the left, beside the other views.
    {View::Claims, "claims", "Claims", DrawClaimsTab, WidePlace::LeftPane, false, true},
    {View::Map, "map", "Map", DrawMap, WidePlace::Tabs, false, true},
    {View::Article, "article", "Article", DrawArticle, WidePlace::Tabs, false, true},
    {View::Timeline, "timeline", "Timeline", DrawTimeline, WidePlace::Tabs, false, false},
    {View::Open, "open", "Open", DrawOpen, WidePlace::Tabs, true, false},
}};
}  // namespace

const std::array<ViewInfo, kViewCount>& all_views() { return kViews; }
const ViewInfo& view_info(View v) { return kViews[static_cast<size_t>(v)]; }
const char* view_name(View v) { return view_info(v).id; }
const char* view_title(View v) { return view_info(v).title; }

bool parse_view(const std::string& id, View& out) {
    for (const ViewInfo& v : kViews)
        if (id == v.id) {
            out = v.view;
            return true;
        }
    return false;
}

std::string linkable_view_ids() {
    std::string s;
    size_t n = 0, total = 0;
    for (const ViewInfo& v : kViews) total += !v.editor_only;
    for (const ViewInfo& v : kViews) {
        if (v.editor_only) continue;
        if (n) s += (n + 1 == total) ? " or " : ", ";
        s += v.id;
        ++n;
    }
    return s;
}

}  // namespace dl
