// Colours and type for reading: light and dark themes with body text contrast >= 4.5:1, an
// Okabe-Ito actor palette (safe for colour-blind readers) and a diverging leaning scale that
// always comes with a glyph and a label, never colour alone.
#pragma once

#include "model/debate.h"

#include <imgui.h>

namespace dl {

// `touch`: taller frames so every control is at least 40 px high (phones).
void ApplyTheme(bool dark, bool touch);
ImU32 ActorColor(int actor, float alpha = 1.0f);
ImU32 ActorHighlight(int actor, bool dark);  // background for quoted spans
ImVec4 LeaningColor(Leaning leaning, bool dark);
ImVec4 LeaningTextColor(Leaning leaning, bool dark);  // readable on LeaningColor
const char* LeaningGlyph(Leaning leaning);           // "−−", "−", "±", "+", "++", "·"
ImU32 RelationColor(RelationType type, bool dark);
ImVec4 MutedTextColor(bool dark);
// The keyboard focus ring: >= 3:1 against the window, child and popup backgrounds of its theme.
ImU32 FocusRingColor(bool dark);
// A fact-check badge: a pale amber (light) or deep amber (dark) pill; its text contrasts >= 7:1.
ImU32 ReviewBadgeColor(bool dark);
ImU32 ReviewBadgeTextColor(bool dark);

}  // namespace dl
