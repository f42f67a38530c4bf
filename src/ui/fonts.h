// The faces the widget draws with, rasterised at the device pixel ratio so text stays crisp on
// HiDPI screens. ImGui only: the platform uploads the atlas as a texture when it changes.
#pragma once

#include "ui/ui_state.h"

#include <imgui.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

constexpr float kBodyPx = 17.0f, kHeadingPx = 23.0f;
constexpr const char* kBodyFontFile = "NotoSans-Regular.ttf";

// The glyphs an atlas is built with. Rasterising is most of the widget's first frame on the web
// (stb_truetype in wasm), so the first atlas holds what the screen shows: Basic Latin, the UI's own
// characters (DL_UI_GLYPHS) and those of the debate and its problems. The body face takes every
// character a reader may type (DL_TEXT_GLYPHS) once a text field has the keys. ImGui keeps pointers
// to the ranges: the caller keeps this while the atlas lives.
struct FontGlyphs {
    std::vector<ImWchar> shown;  // zero-terminated ImGui ranges, for every face
    bool typing = false;         // the body face holds all of DL_TEXT_GLYPHS besides
    bool operator==(const FontGlyphs& o) const { return typing == o.typing && shown == o.shown; }
    bool operator!=(const FontGlyphs& o) const { return !(*this == o); }
};

// The glyphs for `characters` (code points, in any order, repeats allowed): those the fonts have.
FontGlyphs GlyphsFor(const std::vector<uint32_t>& characters, bool typing);
// True when a reader typing `text` needs a glyph the body face of `glyphs` lacks and could have.
bool NeedsTypingGlyphs(const FontGlyphs& glyphs, std::string_view text);

// Builds `atlas` from the subset fonts under `asset_dir`/fonts at `scale` device pixels per window
// pixel over `glyphs`. A missing file falls back to ImGui's built-in font with a message on stderr.
// The caller makes fonts.body the default and scales by 1/scale (UseFonts does both for the current
// context).
Fonts BuildFonts(ImFontAtlas& atlas, const std::string& asset_dir, float scale, const FontGlyphs& glyphs);
// BuildFonts into the current context's atlas, made its default at 1/scale.
Fonts UseFonts(const std::string& asset_dir, float scale, const FontGlyphs& glyphs);

}  // namespace dl
