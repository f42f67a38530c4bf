// Shared widgets: the semantic items they record, buttons, rich wrapped text, claim rows, headings,
// chips, search fields, badges, bars and the map's fold buttons.
// [SECTION] Semantics: recording what is drawn
// [SECTION] Buttons and text
// [SECTION] Rich text and labels
// [SECTION] Claim rows, headings, actor tags
// [SECTION] Chips, search fields, badges, bars, fold buttons
#include "ui/widgets.h"
#include "ui/theme.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace dl {

// ---------------------------------------------------------------------------------------------
// [SECTION] Semantics: recording what is drawn
// ---------------------------------------------------------------------------------------------

namespace {
ScreenRect LastItemRect() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return {a.x, a.y, b.x, b.y};
}

uint32_t CurrentParent(const UiState& ui) {
    return ui.semantic_parents.empty() ? 0 : ui.semantics.items[ui.semantic_parents.back()].id;
}

SemanticItem& Record(UiState& ui, Role role, std::string name, uint32_t id, ScreenRect bounds, uint16_t flags,
                     const UiAction& action) {
    // The same text twice in one scope would give two items one id: the second becomes another,
    // the same one every frame (ids stay stable while the views draw the same things).
    const uint32_t uses = ui.semantic_id_uses[id]++;
    if (uses > 0) id = ImHashData(&uses, sizeof uses, id);
    SemanticItem item;
    item.id = id;
    item.parent = CurrentParent(ui);
    item.role = role;
    item.flags = flags;
    item.name = std::move(name);
    item.bounds = bounds;
    item.window = ImGui::GetCurrentWindow()->ID;
    item.action = action;
    ui.semantics.items.push_back(std::move(item));
    return ui.semantics.items.back();
}

void Grow(ScreenRect& r, const ScreenRect& o) {
    if (o.x1 <= o.x0 && o.y1 <= o.y0) return;
    if (r.x1 <= r.x0 && r.y1 <= r.y0) {
        r = o;
        return;
    }
    r = {std::min(r.x0, o.x0), std::min(r.y0, o.y0), std::max(r.x1, o.x1), std::max(r.y1, o.y1)};
}
}  // namespace

uint32_t SemanticId(const char* key) { return ImGui::GetID(key); }

SemanticItem& Describe(UiState& ui, Role role, std::string name, uint16_t flags, const UiAction& action) {
    return Record(ui, role, std::move(name), ImGui::GetItemID(), LastItemRect(), flags, action);
}

SemanticItem& DescribeRect(UiState& ui, Role role, std::string name, ScreenRect bounds, const std::string& key,
                           uint16_t flags, const UiAction& action) {
    return Record(ui, role, std::move(name), ImGui::GetID(key.c_str()), bounds, flags, action);
}

void BeginSemantic(UiState& ui, Role role, std::string name, uint16_t flags, const char* key) {
    const uint32_t id = ImGui::GetID(key ? key : ("##semantic-" + name).c_str());
    Record(ui, role, std::move(name), id, {}, flags, {});
    ui.semantic_parents.push_back(ui.semantics.items.size() - 1);
}

void EndSemantic(UiState& ui, const ScreenRect* bounds) {
    IM_ASSERT(!ui.semantic_parents.empty());
    const size_t at = ui.semantic_parents.back();
    ui.semantic_parents.pop_back();
    SemanticItem& group = ui.semantics.items[at];
    if (bounds) {
        group.bounds = *bounds;
        return;
    }
    ScreenRect r;
    for (size_t k = at + 1; k < ui.semantics.items.size(); ++k) Grow(r, ui.semantics.items[k].bounds);
    group.bounds = r;
}

bool HasFocus(const UiState& ui, uint32_t id) { return id != 0 && ui.focus_id == id; }

// ---------------------------------------------------------------------------------------------
// [SECTION] Buttons and text
// ---------------------------------------------------------------------------------------------

UiAction ActionButton(UiState& ui, const char* label, const UiAction& action, const char* name, ImVec2 size, uint16_t flags) {
    const bool disabled = (flags & semantic::kDisabled) != 0;
    if (disabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::Button(label, size);
    if (disabled) ImGui::EndDisabled();
    Describe(ui, Role::Button, name ? name : label, flags | semantic::kFocusable, action);
    return pressed && !disabled ? action : UiAction{};
}

UiAction SmallActionButton(UiState& ui, const char* label, const UiAction& action, const char* name, Role role) {
    // Small, but never under the 24 px a finger needs (WCAG 2.5.8).
    const float pad_y = std::max(0.0f, (kMinTarget - ImGui::GetFontSize()) / 2);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x * 0.6f, pad_y));
    const bool pressed = ImGui::Button(label);
    ImGui::PopStyleVar();
    Describe(ui, role, name ? name : label, semantic::kFocusable, action);
    return pressed ? action : UiAction{};
}

UiAction ActionText(UiState& ui, const std::string& text, const UiAction& action, ImFont* font) {
    if (font) ImGui::PushFont(font);
    // The text over a target at least 24 px tall (WCAG 2.5.8), underlined while the pointer is on it.
    const float width = ImGui::GetContentRegionAvail().x;
    const std::vector<std::string_view> lines = WrappedLines(ImGui::GetFont(), ImGui::GetFontSize(), text, width);
    const ImVec2 size = LinesSize(ImGui::GetFont(), ImGui::GetFontSize(), lines);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = std::max(size.y, kMinTarget);
    ImGui::PushID(text.c_str());
    const bool clicked = ImGui::InvisibleButton("##link", ImVec2(std::max(size.x, 1.0f), h));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    const ImVec2 text_at(at.x, at.y + (h - size.y) / 2);
    DrawLines(ImGui::GetWindowDrawList(), ImGui::GetFont(), ImGui::GetFontSize(), text_at, ImGui::GetColorU32(ImGuiCol_Text), lines);
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(text_at.x, text_at.y + size.y), ImVec2(text_at.x + size.x, text_at.y + size.y),
                                            ImGui::GetColorU32(ImGuiCol_Text));
    }
    if (font) ImGui::PopFont();
    Describe(ui, Role::Link, text, semantic::kFocusable, action);
    return clicked ? action : UiAction{};
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Rich text and labels
// ---------------------------------------------------------------------------------------------

RichTextResult RichText(UiState& ui, const std::string& text, const std::vector<HighlightRange>& ranges,
                        const std::function<ImU32(int claim)>& colour, float wrap_width,
                        const std::function<UiAction(int claim)>& mark_action,
                        const std::function<std::string(int claim)>& mark_name) {
    RichTextResult result;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float line_h = std::round(size * 1.45f);  // reading line height
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool hover_window = ImGui::IsWindowHovered();
    const float clip_top = ImGui::GetWindowPos().y - line_h, clip_bottom = clip_top + ImGui::GetWindowHeight() + 2 * line_h;
    wrap_width = std::max(wrap_width, size * 4);

    const WrappedText wrapped = wrap_text(text, highlight_cuts(ranges), wrap_width, [&](std::string_view s) {
        return font->CalcTextSizeA(size, FLT_MAX, 0, s.data(), s.data() + s.size()).x;
    });
    std::vector<ScreenRect> span_rects(ranges.size());
    size_t range = 0;
    for (const TextRun& run : wrapped.runs) {
        while (range < ranges.size() && ranges[range].end <= run.begin) ++range;
        const HighlightRange* in = range < ranges.size() && ranges[range].begin <= run.begin ? &ranges[range] : nullptr;
        const ImVec2 p(origin.x + run.x, origin.y + run.line * line_h);
        const char* a = text.c_str() + run.begin;
        const char* b = text.c_str() + run.end;
        if (in) {
            const float w = font->CalcTextSizeA(size, FLT_MAX, 0, a, b).x;
            Grow(span_rects[range], {p.x, p.y - 1, p.x + w, p.y + size + 2});
        }
        if (p.y <= clip_top || p.y >= clip_bottom) {
            if (in && in->selected && result.emphasised_y < 0) result.emphasised_y = p.y;
            continue;
        }
        if (in) {
            const float w = font->CalcTextSizeA(size, FLT_MAX, 0, a, b).x;
            const ImVec2 q(p.x + w, p.y + size + 2);
            const ImU32 bg = colour(in->claim);
            dl->AddRectFilled(ImVec2(p.x, p.y - 1), q, in->selected ? (bg | IM_COL32_A_MASK) & 0x80FFFFFF : bg, 2.0f);
            if (in->selected) dl->AddLine(ImVec2(p.x, q.y), q, text_col, 2.0f);
            if (in->selected && result.emphasised_y < 0) result.emphasised_y = p.y;
            if (hover_window && mouse.x >= p.x && mouse.x < q.x && mouse.y >= p.y - 1 && mouse.y < q.y) {
                result.hovered = in->claim;
                if (IsClickRelease()) result.clicked = in->claim;
            }
        }
        dl->AddText(font, size, p, text_col, a, b);
    }
    ImGui::Dummy(ImVec2(wrap_width, (wrapped.lines - 1) * line_h + line_h));
    if (result.hovered >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    // The paragraph and its quoted spans, for assistive technology: the spans at their byte ranges.
    const ScreenRect whole = LastItemRect();
    ImGui::PushID(text.c_str(), text.c_str() + std::min<size_t>(text.size(), 64));
    BeginSemantic(ui, Role::Paragraph, "", 0, "##paragraph");
    ui.semantics.items[ui.semantic_parents.back()].value = text;
    for (size_t k = 0; k < ranges.size(); ++k) {
        const HighlightRange& r = ranges[k];
        const std::string key = "##mark-" + std::to_string(r.claim) + "-" + std::to_string(r.begin);
        const UiAction act = mark_action ? mark_action(r.claim) : UiAction{};
        SemanticItem& mark = DescribeRect(ui, Role::Mark, mark_name ? mark_name(r.claim) : text.substr(r.begin, r.end - r.begin),
                                          span_rects[k], key, (mark_action ? semantic::kFocusable : 0) |
                                          (r.selected ? semantic::kSelected : 0), act);
        mark.value = std::to_string(r.begin) + "," + std::to_string(r.end);
    }
    EndSemantic(ui, &whole);
    ImGui::PopID();
    return result;
}

std::vector<std::string_view> WrappedLines(ImFont* font, float size, std::string_view text, float width) {
    const MeasureText measure = [&](std::string_view t) { return font->CalcTextSizeA(size, FLT_MAX, 0, t.data(), t.data() + t.size()).x; };
    std::vector<std::string_view> lines;
    for (size_t at = 0;;) {
        const size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view part = text.substr(at, end - at);
        const size_t first = lines.size();
        const WrappedText w = wrap_text(part, {}, std::max(width, 1.0f), measure);
        lines.resize(first + static_cast<size_t>(w.lines), part.substr(0, 0));
        // A line's runs follow one another in the text (no cuts here): the line is their span.
        for (const TextRun& r : w.runs) {
            std::string_view& line = lines[first + static_cast<size_t>(r.line)];
            line = line.empty() ? part.substr(r.begin, r.end - r.begin) : std::string_view(line.data(), part.data() + r.end - line.data());
        }
        if (end >= text.size()) return lines;
        at = end + 1;
    }
}

ImVec2 LinesSize(ImFont* font, float size, const std::vector<std::string_view>& lines) {
    float widest = 0;
    for (std::string_view line : lines) {
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);  // spaces hang past the edge
        widest = std::max(widest, font->CalcTextSizeA(size, FLT_MAX, 0, line.data(), line.data() + line.size()).x);
    }
    return ImVec2(widest, static_cast<float>(lines.size()) * size);
}

void DrawLines(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, const std::vector<std::string_view>& lines, const ImVec4* clip) {
    // Lines outside what the draw list shows (the window, scrolled) are not drawn at all.
    const float top = std::max(dl->GetClipRectMin().y, clip ? clip->y : -FLT_MAX);
    const float bottom = std::min(dl->GetClipRectMax().y, clip ? clip->w : FLT_MAX);
    for (size_t k = 0; k < lines.size(); ++k) {
        const ImVec2 at(pos.x, pos.y + static_cast<float>(k) * size);
        if (at.y > bottom || at.y + size < top) continue;
        dl->AddText(font, size, at, col, lines[k].data(), lines[k].data() + lines[k].size(), 0.0f, clip);
    }
}

void TextWrappedAtSpaces(std::string_view text) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return;
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const ImVec2 pos(window->DC.CursorPos.x, window->DC.CursorPos.y + window->DC.CurrLineTextBaseOffset);  // as TextEx
    const float width = ImGui::CalcWrapWidthForPos(window->DC.CursorPos, std::max(window->DC.TextWrapPos, 0.0f));
    const std::vector<std::string_view> lines = WrappedLines(font, size, text, width);  // wrapped once, for both
    const ImVec2 extent = LinesSize(font, size, lines);
    const ImRect bb(pos, ImVec2(pos.x + extent.x, pos.y + extent.y));
    ImGui::ItemSize(extent, 0.0f);
    if (!ImGui::ItemAdd(bb, 0)) return;  // scrolled out of view
    DrawLines(window->DrawList, font, size, pos, ImGui::GetColorU32(ImGuiCol_Text), lines);
}

void DrawLabel(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, float width, float height, ImU32 col, std::string_view text) {
    const MeasureText measure = [&](std::string_view t) { return font->CalcTextSizeA(size, FLT_MAX, 0, t.data(), t.data() + t.size()).x; };
    const WrappedText w = wrap_text(text, {}, width, measure);
    const int max_lines = std::max(1, static_cast<int>(height / size));
    std::string last;  // the last line that fits, when the text goes on past it
    for (const TextRun& r : w.runs) {
        if (r.line >= max_lines) break;
        const std::string_view piece = text.substr(r.begin, r.end - r.begin);
        if (w.lines > max_lines && r.line == max_lines - 1) {
            last += piece;
            continue;
        }
        dl->AddText(font, size, ImVec2(pos.x + r.x, pos.y + r.line * size), col, piece.data(), piece.data() + piece.size());
    }
    if (last.empty()) return;
    // The text goes on past this line: it ends with "…" even where it would fit.
    dl->AddText(font, size, ImVec2(pos.x, pos.y + (max_lines - 1) * size), col, FitWithEllipsis(last, width, measure, true).c_str());
}

std::string FitWithEllipsis(std::string text, float width, const MeasureText& measure, bool cut_anyway) {
    if (!cut_anyway && measure(text) <= width) return text;
    // Cut at a character boundary until the line and its ellipsis fit.
    while (!text.empty() && (text.back() == ' ' || measure(text + "\xE2\x80\xA6") > width)) {
        text.pop_back();
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
        if (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0xC0) text.pop_back();
    }
    return text + "\xE2\x80\xA6";
}

namespace {
struct BadgeLayout {
    std::string shown;  // the text as it fits
    ImVec2 box;
    float size = 0, pad_x = 0, pad_y = 0;
};

BadgeLayout LayoutBadge(float max_width, const std::string& text) {
    BadgeLayout b;
    ImFont* font = ImGui::GetFont();
    b.size = ImGui::GetFontSize() * 0.85f, b.pad_x = b.size * 0.45f, b.pad_y = b.size * 0.15f;
    if (max_width <= b.pad_x * 2 + b.size) return b;  // no room: nothing drawn
    const MeasureText measure = [&](std::string_view t) { return font->CalcTextSizeA(b.size, FLT_MAX, 0, t.data(), t.data() + t.size()).x; };
    b.shown = FitWithEllipsis(text, max_width - b.pad_x * 2, measure);
    b.box = ImVec2(measure(b.shown) + b.pad_x * 2, b.size + b.pad_y * 2);
    return b;
}
}  // namespace

ImVec2 ReviewBadgeSize(float max_width, const std::string& text) { return LayoutBadge(max_width, text).box; }

ImVec2 DrawReviewBadge(ImDrawList* dl, ImVec2 pos, float max_width, const std::string& text, bool dark) {
    const BadgeLayout b = LayoutBadge(max_width, text);
    if (b.shown.empty()) return b.box;
    dl->AddRectFilled(pos, ImVec2(pos.x + b.box.x, pos.y + b.box.y), ReviewBadgeColor(dark), b.box.y * 0.5f);
    dl->AddText(ImGui::GetFont(), b.size, ImVec2(pos.x + b.pad_x, pos.y + b.pad_y), ReviewBadgeTextColor(dark), b.shown.c_str());
    return b.box;
}

void ReviewBadge(const Review& review, const UiState& ui) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 box = DrawReviewBadge(ImGui::GetWindowDrawList(), p, ImGui::GetContentRegionAvail().x, review_label(review), ui.dark);
    ImGui::Dummy(ImVec2(std::max(box.x, 1.0f), std::max(box.y, 1.0f)));
}

bool IsClickRelease() {
    const ImGuiIO& io = ImGui::GetIO();
    return ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
           io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold;
}

DrawnNode DrawnRect(int index) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return DrawnNode{index, a.x, a.y, b.x - a.x, b.y - a.y};
}

std::string SafeLabel(const std::string& text) {
    std::string out = text;
    for (size_t at = out.find("##"); at != std::string::npos; at = out.find("##", at + 2)) out.replace(at, 2, "# #");
    return out;
}

float TouchRowHeight() { return std::max(40.0f, ImGui::GetFrameHeight()); }

// ---------------------------------------------------------------------------------------------
// [SECTION] Claim rows, headings, actor tags
// ---------------------------------------------------------------------------------------------

UiAction ClaimRow(const Debate& d, int claim, UiState& ui, Role role, const char* prefix, bool wrap) {
    const Claim& c = d.claims[claim];
    ImGui::PushID(claim);
    const float wrap_w = ImGui::GetContentRegionAvail().x;
    const float dot = ImGui::GetFontSize() * 0.5f;
    const ImGuiStyle& style = ImGui::GetStyle();
    std::string line;
    if (prefix) line += std::string(prefix) + " ";
    // With one speaker (a Kialo discussion) the name would open every row and say nothing.
    if (d.actors.size() > 1) line += d.actors[c.actor].name + ": ";
    line += c.summary;
    const float text_x = dot * 2 + style.ItemInnerSpacing.x;
    const std::vector<std::string_view> lines = wrap ? WrappedLines(ImGui::GetFont(), ImGui::GetFontSize(), line, wrap_w - text_x)
                                                     : std::vector<std::string_view>{};
    const float text_h = wrap ? LinesSize(ImGui::GetFont(), ImGui::GetFontSize(), lines).y : ImGui::GetFontSize();
    // A reviewed claim's badge: its own line under the words, or the row's last ~40% on one-line rows.
    const std::string badge = c.review ? review_label(*c.review) : std::string();
    const float badge_h = badge.empty() ? 0.0f : ImGui::GetFontSize() * 1.15f + style.ItemInnerSpacing.y;
    const float h = std::max(TouchRowHeight(), text_h + (wrap ? badge_h : 0.0f) + style.FramePadding.y * 2);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool selected = ui.reader.selected_claim == claim;
    const bool pressed = ImGui::Selectable("##claim", selected, ImGuiSelectableFlags_AllowItemOverlap, ImVec2(wrap_w, h));
    if (selected && ui.scroll_to_selection) ImGui::SetScrollHereY(0.3f);
    UiAction select;
    select.select_claim = claim;
    Describe(ui, role, badge.empty() ? line : line + ". " + badge, semantic::kFocusable | (selected ? semantic::kSelected : 0), select);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float cy = p.y + style.FramePadding.y + ImGui::GetFontSize() * 0.5f;
    dl->AddCircleFilled(ImVec2(p.x + dot, cy), dot * 0.8f, ActorColor(c.actor));
    float text_right = p.x + wrap_w;
    if (!badge.empty() && wrap) {
        DrawReviewBadge(dl, ImVec2(p.x + text_x, p.y + style.FramePadding.y + text_h + style.ItemInnerSpacing.y), wrap_w - text_x, badge, ui.dark);
    } else if (!badge.empty()) {
        const float room = std::max(0.0f, (wrap_w - text_x) * 0.4f);
        const float top = p.y + (h - ImGui::GetFontSize() * 1.15f) * 0.5f;
        const ImVec2 size = ReviewBadgeSize(room, badge);
        DrawReviewBadge(dl, ImVec2(p.x + wrap_w - size.x, top), room, badge, ui.dark);
        text_right -= size.x + style.ItemInnerSpacing.x;
    }
    const ImVec2 at(p.x + text_x, p.y + style.FramePadding.y);
    if (wrap) {
        const ImVec4 clip(p.x, p.y, text_right, p.y + h);
        DrawLines(dl, ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(ImGuiCol_Text), lines, &clip);
    } else {
        // A one-line row (a long list, for the clipper) ends in an ellipsis where the words do not
        // fit, never cut through a letter; the pointer shows the whole line, and the accessible name
        // and the trace hold it too.
        const float right = text_right - style.ItemInnerSpacing.x;
        ImGui::RenderTextEllipsis(dl, at, ImVec2(right, at.y + ImGui::GetFontSize()), right, right, line.c_str(), nullptr, nullptr);
        if (ImGui::IsItemHovered() && at.x + ImGui::CalcTextSize(line.c_str()).x > right) ImGui::SetTooltip("%s", line.c_str());
    }
    ImGui::PopID();
    return pressed ? select : UiAction{};
}

void Heading(UiState& ui, const char* text, int level) {
    if (ui.fonts.heading) ImGui::PushFont(ui.fonts.heading);
    TextWrappedAtSpaces(text);
    if (ui.fonts.heading) ImGui::PopFont();
    DescribeRect(ui, Role::Heading, text, LastItemRect(), std::string("##heading-") + text).level = level;
}

void BoldText(UiState& ui, const char* text, int level) {
    if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(text);
    if (ui.fonts.bold) ImGui::PopFont();
    SemanticItem& item = DescribeRect(ui, level > 0 ? Role::Heading : Role::Paragraph, text, LastItemRect(),
                                      std::string("##bold-") + text);
    item.level = level;
}

void TextMuted(UiState& ui, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, MutedTextColor(ui.dark));
    TextWrappedAtSpaces(text);
    ImGui::PopStyleColor();
    DescribeRect(ui, Role::Paragraph, text, LastItemRect(), std::string("##muted-") + text);
}

void TextParagraph(UiState& ui, const std::string& text, Role role) {
    TextWrappedAtSpaces(text);
    DescribeRect(ui, role, text, LastItemRect(), "##text-" + text);
}

void ActorTag(const Debate& d, int actor, UiState& ui) {
    const float r = ImGui::GetFontSize() * 0.35f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + r, p.y + ImGui::GetFontSize() * 0.55f), r, ActorColor(actor));
    ImGui::Dummy(ImVec2(r * 2, ImGui::GetFontSize()));
    ImGui::SameLine();
    // Wrapped: a long name ("Sir Bartholomew Ashcombe-Featherstonehaugh") must not run off a phone.
    const std::string& name = d.actors[actor].name;
    if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
    TextWrappedAtSpaces(name);
    if (ui.fonts.bold) ImGui::PopFont();
    DescribeRect(ui, Role::Paragraph, name, LastItemRect(), "##bold-" + name);
}

void GroupHeading(UiState& ui, const std::string& text) {
    ImFont* font = ui.fonts.bold ? ui.fonts.bold : ImGui::GetFont();
    const float fs = ImGui::GetFontSize(), width = ImGui::GetContentRegionAvail().x, h = TouchRowHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, h));
    DrawLabel(ImGui::GetWindowDrawList(), font, fs, ImVec2(p.x, p.y + (h - fs) / 2), width, fs, ImGui::GetColorU32(ImGuiCol_Text), text);
    DescribeRect(ui, Role::Heading, text, LastItemRect(), "##group-" + text).level = 4;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Chips, search fields, badges, bars, fold buttons
// ---------------------------------------------------------------------------------------------

void SameLineIfFits(float width) {
    const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

namespace {
const char* MarkText(ChipMark mark) { return mark == ChipMark::Remove ? "\xC3\x97" : mark == ChipMark::Add ? "+" : ""; }
}  // namespace

float ChipWidth(const std::string& text, bool dot, ChipMark mark) {
    const float fs = ImGui::GetFontSize(), pad = fs * 0.6f;
    float w = pad * 2 + ImGui::CalcTextSize(text.c_str()).x;
    if (dot) w += fs * 0.8f;
    if (mark != ChipMark::None) w += fs * 0.4f + ImGui::CalcTextSize(MarkText(mark)).x;
    return w;
}

UiAction Chip(UiState& ui, const char* id, const std::string& text, ImU32 dot_colour, ChipMark mark, const UiAction& action,
              const std::string& name) {
    const float fs = ImGui::GetFontSize(), pad = fs * 0.6f;
    const ImVec2 size(ChipWidth(text, dot_colour != 0, mark), std::max(ImGui::GetFrameHeight(), kMinTarget));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
    Describe(ui, Role::Button, name, semantic::kFocusable, action);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                      size.y / 2);
    dl->AddRect(p, ImVec2(p.x + size.x, p.y + size.y), ImGui::GetColorU32(ImGuiCol_Border), size.y / 2);
    float x = p.x + pad;
    const float text_y = p.y + (size.y - fs) / 2;
    if (dot_colour != 0) {
        dl->AddCircleFilled(ImVec2(x + fs * 0.25f, p.y + size.y / 2), fs * 0.25f, dot_colour);
        x += fs * 0.8f;
    }
    dl->AddText(ImVec2(x, text_y), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
    if (mark != ChipMark::None) {
        x += ImGui::CalcTextSize(text.c_str()).x + fs * 0.4f;
        dl->AddText(ImVec2(x, text_y), ImGui::GetColorU32(hovered ? ImGuiCol_Text : ImGuiCol_TextDisabled), MarkText(mark));
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return pressed ? action : UiAction{};
}

bool SearchField(UiState& ui, const char* id, const char* hint, std::string& text, float width, const char* name) {
    ImGui::SetNextItemWidth(width > 0 ? width : -FLT_MIN);
    const bool changed = ImGui::InputTextWithHint(id, hint, &text);
    Describe(ui, Role::TextBox, name, semantic::kFocusable).value = text;
    return changed;
}

bool Badge(const std::string& text, const ImVec4& background, const ImVec4& foreground) {
    const ImVec2 pad(6, 2);
    const ImVec2 sz = ImGui::CalcTextSize(text.c_str());
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(sz.x + pad.x * 2, sz.y + pad.y * 2));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + sz.x + pad.x * 2, p.y + sz.y + pad.y * 2), ImGui::ColorConvertFloat4ToU32(background), 4.0f);
    dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), ImGui::ColorConvertFloat4ToU32(foreground), text.c_str());
    return ImGui::IsItemHovered();
}

void ProportionBar(const std::vector<int>& counts, const std::vector<ImU32>& colours, float width, float height) {
    int total = 0;
    for (int c : counts) total += c;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // The outline shows the whole, however dark a part's colour is against the background.
    dl->AddRect(ImVec2(p.x - 1, p.y - 1), ImVec2(p.x + width + 1, p.y + height + 1), ImGui::GetColorU32(ImGuiCol_Border));
    if (total <= 0) return;
    float x = p.x;
    int so_far = 0;
    for (size_t i = 0; i < counts.size() && i < colours.size(); ++i) {
        if (counts[i] <= 0) continue;
        so_far += counts[i];
        // Ends rounded to whole pixels from the running total, so the parts always add up to `width`.
        const float end = std::round(p.x + width * static_cast<float>(so_far) / static_cast<float>(total));
        dl->AddRectFilled(ImVec2(x, p.y), ImVec2(end, p.y + height), colours[i]);
        x = end;
    }
}

UiAction FoldButton(UiState& ui, ImDrawList* dl, ImVec2 a, ImVec2 b, const FoldButtonSpec& spec) {
    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
    dl->AddRectFilled(a, b, ImGui::GetColorU32(spec.hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button), (b.y - a.y) / 2);
    dl->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_Border), (b.y - a.y) / 2);
    const std::string label = spec.folded ? "+" + std::to_string(spec.hidden) : "\xE2\x88\x92";
    const float size = std::min(spec.font_size, (b.y - a.y) * 0.8f);
    if (size >= 7.0f) {
        const ImVec2 t = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0, label.c_str());
        const ImVec4 clip(a.x, a.y, b.x, b.y);
        dl->AddText(ImGui::GetFont(), size, ImVec2((a.x + b.x - t.x) / 2, (a.y + b.y - t.y) / 2), text_col, label.c_str(), nullptr, 0.0f, &clip);
    }
    UiAction toggle;
    toggle.toggle_map_fold = spec.claim;
    const std::string name = (spec.folded ? "Unfold the " + std::to_string(spec.hidden) + " claims under: " : "Fold the claims under: ") + spec.summary;
    // Not a stop of its own: the claim's item beside it folds with the arrows; this one is for pointers.
    SemanticItem& item = DescribeRect(ui, Role::Button, name, {a.x, a.y, b.x, b.y}, "##fold-" + std::to_string(spec.claim),
                                      semantic::kExpandable | (spec.folded ? 0 : semantic::kExpanded), toggle);
    item.toggle = toggle;
    if (spec.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return spec.hovered && IsClickRelease() ? toggle : UiAction{};
}

}  // namespace dl
