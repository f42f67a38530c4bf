// Positions: the stance matrix, questions as rows and actors as columns. Each cell carries a glyph
// and a label as well as a colour; hovering shows the grounding quote, clicking selects it. The
// Compare picker (a search field and chips) chooses the columns; wide screens show a table whose
// question column and header row stay put while forty actors scroll, phones one card per question.
#include "model/text.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <algorithm>

namespace dl {

namespace {
// ImGui 1.86 tables hold at most 64 columns: the question's and 63 actors'.
constexpr size_t kMaxActorColumns = 63;
constexpr size_t kMaxMatches = 8;  // chips the picker offers for what is typed
constexpr int kChipLines = 2;      // lines of chips before "+N more"
constexpr float kComfortableEm = 8;  // a scrolling table's columns: a few words of a position a line

// One cell: leaning chip and the one-line position; clicked, it traces the first grounding claim.
// Recorded as `role` (a grid cell; a button in the phone's cards), named for a listener.
UiAction StanceCell(const Debate& d, int actor, int question, UiState& ui, float width, Role role) {
    const Stance* s = d.stance(actor, question);
    const Leaning l = s ? s->leaning : Leaning::NotAddressed;
    const ImVec4 bg = LeaningColor(l, ui.dark);
    std::string chip = std::string(LeaningGlyph(l)) + " " + label(l);
    const ImVec2 pad(6, 3);
    // In a narrow column the chip wraps ("−− Strongly" / "no") rather than running into the next.
    const float inner = std::max(width - pad.x * 2, ImGui::GetFontSize() * 2);
    const std::vector<std::string_view> lines = WrappedLines(ImGui::GetFont(), ImGui::GetFontSize(), chip, inner);
    const ImVec2 sz = LinesSize(ImGui::GetFont(), ImGui::GetFontSize(), lines);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + sz.x + pad.x * 2, p.y + sz.y + pad.y * 2), ImGui::ColorConvertFloat4ToU32(bg), 4.0f);
    DrawLines(dl, ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + pad.x, p.y + pad.y),
              ImGui::ColorConvertFloat4ToU32(LeaningTextColor(l, ui.dark)), lines);
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + sz.y + pad.y * 2 + 4));
    if (s && !s->position.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        TextWrappedAtSpaces(s->position);
        ImGui::PopTextWrapPos();
    }
    const ImVec2 end = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(p);
    ImGui::InvisibleButton("cell", ImVec2(width, std::max(end.y - p.y, TouchRowHeight())));
    const bool groundable = s && !s->claims.empty();
    UiAction trace;
    if (groundable) trace.select_claim = s->claims.front();
    std::string name = d.actors[actor].name + ", " + d.questions[question].short_label + ": " + label(l);
    if (s && !s->position.empty()) name += ". " + s->position;
#if DL_STUDIO
    // In the Studio a cell opens its stance in the editor (leaning, position, grounding claims).
    if (ui.studio.enabled) trace.edit_target = {Entity::Stance, actor, question};
    const bool editable = ui.studio.enabled;
#else
    const bool editable = false;
#endif
    Describe(ui, role, name, semantic::kFocusable, trace);
    const bool clicked = ImGui::IsItemClicked() && (groundable || editable);
    if (ImGui::IsItemHovered() && s && !s->claims.empty()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        for (int c : s->claims) {
            if (ui.fonts.italic) ImGui::PushFont(ui.fonts.italic);
            TextWrappedAtSpaces("\xE2\x80\x9C" + d.claims[c].quote + "\xE2\x80\x9D");
            if (ui.fonts.italic) ImGui::PopFont();
        }
        ImGui::PushStyleColor(ImGuiCol_Text, MutedTextColor(ui.dark));
        TextWrappedAtSpaces("Click to trace this claim.");
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    return clicked ? trace : UiAction{};
}

// The widest single word of `text` in the current font.
float LongestWord(std::string_view text) {
    float widest = 0;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        widest = std::max(widest, ImGui::CalcTextSize(text.data() + start, text.data() + end).x);
        start = end + 1;
    }
    return widest;
}

// Per actor, the narrowest column that wraps its name, its cells' labels and its positions at word
// boundaries only (and at least 5 em); measured once per debate and font size.
const std::vector<float>& MinColumnWidths(const PreparedDebate& p, const std::vector<int>& actors, UiState& ui) {
    PositionsCache& cache = ui.caches.positions;
    const float fs = ImGui::GetFontSize();
    if (cache.generation == p.generation && cache.font_size == fs) return cache.min_width;
    const Debate& d = *p.debate;
    cache.generation = p.generation;
    cache.font_size = fs;
    cache.min_width.assign(d.actors.size(), 0);
    float labels = 0;  // the cell chip: glyph and label, padded
    for (int l = 0; l < kLeaningCount; ++l)
        labels = std::max(labels, LongestWord(label(static_cast<Leaning>(l))) + 12);
    for (int a : actors) {
        float w = std::max({labels, LongestWord(d.actors[a].name), fs * 5});
        for (size_t q = 0; q < d.questions.size(); ++q)
            if (const Stance* s = d.stance(a, static_cast<int>(q))) w = std::max(w, LongestWord(s->position));
        cache.min_width[a] = std::min(w, fs * 14);  // a pasted address must not make a column a screen wide
    }
    return cache.min_width;
}

// The Compare picker: a search field that finds people to add or remove, and chips of the people
// shown (two lines of them until "+N more" is pressed). Every change goes back as a UiAction.
UiAction ComparePicker(const Debate& d, const std::vector<int>& actors, UiState& ui) {
    UiAction act;
    const std::vector<char>& hidden = ui.reader.hidden_columns;
    size_t shown = 0;
    for (int a : actors) shown += !hidden[a];
    const float fs = ImGui::GetFontSize();
    BeginSemantic(ui, Role::Group, "Compare: the people shown in the matrix", 0, "##compare");
    ImGui::AlignTextToFramePadding();
    BoldText(ui, "Compare");
    ImGui::SameLine();
    SearchField(ui, "##compare-search", "Find a person\xE2\x80\xA6", ui.compare_search, std::min(fs * 14, ImGui::GetContentRegionAvail().x),
                "Find a person to compare");
    const std::string count = std::to_string(shown) + " of " + std::to_string(actors.size()) + " shown";
    SameLineIfFits(ImGui::CalcTextSize(count.c_str()).x);
    ImGui::AlignTextToFramePadding();
    TextMuted(ui, count.c_str());
    UiAction all, none;
    all.all_columns = 1;
    none.all_columns = 0;
    if (shown < actors.size()) {
        SameLineIfFits(ChipWidth("Show all", false, ChipMark::None));
        act.merge(Chip(ui, "show-all", "Show all", 0, ChipMark::None, all, "Show everyone"));
    }
    if (shown > 0) {
        SameLineIfFits(ChipWidth("Hide all", false, ChipMark::None));
        act.merge(Chip(ui, "hide-all", "Hide all", 0, ChipMark::None, none, "Hide everyone"));
    }

    // What the chips offer: the people matching the search (to add or remove), else those shown.
    std::vector<int> offered;
    size_t more = 0;
    const std::string query = fold_for_search(ui.compare_search);
    for (int a : actors) {
        const bool match = query.empty() ? !hidden[a] : fold_for_search(d.actors[a].name).find(query) != std::string::npos;
        if (!match) continue;
        if (!query.empty() && offered.size() >= kMaxMatches) ++more;
        else offered.push_back(a);
    }
    // Chips flow in lines; folded, the last line keeps room for a "+N more" chip that unfolds them.
    const bool folded = query.empty() && !ui.compare_expanded;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float line_start = ImGui::GetCursorScreenPos().x;
    const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    UiAction expand, fewer;
    expand.compare_chips = 1;
    fewer.compare_chips = 0;
    int line = 0;
    for (size_t i = 0; i < offered.size(); ++i) {
        const int a = offered[i];
        const ChipMark mark = hidden[a] ? ChipMark::Add : ChipMark::Remove;
        const float w = ChipWidth(d.actors[a].name, true, mark);
        const float x = i == 0 ? line_start : ImGui::GetItemRectMax().x + spacing;
        const bool same_line = i > 0 && x + w <= right_edge;
        const int chip_line = line + (i > 0 && !same_line);
        const std::string rest = "+" + std::to_string(offered.size() - i) + " more";
        const float after = (same_line ? x : line_start) + w + spacing + ChipWidth(rest, false, ChipMark::None);
        if (folded && (chip_line >= kChipLines || (chip_line == kChipLines - 1 && i + 1 < offered.size() && after > right_edge))) {
            if (i > 0 && x + ChipWidth(rest, false, ChipMark::None) <= right_edge) ImGui::SameLine();
            act.merge(Chip(ui, "more", rest, 0, ChipMark::None, expand, "Show all " + std::to_string(offered.size()) + " people shown"));
            break;
        }
        if (same_line) ImGui::SameLine();
        line = chip_line;
        ImGui::PushID(a);
        UiAction toggle;
        toggle.toggle_column = a;
        const std::string& name = d.actors[a].name;
        act.merge(Chip(ui, "chip", name, ActorColor(a), mark, toggle, (hidden[a] ? "Add " : "Remove ") + name));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", hidden[a] ? "Show in the matrix" : "Remove from the matrix");
        ImGui::PopID();
    }
    if (query.empty() && ui.compare_expanded && offered.size() > 1) {
        SameLineIfFits(ChipWidth("Fewer", false, ChipMark::None));
        act.merge(Chip(ui, "fewer", "Fewer", 0, ChipMark::None, fewer, "Show fewer chips"));
    }
    if (more > 0) TextMuted(ui, ("\xE2\x80\xA6 and " + std::to_string(more) + " more: keep typing").c_str());
    if (!query.empty() && offered.empty()) TextMuted(ui, "No one of that name.");
    if (query.empty() && shown == 0) TextMuted(ui, "No one is shown: find people above, or show all.");
    EndSemantic(ui);
    return act;
}

// The wide layout: one row per question, one column per actor shown, each column at least as wide
// as its longest word; the question column and header row stay put while the rest scrolls.
UiAction StanceTable(const PreparedDebate& p, const std::vector<int>& shown, const std::vector<float>& min_width, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    const float fs = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    // What the columns may take without scrolling sideways: the width less a vertical scrollbar.
    const float avail = ImGui::GetContentRegionAvail().x - style.ScrollbarSize;
    float question_w = std::clamp(avail * 0.28f, fs * 10, fs * 18);
    // Stretch weights equal to the widths asked for: when the columns fit they share the width in
    // proportion; when they do not, the table is exactly that wide and scrolls. Squeezed to their
    // minimum when that keeps every column in view (four experts side by side); when it scrolls
    // anyway, at a comfortable width, a few words a line.
    const float padding = (shown.size() + 1) * (style.CellPadding.x * 2 + 1) + 2;
    std::vector<float> width(shown.size());
    float tight = padding;
    for (size_t k = 0; k < shown.size(); ++k) tight += width[k] = min_width[shown[k]];
    // The question column gives way first (down to 7 em), so the experts stay side by side.
    if (tight + question_w > avail && tight + fs * 7 <= avail) question_w = avail - tight;
    float needed = tight + question_w;
    if (needed > avail) {
        needed = question_w + padding;
        for (size_t k = 0; k < shown.size(); ++k) needed += width[k] = std::max(width[k], fs * kComfortableEm);
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg;
    // A table of its own per set of columns: ImGui keeps column state by index, so a column hidden
    // from its context menu would otherwise hide whoever takes that index next.
    unsigned set = 2166136261u;  // FNV-1a over the actor indices
    for (int a : shown) set = (set ^ static_cast<unsigned>(a)) * 16777619u;
    ImGui::PushID(static_cast<int>(set));
    // Inner width 0 lays stretch columns out in the visible width; a larger one makes the table scroll.
    if (ImGui::BeginTable("stances", static_cast<int>(shown.size()) + 1, flags, ImVec2(0, 0), needed > avail ? needed : 0.0f)) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_NoHide | ImGuiTableColumnFlags_NoReorder | ImGuiTableColumnFlags_WidthStretch,
                                question_w);
        for (size_t k = 0; k < shown.size(); ++k)
            ImGui::TableSetupColumn(SafeLabel(d.actors[shown[k]].name).c_str(), ImGuiTableColumnFlags_WidthStretch, width[k]);
        // Names wrap at word boundaries instead of being cut ("Hans Petter Midt…"); the empty header
        // item under each keeps drag-to-reorder and the right-click hide menu.
        BeginSemantic(ui, Role::Grid, "Positions: each person's stance on each question", semantic::kComposite, "##grid");
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        BeginSemantic(ui, Role::Row, "", 0, "##header-row");
        for (int col = 0; col <= static_cast<int>(shown.size()); ++col) {
            // A column hidden from the table's own menu leaves the matrix the way the picker's chips do.
            if (col > 0 && !(ImGui::TableGetColumnFlags(col) & ImGuiTableColumnFlags_IsEnabled)) act.toggle_column = shown[col - 1];
            if (!ImGui::TableSetColumnIndex(col)) continue;  // scrolled out of view
            ImGui::PushID(col);
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::TableHeader("##header");
            ImGui::SetCursorScreenPos(at);
            TextWrappedAtSpaces(ImGui::TableGetColumnName(col));
            SemanticItem& header = Describe(ui, Role::ColumnHeader, ImGui::TableGetColumnName(col));
            header.column = col;
            header.row = 0;
            ImGui::PopID();
        }
        EndSemantic(ui);
        for (size_t q = 0; q < d.questions.size(); ++q) {
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(q));
            BeginSemantic(ui, Role::Row, "", 0, "##row");
            ImGui::TableSetColumnIndex(0);
            TextWrappedAtSpaces(d.questions[q].text);
            SemanticItem& header = DescribeRect(ui, Role::RowHeader, d.questions[q].text,
                                                {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().x,
                                                 ImGui::GetItemRectMax().y}, "##question");
            header.row = static_cast<int>(q) + 1;
            header.column = 0;
            for (size_t k = 0; k < shown.size(); ++k) {
                if (!ImGui::TableSetColumnIndex(static_cast<int>(k) + 1)) continue;  // scrolled out of view
                ImGui::PushID(static_cast<int>(k));
                act.merge(StanceCell(d, shown[k], static_cast<int>(q), ui, ImGui::GetContentRegionAvail().x, Role::GridCell));
                SemanticItem& cell = ui.semantics.items.back();
                cell.row = static_cast<int>(q) + 1;
                cell.column = static_cast<int>(k) + 1;
                ImGui::PopID();
            }
            EndSemantic(ui);
            ImGui::PopID();
        }
        EndSemantic(ui);
        ImGui::EndTable();
    }
    ImGui::PopID();
    return act;
}
}  // namespace

UiAction DrawPositionsView(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    const std::vector<int> actors = stance_matrix_actors(d);
    ui.reader.hidden_columns.resize(d.actors.size(), 0);
    if (d.questions.empty()) {
        TextMuted(ui, "This debate asks no questions, so there are no positions to compare.");
        return act;
    }
    act.merge(ComparePicker(d, actors, ui));
    std::vector<int> shown;
    for (int a : actors)
        if (!ui.reader.hidden_columns[a]) shown.push_back(a);
    if (shown.size() > kMaxActorColumns) {
        TextMuted(ui, ("The matrix shows " + std::to_string(kMaxActorColumns) + " people at a time; remove some to see the other " +
                       std::to_string(shown.size() - kMaxActorColumns) + ".")
                          .c_str());
        shown.resize(kMaxActorColumns);
    }
    ImGui::Spacing();

    if (ui.wide_layout && !shown.empty()) {
        act.merge(StanceTable(p, shown, MinColumnWidths(p, actors, ui), ui));
        return act;
    }
    // Narrow screens: one card per question, one line per actor.
    ImGui::BeginChild("stance-cards", ImVec2(0, 0), false);
    for (size_t q = 0; q < d.questions.size() && !shown.empty(); ++q) {
        ImGui::PushID(static_cast<int>(q));
        if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
        TextParagraph(ui, d.questions[q].text, Role::Heading);
        ui.semantics.items.back().level = 3;
        if (ui.fonts.bold) ImGui::PopFont();
        for (int a : shown) {
            ImGui::PushID(a);
            ActorTag(d, a, ui);
            ImGui::Indent();
            act.merge(StanceCell(d, a, static_cast<int>(q), ui, ImGui::GetContentRegionAvail().x, Role::Button));
            ImGui::Unindent();
            ImGui::PopID();
        }
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::EndChild();
    return act;
}

}  // namespace dl
