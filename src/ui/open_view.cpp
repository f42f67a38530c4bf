// Open: the debates found in the folders given on the command line (or the bundled ones), with
// what an editor needs to pick one: title, date, size and whether it validates.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <string>

namespace dl {

namespace {
std::string FileName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}
}  // namespace

UiAction DrawOpenView(const ContentStatus& status, UiState& ui) {
    UiAction act;
    Heading(ui, "Open a debate", 2);
    TextMuted(ui, "Drop a debate file (.json), an AIF map, an Argdown document (.argdown) or a Kialo export (.txt) on "
                  "this window to open it; imports are converted as they open. An open file is checked and reloaded "
                  "whenever it changes on disk; a broken version leaves the last good one on screen.");
    ImGui::Spacing();
    if (status.library.empty()) {
        TextParagraph(ui, "No debate files found. Start DebateLens with a file or a folder: debatelens FILE|DIR");
        return act;
    }
    const ImVec4 red = ui.dark ? ImVec4(1.0f, 0.55f, 0.45f, 1) : ImVec4(0.70f, 0.10f, 0.05f, 1);
    const ImVec4 green = ui.dark ? ImVec4(0.55f, 0.85f, 0.55f, 1) : ImVec4(0.10f, 0.45f, 0.15f, 1);
    BeginSemantic(ui, Role::ListBox, "Debates to open", semantic::kComposite, "##library");
    for (size_t i = 0; i < status.library.size(); ++i) {
        const LibraryEntry& e = status.library[i];
        ImGui::PushID(static_cast<int>(i));
        const bool current = e.path == status.current_file;
        const std::string title = e.valid() ? e.title : FileName(e.path);
        // One row per debate; the whole row opens it (>= 40 px tall for touch, like the claim rows).
        const ImVec2 start = ImGui::GetCursorScreenPos();
        // The row's highlight goes under its text: text on channel 1, the selectable on channel 0.
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->ChannelsSplit(2);
        draw->ChannelsSetCurrent(1);
        ImGui::BeginGroup();
        if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
        TextWrappedAtSpaces((current ? "\xE2\x96\xB8 " : "") + title);
        if (ui.fonts.bold) ImGui::PopFont();
        std::string facts;
        if (e.valid()) {
            facts = e.publisher;
            if (e.date.valid()) facts += (facts.empty() ? "" : ", ") + e.date.to_display();
            facts += " \xC2\xB7 " + std::to_string(e.claims) + " claims";
        }
        if (!facts.empty()) TextWrappedAtSpaces(facts);
        if (e.valid()) {
            ImGui::PushStyleColor(ImGuiCol_Text, green);
            TextWrappedAtSpaces("\xE2\x9C\x93 valid" + (e.warnings ? " (" + std::to_string(e.warnings) + " warnings)" : std::string()));
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, red);
            // The path is on the next line; the problem says where in the file and what.
            const std::string& first = e.first_problem;
            const size_t skip = first.rfind(e.path + ":", 0) == 0 ? e.path.size() + 1 : 0;
            TextWrappedAtSpaces("\xE2\x9C\x95 " + std::to_string(e.errors) + (e.errors == 1 ? " problem" : " problems") + ", the first at " + first.substr(skip));
        }
        ImGui::PopStyleColor();
        ImGui::PushStyleColor(ImGuiCol_Text, MutedTextColor(ui.dark));
        TextWrappedAtSpaces(e.path);
        ImGui::PopStyleColor();
        ImGui::EndGroup();
        const ImVec2 end = ImGui::GetItemRectMax();
        draw->ChannelsSetCurrent(0);
        ImGui::SetCursorScreenPos(start);
        const float row_h = std::max(TouchRowHeight(), end.y - start.y);
        UiAction open;
        if (!current) open.open_file = e.path;
        if (ImGui::Selectable("##open", current, 0, ImVec2(ImGui::GetContentRegionAvail().x, row_h)) && !current) act.merge(open);
        const std::string state = e.valid() ? "valid" : std::to_string(e.errors) + (e.errors == 1 ? " problem" : " problems");
        SemanticItem& row = Describe(ui, Role::Option, title + (facts.empty() ? "" : ", " + facts) + ", " + state + ", " + e.path,
                                     semantic::kFocusable | (current ? semantic::kSelected : 0), open);
        row.pos_in_set = static_cast<int>(i) + 1;
        row.set_size = static_cast<int>(status.library.size());
        ui.open_rows_drawn.push_back(DrawnRect(static_cast<int>(i)));
        draw->ChannelsMerge();
        ImGui::Separator();
        ImGui::PopID();
    }
    EndSemantic(ui);
    return act;
}

}  // namespace dl
