// Problems found in a content file: shown in the widget so a bad file never means a blank canvas.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace dl {

void DrawDiagnosticsView(const std::vector<Diagnostic>& diagnostics, const UiState& ui) {
    size_t errors = 0;
    for (const auto& d : diagnostics) errors += d.severity == Severity::Error;
    const ImVec4 red = ui.dark ? ImVec4(1.0f, 0.55f, 0.45f, 1) : ImVec4(0.70f, 0.10f, 0.05f, 1);
    ImGui::PushStyleColor(ImGuiCol_Text, red);
    if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
    if (errors)
        ImGui::TextWrapped("This debate could not be shown: %zu problem%s in %s", errors, errors == 1 ? "" : "s",
                           diagnostics.front().file.c_str());
    else
        ImGui::TextWrapped("Warnings for %s", diagnostics.front().file.c_str());
    if (ui.fonts.bold) ImGui::PopFont();
    ImGui::PopStyleColor();
    const float h = std::min(ImGui::GetTextLineHeightWithSpacing() * (diagnostics.size() * 2.2f + 0.5f),
                             ImGui::GetContentRegionAvail().y * 0.6f);
    ImGui::BeginChild("diagnostics", ImVec2(0, h), true);
    for (const auto& d : diagnostics) {
        const std::string where = d.line > 0 ? "line " + std::to_string(d.line) + ", column " + std::to_string(d.column)
                                             : (d.path.empty() ? std::string("file") : d.path);
        if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
        ImGui::TextWrapped("%s%s", d.severity == Severity::Warning ? "warning at " : "", where.c_str());
        if (ui.fonts.bold) ImGui::PopFont();
        ImGui::Indent();
        ImGui::TextWrapped("%s", d.message.c_str());
        ImGui::Unindent();
    }
    ImGui::EndChild();
}

}  // namespace dl
