// View names and action merging.
#include "ui/ui_state.h"

namespace dl {

namespace {
const char* const kViewNames[] = {"overview", "positions", "claims", "map", "article", "timeline", "open"};
const char* const kViewTitles[] = {"Overview", "Positions", "Claims", "Map", "Article", "Timeline", "Open"};
}  // namespace

const char* view_name(View v) { return kViewNames[static_cast<int>(v)]; }
const char* view_title(View v) { return kViewTitles[static_cast<int>(v)]; }

bool parse_view(const std::string& name, View& out) {
    for (int i = 0; i < static_cast<int>(View::Count); ++i)
        if (name == kViewNames[i]) {
            out = static_cast<View>(i);
            return true;
        }
    return false;
}

void UiAction::merge(const UiAction& o) {
    if (o.select_claim >= 0) select_claim = o.select_claim;
    if (o.set_view >= 0) set_view = o.set_view;
    back = back || o.back;
    forward = forward || o.forward;
    toggle_theme = toggle_theme || o.toggle_theme;
    if (!o.copy_text.empty()) copy_text = o.copy_text;
    if (!o.open_url.empty()) open_url = o.open_url;
    if (o.copy_link_to >= 0) copy_link_to = o.copy_link_to;
    if (o.share_quote >= 0) share_quote = o.share_quote;
    if (!o.open_file.empty()) open_file = o.open_file;
}

}  // namespace dl
