// What a view hands back (UiAction) and where things were drawn (ScreenRect): the small vocabulary the
// views, the semantic items and the app share.
#pragma once

#include <string>
#include <vector>

#if DL_STUDIO
#include "ui/edit_request.h"
#endif

namespace dl {

// A rectangle in window pixels (CSS pixels on the web); empty when nothing was drawn there.
struct ScreenRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool contains(float x, float y) const { return x >= x0 && x < x1 && y >= y0 && y < y1; }
};

// What the user did this frame, applied by the app after the views ran. A click, a key on the focused
// item and an activation from assistive technology all end up here, so each effect has one path.
struct UiAction {
    int select_claim = -1;
    int set_view = -1;
    bool back = false;
    bool forward = false;
    bool toggle_theme = false;
    std::string copy_text;
    std::string open_url;
    int copy_link_to = -1;  // claim whose deep link goes to the clipboard
    int share_quote = -1;   // claim whose quote, speaker and link are shared
    std::string open_file;  // a debate file to open (from the Open view)
    // Effects on the UI's own state (ApplyViewAction).
    int filter_field = -1;   // a claims-list filter (FilterField) set to filter_value (-1: any) or filter_text
    int filter_value = -1;
    std::string filter_text;
    bool clear_filter = false;
    int toggle_column = -1;  // an actor shown again in, or hidden from, the stance matrix
    int toggle_fold = -1;    // a claim of the trace tree folded or unfolded
    int all_columns = -1;    // 1: every actor shown in the stance matrix; 0: every one hidden
    int compare_chips = -1;  // 1: the Compare picker shows a chip for everyone shown; 0: two lines of them
    int toggle_map_fold = -1;  // a claim of a tree debate's map whose subtree folds or unfolds
    int map_fold_all = -1;     // 1: the map's folds back to how it opened; 0: every subtree unfolded
    bool deselect = false;   // no claim selected: back to the claims list on narrow screens
    int about = 0;           // 1: open the About panel; -1: close it
    float map_zoom = 0;      // zoom the map by this factor about its centre (0: no change)
    bool map_fit_all = false;
    bool focus_search = false;
#if DL_STUDIO
    // The Studio's (edit_request.h): edits for the app to apply in order, a command (studio_path: Save
    // As's and New from article's file), and the item whose editor opens (entity Count: none).
    std::vector<EditRequest> edits;
    StudioCommand studio_command = StudioCommand::None;
    std::string studio_path;
    Target edit_target;
    int edit_field = -1;  // and the field of it to go to (a problem's)
    StudioPick studio_pick = StudioPick::None;  // a Studio drop-down's choice (studio_pick_value) by keyboard
    int studio_pick_value = -1;
#endif
    void merge(const UiAction& o);
    bool operator==(const UiAction& o) const;
    bool empty() const;
};

enum FilterField { kFilterSpeaker = 0, kFilterKind = 1, kFilterQuestion = 2, kFilterWords = 3 };

}  // namespace dl
