// Small widgets shared by several views: wrapped text with highlighted, clickable spans, and a
// claim row. Views use these instead of repeating layout code.
#pragma once

#include "model/debate.h"
#include "model/text_layout.h"
#include "ui/ui_state.h"

#include <imgui.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

struct RichTextResult {
    int clicked = -1;
    int hovered = -1;
    float emphasised_y = -1;  // screen y of the first emphasised span, to scroll it into view
};

// Word-wrapped text at the current cursor (wrap_text), quotes drawn on `colour(claim)`, the selected
// one underlined; `ranges` sorted and disjoint (article_highlights). Reports hovered/clicked claims.
RichTextResult RichText(const std::string& text, const std::vector<HighlightRange>& ranges,
                        const std::function<ImU32(int claim)>& colour, float wrap_width);

// A label wrapped into a box of `width` x `height`; what does not fit ends its last line with "…".
void DrawLabel(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, float width, float height, ImU32 col, std::string_view text);

// A selectable, wrapped row naming the claim's speaker and summary. Returns true when chosen.
// `wrap` false keeps every row one line tall (needed when a list clipper estimates heights).
bool ClaimRow(const Debate& d, int claim, const UiState& ui, const char* prefix = nullptr, bool wrap = true);

void Heading(const UiState& ui, const char* text);
void TextMuted(const UiState& ui, const char* text);
// One line in the bold face (sub-headings inside a view).
void BoldText(const UiState& ui, const char* text);
// A coloured dot and the actor's name.
void ActorTag(const Debate& d, int actor, const UiState& ui);
// Hit target height for touch: rows at least this tall.
float TouchRowHeight();
// Content text used as an ImGui label: "##" would hide the rest and change the widget's id.
std::string SafeLabel(const std::string& text);
// The left button was released without dragging: a click or tap, not the end of a pan.
bool IsClickRelease();
// The last item's rectangle, for the test hook (map nodes, Open rows, problem links).
DrawnNode DrawnRect(int index);

}  // namespace dl
