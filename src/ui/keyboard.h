// Keyboard parity over the semantic items: Tab and Shift+Tab move through them in reading order,
// arrows inside lists, grids, trees and tabs, Enter or Space activate, Escape closes; a focus ring
// where the item is drawn, shown only for keyboard use. The same items the web mirror shows.
#pragma once

#include "ui/ui_state.h"

namespace dl {

// At the start of a frame: the keys pressed since the last one, applied to the focus over the items
// drawn last frame; returns what activating an item does.
UiAction HandleKeys(UiState& ui);
// Activating, choosing and editing an item by id (the web mirror, assistive technology): what it does.
UiAction ActivateItem(UiState& ui, uint32_t id);
UiAction ChooseItem(UiState& ui, uint32_t id, int choice);
UiAction EditItem(UiState& ui, uint32_t id, const std::string& text);
// Focus set from outside (the page's focus moved to the item's mirror); `visible` when by keyboard.
void FocusItem(UiState& ui, uint32_t id, bool visible);
// At the end of a frame: the focus ring, the focused item brought into view, and this frame's items
// kept as the ones the next frame's keys act on.
void FinishSemantics(UiState& ui);

}  // namespace dl
