// Merging the actions views hand back, and applying those that change only the UI's own state.
#include "ui/ui_state.h"

#include <algorithm>
#include <tuple>

namespace dl {

namespace {
auto Tie(const UiAction& a) {
    return std::tie(a.select_claim, a.set_view, a.back, a.forward, a.toggle_theme, a.copy_text, a.open_url, a.copy_link_to,
                    a.share_quote, a.open_file, a.filter_field, a.filter_value, a.filter_text, a.clear_filter, a.toggle_column, a.toggle_fold,
                    a.all_columns, a.compare_chips, a.toggle_map_fold, a.map_fold_all, a.deselect, a.about, a.map_zoom, a.map_fit_all, a.focus_search);
}
}  // namespace

bool UiAction::operator==(const UiAction& o) const {
#if DL_STUDIO
    if (std::tie(edits, studio_command, studio_path, edit_target, edit_field, studio_pick, studio_pick_value) !=
        std::tie(o.edits, o.studio_command, o.studio_path, o.edit_target, o.edit_field, o.studio_pick, o.studio_pick_value))
        return false;
#endif
    return Tie(*this) == Tie(o);
}
bool UiAction::empty() const { return *this == UiAction{}; }

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
    if (o.filter_field >= 0) {
        filter_field = o.filter_field;
        filter_value = o.filter_value;
        filter_text = o.filter_text;
    }
    clear_filter = clear_filter || o.clear_filter;
    if (o.toggle_column >= 0) toggle_column = o.toggle_column;
    if (o.toggle_fold >= 0) toggle_fold = o.toggle_fold;
    if (o.all_columns >= 0) all_columns = o.all_columns;
    if (o.compare_chips >= 0) compare_chips = o.compare_chips;
    if (o.toggle_map_fold >= 0) toggle_map_fold = o.toggle_map_fold;
    if (o.map_fold_all >= 0) map_fold_all = o.map_fold_all;
    deselect = deselect || o.deselect;
    if (o.about != 0) about = o.about;
    if (o.map_zoom != 0) map_zoom = o.map_zoom;
    map_fit_all = map_fit_all || o.map_fit_all;
    focus_search = focus_search || o.focus_search;
#if DL_STUDIO
    edits.insert(edits.end(), o.edits.begin(), o.edits.end());
    if (o.studio_command != StudioCommand::None) studio_command = o.studio_command;
    if (!o.studio_path.empty()) studio_path = o.studio_path;
    if (o.edit_target.entity != Entity::Count) {
        edit_target = o.edit_target;
        edit_field = o.edit_field;
    }
    if (o.studio_pick != StudioPick::None) {
        studio_pick = o.studio_pick;
        studio_pick_value = o.studio_pick_value;
    }
#endif
}

#if DL_STUDIO
bool EditRequest::operator==(const EditRequest& o) const {
    return std::tie(kind, target, field, text, value, paragraph, begin, end, from, to, choice_offset) ==
           std::tie(o.kind, o.target, o.field, o.text, o.value, o.paragraph, o.begin, o.end, o.from, o.to, o.choice_offset);
}
#endif

MapFolds& FoldsFor(const PreparedDebate& p, UiState& ui) {
    MapFolds& f = ui.map_folds;
    if (f.generation != p.generation) {
        f.generation = p.generation;
        f.folded = default_folded(p.tree);
        ++f.version;
    }
    return f;
}

void ApplyViewAction(UiState& ui, const UiAction& a) {
    ReaderState& r = ui.reader;
    if (a.clear_filter) r.filter = ClaimFilter{};
    if (a.filter_field == kFilterSpeaker) r.filter.actor = a.filter_value;
    if (a.filter_field == kFilterKind) r.filter.kind = a.filter_value;
    if (a.filter_field == kFilterQuestion) r.filter.question = a.filter_value;
    if (a.filter_field == kFilterWords) r.filter.text = a.filter_text;
    if (a.toggle_column >= 0) {
        if (r.hidden_columns.size() <= static_cast<size_t>(a.toggle_column)) r.hidden_columns.resize(a.toggle_column + 1, 0);
        r.hidden_columns[a.toggle_column] = r.hidden_columns[a.toggle_column] ? 0 : 1;
    }
    // Every column at once (the picker's "Show all" / "Hide all"); the view keeps one entry per actor.
    if (a.all_columns >= 0) r.hidden_columns.assign(r.hidden_columns.size(), a.all_columns ? 0 : 1);
    if (a.compare_chips >= 0) ui.compare_expanded = a.compare_chips == 1;
    MapFolds& map = ui.map_folds;
    if (a.toggle_map_fold >= 0 && static_cast<size_t>(a.toggle_map_fold) < map.folded.size()) {
        map.folded[a.toggle_map_fold] ^= 1;
        ++map.version;
    }
    if (a.map_fold_all == 0) {
        map.folded.assign(map.folded.size(), 0);
        ++map.version;
    }
    if (a.map_fold_all == 1) map.generation = 0;  // FoldsFor starts again from default_folded
    if (a.toggle_fold >= 0) {
        auto& folded = ui.folded_trace_claims;
        const auto it = std::find(folded.begin(), folded.end(), a.toggle_fold);
        if (it != folded.end()) folded.erase(it);
        else folded.push_back(a.toggle_fold);
    }
    if (a.deselect) r.selected_claim = -1;
    if (a.about != 0) ui.about_request = a.about;
    if (a.map_zoom != 0 && r.map.canvas_w > 0) {
        // About the canvas's centre: that world point stays where it is.
        MapCamera& cam = r.map;
        const float cx = cam.x + cam.canvas_w / 2 / cam.zoom, cy = cam.y + cam.canvas_h / 2 / cam.zoom;
        cam.zoom = std::clamp(cam.zoom * a.map_zoom, 0.02f, 4.0f);
        cam.x = cx - cam.canvas_w / 2 / cam.zoom;
        cam.y = cy - cam.canvas_h / 2 / cam.zoom;
        cam.needs_fit = false;
    }
    if (a.map_fit_all) r.map.needs_fit = ui.map_fit_all = true;
    if (a.focus_search) ui.focus_search = true;
#if DL_STUDIO
    if (a.edit_target.entity != Entity::Count) {
        ui.studio.target = a.edit_target;
        ui.studio.focus_field = a.edit_field;
    }
    if (a.studio_pick_value >= 0) {
        StudioUi& s = ui.studio;
        if (a.studio_pick == StudioPick::RelationType) s.relation_type = a.studio_pick_value;
        if (a.studio_pick == StudioPick::RelationTo) s.relation_to = a.studio_pick_value;  // among the claims but this one
        if (a.studio_pick == StudioPick::StanceActor && s.target.entity == Entity::Stance) s.target.index = a.studio_pick_value;
        if (a.studio_pick == StudioPick::StanceQuestion && s.target.entity == Entity::Stance) s.target.question = a.studio_pick_value;
    }
#endif
}

}  // namespace dl
