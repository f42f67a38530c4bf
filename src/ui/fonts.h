// The faces the widget draws with, rasterised at the device pixel ratio so text stays crisp on
// HiDPI screens. ImGui only: the platform uploads the atlas as a texture when it changes.
#pragma once

#include "ui/ui_state.h"

#include <imgui.h>

#include <cstdint>
#include <string>
#include <vector>

namespace dl {

constexpr float kBodyPx = 17.0f, kHeadingPx = 23.0f;
constexpr const char* kBodyFontFile = "NotoSans-Regular.ttf";

// The glyph ranges of the styled faces (bold, italic, heading): the ones they always carry, and the
// characters a debate holds beyond them (PreparedDebate::characters), from the regular face. Kept by
// the caller while the atlas lives: ImGui reads the ranges when it builds.
std::vector<ImWchar> StyledGlyphRanges(const std::vector<uint32_t>& characters);

// Builds `atlas` from the subset fonts under `asset_dir`/fonts at `scale` device pixels per window
// pixel: the body face over every range a reader may type, the styled faces over `styled_ranges`.
// A missing file falls back to ImGui's built-in font with a message on stderr. The caller makes
// fonts.body the default and scales by 1/scale (UseFonts does both for the current context).
Fonts BuildFonts(ImFontAtlas& atlas, const std::string& asset_dir, float scale, const std::vector<ImWchar>& styled_ranges);
// BuildFonts into the current context's atlas, made its default at 1/scale.
Fonts UseFonts(const std::string& asset_dir, float scale, const std::vector<ImWchar>& styled_ranges);

}  // namespace dl
