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

// `text` as it fits in `width`: whole, or cut at a character boundary and ended with "…" (ended so
// anyway with `cut_anyway`, for a line after which the text goes on).
std::string FitWithEllipsis(std::string text, float width, const MeasureText& measure, bool cut_anyway = false);
// A label wrapped into a box of `width` x `height`; what does not fit ends its last line with "…".
void DrawLabel(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, float width, float height, ImU32 col, std::string_view text);

// A fact-check badge ("Fact-check: <rating> — <reviewer>", review_label) drawn at `pos` on one line
// at most `max_width` wide (elided with "…" past that). Returns its size.
ImVec2 DrawReviewBadge(ImDrawList* dl, ImVec2 pos, float max_width, const std::string& text, bool dark);
ImVec2 ReviewBadgeSize(float max_width, const std::string& text);
// The same badge as an ImGui item at the cursor.
void ReviewBadge(const Review& review, const UiState& ui);

// A selectable, wrapped row naming the claim's speaker and summary, with the fact-check badge of a
// reviewed claim (below the words, or at the row's end when `wrap` is false). Returns true when
// chosen. `wrap` false keeps every row one line tall (needed when a list clipper estimates heights).
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
