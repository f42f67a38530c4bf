// Entry points of the views. Each reads the prepared debate and the UI state and returns what
// the user did; one file per view.
#pragma once

#include "model/library.h"
#include "model/load.h"
#include "model/prepared.h"
#include "ui/ui_state.h"

#include <vector>

namespace dl {

UiAction DrawOverviewView(const PreparedDebate& p, UiState& ui);
UiAction DrawPositionsView(const PreparedDebate& p, UiState& ui);
UiAction DrawClaimsView(const PreparedDebate& p, UiState& ui);   // filterable list
// The Claims tab: the list, or on narrow screens the trace of the selection (with a way back to the list).
UiAction DrawClaimsTab(const ViewContext& ctx, UiState& ui);
// Provenance of the selection. With `back_to_list`, an "All claims" button leads the toolbar.
UiAction DrawTraceView(const PreparedDebate& p, UiState& ui, bool back_to_list = false);
UiAction DrawMapView(const PreparedDebate& p, UiState& ui);
UiAction DrawArticleView(const PreparedDebate& p, UiState& ui);
UiAction DrawTimelineView(const PreparedDebate& p, UiState& ui);
UiAction DrawAboutView(const PreparedDebate& p, UiState& ui);  // source, version, editorial notes
// What the widget knows about its content besides the debate on screen.
struct ContentStatus {
    std::string current_file;
    std::vector<Diagnostic> problems;      // of the last load attempt
    std::vector<ItemRef> problem_targets;  // per problem: the item of the debate on screen it concerns
    bool showing_last_good = false;        // the problems belong to a newer, broken version of the file
    std::vector<LibraryEntry> library;     // debates that can be opened (native)
    uint64_t revision = 0;                 // bumped by whatever changes the fields above: what caches of them key on
};

// Problems found in a content file, shown instead of the debate, or above the last good version
// of it; a problem whose item exists on screen leads to it when clicked.
UiAction DrawDiagnosticsView(const ContentStatus& status, UiState& ui);
// The debates found in the given and bundled folders, with title, date and validation status.
UiAction DrawOpenView(const ContentStatus& status, UiState& ui);
// The whole widget: header, search, and the views laid out for the window's width.
// `debate` may be null (nothing loaded); problems are shown above whatever is loaded.
UiAction DrawExplainer(const PreparedDebate* debate, const ContentStatus& status, UiState& ui);

}  // namespace dl
