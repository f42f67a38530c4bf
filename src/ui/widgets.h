// Small widgets shared by several views: wrapped text with highlighted, clickable spans, a claim
// row, chips, a search field, count badges, a proportion bar and the map's fold button. Views use
// these instead of raw ImGui calls, so each control is drawn (and described) in one place.
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
// A list's group heading: one line in the bold face, cut with "…" to the width, as tall as a
// one-line ClaimRow (so a list clipper can count it as a row).
void GroupHeading(const UiState& ui, const std::string& text);
void TextMuted(const UiState& ui, const char* text);
// One line in the bold face (sub-headings inside a view).
void BoldText(const UiState& ui, const char* text);
// A coloured dot and the actor's name (bold, wrapped at the window's edge).
void ActorTag(const Debate& d, int actor, const UiState& ui);
// Hit target height for touch: rows at least this tall.
float TouchRowHeight();
// Content text used as an ImGui label: "##" would hide the rest and change the widget's id.
std::string SafeLabel(const std::string& text);
// The left button was released without dragging: a click or tap, not the end of a pan.
bool IsClickRelease();
// The last item's rectangle, for the test hook (map nodes, Open rows, problem links).
DrawnNode DrawnRect(int index);

// Puts the next item of a flow (chips, buttons) on this line when `width` still fits, else on the next.
void SameLineIfFits(float width);
// What a chip's press does, shown as its mark: nothing, take it away (×), or add it (+).
enum class ChipMark { None, Remove, Add };
// A chip's width for `text`, to flow it (SameLineIfFits) before drawing it.
float ChipWidth(const std::string& text, bool dot, ChipMark mark);
// A rounded, touch-sized label with an optional colour dot (dot_colour != 0) and mark; true when
// pressed. IsItemHovered() afterwards tells whether it is hovered (for a tooltip).
bool Chip(const char* id, const std::string& text, ImU32 dot_colour, ChipMark mark);
// A one-line search field of `width` (<= 0: the rest of the line); true when the text changed.
bool SearchField(const char* id, const char* hint, std::string& text, float width);
// A small coloured label (a leaning group and its count); true when hovered.
bool Badge(const std::string& text, const ImVec4& background, const ImVec4& foreground);
// A bar `width` wide split into parts proportional to `counts`, each part in its colour.
void ProportionBar(const std::vector<int>& counts, const std::vector<ImU32>& colours, float width, float height);
// A tree node's fold button on the map, drawn in screen rectangle [a, b]: "−" while its subtree is
// shown, "+N" (the claims it hides) when folded. The map's canvas is one item, so the map's own hit
// test says whether it is hovered; true when it is clicked.
bool FoldButton(ImDrawList* dl, ImVec2 a, ImVec2 b, bool folded, int hidden, bool hovered, float font_size);

}  // namespace dl
