// Overview: what the article is, the statement under debate, who responds, what they argue about,
// and per question where the panel stands (the balance, counted in the model from the stances).
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

namespace dl {

namespace {
constexpr size_t kNamesShown = 6;  // names listed after a group's count; the tooltip has them all
constexpr size_t kFullPanel = 8;   // commentators listed with their affiliations; more become chips

// One question's balance: a bar in proportion, then per group that has anyone its glyph, label and
// count with the first names, and the agreement note when there is one.
void QuestionBalanceLines(const Debate& d, const QuestionBalance& b, const UiState& ui) {
    static_assert(kLeaningGroupCount == 4, "one representative leaning per group");
    const Leaning shade[kLeaningGroupCount] = {Leaning::Yes, Leaning::Mixed, Leaning::No, Leaning::NotAddressed};
    std::vector<int> counts;
    std::vector<ImU32> colours;
    for (int g = 0; g < kLeaningGroupCount; ++g) {
        counts.push_back(b.count(static_cast<LeaningGroup>(g)));
        colours.push_back(ImGui::ColorConvertFloat4ToU32(LeaningColor(shade[g], ui.dark)));
    }
    ProportionBar(counts, colours, std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 20), 6);
    for (int g = 0; g < kLeaningGroupCount; ++g) {
        const std::vector<int>& who = b.actors[g];
        if (who.empty()) continue;
        ImGui::PushID(g);
        const std::string badge = std::string(LeaningGlyph(shade[g])) + " " + label(static_cast<LeaningGroup>(g)) + " " +
                                  std::to_string(who.size());
        std::string names, all;
        for (size_t k = 0; k < who.size(); ++k) {
            const std::string& name = d.actors[who[k]].name;
            all += (k ? "\n" : "") + name;
            if (k < kNamesShown) names += (k ? ", " : "") + name;
        }
        if (who.size() > kNamesShown) names += " and " + std::to_string(who.size() - kNamesShown) + " more";
        const bool hovered = Badge(badge, LeaningColor(shade[g], ui.dark), LeaningTextColor(shade[g], ui.dark));
        if (hovered && who.size() > kNamesShown) ImGui::SetTooltip("%s", all.c_str());
        ImGui::SameLine();
        TextMuted(ui, names.c_str());
        ImGui::PopID();
    }
    if (!b.note.empty()) ImGui::TextWrapped("%s", b.note.c_str());
}
}  // namespace

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
    size_t commentators = 0;
    for (const Actor& actor : d.actors) commentators += actor.role == ActorRole::Commentator;
    // A big panel (a Question Time map has 34 speakers) as a flow of names, affiliations on hover, so
    // the questions below stay within reach; a small one with each affiliation written out.
    const bool compact = commentators > kFullPanel;
    bool first_chip = true;
    for (size_t a = 0; a < d.actors.size(); ++a) {
        const Actor& actor = d.actors[a];
        if (actor.role != ActorRole::Commentator) continue;
        ImGui::PushID(static_cast<int>(a));
        std::string line;
        for (size_t k = 0; k < actor.affiliations.size(); ++k) line += (k ? "; " : "") + actor.affiliations[k];
        if (line.empty()) line = actor.description;
        bool show_claims = false;
        if (compact) {
            if (!first_chip) SameLineIfFits(ChipWidth(actor.name, true, ChipMark::None));
            first_chip = false;
            show_claims = Chip("who", actor.name, ActorColor(static_cast<int>(a)), ChipMark::None);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\nClick to show their claims.", line.c_str());
        } else {
            ActorTag(d, static_cast<int>(a), ui);
            ImGui::Indent();
            TextMuted(ui, line.c_str());
            show_claims = ImGui::SmallButton("Show their claims");
            ImGui::Unindent();
        }
        if (show_claims) {
            ui.reader.filter = ClaimFilter{};
            ui.reader.filter.actor = static_cast<int>(a);
            act.set_view = static_cast<int>(View::Claims);
        }
        ImGui::PopID();
    }
    ImGui::Spacing();
    ImGui::Separator();
    BoldText(ui, "The questions, and where the panel stands");
    for (size_t q = 0; q < d.questions.size(); ++q) {
        ImGui::PushID(static_cast<int>(q));
        ImGui::Bullet();
        ImGui::TextWrapped("%s", d.questions[q].text.c_str());
        if (ImGui::IsItemClicked()) act.set_view = static_cast<int>(View::Positions);
        ImGui::Indent();
        QuestionBalanceLines(d, p.balance[q], ui);
        ImGui::Unindent();
        ImGui::Spacing();
        ImGui::PopID();
    }
    ImGui::Spacing();
    TextMuted(ui, "How to use: pick a question in Positions or a claim anywhere, and the trace shows its exact words "
                  "in the article, what it answers, what backs or rebuts it, and the evidence it cites.");
    return act;
}

}  // namespace dl
