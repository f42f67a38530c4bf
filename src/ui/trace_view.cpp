// Trace: the provenance of the selected claim: who said it, the exact words in their paragraph,
// what it answers, what supports or rebuts it (transitively), the evidence and the dates.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <algorithm>

namespace dl {

namespace {
void SubHeading(const UiState& ui, const char* text) {
    ImGui::Spacing();
    BoldText(ui, text);
}
}  // namespace

UiAction DrawTraceView(const PreparedDebate& p, UiState& ui, bool* p_back_to_list) {
    UiAction act;
    const Debate& d = *p.debate;
    if (p_back_to_list) {
        if (ImGui::Button("All claims")) *p_back_to_list = true;
        ImGui::SameLine();
    }
    ImGui::BeginDisabled(!ui.history.can_back());
    if (ImGui::Button("\xE2\x86\x90 Back")) act.back = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!ui.history.can_forward());
    if (ImGui::Button("Forward \xE2\x86\x92")) act.forward = true;
    ImGui::EndDisabled();
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
    if (ImGui::Button("Copy link")) act.copy_link_to = claim;
    ImGui::SameLine();
    if (ImGui::Button("Share quote")) act.share_quote = claim;

    ActorTag(d, c.actor, ui);
    std::string meta = std::string(label(c.kind));
    if (c.attribution == Attribution::Reported) meta += " \xC2\xB7 reported by the article";
    if (c.attribution == Attribution::Paraphrase) meta += " \xC2\xB7 paraphrased by the article (not their words)";
    ImGui::SameLine();
    TextMuted(ui, meta.c_str());
    if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
    ImGui::TextWrapped("%s", c.summary.c_str());
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
    if (RichText(para.text, quote, colour, ImGui::GetContentRegionAvail().x).clicked == claim)
        act.set_view = static_cast<int>(View::Article);
    ImGui::Unindent();

    if (!t.targets.empty()) {
        SubHeading(ui, "It answers");
        for (int r : t.targets) {
            const std::string prefix = std::string("(") + label(d.relations[r].type) + ")";
            ImGui::PushID(r);
            if (ClaimRow(d, d.relations[r].to, ui, prefix.c_str())) act.select_claim = d.relations[r].to;
            ImGui::PopID();
        }
    }
    SubHeading(ui, "Supported, rebutted or qualified by");
    if (t.tree.empty()) TextMuted(ui, "Nothing in the article responds to this claim.");
    const float step = ImGui::GetFontSize() * 1.6f;
    // The rows left after folding (the tree is pre-order with depths, so a fold skips the deeper rows after it).
    auto& folded = ui.folded_trace_claims;
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
        if (has_children) {
            const bool was_folded = is_folded(n.claim);
            if (ImGui::Button(was_folded ? "\xE2\x96\xB6" : "\xE2\x96\xBC", ImVec2(step * 0.9f, TouchRowHeight()))) {
                if (was_folded) folded.erase(std::remove(folded.begin(), folded.end(), n.claim), folded.end());
                else folded.push_back(n.claim);
            }
        } else {
            ImGui::Dummy(ImVec2(step * 0.9f, 1));
        }
        ImGui::SameLine();
        std::string prefix = std::string(label(d.relations[n.relation].type)) + ":";
        if (n.repeated) prefix = "(" + prefix + " shown above)";
        if (ClaimRow(d, n.claim, ui, prefix.c_str(), wrap)) act.select_claim = n.claim;
        if (indent > 0) ImGui::Unindent(indent);
        ImGui::PopID();
    };
    // Long trees switch to one-line rows so the clipper can skip what is off screen (as the claims list does).
    if (rows.size() > 200) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()), TouchRowHeight() + ImGui::GetStyle().ItemSpacing.y);
        while (clipper.Step())
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) draw_row(rows[r], false);
    } else {
        for (int r : rows) draw_row(r, true);
    }
    if (t.truncated) TextMuted(ui, "\xE2\x80\xA6 more not shown.");

    if (!t.evidence.empty()) {
        SubHeading(ui, "Evidence it cites");
        for (int e : t.evidence) {
            const Evidence& ev = d.evidence[e];
            ImGui::PushID(e);
            ImGui::Bullet();
            ImGui::TextWrapped("%s", ev.title.c_str());
            std::string line = ev.date.valid() ? ev.date.to_display() : std::string("undated");
            if (ev.source == SourceKind::Context) line += " \xC2\xB7 context added by the editors";
            TextMuted(ui, line.c_str());
            if (!ev.url.empty() && ImGui::SmallButton("Open source")) act.open_url = ev.url;
            ImGui::PopID();
        }
    }
    if (!t.events.empty()) {
        SubHeading(ui, "On the timeline");
        for (int e : t.events) {
            const TimelineEvent& ev = d.timeline[e];
            std::string line = ev.date.to_display() + ": " + ev.label;
            ImGui::Bullet();
            ImGui::TextWrapped("%s", line.c_str());
        }
    }
    if (!t.stances.empty()) {
        SubHeading(ui, "Grounds these positions");
        for (int s : t.stances) {
            const Stance& st = d.stances[s];
            std::string line = d.actors[st.actor].name + " \xE2\x80\x94 " + d.questions[st.question].short_label + ": " +
                               LeaningGlyph(st.leaning) + " " + label(st.leaning);
            ImGui::Bullet();
            ImGui::TextWrapped("%s", line.c_str());
        }
    }
    return act;
}

}  // namespace dl
