// Timeline: dated events on an axis that shows decades and days together (log-scaled gaps with
// break marks), then the events in order with what they link to.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace dl {

UiAction DrawTimelineView(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    const TimelineAxis& axis = p.timeline;
    if (axis.order.empty()) {
        TextMuted(ui, "This debate has no timeline.");
        return act;
    }
    ImGui::BeginChild("timeline", ImVec2(0, 0), false);
    const float fs = ImGui::GetFontSize();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float margin = fs * 1.5f, axis_y = o.y + fs * 2.0f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 line = ImGui::GetColorU32(ImGuiCol_TextDisabled), text = ImGui::GetColorU32(ImGuiCol_Text);
    const float x0 = o.x + margin, x1 = o.x + width - margin;
    dl->AddLine(ImVec2(x0, axis_y), ImVec2(x1, axis_y), line, 2.0f);
    for (double b : axis.breaks) {
        const float x = x0 + static_cast<float>(b) * (x1 - x0);
        dl->AddRectFilled(ImVec2(x - 4, axis_y - 6), ImVec2(x + 4, axis_y + 6), ImGui::GetColorU32(ImGuiCol_ChildBg));
        dl->AddLine(ImVec2(x - 6, axis_y + 6), ImVec2(x - 2, axis_y - 6), line, 1.5f);
        dl->AddLine(ImVec2(x + 2, axis_y + 6), ImVec2(x + 6, axis_y - 6), line, 1.5f);
    }
    int last_year = -1;
    float last_label_x = -1e9f, last_number_x = -1e9f;
    for (size_t k = 0; k < axis.order.size(); ++k) {
        const TimelineEvent& ev = d.timeline[axis.order[k]];
        const float x = x0 + static_cast<float>(axis.position[k]) * (x1 - x0);
        dl->AddCircleFilled(ImVec2(x, axis_y), fs * 0.3f, text);
        if (ev.date.year != last_year) {
            char year[8];
            snprintf(year, sizeof year, "%d", ev.date.year);
            const float w = ImGui::CalcTextSize(year).x;
            if (x - w / 2 > last_label_x + fs * 0.5f) {
                dl->AddText(ImVec2(x - w / 2, axis_y - fs * 1.6f), text, year);
                last_label_x = x + w / 2;
            }
            last_year = ev.date.year;
        }
        // Numbers of events days apart would overprint: the first of a cluster stands for it.
        char num[24];
        snprintf(num, sizeof num, "%zu", k + 1);
        const float nw = ImGui::CalcTextSize(num).x;
        if (x - nw / 2 > last_number_x + fs * 0.3f) {
            dl->AddText(ImVec2(x - nw / 2, axis_y + fs * 0.5f), line, num);
            last_number_x = x + nw / 2;
        }
    }
    ImGui::Dummy(ImVec2(width, fs * 4.0f));
    TextMuted(ui, "Gaps are drawn on a logarithmic scale: marks like // stand for years left out.");
    ImGui::Separator();
    for (size_t k = 0; k < axis.order.size(); ++k) {
        const TimelineEvent& ev = d.timeline[axis.order[k]];
        ImGui::PushID(static_cast<int>(k));
        const std::string when = std::to_string(k + 1) + ". " + ev.date.to_display();
        BoldText(ui, when.c_str(), 3);
        TextParagraph(ui, ev.label);
        if (ev.source == SourceKind::Context) TextMuted(ui, "Context added by the editors, not from the article.");
        for (int e : ev.evidence) {
            std::string line_text = "Evidence: " + d.evidence[e].title;
            ImGui::Indent();
            TextMuted(ui, line_text.c_str());
            ImGui::Unindent();
        }
        ImGui::Indent();
        for (int c : ev.claims) act.merge(ClaimRow(d, c, ui, Role::Link));
        ImGui::Unindent();
        ImGui::Spacing();
        ImGui::PopID();
    }
    ImGui::EndChild();
    return act;
}

}  // namespace dl
