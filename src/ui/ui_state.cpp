// Merging the actions views hand back, and applying the parts that change only the widget's state.
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
    if (o.toggle_fold >= 0) toggle_fold = o.toggle_fold;
    if (o.fold_all >= 0) fold_all = o.fold_all;
    if (o.hide_column >= 0) hide_column = o.hide_column;
    if (o.show_column >= 0) show_column = o.show_column;
    if (o.all_columns >= 0) all_columns = o.all_columns;
}

MapFolds& FoldsFor(const PreparedDebate& p, UiState& ui) {
    MapFolds& f = ui.map_folds;
    if (f.generation != p.generation) {
        f.generation = p.generation;
        f.folded = default_folded(p.tree);
        ++f.version;
    }
    return f;
}

void ApplyViewAction(const PreparedDebate& p, UiState& ui, const UiAction& a) {
    const size_t claims = p.debate->claims.size(), actors = p.debate->actors.size();
    if (a.toggle_fold >= 0 || a.fold_all >= 0) {
        MapFolds& f = FoldsFor(p, ui);
        if (a.fold_all == 1) f.folded = default_folded(p.tree);
        if (a.fold_all == 0) f.folded.assign(claims, 0);
        if (a.toggle_fold >= 0 && static_cast<size_t>(a.toggle_fold) < f.folded.size()) f.folded[a.toggle_fold] ^= 1;
        ++f.version;
    }
    std::vector<char>& hidden = ui.reader.hidden_columns;
    hidden.resize(actors, 0);
    if (a.all_columns >= 0) hidden.assign(actors, a.all_columns ? 0 : 1);
    if (a.hide_column >= 0 && static_cast<size_t>(a.hide_column) < actors) hidden[a.hide_column] = 1;
    if (a.show_column >= 0 && static_cast<size_t>(a.show_column) < actors) hidden[a.show_column] = 0;
}

}  // namespace dl
