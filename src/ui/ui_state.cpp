// Merging the actions views hand back.
#include "ui/ui_state.h"

namespace dl {

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
