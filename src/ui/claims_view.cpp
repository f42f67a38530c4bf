// Claims: a filterable list of every claim (by actor, kind, question and words), clipped so
// that tens of thousands of claims stay smooth. A listbox to assistive technology.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

namespace dl {

namespace {
// A combo over "Any" plus names; value -1 means any. Choosing hands back the filter to set.
template <class NameOf>
UiAction FilterCombo(UiState& ui, const char* label, FilterField field, int value, int count, NameOf name_of) {
    UiAction act;
    const std::string preview = value < 0 ? std::string("Any ") + label : name_of(value);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    auto choose = [&](int v) {
        act.filter_field = field;
        act.filter_value = v;
    };
    // The preview names the filter ("Any speaker"), so the label stays hidden.
    const std::string id = std::string("##") + label;
    const bool open = ImGui::BeginCombo(id.c_str(), preview.c_str(), ImGuiComboFlags_HeightLarge);
    if (open) {
        if (ImGui::Selectable("Any", value < 0)) choose(-1);
        for (int i = 0; i < count; ++i) {
            ImGui::PushID(i);
            if (ImGui::Selectable(SafeLabel(name_of(i)).c_str(), value == i)) choose(i);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    UiAction template_action;
    template_action.filter_field = field;
    SemanticItem& item = Describe(ui, Role::ComboBox, std::string("Filter by ") + label,
                                  semantic::kFocusable | semantic::kExpandable | (open ? semantic::kExpanded : 0), template_action);
    item.choices.push_back("Any " + std::string(label));
    for (int i = 0; i < count; ++i) item.choices.push_back(name_of(i));
    item.value = std::to_string(value + 1);
    return act;
}
}  // namespace

UiAction DrawClaimsView(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    ClaimFilter& filter = ui.reader.filter;
    act.merge(FilterCombo(ui, "speaker", kFilterSpeaker, filter.actor, static_cast<int>(d.actors.size()),
                          [&](int i) { return d.actors[i].name; }));
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 10) ImGui::NewLine();
    act.merge(FilterCombo(ui, "kind", kFilterKind, filter.kind, kClaimKindCount,
                          [](int i) { return std::string(label(static_cast<ClaimKind>(i))); }));
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 10) ImGui::NewLine();
    act.merge(FilterCombo(ui, "question", kFilterQuestion, filter.question, static_cast<int>(d.questions.size()),
                          [&](int i) { return d.questions[i].short_label; }));
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 5);
    if (HasFocus(ui, SemanticId("##words")) && ui.focus_moved && !ui.keys_from_page) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextWithHint("##words", "Filter by words\xE2\x80\xA6", &filter.text);
    UiAction words;
    words.filter_field = kFilterWords;
    Describe(ui, Role::TextBox, "Filter the claims by words", semantic::kFocusable, words).value = filter.text;
    ImGui::SameLine();
    UiAction clear;
    clear.clear_filter = true;
    act.merge(ActionButton(ui, "Clear", clear, "Clear the filters"));

    const std::vector<int> rows = filter_claims(d, p.search, filter);
    char count[64];
    snprintf(count, sizeof count, "%zu of %zu claims", rows.size(), d.claims.size());
    TextMuted(ui, count);
    ui.semantics.items.back().role = Role::Status;  // the count changes as the filters do: announced

    ImGui::BeginChild("claim-list", ImVec2(0, 0), false);
    BeginSemantic(ui, Role::ListBox, "Claims", semantic::kComposite, "##claims");
    auto row = [&](int i, bool wrap) {
        act.merge(ClaimRow(d, rows[i], ui, Role::Option, nullptr, wrap));
        SemanticItem& option = ui.semantics.items.back();
        option.pos_in_set = i + 1;
        option.set_size = static_cast<int>(rows.size());
    };
    // Long lists switch to one-line rows so the clipper can skip what is off screen (assistive
    // technology then meets the rows on screen, each saying where in the list it stands).
    if (rows.size() > 200) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()), TouchRowHeight() + ImGui::GetStyle().ItemSpacing.y);
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) row(i, false);
    } else {
        for (int i = 0; i < static_cast<int>(rows.size()); ++i) row(i, true);
    }
    EndSemantic(ui);
    ImGui::EndChild();
    return act;
}

UiAction DrawClaimsTab(const ViewContext& ctx, UiState& ui) {
    // On narrow screens the trace of the selection takes the tab; "All claims" leads back to the list.
    if (ui.reader.selected_claim < 0 || ui.wide_layout) return DrawClaimsView(ctx.debate, ui);
    ImGui::BeginChild("trace", ImVec2(0, 0), false);
    UiAction a = DrawTraceView(ctx.debate, ui, true);
    ImGui::EndChild();
    return a;
}

}  // namespace dl
