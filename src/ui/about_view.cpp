// "About this content": where the debate comes from, its version, and the editors' decisions.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace dl {

UiAction DrawAboutView(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    Heading(ui, "About this content", 2);
    const Article& a = d.article;
    TextParagraph(ui, "Source: \xE2\x80\x9C" + a.title + "\xE2\x80\x9D, " + a.publisher + ", " + a.date.to_display() + ".");
    if (!a.title_note.empty()) TextMuted(ui, a.title_note.c_str());
    if (!a.url.empty()) {
        UiAction open;
        open.open_url = a.url;
        act.merge(ActionButton(ui, "Open the article", open));
    }
    std::string version = "Content version " + d.content_version + " \xC2\xB7 debate \xE2\x80\x9C" + d.id + "\xE2\x80\x9D \xC2\xB7 format debatelens/1";
    TextMuted(ui, version.c_str());
    char counts[160];
    snprintf(counts, sizeof counts, "%zu paragraphs, %zu people, %zu claims, %zu relations, %zu pieces of evidence, %zu questions.",
             a.paragraphs.size(), d.actors.size(), d.claims.size(), d.relations.size(), d.evidence.size(), d.questions.size());
    TextParagraph(ui, counts);
    if (!d.editorial_notes.empty()) {
        ImGui::Spacing();
        BoldText(ui, "Editorial notes", 3);
        BeginSemantic(ui, Role::List, "Editorial notes", 0, "##notes");
        for (const std::string& note : d.editorial_notes) {
            ImGui::Bullet();
            TextParagraph(ui, note, Role::ListItem);
        }
        EndSemantic(ui);
    }
    if (!ui.embed_snippet.empty()) {
        ImGui::Spacing();
        BoldText(ui, "Embed this view in a page", 3);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, MutedTextColor(ui.dark));
        ImGui::TextUnformatted(ui.embed_snippet.c_str());
        DescribeRect(ui, Role::Paragraph, ui.embed_snippet, {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y,
                                                              ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y}, "##snippet");
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        UiAction copy;
        copy.copy_text = ui.embed_snippet;
        act.merge(ActionButton(ui, "Copy embed code", copy));
    }
    ImGui::Spacing();
    TextMuted(ui, "Quotes are the article's words, character for character. Summaries, questions and positions are the "
                  "editors' neutral restatements.");
    return act;
}

}  // namespace dl
