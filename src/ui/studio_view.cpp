// The Studio's panels: toolbar, editor pane (selection, item form, problems), dialogs, and word
// selection in the article. Every change goes back as an EditRequest; nothing here writes the debate.
// [SECTION] Requests
// [SECTION] Selecting words in the article
// [SECTION] Fields of the form
// [SECTION] The item form
// [SECTION] The editor pane
// [SECTION] Toolbar and dialogs
#include "ui/studio_views.h"

#include "model/enums.h"
#include "model/text.h"
#include "ui/keyboard.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace dl {

// ---------------------------------------------------------------------------------------------
// [SECTION] Requests
// ---------------------------------------------------------------------------------------------

namespace {
UiAction Edit(EditRequest r) {
    UiAction a;
    a.edits.push_back(std::move(r));
    return a;
}
UiAction Command(StudioCommand c, std::string path = "") {
    UiAction a;
    a.studio_command = c;
    a.studio_path = std::move(path);
    return a;
}
UiAction OpenEditor(const Target& t, int field = -1) {
    UiAction a;
    a.edit_target = t;
    a.edit_field = field;
    if (t.entity == Entity::Claim) a.select_claim = t.index;
    return a;
}
EditRequest Request(EditRequest::Kind kind, const Target& t, int field = -1, int value = 0) {
    EditRequest r;
    r.kind = kind;
    r.target = t;
    r.field = field;
    r.value = value;
    return r;
}
ScreenRect ItemRect() { return {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y}; }

// The speaker a claim made from a paragraph gets: its section's, else the nearest section's before it
// that names one, else the first person (the form then says whose words they are).
int DefaultSpeaker(const Debate& d, int paragraph) {
    for (int i = paragraph; i >= 0; --i) {
        const int s = d.article.paragraphs[i].section;
        if (s >= 0 && d.article.sections[s].actor >= 0) return d.article.sections[s].actor;
    }
    return d.actors.empty() ? -1 : 0;
}
}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Selecting words in the article
// ---------------------------------------------------------------------------------------------

void StudioParagraph(UiState& ui, const Debate& d, int paragraph, ImVec2 origin, float wrap_width,
                     const std::vector<HighlightRange>& ranges) {
    const std::string& text = d.article.paragraphs[paragraph].text;
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float line_h = std::round(size * 1.45f);  // RichText's reading line height
    wrap_width = std::max(wrap_width, size * 4);
    const MeasureText measure = [&](std::string_view s) { return font->CalcTextSizeA(size, FLT_MAX, 0, s.data(), s.data() + s.size()).x; };
    // The same lines RichText drew (the same cuts, width and font), so offsets match what is on screen.
    const WrappedText wrapped = wrap_text(text, highlight_cuts(ranges), wrap_width, measure);
    const ScreenRect box = ItemRect();
    const ImGuiIO& io = ImGui::GetIO();
    ArticleSelection& sel = ui.studio.selection;
    const auto offset_at = [&](ImVec2 m) {
        const int line = static_cast<int>(std::floor((m.y - origin.y) / line_h));
        return offset_at_point(text, wrapped, line, m.x - origin.x, measure);
    };
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && ImGui::IsWindowHovered() && box.contains(io.MousePos.x, io.MousePos.y)) {
        const uint32_t at = offset_at(io.MousePos);
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
            const ByteSpan word = word_at(text, at);  // a double click takes the word under the pointer
            sel = {paragraph, word.begin, word.end, false};
        } else if (io.KeyShift && sel.paragraph == paragraph) {
            sel.caret = at;  // Shift+click moves the selection's end, from where it began
            sel.dragging = true;
        } else {
            sel = {paragraph, at, at, true};
        }
    }
    if (sel.dragging && sel.paragraph == paragraph) {
        if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) sel.caret = offset_at(io.MousePos);
        else sel.dragging = false;
    }
    // The paragraph is a tab stop: with the keyboard there, Shift and the arrows select.
    uint32_t item_id = 0;
    for (size_t k = ui.semantics.items.size(); k-- > 0;)
        if (ui.semantics.items[k].role == Role::Paragraph || ui.semantics.items[k].role == Role::Heading) {
            SemanticItem& item = ui.semantics.items[k];
            item.flags |= semantic::kFocusable;
            item.name = "Paragraph " + d.article.paragraphs[paragraph].id + " (select words: Shift and the arrow keys)";
            item_id = item.id;
            break;
        }
    const bool focused = item_id && HasFocus(ui, item_id) && !io.WantTextInput;
    if (focused) {
        const auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k)); };
        const bool right = pressed(ImGuiKey_RightArrow), left = pressed(ImGuiKey_LeftArrow), home = pressed(ImGuiKey_Home),
                   end = pressed(ImGuiKey_End), up = pressed(ImGuiKey_UpArrow), down = pressed(ImGuiKey_DownArrow);
        // Tabbing through keeps a selection made elsewhere; a key here starts one at the paragraph's start.
        if ((right || left || home || end || up || down) && sel.paragraph != paragraph) sel = {paragraph, 0, 0, false};
        uint32_t caret = sel.caret;
        if (right) caret = io.KeyCtrl ? next_word(text, caret) : next_char(text, caret);
        if (left) caret = io.KeyCtrl ? previous_word(text, caret) : previous_char(text, caret);
        if (home) caret = 0;
        if (end) caret = static_cast<uint32_t>(text.size());
        if ((up || down) && sel.paragraph == paragraph) {
            const CaretPoint c = caret_point(text, wrapped, caret, measure);
            caret = offset_at_point(text, wrapped, c.line + (down ? 1 : -1), c.x, measure);
        }
        if (sel.paragraph == paragraph && caret != sel.caret) {
            sel.caret = caret;
            if (!io.KeyShift) sel.anchor = caret;
        }
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (sel.paragraph != paragraph) {
        if (focused) dl->AddLine(origin, ImVec2(origin.x, origin.y + size + 2), ImGui::GetColorU32(ImGuiCol_Text), 2.0f);  // where keys start
        return;
    }
    for (const LineSpan& s : selection_spans(text, wrapped, sel.begin(), sel.end(), measure))
        dl->AddRectFilled(ImVec2(origin.x + s.x0, origin.y + s.line * line_h - 1), ImVec2(origin.x + s.x1, origin.y + s.line * line_h + size + 2),
                          ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
    if (focused || sel.dragging) {
        const CaretPoint c = caret_point(text, wrapped, sel.caret, measure);
        const float x = origin.x + c.x, y = origin.y + c.line * line_h;
        dl->AddLine(ImVec2(x, y - 1), ImVec2(x, y + size + 2), ImGui::GetColorU32(ImGuiCol_Text), 2.0f);
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Fields of the form
// ---------------------------------------------------------------------------------------------

namespace {
void FieldLabel(UiState& ui, const FieldSpec& f) {
    ImGui::PushStyleColor(ImGuiCol_Text, MutedTextColor(ui.dark));
    ImGui::TextUnformatted(f.label);
    ImGui::PopStyleColor();
}
void FieldHint(UiState& ui, const FieldSpec& f) {
    if (*f.hint) TextMuted(ui, f.hint);
}

// A text field showing `value`; what is typed is kept in a buffer, and `request` (its text set)
// is made when the field loses the keys (TakeTypedEdit), so typing a sentence is one undoable step.
UiAction TextField(UiState& ui, const std::string& name, const std::string& value, bool multiline, EditRequest request) {
    StudioUi& s = ui.studio;
    const ImGuiID id = ImGui::GetID("##value");
    std::string& buffer = s.buffers[id];
    if (ImGui::GetActiveID() != id) buffer = value;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (multiline) {
        const float lines = std::clamp(static_cast<float>(std::count(value.begin(), value.end(), '\n') + 1 + value.size() / 60), 2.0f, 8.0f);
        ImGui::InputTextMultiline("##value", &buffer, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * lines + 8));
    } else {
        ImGui::InputText("##value", &buffer);
    }
    if (ImGui::GetActiveID() == id) {
        if (s.typing_in != id) s.typed_over = value;
        s.typing_in = id;
        s.typed = request;
        s.typed.text = buffer;
    }
    // Activation from outside (the web mirror's field) writes its text: EditItem fills request.text.
    SemanticItem& item = DescribeRect(ui, Role::TextBox, name, ItemRect(), "##value-sem", semantic::kFocusable, Edit(request));
    item.value = buffer;
    if (HasFocus(ui, item.id) && ui.focus_moved && !ui.keys_from_page) ImGui::SetKeyboardFocusHere(-1);
    return {};
}

// One of `choices` as a drop-down; choosing writes `request` with the choice's value (the index less
// `offset`: an optional reference lists "(none)" first, as -1).
UiAction ChoiceField(UiState& ui, const std::string& name, const std::vector<std::string>& choices, int current, int offset,
                     EditRequest request) {
    UiAction act;
    const int shown = current - offset;  // the index among choices
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::SetNextItemWidth(-FLT_MIN);
    const float w = ImGui::CalcItemWidth();
    const std::string preview = shown >= 0 && shown < static_cast<int>(choices.size()) ? choices[shown] : "(none)";
    if (ImGui::BeginCombo("##choice", SafeLabel(preview).c_str())) {
        for (int k = 0; k < static_cast<int>(choices.size()); ++k) {
            ImGui::PushID(k);
            if (ImGui::Selectable(SafeLabel(choices[k]).c_str(), k == shown) && k != shown) {
                request.value = k + offset;
                act = Edit(request);
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    request.choice_offset = offset;
    SemanticItem& item = DescribeRect(ui, Role::ComboBox, name, {at.x, at.y, at.x + w, at.y + ImGui::GetFrameHeight()}, "##choice-sem",
                                      semantic::kFocusable, Edit(request));
    item.choices = choices;
    item.value = std::to_string(std::max(shown, 0));
    return act;
}

// A drop-down over UI state only (no edit until a button says so): `which` names it for the
// keyboard's and the mirror's choice (UiAction::studio_pick, applied by ApplyViewAction).
void PickCombo(UiState& ui, const char* id, const std::string& name, int& pick, const std::vector<std::string>& items, StudioPick which) {
    if (items.empty()) return;
    pick = std::clamp(pick, 0, static_cast<int>(items.size()) - 1);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::Combo(id, &pick, [](void* v, int i, const char** out) {
        *out = (*static_cast<const std::vector<std::string>*>(v))[i].c_str();
        return true;
    }, const_cast<std::vector<std::string>*>(&items), static_cast<int>(items.size()));
    UiAction choose;
    choose.studio_pick = which;
    SemanticItem& item = Describe(ui, Role::ComboBox, name, semantic::kFocusable, choose);
    item.choices = items;
    item.value = std::to_string(pick);
}

// A check box whose change writes `request`.
UiAction CheckField(UiState& ui, const std::string& label, const std::string& name, bool on, EditRequest request) {
    bool value = on;
    const bool changed = ImGui::Checkbox(SafeLabel(label).c_str(), &value);
    Describe(ui, Role::CheckBox, name, semantic::kFocusable | (on ? semantic::kChecked : 0), Edit(request));
    return changed ? Edit(request) : UiAction{};
}

// The claims a reference list may hold: a stance's grounding claims are that person's.
std::vector<int> RefCandidates(const Debate& d, const Target& t, const FieldSpec& f) {
    std::vector<int> out;
    for (int k = 0; k < static_cast<int>(entity_count(d, f.ref)); ++k)
        if (!(t.entity == Entity::Stance && f.ref == Entity::Claim && d.claims[k].actor != t.index)) out.push_back(k);
    return out;
}

UiAction DrawField(const Debate& d, const Target& t, int field, UiState& ui) {
    const FieldSpec& f = entity_fields(t.entity)[field];
    UiAction act;
    ImGui::PushID(field);
    const std::string name = std::string(f.label) + " (" + entity_noun(t.entity) + ")";
    // A problem clicked leads here: the field is scrolled to and takes the keyboard.
    const bool wanted = ui.studio.focus_field == field;
    if (wanted) {
        ImGui::SetScrollHereY(0.3f);
        ui.studio.focus_field = -1;
        if (f.kind != FieldKind::RefList && f.kind != FieldKind::Flag && f.kind != FieldKind::Enum && f.kind != FieldKind::Ref)
            ImGui::SetKeyboardFocusHere();
    }
    switch (f.kind) {
        case FieldKind::Flag: {
            const bool on = field_choice(d, t, field) == 1;
            act = CheckField(ui, f.label, name, on, Request(EditRequest::Kind::SetChoice, t, field, on ? 0 : 1));
            break;
        }
        case FieldKind::Enum:
        case FieldKind::Ref: {
            FieldLabel(ui, f);
            std::vector<std::string> choices = field_choices(d, t.entity, field);
            const int offset = f.kind == FieldKind::Ref && f.optional ? -1 : 0;
            if (offset < 0) choices.insert(choices.begin(), "(none)");
            act = ChoiceField(ui, name, choices, field_choice(d, t, field), offset, Request(EditRequest::Kind::SetChoice, t, field));
            break;
        }
        case FieldKind::RefList: {
            FieldLabel(ui, f);
            const std::vector<int> on = field_refs(d, t, field);
            const std::vector<int> candidates = RefCandidates(d, t, f);
            if (candidates.empty()) TextMuted(ui, (std::string("No ") + entity_title(f.ref) + " yet").c_str());
            for (int k : candidates) {
                ImGui::PushID(k);
                const bool has = std::find(on.begin(), on.end(), k) != on.end();
                const std::string label = item_label(d, f.ref, k);
                act.merge(CheckField(ui, label, std::string(f.label) + ": " + label, has, Request(EditRequest::Kind::ToggleRef, t, field, k)));
                ImGui::PopID();
            }
            break;
        }
        default: {
            FieldLabel(ui, f);
            const bool multiline = f.kind == FieldKind::LongText || f.kind == FieldKind::Lines;
            act = TextField(ui, name, field_text(d, t, field), multiline, Request(EditRequest::Kind::SetText, t, field));
            break;
        }
    }
    FieldHint(ui, f);
    ImGui::PopID();
    return act;
}

// A claim's quote (read only: it changes by selecting words again) and its relations.
UiAction DrawClaimExtras(const Debate& d, int claim, UiState& ui) {
    UiAction act;
    const Claim& c = d.claims[claim];
    GroupHeading(ui, "Quote");
    if (ui.fonts.italic) ImGui::PushFont(ui.fonts.italic);
    TextParagraph(ui, "\xE2\x80\x9C" + c.quote + "\xE2\x80\x9D");
    if (ui.fonts.italic) ImGui::PopFont();
    if (c.paragraph >= 0) TextMuted(ui, ("In paragraph " + d.article.paragraphs[c.paragraph].id + ". Select other words to re-anchor it.").c_str());
    GroupHeading(ui, "Relations");
    for (int r = 0; r < static_cast<int>(d.relations.size()); ++r) {
        const Relation& rel = d.relations[r];
        if (rel.from != claim && rel.to != claim) continue;
        ImGui::PushID(r);
        const Target rt{Entity::Relation, r, -1};
        // Remove first: a relation's ids can be longer than the pane, and the button must stay on it.
        act.merge(SmallActionButton(ui, "Remove", Edit(Request(EditRequest::Kind::Remove, rt)),
                                    ("Remove relation " + item_label(d, Entity::Relation, r)).c_str()));
        ImGui::SameLine();
        act.merge(ActionText(ui, item_label(d, Entity::Relation, r), OpenEditor(rt)));
        ImGui::PopID();
    }
    // A new relation from this claim: its type and the claim it answers.
    std::vector<std::string> types;
    for (int k = 0; k < EnumNames<RelationType>::count; ++k) types.push_back(label(static_cast<RelationType>(k)));
    std::vector<std::string> others;
    std::vector<int> other_index;
    for (int k = 0; k < static_cast<int>(d.claims.size()); ++k)
        if (k != claim) {
            others.push_back(item_label(d, Entity::Claim, k));
            other_index.push_back(k);
        }
    if (others.empty()) return act;
    // Another claim's form starts its row afresh (a type picked for the last claim is no default here).
    if (ui.studio.relation_for != claim) {
        ui.studio.relation_for = claim;
        ui.studio.relation_type = ui.studio.relation_to = 0;
    }
    ImGui::PushID("new-relation");
    // The row's own choices are UI state: picked here, written by "Add relation".
    TextMuted(ui, "New relation: this claim \xE2\x80\xA6");
    PickCombo(ui, "##type", "Type of the new relation", ui.studio.relation_type, types, StudioPick::RelationType);
    PickCombo(ui, "##to", "The claim the new relation answers", ui.studio.relation_to, others, StudioPick::RelationTo);
    EditRequest add = Request(EditRequest::Kind::AddRelation, {Entity::Relation, -1, -1}, -1, ui.studio.relation_type);
    add.from = claim;
    add.to = other_index[ui.studio.relation_to];
    act.merge(ActionButton(ui, "Add relation", Edit(add)));
    ImGui::PopID();
    return act;
}
}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] The item form
// ---------------------------------------------------------------------------------------------

UiAction DrawItemForm(const Debate& d, const Target& t, UiState& ui) {
    UiAction act;
    if (!target_exists(d, t)) {
        TextMuted(ui, (std::string("No ") + entity_noun(t.entity) + " chosen.").c_str());
        return act;
    }
    ImGui::PushID(static_cast<int>(t.entity));
    ImGui::PushID(t.index);
    ImGui::PushID(t.question);
    BeginSemantic(ui, Role::Group, std::string("Edit ") + entity_noun(t.entity), 0, "##form");
    for (int f = 0; f < static_cast<int>(entity_fields(t.entity).size()); ++f) {
        // A claim's review fields only once it has a review.
        const std::string_view name = entity_fields(t.entity)[f].name;
        if (t.entity == Entity::Claim && name.substr(0, 7) == "review." && !d.claims[t.index].review) continue;
        act.merge(DrawField(d, t, f, ui));
    }
    if (t.entity == Entity::Claim) act.merge(DrawClaimExtras(d, t.index, ui));
    EndSemantic(ui);
    ImGui::PopID();
    ImGui::PopID();
    ImGui::PopID();
    return act;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] The editor pane
// ---------------------------------------------------------------------------------------------

namespace {
UiAction DrawSelectionBox(const Debate& d, UiState& ui) {
    UiAction act;
    const ArticleSelection& sel = ui.studio.selection;
    if (sel.empty() || sel.paragraph >= static_cast<int>(d.article.paragraphs.size())) {
        TextMuted(ui, "Select words in the Article to make a claim (drag, or Tab to a paragraph and use Shift with the arrows).");
        return act;
    }
    const Paragraph& para = d.article.paragraphs[sel.paragraph];
    const uint32_t end = std::min<uint32_t>(sel.end(), static_cast<uint32_t>(para.text.size()));
    const std::string words = para.text.substr(sel.begin(), end - sel.begin());
    GroupHeading(ui, "Selected words");
    TextParagraph(ui, "\xE2\x80\x9C" + words + "\xE2\x80\x9D");
    EditRequest make = Request(EditRequest::Kind::AddClaim, {Entity::Claim, -1, -1}, -1, DefaultSpeaker(d, sel.paragraph));
    make.paragraph = sel.paragraph;
    make.begin = sel.begin();
    make.end = end;
    act.merge(ActionButton(ui, "Claim from selection", Edit(make)));
    const int claim = ui.reader.selected_claim;
    if (claim >= 0 && claim < static_cast<int>(d.claims.size())) {
        ImGui::SameLine();
        EditRequest anchor = make;
        anchor.kind = EditRequest::Kind::AnchorClaim;
        anchor.target = {Entity::Claim, claim, -1};
        act.merge(ActionButton(ui, "Re-anchor quote here", Edit(anchor), ("Re-anchor the quote of " + d.claims[claim].id + " here").c_str()));
    }
    return act;
}

// Which kind of item the editor shows, and which one of them; adding, removing and moving it.
UiAction DrawItemPicker(const Debate& d, UiState& ui) {
    UiAction act;
    Target& t = ui.studio.target;
    BeginSemantic(ui, Role::Group, "What to edit", 0, "##kinds");
    for (int e = 0; e < static_cast<int>(Entity::Count); ++e) {
        const Entity entity = static_cast<Entity>(e);
        const bool current = t.entity == entity;
        Target first{entity, entity_count(d, entity) > 0 || entity == Entity::Debate ? 0 : -1, -1};
        if (entity == Entity::Stance) first = {Entity::Stance, d.actors.empty() ? -1 : 0, d.questions.empty() ? -1 : 0};
        if (entity == Entity::Claim && ui.reader.selected_claim >= 0) first.index = ui.reader.selected_claim;
        if (e > 0) SameLineIfFits(ImGui::CalcTextSize(entity_title(entity)).x + ImGui::GetStyle().FramePadding.x * 2);
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        act.merge(SmallActionButton(ui, entity_title(entity), OpenEditor(first), (std::string("Edit ") + entity_title(entity)).c_str()));
        if (current) ImGui::PopStyleColor();
        if (current) ui.semantics.items.back().flags |= semantic::kPressed | semantic::kToggle;
    }
    EndSemantic(ui);
    if (t.entity == Entity::Debate) return act;
    ImGui::Spacing();
    if (t.entity == Entity::Stance) {
        // A stance is a cell: a person and a question (the Positions cell opens the same).
        std::vector<std::string> people, questions;
        for (int a = 0; a < static_cast<int>(d.actors.size()); ++a) people.push_back(item_label(d, Entity::Actor, a));
        for (int q = 0; q < static_cast<int>(d.questions.size()); ++q) questions.push_back(item_label(d, Entity::Question, q));
        PickCombo(ui, "##person", "Person of the stance", t.index, people, StudioPick::StanceActor);
        PickCombo(ui, "##question", "Question of the stance", t.question, questions, StudioPick::StanceQuestion);
        act.merge(SmallActionButton(ui, "Add missing stances", Edit(Request(EditRequest::Kind::AddMissingStances, t)),
                                    "Add a not-addressed stance for everyone on every question"));
        return act;
    }
    const int n = static_cast<int>(entity_count(d, t.entity));
    if (n > 0) {
        std::vector<std::string> items;
        for (int k = 0; k < n; ++k) items.push_back(item_label(d, t.entity, k));
        int pick = std::clamp(t.index, 0, n - 1);
        ImGui::SetNextItemWidth(-FLT_MIN);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::BeginCombo("##item", SafeLabel(items[pick]).c_str())) {
            for (int k = 0; k < n; ++k) {
                ImGui::PushID(k);
                if (ImGui::Selectable(SafeLabel(items[k]).c_str(), k == pick)) act.merge(OpenEditor({t.entity, k, -1}));
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        SemanticItem& which = DescribeRect(ui, Role::ComboBox, std::string("Which ") + entity_noun(t.entity),
                                           {at.x, at.y, at.x + ImGui::GetContentRegionAvail().x, at.y + ImGui::GetFrameHeight()}, "##item-sem",
                                           semantic::kFocusable, OpenEditor({t.entity, pick, -1}));
        which.choices = items;
        which.value = std::to_string(pick);
    }
    // Claims come from selected words and relations from a claim's form: no blank ones.
    if (t.entity != Entity::Claim && t.entity != Entity::Relation)
        act.merge(SmallActionButton(ui, "Add", Edit(Request(EditRequest::Kind::AddBlank, t)), (std::string("Add a ") + entity_noun(t.entity)).c_str()));
    if (target_exists(d, t)) {
        const std::string what = std::string(entity_noun(t.entity)) + " " + item_label(d, t.entity, t.index);
        if (t.entity != Entity::Claim && t.entity != Entity::Relation) ImGui::SameLine();
        act.merge(SmallActionButton(ui, "Remove", Edit(Request(EditRequest::Kind::Remove, t)), ("Remove " + what).c_str()));
        ImGui::SameLine();
        act.merge(SmallActionButton(ui, "Up", Edit(Request(EditRequest::Kind::MoveBy, t, -1, -1)), ("Move up " + what).c_str()));
        ImGui::SameLine();
        act.merge(SmallActionButton(ui, "Down", Edit(Request(EditRequest::Kind::MoveBy, t, -1, 1)), ("Move down " + what).c_str()));
    }
    return act;
}

UiAction DrawProblems(const Debate& d, UiState& ui) {
    UiAction act;
    const std::vector<Diagnostic>& problems = ui.studio.status.problems;
    const std::string title = problems.empty() ? "No problems" : "Problems (" + std::to_string(problems.size()) + ")";
    Heading(ui, title.c_str(), 3);
    BeginSemantic(ui, Role::List, "Problems", 0, "##problems");
    const size_t shown = std::min<size_t>(problems.size(), 200);
    for (size_t k = 0; k < shown; ++k) {
        const Diagnostic& p = problems[k];
        int field = -1;
        const Target t = target_of_path(d, p.path, &field);
        std::string where = t.entity == Entity::Debate ? "Debate" : std::string(entity_noun(t.entity)) + " " + item_label(d, t.entity, t.index);
        if (field >= 0) where += std::string(" \xC2\xB7 ") + entity_fields(t.entity)[field].label;
        else if (!p.path.empty() && t.entity == Entity::Debate) where += " " + p.path;
        const std::string text = std::string(p.severity == Severity::Error ? "Error: " : "Warning: ") + where + ": " + p.message;
        ImGui::PushID(static_cast<int>(k));
        ImGui::PushStyleColor(ImGuiCol_Text, p.severity == Severity::Error ? ImVec4(0.85f, 0.2f, 0.2f, 1) : ImGui::GetStyleColorVec4(ImGuiCol_Text));
        act.merge(ActionText(ui, text, OpenEditor(t, field)));
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    if (shown < problems.size()) TextMuted(ui, ("\xE2\x80\xA6 and " + std::to_string(problems.size() - shown) + " more").c_str());
    EndSemantic(ui);
    return act;
}
}  // namespace

UiAction DrawStudioPane(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    const Debate& d = *p.debate;
    StudioUi& s = ui.studio;
    // The claim editor follows the claim selected in any view.
    if (s.target.entity == Entity::Claim && ui.reader.selected_claim >= 0) s.target.index = ui.reader.selected_claim;
    BeginSemantic(ui, Role::Group, "Editor", 0, "##studio-pane");
    // On a phone the problems get three lines (the form needs the room); beside the work, a fifth.
    const float lines = ImGui::GetFrameHeightWithSpacing() * 3;
    const float problems_h = ui.wide_layout ? std::max(ImGui::GetContentRegionAvail().y * 0.22f, lines) : lines;
    ImGui::BeginChild("studio-editor", ImVec2(0, -problems_h), true);
    act.merge(DrawSelectionBox(d, ui));
    ImGui::Separator();
    act.merge(DrawItemPicker(d, ui));
    ImGui::Spacing();
    act.merge(DrawItemForm(d, s.target, ui));
    ImGui::EndChild();
    ImGui::BeginChild("studio-problems", ImVec2(0, 0), true);
    act.merge(DrawProblems(d, ui));
    ImGui::EndChild();
    EndSemantic(ui);
    return act;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Toolbar and dialogs
// ---------------------------------------------------------------------------------------------

namespace {
constexpr const char* kUnsavedLabels[3] = {"Save", "Discard", "Cancel"};
constexpr StudioCommand kUnsavedCommands[3] = {StudioCommand::UnsavedSave, StudioCommand::UnsavedDiscard, StudioCommand::UnsavedCancel};
constexpr const char* kRecoverLabels[3] = {"Recover", "Discard", nullptr};
constexpr StudioCommand kRecoverCommands[3] = {StudioCommand::Recover, StudioCommand::DiscardRecovery, StudioCommand::None};

// A button that opens and closes a row below the toolbar; Enter and Space work it as a click does.
UiAction RowButton(UiState& ui, const char* label, const char* name, StudioCommand toggle, bool open) {
    const UiAction a = ActionButton(ui, label, Command(toggle), name, ImVec2(0, 0), semantic::kExpandable | (open ? semantic::kExpanded : 0));
    ui.semantics.items.back().toggle = Command(toggle);  // Right opens it, Left closes it, as a tree item
    return a;
}

// A path typed into a field, then confirmed (Save As, New from article); `close` shuts the row (its
// Cancel), which `opener` opened.
UiAction PathRow(UiState& ui, const char* name, std::string& path, const char* confirm, StudioCommand command, StudioCommand close,
                 uint32_t opener) {
    UiAction act;
    ImGui::PushID(name);
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto button_width = [&](const char* label) { return ImGui::CalcTextSize(label).x + style.FramePadding.x * 2; };
    // The field leaves room for its two buttons beside it; on a window too narrow for that (a phone's
    // width) it takes the line and the buttons flow below it.
    const float avail = ImGui::GetContentRegionAvail().x, fs = ImGui::GetFontSize();
    const float beside = avail - button_width(confirm) - button_width("Cancel") - style.ItemSpacing.x * 2;
    ImGui::SetNextItemWidth(beside >= fs * 10 ? std::min(beside, fs * 30) : avail);
    const bool enter = ImGui::InputTextWithHint("##path", "/path/to/file", &path, ImGuiInputTextFlags_EnterReturnsTrue);
    SemanticItem& field = Describe(ui, Role::TextBox, name, semantic::kFocusable);
    field.value = path;
    if (HasFocus(ui, field.id) && ui.focus_moved && !ui.keys_from_page) ImGui::SetKeyboardFocusHere(-1);
    std::vector<std::pair<uint32_t, uint32_t>>& items = ui.studio.path_row_items;
    items.emplace_back(field.id, opener);
    SameLineIfFits(button_width(confirm));
    act.merge(ActionButton(ui, confirm, Command(command, path), nullptr, ImVec2(0, 0), path.empty() ? semantic::kDisabled : 0));
    items.emplace_back(ImGui::GetItemID(), opener);
    if (enter && !path.empty()) act.merge(Command(command, path));
    SameLineIfFits(button_width("Cancel"));
    act.merge(ActionButton(ui, "Cancel", Command(close), (std::string("Cancel ") + confirm).c_str()));
    items.emplace_back(ImGui::GetItemID(), opener);
    ImGui::PopID();
    return act;
}
}  // namespace

UiAction DrawStudioToolbar(const PreparedDebate& p, UiState& ui) {
    (void)p;
    UiAction act;
    StudioUi& s = ui.studio;
    const StudioStatus& st = s.status;
    const ImGuiIO& io = ImGui::GetIO();
    // Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y; a text field being typed in keeps them for its own text.
    const auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k), false); };
    if (io.KeyCtrl && !io.WantTextInput && pressed(ImGuiKey_Z)) act.studio_command = io.KeyShift ? StudioCommand::Redo : StudioCommand::Undo;
    if (io.KeyCtrl && !io.WantTextInput && pressed(ImGuiKey_Y)) act.studio_command = StudioCommand::Redo;
    // Save (the button, Ctrl+S) asks where first when the debate has no file yet: the app opens the row.
    if (ui.shortcuts.save) act.studio_command = StudioCommand::Save;
    // Escape closes an open drop-down's list (ImGui's own navigation, which would, is off).
    const bool popup_was_open = ImGui::GetCurrentContext()->OpenPopupStack.Size > 0;  // one Escape closes one thing
    if (pressed(ImGuiKey_Escape) && popup_was_open && !ImGui::GetTopMostPopupModal()) ImGui::ClosePopupToLevel(0, true);
    // The text field typed in last has lost the keys (or Ctrl+S saves what it holds): its edit now.
    if (s.typing_in && (ImGui::GetActiveID() != s.typing_in || ui.shortcuts.save)) {
        if (s.typed.text != s.typed_over) act.edits.insert(act.edits.begin(), s.typed);
        s.typing_in = ImGui::GetActiveID() == s.typing_in ? s.typing_in : 0;
        s.typed_over = s.typed.text;
    }
    BeginSemantic(ui, Role::Group, "Studio toolbar", 0, "##studio-toolbar");
    const float fs = ImGui::GetFontSize();
    const size_t room = static_cast<size_t>(std::max(8.0f, ImGui::GetContentRegionAvail().x / fs * 0.6f - 20));
    const std::string undo = st.undo.empty() ? "Undo" : "Undo: " + elide(st.undo, room / 2);
    const std::string redo = st.redo.empty() ? "Redo" : "Redo: " + elide(st.redo, room / 2);
    const std::string undo_name = st.undo.empty() ? "Undo (nothing to undo)" : "Undo: " + st.undo;
    const std::string redo_name = st.redo.empty() ? "Redo (nothing to redo)" : "Redo: " + st.redo;
    act.merge(ActionButton(ui, (SafeLabel(undo) + "###undo").c_str(), Command(StudioCommand::Undo), undo_name.c_str(), ImVec2(0, 0),
                           st.undo.empty() ? semantic::kDisabled : 0));
    SameLineIfFits(ImGui::CalcTextSize(redo.c_str()).x + fs);
    act.merge(ActionButton(ui, (SafeLabel(redo) + "###redo").c_str(), Command(StudioCommand::Redo), redo_name.c_str(), ImVec2(0, 0),
                           st.redo.empty() ? semantic::kDisabled : 0));
    SameLineIfFits(fs * 3);
    act.merge(ActionButton(ui, "Save", Command(StudioCommand::Save), s.web_files ? "Save (Ctrl+S): download the file" : "Save (Ctrl+S)"));
    uint32_t save_as_button = 0, new_button = 0;  // natively: they open the path rows
    if (s.web_files) {
        // The browser's download says where the file goes; files come from its picker or a drop.
        SameLineIfFits(fs * 4);
        act.merge(ActionButton(ui, "Open\xE2\x80\xA6", Command(StudioCommand::Open), "Open a debate file"));
        SameLineIfFits(fs * 9);
        act.merge(ActionButton(ui, "New from article\xE2\x80\xA6", Command(StudioCommand::NewFromArticle), "New debate from article"));
    } else {
        SameLineIfFits(fs * 4);
        // Each opens a row below the toolbar (a disclosure: expanded while its row shows).
        act.merge(RowButton(ui, "Save as\xE2\x80\xA6", "Save as", StudioCommand::ToggleSaveAsRow, s.show_save_as));
        save_as_button = ImGui::GetItemID();
        SameLineIfFits(fs * 9);
        act.merge(RowButton(ui, "New from article\xE2\x80\xA6", "New debate from article", StudioCommand::ToggleNewFromArticleRow, s.show_new));
        new_button = ImGui::GetItemID();
        // Escape closes the path rows those two buttons open (the text typed there is kept for next time).
        const bool escaped = pressed(ImGuiKey_Escape) && !popup_was_open && (s.show_save_as || s.show_new);
        if (escaped) s.show_save_as = s.show_new = false;
        // A row that has closed (Escape, its Cancel, its button, its command done) with the focus in
        // it hands the focus back to the button that opened it, as a closed menu does.
        for (const auto& [item, opener] : s.path_row_items)
            if (HasFocus(ui, item) && !(opener == save_as_button ? s.show_save_as : s.show_new)) FocusItem(ui, opener, ui.focus_visible || escaped);
    }
    s.path_row_items.clear();
    SameLineIfFits(fs * 8);
    // A new draft has never been saved: "Saved" would say it is safe somewhere.
    const std::string state = (st.dirty ? "Unsaved changes" : st.path.empty() ? "New draft" : "Saved") +
                              std::string(st.path.empty() ? " \xC2\xB7 not saved yet" : " \xC2\xB7 " + st.path);
    ImGui::AlignTextToFramePadding();
    TextMuted(ui, state.c_str());
    if (s.show_save_as) {
        if (s.save_as_path.empty()) s.save_as_path = st.path;
        act.merge(PathRow(ui, "Save as: file path", s.save_as_path, "Save here", StudioCommand::SaveAs, StudioCommand::ToggleSaveAsRow,
                          save_as_button));
    }
    if (s.show_new)
        act.merge(PathRow(ui, "New debate from article: the article's file (.txt, .md, .html)", s.article_path, "Make draft",
                          StudioCommand::NewFromArticle, StudioCommand::ToggleNewFromArticleRow, new_button));
    if (!st.message.empty()) TextMuted(ui, st.message.c_str());
    EndSemantic(ui);
    return act;
}

UiAction DrawStudioDialogs(UiState& ui) {
    UiAction act;
    const StudioStatus& st = ui.studio.status;
    // `on_escape`: what Escape answers (None: the question needs one of the buttons).
    const auto dialog = [&](const char* id, const std::string& question, const char* const labels[3], const StudioCommand commands[3],
                            StudioCommand on_escape) {
        if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
        const ImGuiIO& io = ImGui::GetIO();
        ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.3f), ImGuiCond_Always, ImVec2(0.5f, 0));
        ImGui::SetNextWindowSize(ImVec2(std::min(io.DisplaySize.x - 16, ImGui::GetFontSize() * 28), 0));
        if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return;
        BeginSemantic(ui, Role::Dialog, question, semantic::kModal, id);
        TextParagraph(ui, question);
        for (int k = 0; k < 3; ++k) {
            if (!labels[k]) continue;
            if (k > 0) ImGui::SameLine();
            act.merge(ActionButton(ui, labels[k], Command(commands[k])));
        }
        if (on_escape != StudioCommand::None && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) act.merge(Command(on_escape));
        EndSemantic(ui);
        if (act.studio_command != StudioCommand::None) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    };
    // Escape keeps the debate open with its changes (Cancel). Recovering asks for Recover or Discard:
    // Escape answering either would recover what the journalist did not ask for, or lose work.
    if (!st.unsaved_question.empty())
        dialog("##unsaved", st.unsaved_question, kUnsavedLabels, kUnsavedCommands, StudioCommand::UnsavedCancel);
    else if (!st.recovery_time.empty())
        dialog("##recover", "Recover unsaved work from " + st.recovery_time + "?", kRecoverLabels, kRecoverCommands, StudioCommand::None);
    return act;
}

}  // namespace dl
