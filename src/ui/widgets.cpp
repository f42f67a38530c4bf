// Shared widgets: rich wrapped text, claim rows, headings, chips, search field, badges, bars, fold buttons.
#include "ui/widgets.h"
#include "ui/theme.h"

#include <algorithm>
#include <cmath>

#include <imgui_stdlib.h>

namespace dl {

RichTextResult RichText(const std::string& text, const std::vector<HighlightRange>& ranges,
                        const std::function<ImU32(int claim)>& colour, float wrap_width) {
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
    size_t range = 0;
    for (const TextRun& run : wrapped.runs) {
        while (range < ranges.size() && ranges[range].end <= run.begin) ++range;
        const HighlightRange* in = range < ranges.size() && ranges[range].begin <= run.begin ? &ranges[range] : nullptr;
        const ImVec2 p(origin.x + run.x, origin.y + run.line * line_h);
        if (p.y <= clip_top || p.y >= clip_bottom) {
            if (in && in->selected && result.emphasised_y < 0) result.emphasised_y = p.y;
            continue;
        }
        const char* a = text.c_str() + run.begin;
        const char* b = text.c_str() + run.end;
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
    return result;
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
    // Cut at a character boundary until the line and its ellipsis fit.
    while (!last.empty() && (last.back() == ' ' || measure(last + "\xE2\x80\xA6") > width)) {
        last.pop_back();
        while (!last.empty() && (static_cast<unsigned char>(last.back()) & 0xC0) == 0x80) last.pop_back();
        if (!last.empty() && (static_cast<unsigned char>(last.back()) & 0xC0) == 0xC0) last.pop_back();
    }
    last += "\xE2\x80\xA6";
    dl->AddText(font, size, ImVec2(pos.x, pos.y + (max_lines - 1) * size), col, last.c_str());
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

bool ClaimRow(const Debate& d, int claim, const UiState& ui, const char* prefix, bool wrap) {
    const Claim& c = d.claims[claim];
    ImGui::PushID(claim);
    const float wrap_w = ImGui::GetContentRegionAvail().x;
    const float dot = ImGui::GetFontSize() * 0.5f;
    std::string line;
    if (prefix) line += std::string(prefix) + " ";
    // With one speaker (a Kialo discussion) the name would open every row and say nothing.
    if (d.actors.size() > 1) line += d.actors[c.actor].name + ": ";
    line += c.summary;
    const float text_x = dot * 2 + ImGui::GetStyle().ItemInnerSpacing.x;
    const float text_h = wrap ? ImGui::CalcTextSize(line.c_str(), nullptr, false, wrap_w - text_x).y : ImGui::GetFontSize();
    const float h = std::max(TouchRowHeight(), text_h + ImGui::GetStyle().FramePadding.y * 2);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool selected = ui.reader.selected_claim == claim;
    const bool pressed = ImGui::Selectable("##claim", selected, ImGuiSelectableFlags_AllowItemOverlap, ImVec2(wrap_w, h));
    if (selected && ui.scroll_to_selection) ImGui::SetScrollHereY(0.3f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float cy = p.y + ImGui::GetStyle().FramePadding.y + ImGui::GetFontSize() * 0.5f;
    dl->AddCircleFilled(ImVec2(p.x + dot, cy), dot * 0.8f, ActorColor(c.actor));
    const ImVec4 clip(p.x, p.y, p.x + wrap_w, p.y + h);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + text_x, p.y + ImGui::GetStyle().FramePadding.y),
                ImGui::GetColorU32(ImGuiCol_Text), line.c_str(), nullptr, wrap ? wrap_w - text_x : 0.0f, &clip);
    ImGui::PopID();
    return pressed;
}

void Heading(const UiState& ui, const char* text) {
    if (ui.fonts.heading) ImGui::PushFont(ui.fonts.heading);
    ImGui::TextWrapped("%s", text);
    if (ui.fonts.heading) ImGui::PopFont();
}

void GroupHeading(const UiState& ui, const std::string& text) {
    ImFont* font = ui.fonts.bold ? ui.fonts.bold : ImGui::GetFont();
    const float fs = ImGui::GetFontSize(), width = ImGui::GetContentRegionAvail().x, h = TouchRowHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, h));
    DrawLabel(ImGui::GetWindowDrawList(), font, fs, ImVec2(p.x, p.y + (h - fs) / 2), width, fs, ImGui::GetColorU32(ImGuiCol_Text), text);
}

void BoldText(const UiState& ui, const char* text) {
    if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(text);
    if (ui.fonts.bold) ImGui::PopFont();
}

void TextMuted(const UiState& ui, const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, MutedTextColor(ui.dark));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void ActorTag(const Debate& d, int actor, const UiState& ui) {
    const float r = ImGui::GetFontSize() * 0.35f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + r, p.y + ImGui::GetFontSize() * 0.55f), r, ActorColor(actor));
    ImGui::Dummy(ImVec2(r * 2, ImGui::GetFontSize()));
    ImGui::SameLine();
    // Wrapped: a long name ("Sir Bartholomew Ashcombe-Featherstonehaugh") must not run off a phone.
    if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
    ImGui::TextWrapped("%s", d.actors[actor].name.c_str());
    if (ui.fonts.bold) ImGui::PopFont();
}

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

bool Chip(const char* id, const std::string& text, ImU32 dot_colour, ChipMark mark) {
    const float fs = ImGui::GetFontSize(), pad = fs * 0.6f;
    const ImVec2 size(ChipWidth(text, dot_colour != 0, mark), ImGui::GetFrameHeight());
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
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
    return pressed;
}

bool SearchField(const char* id, const char* hint, std::string& text, float width) {
    ImGui::SetNextItemWidth(width > 0 ? width : -FLT_MIN);
    return ImGui::InputTextWithHint(id, hint, &text);
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

bool FoldButton(ImDrawList* dl, ImVec2 a, ImVec2 b, bool folded, int hidden, bool hovered, float font_size) {
    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
    dl->AddRectFilled(a, b, ImGui::GetColorU32(hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button), (b.y - a.y) / 2);
    dl->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_Border), (b.y - a.y) / 2);
    const std::string label = folded ? "+" + std::to_string(hidden) : "\xE2\x88\x92";
    const float size = std::min(font_size, (b.y - a.y) * 0.8f);
    if (size >= 7.0f) {
        const ImVec2 t = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0, label.c_str());
        const ImVec4 clip(a.x, a.y, b.x, b.y);
        dl->AddText(ImGui::GetFont(), size, ImVec2((a.x + b.x - t.x) / 2, (a.y + b.y - t.y) / 2), text_col, label.c_str(), nullptr, 0.0f, &clip);
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return hovered && IsClickRelease();
}

}  // namespace dl
