// Positions: the stance matrix, questions as rows and actors as columns. Each cell carries a glyph
// and a label as well as a colour; hovering shows the grounding quote, clicking selects it.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace dl {

namespace {
// One cell: leaning chip and the one-line position. Returns true when clicked.
bool StanceCell(const Debate& d, const Stance* s, const UiState& ui, float width) {
    const Leaning l = s ? s->leaning : Leaning::NotAddressed;
    const ImVec4 bg = LeaningColor(l, ui.dark);
    std::string chip = std::string(LeaningGlyph(l)) + " " + label(l);
    const ImVec2 pad(6, 3);
    // In a narrow column the chip wraps ("−− Strongly" / "no") rather than running into the next.
    const float inner = std::max(width - pad.x * 2, ImGui::GetFontSize() * 2);
    const ImVec2 sz = ImGui::CalcTextSize(chip.c_str(), nullptr, false, inner);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + sz.x + pad.x * 2, p.y + sz.y + pad.y * 2),
                                              ImGui::ColorConvertFloat4ToU32(bg), 4.0f);
    ImGui::SetCursorScreenPos(ImVec2(p.x + pad.x, p.y + pad.y));
    ImGui::PushStyleColor(ImGuiCol_Text, LeaningTextColor(l, ui.dark));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    ImGui::TextUnformatted(chip.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + sz.y + pad.y * 2 + 4));
    if (s && !s->position.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextWrapped("%s", s->position.c_str());
        ImGui::PopTextWrapPos();
    }
    const ImVec2 end = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(p);
    ImGui::InvisibleButton("cell", ImVec2(width, std::max(end.y - p.y, TouchRowHeight())));
    const bool clicked = ImGui::IsItemClicked() && s && !s->claims.empty();
    if (ImGui::IsItemHovered() && s && !s->claims.empty()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        for (int c : s->claims) {
            if (ui.fonts.italic) ImGui::PushFont(ui.fonts.italic);
            ImGui::TextWrapped("\xE2\x80\x9C%s\xE2\x80\x9D", d.claims[c].quote.c_str());
            if (ui.fonts.italic) ImGui::PopFont();
        }
        TextMuted(ui, "Click to trace this claim.");
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    return clicked;
}
}  // namespace

UiAction DrawPositionsView(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    const std::vector<int> actors = stance_matrix_actors(d);
    ui.reader.hidden_columns.resize(d.actors.size(), 0);

    // Column filter: compare any subset of actors side by side.
    TextMuted(ui, "Compare:");
    const ImGuiStyle& style = ImGui::GetStyle();
    for (int a : actors) {
        // Wrap before a checkbox that would not fit on this line.
        const float w = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(d.actors[a].name.c_str()).x;
        const float right = ImGui::GetItemRectMax().x + style.ItemSpacing.x + w;
        if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
        bool shown = !ui.reader.hidden_columns[a];
        ImGui::PushID(a);
        if (ImGui::Checkbox(SafeLabel(d.actors[a].name).c_str(), &shown)) ui.reader.hidden_columns[a] = shown ? 0 : 1;
        ImGui::PopID();
    }
    std::vector<int> shown;
    for (int a : actors)
        if (!ui.reader.hidden_columns[a]) shown.push_back(a);
    ImGui::Spacing();

    if (ui.wide_layout && !shown.empty()) {
        const ImGuiTableFlags flags = ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable | ImGuiTableFlags_BordersInnerH |
                                      ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchSame;
        if (ImGui::BeginTable("stances", static_cast<int>(shown.size()) + 1, flags)) {
            ImGui::TableSetupScrollFreeze(1, 1);
            ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_NoHide | ImGuiTableColumnFlags_NoReorder, 1.3f);
            for (int a : shown) ImGui::TableSetupColumn(SafeLabel(d.actors[a].name).c_str(), 0, 1.0f);
            // Names wrap onto two lines instead of being cut ("Hans Petter Midt…"); the empty header
            // item under each keeps drag-to-reorder and the right-click hide menu.
            ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
            for (int col = 0; col <= static_cast<int>(shown.size()); ++col) {
                if (!ImGui::TableSetColumnIndex(col)) continue;
                ImGui::PushID(col);
                const ImVec2 at = ImGui::GetCursorScreenPos();
                ImGui::TableHeader("##header");
                ImGui::SetCursorScreenPos(at);
                ImGui::TextWrapped("%s", ImGui::TableGetColumnName(col));
                ImGui::PopID();
            }
            for (size_t q = 0; q < d.questions.size(); ++q) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextWrapped("%s", d.questions[q].text.c_str());
                for (size_t k = 0; k < shown.size(); ++k) {
                    ImGui::TableSetColumnIndex(static_cast<int>(k) + 1);
                    ImGui::PushID(static_cast<int>(q * 1000 + k));
                    const Stance* s = d.stance(shown[k], static_cast<int>(q));
                    if (StanceCell(d, s, ui, ImGui::GetContentRegionAvail().x)) act.select_claim = s->claims.front();
                    ImGui::PopID();
                }
            }
            ImGui::EndTable();
        }
        return act;
    }
    // Narrow screens: one card per question, one line per actor.
    ImGui::BeginChild("stance-cards", ImVec2(0, 0), false);
    for (size_t q = 0; q < d.questions.size(); ++q) {
        ImGui::PushID(static_cast<int>(q));
        if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
        ImGui::TextWrapped("%s", d.questions[q].text.c_str());
        if (ui.fonts.bold) ImGui::PopFont();
        for (int a : shown) {
            ImGui::PushID(a);
            ActorTag(d, a, ui);
            ImGui::Indent();
            const Stance* s = d.stance(a, static_cast<int>(q));
            if (StanceCell(d, s, ui, ImGui::GetContentRegionAvail().x)) act.select_claim = s->claims.front();
            ImGui::Unindent();
            ImGui::PopID();
        }
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::EndChild();
    return act;
}

}  // namespace dl
