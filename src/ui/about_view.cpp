// "About this content": where the debate comes from, its version, and the editors' decisions.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace dl {

UiAction DrawAboutView(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    Heading(ui, "About this content");
    const Article& a = d.article;
    ImGui::TextWrapped("Source: \xE2\x80\x9C%s\xE2\x80\x9D, %s, %s.", a.title.c_str(), a.publisher.c_str(), a.date.to_display().c_str());
    if (!a.title_note.empty()) TextMuted(ui, a.title_note.c_str());
    if (!a.url.empty() && ImGui::Button("Open the article")) act.open_url = a.url;
    std::string version = "Content version " + d.content_version + " \xC2\xB7 debate \xE2\x80\x9C" + d.id + "\xE2\x80\x9D \xC2\xB7 format debatelens/1";
    TextMuted(ui, version.c_str());
    char counts[160];
    snprintf(counts, sizeof counts, "%zu paragraphs, %zu people, %zu claims, %zu relations, %zu pieces of evidence, %zu questions.",
             a.paragraphs.size(), d.actors.size(), d.claims.size(), d.relations.size(), d.evidence.size(), d.questions.size());
    ImGui::TextWrapped("%s", counts);
    if (!d.editorial_notes.empty()) {
        ImGui::Spacing();
        BoldText(ui, "Editorial notes");
        for (const std::string& note : d.editorial_notes) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", note.c_str());
        }
    }
    if (!ui.embed_snippet.empty()) {
        ImGui::Spacing();
        BoldText(ui, "Embed this view in a page");
        ImGui::PushTextWrapPos(0.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, MutedTextColor(ui.dark));
        ImGui::TextUnformatted(ui.embed_snippet.c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        if (ImGui::Button("Copy embed code")) act.copy_text = ui.embed_snippet;
    }
    ImGui::Spacing();
    TextMuted(ui, "Quotes are the article's words, character for character. Summaries, questions and positions are the "
                  "editors' neutral restatements.");
    return act;
}

}  // namespace dl
