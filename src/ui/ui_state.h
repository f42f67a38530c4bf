// The UI state that survives between frames, and the actions views hand back to the app.
// Views read the model as const and change only this; anything larger goes back as a UiAction.
// Three parts: what the reader chose (ReaderState: exactly what a deep link restores), what the
// widget remembers between frames for itself, and caches keyed on the debate's generation.
#pragma once

#include "model/prepared.h"
#include "model/query.h"
#include "model/text_layout.h"
#include "ui/semantics.h"
#include "ui/ui_action.h"
#include "ui/view_registry.h"
#if DL_STUDIO
#include "ui/studio_state.h"
#endif

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

struct ImFont;

namespace dl {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* italic = nullptr;
    ImFont* heading = nullptr;
};

struct MapCamera {
    float zoom = 1.0f;
    float x = 0, y = 0;     // world point at the top-left of the canvas
    bool needs_fit = true;  // fit the graph on the next frame
    float canvas_w = 0, canvas_h = 0;  // the canvas's size when last drawn (0: not yet)
    // A centre asked for (a link) before the canvas's size was known: the map places it when drawn.
    bool center_pending = false;
    float center_x = 0, center_y = 0;
    bool placed_by_link = false;  // the link's centre wins over centring the link's claim
    // The world point at the middle of the canvas.
    float CenterX() const { return center_pending ? center_x : x + canvas_w / 2 / zoom; }
    float CenterY() const { return center_pending ? center_y : y + canvas_h / 2 / zoom; }
};

// Keyboard shortcuts the platform recognises (ImGui 1.86 names too few keys to ask it).
struct Shortcuts {
    bool search = false;        // '/' or Ctrl+F
    bool search_enter = false;  // Enter in the platform's own search field (see UiState::search_in_platform)
    bool zoom_in = false;       // '+' or '=' outside text fields
    bool zoom_out = false;      // '-'
    float pinch = 1.0f;         // two-finger zoom factor this frame
#if DL_STUDIO
    bool save = false;          // Ctrl+S (the Studio)
#endif
};

// What the article view computed once and reuses while nothing it depends on changes.
struct ArticleCache {
    uint64_t generation = 0;  // of the PreparedDebate it was built for (0: none yet)
    bool dark = false;
    int selected = -2;
    float width = -1;
    std::vector<std::vector<HighlightRange>> spans;  // per paragraph (article_highlights)
    std::vector<float> heights;                      // per paragraph at `width`; < 0 until measured
};

// The selected claim's trace and the search box's results, recomputed only when their inputs change
// (not per frame: a trace at 10 000 claims, or a search at 50 000, costs milliseconds).
struct TraceCache {
    uint64_t generation = 0;
    int claim = -1;
    ClaimTrace trace;
};
struct SearchCache {
    uint64_t generation = 0;
    std::string query;
    SearchResults results;
};

// The map of a tree debate laid out with the reader's folds (MapFolds::version says which).
struct MapLayoutCache {
    uint64_t generation = 0;
    uint64_t version = 0;
    GraphLayout layout;
};
// Per actor, the narrowest the stance matrix's column may be: its name's and its positions' longest
// word (so words wrap whole, never a letter per line), at the font size it was measured in.
struct PositionsCache {
    uint64_t generation = 0;
    float font_size = 0;
    std::vector<float> min_width;
};

// Every cache a view keeps, each keyed on the generation of the debate it was built for, so a new
// debate (or a new version of the same file) invalidates them without anyone resetting them.
struct ViewCaches {
    ArticleCache article;
    TraceCache trace;
    SearchCache search;
    MapLayoutCache map;
    PositionsCache positions;
};

// Which subtrees of a tree debate the map shows folded (per claim), for the debate of `generation`;
// a new debate starts from default_folded. `version` counts changes.
struct MapFolds {
    uint64_t generation = 0;
    uint64_t version = 0;
    std::vector<char> folded;
};

// A claim box as drawn on screen by the map (for the test hook and scripted clicks).
struct DrawnNode {
    int claim = -1;
    float x = 0, y = 0, w = 0, h = 0;
};

// What the reader chose: exactly what a deep link restores (see ReaderLocation in app/).
struct ReaderState {
    View view = View::Overview;
    int selected_claim = -1;
    ClaimFilter filter;                // the claims list's speaker, kind, question and words
    MapCamera map;
    std::vector<char> hidden_columns;  // per actor: hidden from the stance matrix (Compare)
};

struct UiState {
    ReaderState reader;
    bool dark = false;             // the theme: the reader's or the page's preference (a link may name it)
    bool view_requested = true;    // one-shot: the tab bar switches to reader.view
    View shown_tab = View::Count;  // the tab drawn last frame
    SelectionHistory history;
    std::string search_text;
    bool focus_search = false;
    ScreenRect search_box;           // where the search field was drawn last frame (empty: not drawn)
    bool search_box_active = false;  // ImGui's search field had the keyboard last frame
    // The platform's own text field over search_box is editing search_text (web: on-screen keyboards
    // and IME composition need a real text field, which a canvas is not).
    bool search_in_platform = false;
    bool show_about = false;
    int about_request = 0;      // one-shot: 1 opens the About panel, -1 closes it (UiAction::about)
    std::string embed_snippet;  // set by the app while About is open: the one-line embed for this view
    bool map_engaged = false;   // the reader clicked into the map: the wheel zooms it (else the page scrolls)
    ScreenRect map_box;         // the map's canvas last frame (empty when the map is not shown)
    bool map_fit_all = false;   // the next fit shows everything, however small
    bool scroll_to_selection = false;  // one-shot: views bring the selected claim into view
    int hovered_claim = -1;
    std::vector<int> folded_trace_claims;  // trace-tree nodes the reader folded
    MapFolds map_folds;
    std::string compare_search;    // the Compare picker's search field
    bool compare_expanded = false; // the picker shows every chip, not two lines of them
    ViewCaches caches;
    Fonts fonts;
    bool wide_layout = false;     // set by the explainer from the window width
    bool embedded = false;        // inside another page (an iframe): share the wheel with it
    bool can_open_files = false;  // the platform has a file system to open debates from (native)
    Shortcuts shortcuts;          // this frame's, set by the platform
    std::vector<DrawnNode> map_drawn;  // what the map drew last frame
#if DL_STUDIO
    std::vector<DrawnNode> map_edges_drawn;  // the Studio's: each edge on the map (claim: its relation) at its middle
#endif
    // Rows of the Open view and the "Show ..." buttons of problems drawn last frame; `claim` holds
    // the library entry or problem index. For the test hook, like map_drawn.
    std::vector<DrawnNode> open_rows_drawn, problem_links_drawn;

    // What this frame drew, for assistive technology and the keyboard (semantics.h), and where
    // the keyboard is. The tree is rebuilt every frame; last frame's is what keys act on.
    SemanticTree semantics, drawn_semantics;
    std::vector<size_t> semantic_parents;  // open containers while drawing (indices into semantics.items)
    std::unordered_map<uint32_t, uint32_t> semantic_id_uses;  // this frame: how often each id was given
    uint32_t focus_id = 0;        // the focused item (0: none)
    bool focus_visible = false;   // focus came from the keyboard: draw its ring (never on load, never on a click)
    bool focus_moved = false;     // one-shot: bring the focused item into view, give a text field the keys
    bool in_modal = false;        // a modal dialog holds the focus (semantic::kModal)
    uint32_t focus_before_modal = 0;  // where the focus was when it opened: it goes back there after
    bool keys_from_page = false;  // web: the page moves focus with Tab and activates with Enter/Space
    // A claim chosen from outside (a link, Back/Forward, the embed's data-claim, a search result): narrow
    // layouts show its trace.
    bool trace_requested = false;
    std::string announcement;     // what a polite live region says after this frame ("" : nothing new)
#if DL_STUDIO
    StudioUi studio;
#endif
};

// Applies the part of an action that only changes the UI's own state (filters, folds, columns, the
// About panel, the map camera, the search field's focus).
void ApplyViewAction(UiState& ui, const UiAction& action);
// The map's folds for `debate`, started from default_folded when the debate is new to them (or
// when UiAction::map_fold_all asked for the map as it opened).
MapFolds& FoldsFor(const PreparedDebate& debate, UiState& ui);

}  // namespace dl
