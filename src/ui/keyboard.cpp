// Keyboard focus and activation over the semantic items, and the focus ring.
#include "ui/keyboard.h"
#include "ui/theme.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace dl {

namespace {
const SemanticItem* Focused(const UiState& ui) { return ui.focus_id ? ui.drawn_semantics.find(ui.focus_id) : nullptr; }

void MoveTo(UiState& ui, uint32_t id) {
    if (id == 0 || id == ui.focus_id) return;
    ui.focus_id = id;
    ui.focus_visible = true;
    ui.focus_moved = true;
}

// The deepest focusable item under a point (a click moves the focus there, without a ring).
uint32_t ItemAt(const SemanticTree& t, float x, float y) {
    uint32_t hit = 0;
    for (const SemanticItem& i : t.items)
        if ((i.flags & semantic::kFocusable) && i.bounds.contains(x, y)) hit = i.id;
    return hit;
}

bool Pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }

#if DL_STUDIO
// A Studio field (a text field or a drop-down that writes the document): activating it does nothing
// by itself (its text or choice does, through EditItem and ChooseItem).
bool IsStudioField(const SemanticItem& item) {
    const UiAction& a = item.action;
    return (item.role == Role::TextBox || item.role == Role::ComboBox) &&
           (!a.edits.empty() || a.studio_pick != StudioPick::None || a.edit_target.entity != Entity::Count);
}
#endif
}  // namespace

UiAction ActivateItem(UiState& ui, uint32_t id) {
    const SemanticItem* item = ui.drawn_semantics.find(id);
    if (!item || (item->flags & semantic::kDisabled)) return {};
    ui.focus_id = id;
#if DL_STUDIO
    if (IsStudioField(*item)) return {};
#endif
    return item->action;
}

UiAction ChooseItem(UiState& ui, uint32_t id, int choice) {
    const SemanticItem* item = ui.drawn_semantics.find(id);
    if (!item || item->role != Role::ComboBox || choice < 0 || choice >= static_cast<int>(item->choices.size())) return {};
    UiAction a = item->action;
#if DL_STUDIO
    if (IsStudioField(*item)) {
        if (!a.edits.empty()) a.edits.back().value = choice + a.edits.back().choice_offset;
        if (a.studio_pick != StudioPick::None) a.studio_pick_value = choice;
        if (a.edit_target.entity != Entity::Count) {
            a.edit_target.index = choice;
            if (a.edit_target.entity == Entity::Claim) a.select_claim = choice;
        }
        return a;
    }
#endif
    a.filter_value = choice - 1;  // choice 0 is "any"
    return a;
}

UiAction EditItem(UiState& ui, uint32_t id, const std::string& text) {
    const SemanticItem* item = ui.drawn_semantics.find(id);
#if DL_STUDIO
    if (item && item->role == Role::TextBox && !item->action.edits.empty()) {
        UiAction a = item->action;
        a.edits.back().text = text;
        return a;
    }
#endif
    if (!item || item->role != Role::TextBox || item->action.filter_field != kFilterWords) return {};
    UiAction a = item->action;
    a.filter_text = text;
    return a;
}

void FocusItem(UiState& ui, uint32_t id, bool visible) {
    if (!ui.drawn_semantics.find(id)) return;
    if (id != ui.focus_id) ui.focus_moved = true;
    ui.focus_id = id;
    ui.focus_visible = visible;
}

UiAction HandleKeys(UiState& ui) {
    UiAction act;
    const ImGuiIO& io = ImGui::GetIO();
    const SemanticTree& tree = ui.drawn_semantics;
    // A click: the focus goes to what was clicked, and the ring hides until a key is used.
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        ui.focus_visible = false;
        if (const uint32_t hit = ItemAt(tree, io.MousePos.x, io.MousePos.y)) ui.focus_id = hit;
    }
    const SemanticItem* item = Focused(ui);
    const bool typing = io.WantTextInput;
    if (!ui.keys_from_page && Pressed(ImGuiKey_Tab) && !io.KeyCtrl && !io.KeyAlt) {
        // The desktop window has no page around it: past the last stop, Tab comes round to the first.
        uint32_t next = move_focus(tree, ui.focus_id, io.KeyShift ? FocusMove::Previous : FocusMove::Next);
        if (!next) next = move_focus(tree, 0, io.KeyShift ? FocusMove::Previous : FocusMove::Next);
        // Leaving a text field takes the keys from it.
        if (typing) ImGui::ClearActiveID();
        MoveTo(ui, next);
        return act;
    }
    if (Pressed(ImGuiKey_Escape)) {
        if (ui.show_about) act.about = -1;
        return act;
    }
    if (typing || !item || io.KeyAlt || io.KeyCtrl) return act;
    auto move = [&](FocusMove m) { MoveTo(ui, move_focus(tree, ui.focus_id, m)); };
    if (item->role == Role::ComboBox && (Pressed(ImGuiKey_UpArrow) || Pressed(ImGuiKey_DownArrow))) {
        // A choice changes with the arrows, as in a native select.
        const int now = std::atoi(item->value.c_str()), n = static_cast<int>(item->choices.size());
        const int next = std::clamp(now + (Pressed(ImGuiKey_DownArrow) ? 1 : -1), 0, n - 1);
        ui.focus_visible = true;
        return next != now ? ChooseItem(ui, item->id, next) : act;
    }
    if (Pressed(ImGuiKey_DownArrow)) move(FocusMove::Down);
    if (Pressed(ImGuiKey_UpArrow)) move(FocusMove::Up);
    if (Pressed(ImGuiKey_Home)) move(FocusMove::First);
    if (Pressed(ImGuiKey_End)) move(FocusMove::Last);
    if (Pressed(ImGuiKey_RightArrow) || Pressed(ImGuiKey_LeftArrow)) {
        const bool right = Pressed(ImGuiKey_RightArrow);
        // A tree item opens with Right and closes with Left; elsewhere the arrows move sideways.
        const bool expanded = (item->flags & semantic::kExpanded) != 0;
        if ((item->flags & semantic::kExpandable) && right != expanded) {
            ui.focus_visible = true;
            return item->toggle;
        }
        move(right ? FocusMove::Right : FocusMove::Left);
    }
    if (!ui.keys_from_page && (Pressed(ImGuiKey_Enter) || Pressed(ImGuiKey_KeyPadEnter) || Pressed(ImGuiKey_Space))) {
        ui.focus_visible = true;
        return item->role == Role::TextBox ? act : ActivateItem(ui, item->id);
    }
    return act;
}

void FinishSemantics(UiState& ui) {
    IM_ASSERT(ui.semantic_parents.empty() && "a BeginSemantic without its EndSemantic");
    ui.drawn_semantics.items.swap(ui.semantics.items);
    ui.semantics.items.clear();
    ui.semantic_id_uses.clear();
    // A modal dialog takes the focus when it opens (its first control) and keeps it; when it closes,
    // the focus goes back where it was, as the ARIA practices' dialog does.
    if (const uint32_t modal = modal_dialog(ui.drawn_semantics)) {
        if (!ui.in_modal) ui.focus_before_modal = ui.focus_id;
        ui.in_modal = true;
        if (!is_within(ui.drawn_semantics, ui.focus_id, modal)) {
            ui.focus_id = move_focus(ui.drawn_semantics, 0, FocusMove::Next);
            ui.focus_moved = true;
        }
    } else if (ui.in_modal) {
        ui.in_modal = false;
        if (!ui.drawn_semantics.find(ui.focus_id) && ui.drawn_semantics.find(ui.focus_before_modal)) {
            ui.focus_id = ui.focus_before_modal;
            ui.focus_moved = true;
        }
        ui.focus_before_modal = 0;
    }
    mark_tab_stops(ui.drawn_semantics, ui.focus_id);
    const SemanticItem* item = Focused(ui);
    if (!item) {
        ui.focus_moved = false;
        return;
    }
    ImGuiWindow* window = ImGui::FindWindowByID(item->window);
    const ImRect rect(item->bounds.x0, item->bounds.y0, item->bounds.x1, item->bounds.y1);
    // Brought into view the frame after focus moved there (the bounds are this frame's).
    if (ui.focus_moved && window) ImGui::ScrollToBringRectIntoView(window, rect);
    ui.focus_moved = false;
    if (!ui.focus_visible) return;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const ImRect clip = window ? window->InnerClipRect : ImRect(ImVec2(0, 0), ImGui::GetIO().DisplaySize);
    // Just outside the item, so it covers none of its text, but pulled inside the visible area where
    // the item reaches its edge (a list's rows span its whole width): all four sides always show.
    const float w = 3.0f;
    ImRect ring(ImVec2(rect.Min.x - w / 2 - 1, rect.Min.y - w / 2 - 1), ImVec2(rect.Max.x + w / 2 + 1, rect.Max.y + w / 2 + 1));
    ring.ClipWith(ImRect(ImVec2(clip.Min.x + w / 2, clip.Min.y + w / 2), ImVec2(clip.Max.x - w / 2, clip.Max.y - w / 2)));
    if (ring.GetWidth() <= 0 || ring.GetHeight() <= 0) return;  // scrolled out of view this frame
    dl->PushClipRect(clip.Min, clip.Max, true);
    dl->AddRect(ring.Min, ring.Max, FocusRingColor(ui.dark), 4.0f, 0, w);
    dl->PopClipRect();
}

}  // namespace dl
