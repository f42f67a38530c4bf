// Claims: a filterable list of every claim (by actor, kind, question and words), clipped so
// that tens of thousands of claims stay smooth. A listbox to assistive technology. A tree debate's
// list goes in tree order, grouped by thread (top-level branch) under a heading naming the thread's
// first claim.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>

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
// A tree debate's rows: thread headings, and claims indented by depth with "+" or "−" for whether
// they support or rebut their parent. Heading and claim rows are the same height, for the clipper.
UiAction ThreadList(const PreparedDebate& p, const std::vector<ThreadRow>& rows, bool clip, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    const ClaimTree& t = p.tree;
    const float indent = ImGui::GetFontSize() * 0.6f;
    // Each claim row's place among the claims listed (headings are not options), for assistive technology.
    std::vector<int> ordinal(rows.size());
    int claims = 0;
    for (size_t i = 0; i < rows.size(); ++i) ordinal[i] = rows[i].claim >= 0 ? ++claims : claims;
    auto draw = [&](size_t i) {
        const ThreadRow& r = rows[i];
        if (r.claim < 0) {
            const int first = t.threads[r.thread];
            GroupHeading(ui, "Thread " + std::to_string(r.thread + 1) + " of " + std::to_string(t.threads.size()) + " \xC2\xB7 " +
                                 std::to_string(t.descendants(first) + 1) + " claims: " + d.claims[first].summary);
            return;
        }
        const int rel = t.parent_relation[r.claim];
        const char* sign = rel < 0 ? nullptr
                           : d.relations[rel].type == RelationType::Supports ? "+"
                           : d.relations[rel].type == RelationType::Rebuts   ? "\xE2\x88\x92"
                                                                             : nullptr;
        const float shift = indent * static_cast<float>(std::min(std::max(t.depth[r.claim] - 1, 0), 6));
        if (shift > 0) ImGui::Indent(shift);
        act.merge(ClaimRow(d, r.claim, ui, Role::Option, sign, !clip));
        SemanticItem& option = ui.semantics.items.back();
        option.pos_in_set = ordinal[i];
        option.set_size = claims;
        if (shift > 0) ImGui::Unindent(shift);
    };
    if (!clip) {
        for (size_t i = 0; i < rows.size(); ++i) draw(i);
        return act;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()), TouchRowHeight() + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw(static_cast<size_t>(i));
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
    // Long lists switch to one-line rows so the clipper can skip what is off screen (assistive
    // technology then meets the rows on screen, each saying where in the list it stands).
    const bool clip = rows.size() > 200;
    auto row = [&](int i, bool wrap) {
        act.merge(ClaimRow(d, rows[i], ui, Role::Option, nullptr, wrap));
        SemanticItem& option = ui.semantics.items.back();
        option.pos_in_set = i + 1;
        option.set_size = static_cast<int>(rows.size());
    };
    // Threads only where there are threads to tell apart: a small debate whose few relations happen
    // to form one branch (a Studio draft with its first relation) keeps the plain list.
    if (p.tree.is_tree() && p.tree.threads.size() > 1) {
        act.merge(ThreadList(p, rows_by_thread(p.tree, rows), clip, ui));
    } else if (clip) {
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
