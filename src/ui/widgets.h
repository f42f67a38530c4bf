// Small widgets shared by several views: wrapped text with highlighted, clickable spans, claim rows,
// buttons, chips, search fields, count badges, a proportion bar, the map's fold buttons; and the
// semantic items they record for the keyboard and assistive technology (semantics.h). Views use
// these instead of repeating layout code or raw ImGui calls.
// [SECTION] Semantics: recording what is drawn
// [SECTION] Widgets
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

// ---------------------------------------------------------------------------------------------
// [SECTION] Semantics: recording what is drawn
// ---------------------------------------------------------------------------------------------

// Records the last ImGui item as `role` named `name` (its id, bounds and window) and returns the
// record, for the fields a role needs besides (value, level, position in its set...).
SemanticItem& Describe(UiState& ui, Role role, std::string name, uint16_t flags = 0, const UiAction& action = {});
// The same for something drawn without an ImGui item (a map node, a quoted span); `key` makes its id.
SemanticItem& DescribeRect(UiState& ui, Role role, std::string name, ScreenRect bounds, const std::string& key,
                           uint16_t flags = 0, const UiAction& action = {});
// Items described between these two are the container's children; its bounds are theirs together
// unless `bounds` is given. `key` makes its id (default: the name).
void BeginSemantic(UiState& ui, Role role, std::string name, uint16_t flags = 0, const char* key = nullptr);
void EndSemantic(UiState& ui, const ScreenRect* bounds = nullptr);
// The item with this id has the keyboard.
bool HasFocus(const UiState& ui, uint32_t id);
// The id Describe will give the next item whose ImGui label (or DescribeRect key) is `key`.
uint32_t SemanticId(const char* key);

// ---------------------------------------------------------------------------------------------
// [SECTION] Widgets
// ---------------------------------------------------------------------------------------------

// The smallest target a finger is given (CSS px; WCAG 2.2 2.5.8 asks for 24).
constexpr float kMinTarget = 24.0f;

// A button that hands back `action` when pressed and records it, so a key or a screen reader can
// press it too. `name` (default: the label) is what assistive technology reads.
UiAction ActionButton(UiState& ui, const char* label, const UiAction& action, const char* name = nullptr,
                      ImVec2 size = ImVec2(0, 0), uint16_t flags = 0);
// The same, small (no frame padding): links in running text.
UiAction SmallActionButton(UiState& ui, const char* label, const UiAction& action, const char* name = nullptr,
                           Role role = Role::Button);
// Text that, clicked, does `action` (the Overview's questions and quotes): a link to assistive technology.
UiAction ActionText(UiState& ui, const std::string& text, const UiAction& action, ImFont* font = nullptr);

struct RichTextResult {
    int clicked = -1;
    int hovered = -1;
    float emphasised_y = -1;  // screen y of the first emphasised span, to scroll it into view
};

// Word-wrapped text at the current cursor (wrap_text), quotes drawn on `colour(claim)`, the selected
// one underlined; `ranges` sorted and disjoint (article_highlights). Reports hovered/clicked claims.
// Recorded as a paragraph whose highlighted spans are marks; `mark_action` (when given) says what
// activating a span does (the article selects its claim) and `mark_name` how a span is read.
RichTextResult RichText(UiState& ui, const std::string& text, const std::vector<HighlightRange>& ranges,
                        const std::function<ImU32(int claim)>& colour, float wrap_width,
                        const std::function<UiAction(int claim)>& mark_action = nullptr,
                        const std::function<std::string(int claim)>& mark_name = nullptr);

// Text wrapped at spaces only (wrap_text; a line break starts a new line). ImGui's own wrapping
// also breaks after . , ; ! ? and ", which strands a closing quote mark on a line of its own
// (again.|”) and splits "3.5" and "U.S.": every wrapped text of the UI goes through these instead.
// The lines of `text` wrapped at `width` in `font` at `size` px (trailing spaces kept).
std::vector<std::string_view> WrappedLines(ImFont* font, float size, std::string_view text, float width);
// Their size, one line per `size` px; and the lines drawn from `pos` in `col`, those the draw list
// does not show skipped, the rest clipped to `clip` when given. Wrap once, then measure and draw the
// same lines.
ImVec2 LinesSize(ImFont* font, float size, const std::vector<std::string_view>& lines);
void DrawLines(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, const std::vector<std::string_view>& lines,
               const ImVec4* clip = nullptr);
// As ImGui::TextWrapped: an item at the cursor, wrapped at the wrap position (PushTextWrapPos) or
// the window's edge, in the current font and text colour.
void TextWrappedAtSpaces(std::string_view text);

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
// reviewed claim (below the words, or at the row's end when `wrap` is false); chosen, it selects the claim.
// Recorded as `role` (an option of the claims list, an item of the trace's tree, a button elsewhere).
// `wrap` false keeps every row one line tall (needed when a list clipper estimates heights).
UiAction ClaimRow(const Debate& d, int claim, UiState& ui, Role role, const char* prefix = nullptr, bool wrap = true);

// Headings of level 1-3 (the title, a view's title, a sub-heading), recorded as headings.
void Heading(UiState& ui, const char* text, int level = 2);
void TextMuted(UiState& ui, const char* text);
// One line in the bold face (sub-headings inside a view): a heading of `level`, or plain text (0).
void BoldText(UiState& ui, const char* text, int level = 0);
// Wrapped text recorded as a paragraph (or as `role`).
void TextParagraph(UiState& ui, const std::string& text, Role role = Role::Paragraph);
// A coloured dot and the actor's name (bold, wrapped at the window's edge).
void ActorTag(const Debate& d, int actor, UiState& ui);
// A list's group heading: one line in the bold face, cut with "…" to the width, as tall as a
// one-line ClaimRow (so a list clipper can count it as a row); recorded as a heading.
void GroupHeading(UiState& ui, const std::string& text);
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
// A rounded, touch-sized label with an optional colour dot (dot_colour != 0) and mark that hands
// back `action` when pressed, recorded as a button named `name`. IsItemHovered() afterwards tells
// whether it is hovered (for a tooltip).
UiAction Chip(UiState& ui, const char* id, const std::string& text, ImU32 dot_colour, ChipMark mark, const UiAction& action,
              const std::string& name);
// A one-line search field of `width` (<= 0: the rest of the line), recorded as a text box named
// `name`; true when the text changed.
bool SearchField(UiState& ui, const char* id, const char* hint, std::string& text, float width, const char* name);
// A small coloured label (a leaning group and its count); true when hovered. Drawn only: the line it
// opens is what is recorded.
bool Badge(const std::string& text, const ImVec4& background, const ImVec4& foreground);
// A bar `width` wide split into parts proportional to `counts`, each part in its colour (drawn only).
void ProportionBar(const std::vector<int>& counts, const std::vector<ImU32>& colours, float width, float height);
// A tree node's fold button on the map, drawn in screen rectangle [a, b]: "−" while its subtree is
// shown, "+N" (the claims it hides) when folded; recorded as an expandable button whose action and
// toggle fold or unfold it (not a keyboard stop: the claim's own item folds with the arrows). The map's canvas is one item, so the map's own hit test says whether it
// is hovered; hands back UiAction::toggle_map_fold when clicked.
struct FoldButtonSpec {
    int claim = -1;
    bool folded = false;
    int hidden = 0;        // claims the fold hides
    bool hovered = false;
    float font_size = 0;   // the label's, at the map's zoom
    std::string summary;   // the claim's, for its accessible name
};
UiAction FoldButton(UiState& ui, ImDrawList* dl, ImVec2 a, ImVec2 b, const FoldButtonSpec& spec);

}  // namespace dl
