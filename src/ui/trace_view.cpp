// Trace: the provenance of the selected claim: who said it, the exact words in their paragraph,
// what it answers, what supports or rebuts it (transitively: a tree), the evidence and the dates.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <algorithm>

namespace dl {

namespace {
void SubHeading(UiState& ui, const char* text) {
    ImGui::Spacing();
    BoldText(ui, text, 3);
}

UiAction Act(int UiAction::*field, int value) {
    UiAction a;
    a.*field = value;
    return a;
}
}  // namespace

UiAction DrawTraceView(const PreparedDebate& p, UiState& ui, bool back_to_list) {
    UiAction act;
    const Debate& d = *p.debate;
    if (back_to_list) {
        UiAction to_list;
        to_list.deselect = true;
        act.merge(ActionButton(ui, "All claims", to_list, "Back to all claims"));
        ImGui::SameLine();
    }
    UiAction back, forward;
    back.back = true;
    forward.forward = true;
    act.merge(ActionButton(ui, "\xE2\x86\x90 Back", back, "Back to the previous claim", ImVec2(0, 0),
                           ui.history.can_back() ? 0 : semantic::kDisabled));
    ImGui::SameLine();
    act.merge(ActionButton(ui, "Forward \xE2\x86\x92", forward, "Forward to the next claim", ImVec2(0, 0),
                           ui.history.can_forward() ? 0 : semantic::kDisabled));
    const int claim = ui.reader.selected_claim;
    if (claim < 0 || claim >= static_cast<int>(d.claims.size())) {
        TextMuted(ui, "Select a claim (in the list, the positions, the map or the article) to see where it comes from.");
        return act;
    }
    const Claim& c = d.claims[claim];
    TraceCache& cache = ui.caches.trace;
    if (cache.generation != p.generation || cache.claim != claim) {
        cache.trace = trace_claim(d, claim);
        cache.generation = p.generation;
        cache.claim = claim;
    }
    const ClaimTrace& t = cache.trace;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 10) ImGui::NewLine();
    act.merge(ActionButton(ui, "Copy link", Act(&UiAction::copy_link_to, claim), "Copy a link to this claim"));
    ImGui::SameLine();
    act.merge(ActionButton(ui, "Share quote", Act(&UiAction::share_quote, claim), "Share this quote"));

    ActorTag(d, c.actor, ui);
    std::string meta = std::string(label(c.kind));
    if (c.attribution == Attribution::Reported) meta += " \xC2\xB7 reported by the article";
    if (c.attribution == Attribution::Paraphrase) meta += " \xC2\xB7 paraphrased by the article (not their words)";
    ImGui::SameLine();
    TextMuted(ui, meta.c_str());
    if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
    TextParagraph(ui, c.summary, Role::Heading);
    ui.semantics.items.back().level = 2;
    if (ui.fonts.bold) ImGui::PopFont();
    if (c.review) {
        // Someone else's published verdict: who rated it, in their words, and where to read it.
        ReviewBadge(*c.review, ui);
        if (c.review->date.valid()) {
            // Beside the badge where it fits on the line, else under it (phones).
            const std::string date = c.review->date.to_display();
            const float need = ImGui::CalcTextSize(date.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < need) ImGui::NewLine();
            TextMuted(ui, date.c_str());
        }
        if (ImGui::SmallButton("Open the review")) act.open_url = c.review->url;
    }

    SubHeading(ui, "In the article");
    const Paragraph& para = d.article.paragraphs[c.paragraph];
    ImGui::Indent();
    const std::vector<HighlightRange> quote{{c.quote_begin, c.quote_end, claim, true}};
    const auto colour = [&](int) { return ActorHighlight(c.actor, ui.dark); };
    const auto to_article = [](int) { return Act(&UiAction::set_view, static_cast<int>(View::Article)); };
    if (RichText(ui, para.text, quote, colour, ImGui::GetContentRegionAvail().x, to_article).clicked == claim)
        act.set_view = static_cast<int>(View::Article);
    ImGui::Unindent();

    if (!t.targets.empty()) {
        SubHeading(ui, "It answers");
        BeginSemantic(ui, Role::List, "It answers", 0, "##answers");
        for (int r : t.targets) {
            const std::string prefix = std::string("(") + label(d.relations[r].type) + ")";
            ImGui::PushID(r);
            // A list holds list items (assistive technology counts them): each link in one.
            BeginSemantic(ui, Role::ListItem, "", 0, "##answer");
            act.merge(ClaimRow(d, d.relations[r].to, ui, Role::Link, prefix.c_str()));
            EndSemantic(ui);
            ImGui::PopID();
        }
        EndSemantic(ui);
    }
#if DL_STUDIO
    if (ui.studio.enabled) {
        // From the trace, a relation is one press away: the claim's form has the "New relation" row
        // (type, and the claim it answers); on the map a drag from claim to claim draws one too.
        UiAction relate;
        relate.edit_target = {Entity::Claim, claim, -1};
        act.merge(SmallActionButton(ui, "Add a relation\xE2\x80\xA6", relate, "Add a relation from this claim"));
    }
#endif
    SubHeading(ui, "Supported, rebutted or qualified by");
    if (t.tree.empty()) TextMuted(ui, "Nothing in the article responds to this claim.");
    const float step = ImGui::GetFontSize() * 1.6f;
    // The rows left after folding (the tree is pre-order with depths, so a fold skips the deeper rows after it).
    const auto& folded = ui.folded_trace_claims;
    auto is_folded = [&](int c) { return std::find(folded.begin(), folded.end(), c) != folded.end(); };
    std::vector<int> rows;
    for (size_t i = 0; i < t.tree.size(); ++i) {
        rows.push_back(static_cast<int>(i));
        if (is_folded(t.tree[i].claim))
            while (i + 1 < t.tree.size() && t.tree[i + 1].depth > t.tree[i].depth) ++i;
    }
    auto draw_row = [&](int i, bool wrap) {
        const TraceNode& n = t.tree[i];
        ImGui::PushID(i);
        const float indent = step * static_cast<float>(n.depth - 1);
        if (indent > 0) ImGui::Indent(indent);
        const bool has_children = i + 1 < static_cast<int>(t.tree.size()) && t.tree[i + 1].depth > n.depth;
        const bool was_folded = is_folded(n.claim);
        const UiAction fold = Act(&UiAction::toggle_fold, n.claim);
        // The fold button belongs to the tree item (Left and Right fold it): no stop of its own.
        if (has_children) {
            if (ImGui::Button(was_folded ? "\xE2\x96\xB6" : "\xE2\x96\xBC", ImVec2(step * 0.9f, TouchRowHeight()))) act.merge(fold);
        } else {
            ImGui::Dummy(ImVec2(step * 0.9f, 1));
        }
        ImGui::SameLine();
        std::string prefix = std::string(label(d.relations[n.relation].type)) + ":";
        if (n.repeated) prefix = "(" + prefix + " shown above)";
        act.merge(ClaimRow(d, n.claim, ui, Role::TreeItem, prefix.c_str(), wrap));
        SemanticItem& item = ui.semantics.items.back();
        item.level = n.depth;
        if (has_children) {
            item.flags |= semantic::kExpandable | (was_folded ? 0 : semantic::kExpanded);
            item.toggle = fold;
        }
        if (indent > 0) ImGui::Unindent(indent);
        ImGui::PopID();
    };
    // A tree only with rows in it (an empty tree is no tree to assistive technology).
    if (!rows.empty()) BeginSemantic(ui, Role::Tree, "Supported, rebutted or qualified by", semantic::kComposite, "##responses");
    // Long trees switch to one-line rows so the clipper can skip what is off screen (as the claims list does).
    if (rows.size() > 200) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()), TouchRowHeight() + ImGui::GetStyle().ItemSpacing.y);
        while (clipper.Step())
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) draw_row(rows[r], false);
    } else {
        for (int r : rows) draw_row(r, true);
    }
    if (!rows.empty()) EndSemantic(ui);
    if (t.truncated) TextMuted(ui, "\xE2\x80\xA6 more not shown.");

    if (!t.evidence.empty()) {
        SubHeading(ui, "Evidence it cites");
        BeginSemantic(ui, Role::List, "Evidence it cites", 0, "##evidence");
        for (int e : t.evidence) {
            const Evidence& ev = d.evidence[e];
            ImGui::PushID(e);
            // The item holds its title, its date line and its link.
            BeginSemantic(ui, Role::ListItem, "", 0, "##evidence-item");
            ImGui::Bullet();
            TextParagraph(ui, ev.title);
            std::string line = ev.date.valid() ? ev.date.to_display() : std::string("undated");
            if (ev.source == SourceKind::Context) line += " \xC2\xB7 context added by the editors";
            TextMuted(ui, line.c_str());
            if (!ev.url.empty()) {
                UiAction open;
                open.open_url = ev.url;
                const std::string name = "Open the source: " + ev.title;
                act.merge(SmallActionButton(ui, "Open source", open, name.c_str(), Role::Link));
            }
            EndSemantic(ui);
            ImGui::PopID();
        }
        EndSemantic(ui);
    }
    if (!t.events.empty()) {
        SubHeading(ui, "On the timeline");
        BeginSemantic(ui, Role::List, "On the timeline", 0, "##events");
        for (int e : t.events) {
            const TimelineEvent& ev = d.timeline[e];
            ImGui::Bullet();
            TextParagraph(ui, ev.date.to_display() + ": " + ev.label, Role::ListItem);
        }
        EndSemantic(ui);
    }
    if (!t.stances.empty()) {
        SubHeading(ui, "Grounds these positions");
        BeginSemantic(ui, Role::List, "Grounds these positions", 0, "##stances");
        for (int s : t.stances) {
            const Stance& st = d.stances[s];
            ImGui::Bullet();
            TextParagraph(ui, d.actors[st.actor].name + " \xE2\x80\x94 " + d.questions[st.question].short_label + ": " +
                              LeaningGlyph(st.leaning) + " " + label(st.leaning), Role::ListItem);
        }
        EndSemantic(ui);
    }
    return act;
}

}  // namespace dl
