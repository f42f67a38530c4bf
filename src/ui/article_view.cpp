// Article: the full text, wrapped to the pane, every quoted span highlighted in its speaker's
// colour; clicking a span selects its claim; the selected claim is scrolled into view.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"
#if DL_STUDIO
#include "ui/studio_views.h"
#endif

#include <algorithm>

namespace dl {

namespace {
// Paragraphs this many screens above and below the window are in the semantic tree as plain text.
constexpr float kReadAhead = 4.0f;
}  // namespace

UiAction DrawArticleView(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    ImGui::BeginChild("article", ImVec2(0, 0), false);
    const float width = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 40);
    Heading(ui, d.article.title.c_str(), 2);
    std::string byline = d.article.publisher + " \xC2\xB7 " + d.article.date.to_display();
    TextMuted(ui, byline.c_str());
    ImGui::Spacing();

    // Highlights per paragraph, built once per debate and selection, and paragraph heights
    // remembered per width, so a frame lays out only the paragraphs on screen.
    ArticleCache& cache = ui.caches.article;
    if (cache.generation != p.generation || cache.dark != ui.dark || cache.selected != ui.reader.selected_claim) {
        cache.spans = article_highlights(d, ui.reader.selected_claim);
        if (cache.generation != p.generation) cache.width = -1;
        cache.generation = p.generation;
        cache.dark = ui.dark;
        cache.selected = ui.reader.selected_claim;
    }
    if (cache.width != width) {
        cache.heights.assign(d.article.paragraphs.size(), -1.0f);
        cache.width = width;
    }
    const float view_top = ImGui::GetScrollY(), view_bottom = view_top + ImGui::GetWindowHeight();
    const float margin = ImGui::GetWindowHeight();
    const bool want_target = ui.scroll_to_selection && ui.reader.selected_claim >= 0;
    const int target_paragraph = want_target ? d.claims[ui.reader.selected_claim].paragraph : -1;
    int hovered = -1;
    float target_y = -1;
    const auto colour = [&](int claim) { return ActorHighlight(d.claims[claim].actor, ui.dark); };
    // A quoted span is a link to its claim's trace.
    const auto trace = [](int claim) {
        UiAction a;
        a.select_claim = claim;
        return a;
    };
    const auto quote_name = [&](int claim) { return d.actors[d.claims[claim].actor].name + ": " + d.claims[claim].quote; };
    for (size_t i = 0; i < d.article.paragraphs.size(); ++i) {
        const Paragraph& para = d.article.paragraphs[i];
        const float y = ImGui::GetCursorPosY();
        const float known = cache.heights[i];
        if (known >= 0 && static_cast<int>(i) != target_paragraph && (y + known < view_top - margin || y > view_bottom + margin)) {
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::Dummy(ImVec2(width, known - ImGui::GetStyle().ItemSpacing.y));  // off screen: its measured height
            // Assistive technology reads on past the screen: the paragraphs near it are there too.
            if (y + known > view_top - kReadAhead * margin && y < view_bottom + kReadAhead * margin) {
                const bool byline = para.kind == ParagraphKind::Byline;
                DescribeRect(ui, byline ? Role::Heading : Role::Paragraph, para.text, {at.x, at.y, at.x + width, at.y + known},
                             "##offscreen-" + para.id).level = byline ? 3 : 0;
            }
            continue;
        }
        const std::vector<HighlightRange>& flat = cache.spans[i];
        ImGui::PushID(static_cast<int>(i));
        ImFont* font = para.kind == ParagraphKind::Byline ? ui.fonts.bold
                       : para.kind == ParagraphKind::PullQuote ? ui.fonts.heading : nullptr;
        if (para.kind == ParagraphKind::Byline) ImGui::Spacing();
        if (font) ImGui::PushFont(font);
        float indent = 0;
        if (para.kind == ParagraphKind::ListItem || para.kind == ParagraphKind::PullQuote) indent = ImGui::GetFontSize() * 1.2f;
        if (indent > 0) ImGui::Indent(indent);
        const ImVec2 start = ImGui::GetCursorScreenPos();
        if (para.kind == ParagraphKind::ListItem)
            ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(start.x - indent * 0.5f, start.y + ImGui::GetFontSize() * 0.55f),
                                                        ImGui::GetFontSize() * 0.15f, ImGui::GetColorU32(ImGuiCol_Text));
        const RichTextResult r = RichText(ui, para.text, flat, colour, width - indent, trace, quote_name);
#if DL_STUDIO
        if (ui.studio.enabled) StudioParagraph(ui, d, static_cast<int>(i), start, width - indent, flat);
#endif
        if (para.kind == ParagraphKind::Byline) {
            // The paragraph RichText recorded last (its marks after it) names a speaker: a heading.
            for (size_t k = ui.semantics.items.size(); k-- > 0;)
                if (ui.semantics.items[k].role == Role::Paragraph) {
                    ui.semantics.items[k].role = Role::Heading;
                    ui.semantics.items[k].level = 3;
                    ui.semantics.items[k].name = para.text;
                    break;
                }
        }
        if (para.kind == ParagraphKind::PullQuote) {
            const ImVec2 end = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(start.x - indent * 0.6f, start.y), ImVec2(start.x - indent * 0.4f, end.y),
                                                      ImGui::GetColorU32(ImGuiCol_TextDisabled));
        }
        if (indent > 0) ImGui::Unindent(indent);
        if (font) ImGui::PopFont();
        if (r.clicked >= 0) act.select_claim = r.clicked;
        if (r.hovered >= 0) hovered = r.hovered;
        if (r.emphasised_y >= 0) target_y = r.emphasised_y;
        ImGui::Spacing();
        ImGui::PopID();
        cache.heights[i] = ImGui::GetCursorPosY() - y;
    }
    if (hovered >= 0) {
        const Claim& c = d.claims[hovered];
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
        TextWrappedAtSpaces(d.actors[c.actor].name + ": " + c.summary);
        ImGui::PushStyleColor(ImGuiCol_Text, MutedTextColor(ui.dark));
        TextWrappedAtSpaces("Click to trace this claim.");  // a pointer's hint: not recorded for the keyboard
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (ui.scroll_to_selection && target_y >= 0)
        ImGui::SetScrollFromPosY(target_y - ImGui::GetWindowPos().y, 0.3f);
    ImGui::EndChild();
    return act;
}

}  // namespace dl
