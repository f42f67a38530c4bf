// The Studio's panels (Studio builds only, DL_STUDIO): the toolbar (undo, redo, save), the editor
// beside the views (words selected in the article, the form of the item being edited, the problems),
// the dialogs (recover unsaved work, close with unsaved changes) and word selection in the article.
// Like every view they read the debate and hand back what the user asked for: edits are requests
// (UiAction::edits) that the app applies to its document.
#pragma once

#include "model/text_layout.h"
#include "ui/views.h"

#include <imgui.h>

#include <vector>

namespace dl {

UiAction DrawStudioToolbar(const PreparedDebate& p, UiState& ui);
UiAction DrawStudioPane(const PreparedDebate& p, UiState& ui);
UiAction DrawStudioDialogs(UiState& ui);
// Selecting words in paragraph `paragraph`, just drawn by RichText at `origin`, `wrap_width` wide,
// with `ranges` highlighted: a mouse or finger drag, or (once the paragraph has the keyboard, by a
// click or Tab) Shift with the arrows; Ctrl moves by words. Draws the selection and the caret.
void StudioParagraph(UiState& ui, const Debate& d, int paragraph, ImVec2 origin, float wrap_width,
                     const std::vector<HighlightRange>& ranges);
// The one form every kind of item is edited in, drawn from the field table (model/fields.h).
UiAction DrawItemForm(const Debate& d, const Target& t, UiState& ui);

}  // namespace dl
