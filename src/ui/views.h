// Entry points of the views. Each reads the prepared debate and the UI state and returns what
// the user did; one file per view.
#pragma once

#include "model/load.h"
#include "model/prepared.h"
#include "ui/ui_state.h"

#include <vector>

namespace dl {

UiAction DrawOverviewView(const PreparedDebate& p, UiState& ui);
UiAction DrawPositionsView(const PreparedDebate& p, UiState& ui);
UiAction DrawClaimsView(const PreparedDebate& p, UiState& ui);   // filterable list
// Provenance of the selection. With p_back_to_list, an "All claims" button leads the toolbar.
UiAction DrawTraceView(const PreparedDebate& p, UiState& ui, bool* p_back_to_list = nullptr);
UiAction DrawMapView(const PreparedDebate& p, UiState& ui);
UiAction DrawArticleView(const PreparedDebate& p, UiState& ui);
UiAction DrawTimelineView(const PreparedDebate& p, UiState& ui);
UiAction DrawAboutView(const PreparedDebate& p, UiState& ui);  // source, version, editorial notes
// Problems found in a content file, shown instead of (or above) the debate.
void DrawDiagnosticsView(const std::vector<Diagnostic>& diagnostics, const UiState& ui);
// The whole widget: header, search, and the views laid out for the window's width.
// `debate` may be null (nothing loaded); `problems` are shown above whatever is loaded.
UiAction DrawExplainer(const PreparedDebate* debate, const std::vector<Diagnostic>& problems, UiState& ui);

}  // namespace dl
