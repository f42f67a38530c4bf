// Problems found in a content file: shown in the widget so a bad file never means a blank canvas.
// After a live reload that broke the file, the same list is a banner above the last good version,
// and each problem whose item is on screen leads to it.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace dl {

namespace {
// The button that leads from a problem to its item, and what pressing it does.
const char* GoLabel(ItemRef::Kind kind) {
    switch (kind) {
        case ItemRef::Kind::Claim: return "Show the claim";
        case ItemRef::Kind::Actor:
        case ItemRef::Kind::Question: return "Show the positions";
        case ItemRef::Kind::Evidence:
        case ItemRef::Kind::Timeline: return "Show the timeline";
        case ItemRef::Kind::Paragraph: return "Show the article";
        case ItemRef::Kind::None: break;
    }
    return nullptr;
}

UiAction GoTo(const ItemRef& ref) {
    UiAction a;
    switch (ref.kind) {
        case ItemRef::Kind::Claim: a.select_claim = ref.index; break;
        case ItemRef::Kind::Actor:
        case ItemRef::Kind::Question: a.set_view = static_cast<int>(View::Positions); break;
        case ItemRef::Kind::Evidence:
        case ItemRef::Kind::Timeline: a.set_view = static_cast<int>(View::Timeline); break;
        case ItemRef::Kind::Paragraph: a.set_view = static_cast<int>(View::Article); break;
        case ItemRef::Kind::None: break;
    }
    return a;
}
}  // namespace

UiAction DrawDiagnosticsView(const ContentStatus& status, UiState& ui) {
    UiAction act;
    const std::vector<Diagnostic>& diagnostics = status.problems;
    if (diagnostics.empty()) return act;
    size_t errors = 0;
    for (const auto& d : diagnostics) errors += d.severity == Severity::Error;
    const ImVec4 red = ui.dark ? ImVec4(1.0f, 0.55f, 0.45f, 1) : ImVec4(0.70f, 0.10f, 0.05f, 1);
    ImGui::PushStyleColor(ImGuiCol_Text, red);
    if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
    const std::string n = std::to_string(errors) + (errors == 1 ? " problem" : " problems");
    const std::string& file = diagnostics.front().file;
    // A status: assistive technology announces it when it appears.
    BeginSemantic(ui, Role::Status, "Problems of the content", 0, "##problems");
    if (errors && status.showing_last_good)
        TextParagraph(ui, file + " changed and now has " + n + ". Showing the last good version until it is fixed.");
    else if (errors)
        TextParagraph(ui, "This debate could not be shown: " + n + " in " + file);
    else
        TextParagraph(ui, "Warnings for " + file);
    if (ui.fonts.bold) ImGui::PopFont();
    ImGui::PopStyleColor();
    // Above a debate the list stays a banner; without one it may take most of the window.
    const float share = status.showing_last_good ? 0.3f : 0.6f;
    const float h = std::min(ImGui::GetTextLineHeightWithSpacing() * (diagnostics.size() * 2.2f + 0.5f),
                             ImGui::GetContentRegionAvail().y * share);
    ImGui::BeginChild("diagnostics", ImVec2(0, h), true);
    for (size_t i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic& d = diagnostics[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string where = d.line > 0 ? "line " + std::to_string(d.line) + ", column " + std::to_string(d.column)
                                             : (d.path.empty() ? std::string("file") : d.path);
        if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
        TextParagraph(ui, (d.severity == Severity::Warning ? "warning at " : "") + where);
        if (ui.fonts.bold) ImGui::PopFont();
        const ItemRef ref = i < status.problem_targets.size() ? status.problem_targets[i] : ItemRef{};
        if (const char* go = GoLabel(ref.kind)) {
            ImGui::SameLine();
            const std::string name = std::string(go) + " of the problem at " + where;
            act.merge(SmallActionButton(ui, go, GoTo(ref), name.c_str()));
            ui.problem_links_drawn.push_back(DrawnRect(static_cast<int>(i)));
        }
        ImGui::Indent();
        TextParagraph(ui, d.message);
        ImGui::Unindent();
        ImGui::PopID();
    }
    ImGui::EndChild();
    EndSemantic(ui);
    return act;
}

}  // namespace dl
