// Claims: a filterable list of every claim (by actor, kind, question and words), clipped so
// that tens of thousands of claims stay smooth.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

namespace dl {

namespace {
// A combo over "Any" plus names; value -1 means any.
template <class NameOf>
void FilterCombo(const char* label, int& value, int count, NameOf name_of) {
    const std::string preview = value < 0 ? std::string("Any ") + label : name_of(value);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    // The preview names the filter ("Any speaker"), so the label stays hidden.
    if (ImGui::BeginCombo((std::string("##") + label).c_str(), preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable("Any", value < 0)) value = -1;
        for (int i = 0; i < count; ++i) {
            ImGui::PushID(i);
            if (ImGui::Selectable(SafeLabel(name_of(i)).c_str(), value == i)) value = i;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
}
}  // namespace

UiAction DrawClaimsView(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    FilterCombo("speaker", ui.reader.filter.actor, static_cast<int>(d.actors.size()), [&](int i) { return d.actors[i].name; });
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 10) ImGui::NewLine();
    FilterCombo("kind", ui.reader.filter.kind, kClaimKindCount, [](int i) { return std::string(label(static_cast<ClaimKind>(i))); });
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 10) ImGui::NewLine();
    FilterCombo("question", ui.reader.filter.question, static_cast<int>(d.questions.size()),
                [&](int i) { return d.questions[i].short_label; });
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 5);
    ImGui::InputTextWithHint("##words", "Filter by words\xE2\x80\xA6", &ui.reader.filter.text);
    ImGui::SameLine();
    if (ImGui::Button("Clear")) ui.reader.filter = ClaimFilter{};

    const std::vector<int> rows = filter_claims(d, p.search, ui.reader.filter);
    char count[64];
    snprintf(count, sizeof count, "%zu of %zu claims", rows.size(), d.claims.size());
    TextMuted(ui, count);

    ImGui::BeginChild("claim-list", ImVec2(0, 0), false);
    // Long lists switch to one-line rows so the clipper can skip what is off screen.
    if (rows.size() > 200) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()), TouchRowHeight() + ImGui::GetStyle().ItemSpacing.y);
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
                if (ClaimRow(d, rows[i], ui, nullptr, false)) act.select_claim = rows[i];
    } else {
        for (int c : rows)
            if (ClaimRow(d, c, ui)) act.select_claim = c;
    }
    ImGui::EndChild();
    return act;
}

UiAction DrawClaimsTab(const ViewContext& ctx, UiState& ui) {
    // On narrow screens the trace of the selection takes the tab; "All claims" leads back to the list.
    if (ui.reader.selected_claim < 0 || ui.wide_layout) return DrawClaimsView(ctx.debate, ui);
    bool to_list = false;
    ImGui::BeginChild("trace", ImVec2(0, 0), false);
    UiAction a = DrawTraceView(ctx.debate, ui, &to_list);
    ImGui::EndChild();
    if (to_list) ui.reader.selected_claim = -1;
    return a;
}

}  // namespace dl
