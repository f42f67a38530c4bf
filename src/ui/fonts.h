// The faces the widget draws with, rasterised at the device pixel ratio so text stays crisp on
// HiDPI screens. ImGui only: the platform uploads the atlas as a texture when it changes.
#pragma once

#include "ui/ui_state.h"

#include <string>

namespace dl {

constexpr float kBodyPx = 17.0f, kSmallPx = 15.0f, kHeadingPx = 23.0f;
constexpr const char* kBodyFontFile = "NotoSans-Regular.ttf";

// Builds ImGui's font atlas from the subset fonts under `asset_dir`/fonts at `scale` device pixels
// per window pixel; a missing file falls back to ImGui's built-in font with a message on stderr.
Fonts BuildFonts(const std::string& asset_dir, float scale);

}  // namespace dl
