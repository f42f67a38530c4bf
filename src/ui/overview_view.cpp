// Overview: what the article is, the statement under debate, who responds, what they argue about.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace dl {

UiAction DrawOverviewView(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    Heading(ui, d.title.c_str());
    std::string byline = d.article.publisher + " \xC2\xB7 " + d.article.date.to_display();
    TextMuted(ui, byline.c_str());
    if (!d.summary.empty()) ImGui::TextWrapped("%s", d.summary.c_str());
    ImGui::Spacing();

    // The statement that triggered the debate: the subject's claims, quoted verbatim.
    for (size_t a = 0; a < d.actors.size(); ++a) {
        if (d.actors[a].role != ActorRole::Subject) continue;
        ActorTag(d, static_cast<int>(a), ui);
        for (size_t c = 0; c < d.claims.size(); ++c) {
            const Claim& cl = d.claims[c];
            if (cl.actor != static_cast<int>(a) || cl.attribution == Attribution::Paraphrase) continue;
            if (ui.fonts.italic) ImGui::PushFont(ui.fonts.italic);
            std::string q = "\xE2\x80\x9C" + cl.quote + "\xE2\x80\x9D";
            ImGui::Indent();
            ImGui::PushID(static_cast<int>(c));
            ImGui::TextWrapped("%s", q.c_str());
            if (ImGui::IsItemClicked()) act.select_claim = static_cast<int>(c);
            ImGui::PopID();
            ImGui::Unindent();
            if (ui.fonts.italic) ImGui::PopFont();
            break;
        }
    }
    ImGui::Spacing();
    ImGui::Separator();
    BoldText(ui, "Who responds");
    for (size_t a = 0; a < d.actors.size(); ++a) {
        const Actor& actor = d.actors[a];
        if (actor.role != ActorRole::Commentator) continue;
        ImGui::PushID(static_cast<int>(a));
        ActorTag(d, static_cast<int>(a), ui);
        std::string line;
        for (size_t k = 0; k < actor.affiliations.size(); ++k) line += (k ? "; " : "") + actor.affiliations[k];
        if (line.empty()) line = actor.description;
        ImGui::Indent();
        TextMuted(ui, line.c_str());
        if (ImGui::SmallButton("Show their claims")) {
            ui.reader.filter = ClaimFilter{};
            ui.reader.filter.actor = static_cast<int>(a);
            act.set_view = static_cast<int>(View::Claims);
        }
        ImGui::Unindent();
        ImGui::PopID();
    }
    ImGui::Spacing();
    ImGui::Separator();
    BoldText(ui, "The questions");
    for (size_t q = 0; q < d.questions.size(); ++q) {
        ImGui::PushID(static_cast<int>(q));
        ImGui::Bullet();
        ImGui::TextWrapped("%s", d.questions[q].text.c_str());
        if (ImGui::IsItemClicked()) act.set_view = static_cast<int>(View::Positions);
        ImGui::PopID();
    }
    ImGui::Spacing();
    TextMuted(ui, "How to use: pick a question in Positions or a claim anywhere, and the trace shows its exact words "
                  "in the article, what it answers, what backs or rebuts it, and the evidence it cites.");
    return act;
}

}  // namespace dl
