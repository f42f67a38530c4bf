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
// count with the first names, and the agreement note when there is one. Recorded as a list of the
// groups (each item names its count and everyone in it) and the note as a paragraph.
void QuestionBalanceLines(const Debate& d, const QuestionBalance& b, UiState& ui) {
    static_assert(kLeaningGroupCount == 4, "one representative leaning per group");
    const Leaning shade[kLeaningGroupCount] = {Leaning::Yes, Leaning::Mixed, Leaning::No, Leaning::NotAddressed};
    std::vector<int> counts;
    std::vector<ImU32> colours;
    for (int g = 0; g < kLeaningGroupCount; ++g) {
        counts.push_back(b.count(static_cast<LeaningGroup>(g)));
        colours.push_back(ImGui::ColorConvertFloat4ToU32(LeaningColor(shade[g], ui.dark)));
    }
    ProportionBar(counts, colours, std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 20), 6);
    BeginSemantic(ui, Role::List, "Where the panel stands: " + d.questions[b.question].short_label, 0, "##balance");
    for (int g = 0; g < kLeaningGroupCount; ++g) {
        const std::vector<int>& who = b.actors[g];
        if (who.empty()) continue;
        ImGui::PushID(g);
        const char* group = label(static_cast<LeaningGroup>(g));
        const std::string badge = std::string(LeaningGlyph(shade[g])) + " " + group + " " + std::to_string(who.size());
        std::string names, all;
        for (size_t k = 0; k < who.size(); ++k) {
            const std::string& name = d.actors[who[k]].name;
            all += (k ? ", " : "") + name;
            if (k < kNamesShown) names += (k ? ", " : "") + name;
        }
        if (who.size() > kNamesShown) names += " and " + std::to_string(who.size() - kNamesShown) + " more";
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const bool hovered = Badge(badge, LeaningColor(shade[g], ui.dark), LeaningTextColor(shade[g], ui.dark));
        if (hovered && who.size() > kNamesShown) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
            TextWrappedAtSpaces(all);
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, MutedTextColor(ui.dark));
        TextWrappedAtSpaces(names);
        ImGui::PopStyleColor();
        const ImVec2 end = ImGui::GetItemRectMax();
        DescribeRect(ui, Role::ListItem, std::string(group) + ", " + std::to_string(who.size()) + ": " + all, {top.x, top.y, end.x, end.y},
                     std::string("##group-") + group);
        ImGui::PopID();
    }
    EndSemantic(ui);
    if (!b.note.empty()) TextParagraph(ui, b.note);
}
}  // namespace

UiAction DrawOverviewView(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    Heading(ui, d.title.c_str());
    std::string byline = d.article.publisher + " \xC2\xB7 " + d.article.date.to_display();
    TextMuted(ui, byline.c_str());
    if (!d.summary.empty()) TextParagraph(ui, d.summary);
    ImGui::Spacing();

    // The statement that triggered the debate: the subject's claims, quoted verbatim.
    for (size_t a = 0; a < d.actors.size(); ++a) {
        if (d.actors[a].role != ActorRole::Subject) continue;
        ActorTag(d, static_cast<int>(a), ui);
        for (size_t c = 0; c < d.claims.size(); ++c) {
            const Claim& cl = d.claims[c];
            if (cl.actor != static_cast<int>(a) || cl.attribution == Attribution::Paraphrase) continue;
            const std::string q = "\xE2\x80\x9C" + cl.quote + "\xE2\x80\x9D";
            ImGui::Indent();
            ImGui::PushID(static_cast<int>(c));
            UiAction trace;
            trace.select_claim = static_cast<int>(c);
            act.merge(ActionText(ui, q, trace, ui.fonts.italic));
            ImGui::PopID();
            ImGui::Unindent();
            break;
        }
    }
    ImGui::Spacing();
    ImGui::Separator();
    BoldText(ui, "Who responds", 3);
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
        UiAction theirs;
        theirs.clear_filter = true;
        theirs.filter_field = kFilterSpeaker;
        theirs.filter_value = static_cast<int>(a);
        theirs.set_view = static_cast<int>(View::Claims);
        const std::string name = "Show " + actor.name + "'s claims";
        if (compact) {
            if (!first_chip) SameLineIfFits(ChipWidth(actor.name, true, ChipMark::None));
            first_chip = false;
            act.merge(Chip(ui, "who", actor.name, ActorColor(static_cast<int>(a)), ChipMark::None, theirs, name + " (" + line + ")"));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\nClick to show their claims.", line.c_str());
        } else {
            ActorTag(d, static_cast<int>(a), ui);
            ImGui::Indent();
            TextMuted(ui, line.c_str());
            act.merge(SmallActionButton(ui, "Show their claims", theirs, name.c_str()));
            ImGui::Unindent();
        }
        ImGui::PopID();
    }
    ImGui::Spacing();
    ImGui::Separator();
    BoldText(ui, "The questions, and where the panel stands", 3);
    for (size_t q = 0; q < d.questions.size(); ++q) {
        ImGui::PushID(static_cast<int>(q));
        ImGui::Bullet();
        UiAction positions;
        positions.set_view = static_cast<int>(View::Positions);
        act.merge(ActionText(ui, d.questions[q].text, positions));
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
