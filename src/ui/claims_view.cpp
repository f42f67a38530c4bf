// Claims: a filterable list of every claim (by actor, kind, question and words), clipped so
// that tens of thousands of claims stay smooth. A tree debate's list goes in tree order, grouped
// by thread (top-level branch) under a heading naming the thread's first claim.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui_stdlib.h>

#include <algorithm>

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
// A tree debate's rows: thread headings, and claims indented by depth with "+" or "−" for whether
// they support or rebut their parent. Heading and claim rows are the same height, for the clipper.
UiAction ThreadList(const PreparedDebate& p, const std::vector<ThreadRow>& rows, bool clip, const UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    const ClaimTree& t = p.tree;
    const float indent = ImGui::GetFontSize() * 0.6f;
    auto draw = [&](const ThreadRow& r) {
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
        if (ClaimRow(d, r.claim, ui, sign, !clip)) act.select_claim = r.claim;
        if (shift > 0) ImGui::Unindent(shift);
    };
    if (!clip) {
        for (const ThreadRow& r : rows) draw(r);
        return act;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()), TouchRowHeight() + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw(rows[i]);
    return act;
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
    const bool clip = rows.size() > 200;
    if (p.tree.is_tree()) {
        act.merge(ThreadList(p, rows_by_thread(p.tree, rows), clip, ui));
    } else if (clip) {
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
