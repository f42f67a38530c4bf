// The glyphs DebateLens rasterises. Noto Sans supplies Latin, Latin-1, Latin Extended-A,
// Cyrillic and General Punctuation (curly quotes, dashes, ellipsis); DejaVu Sans, merged in,
// supplies arrows, the minus sign and a few shapes that Noto Sans lacks.
// Keep in step with DL_FONT_UNICODES / DL_SYMBOL_UNICODES in CMakeLists.txt.
#pragma once

#include "ui/ui_state.h"

#include <imgui.h>

namespace dl {

// The faces the app builds (platform_sdl.cpp; the benchmarks and the UI tests build the same): a
// file in assets/fonts, its size in window (CSS) pixels, and the slot of Fonts it fills.
struct FontFace {
    const char* file;
    float px;
    ImFont* Fonts::*slot;
};
inline constexpr FontFace kFontFaces[] = {{"NotoSans-Regular.ttf", 17, &Fonts::body}, {"NotoSans-Bold.ttf", 17, &Fonts::bold},
                                          {"NotoSans-Italic.ttf", 17, &Fonts::italic}, {"NotoSans-Bold.ttf", 23, &Fonts::heading},
                                          {"NotoSans-Regular.ttf", 15, &Fonts::small}};

inline const ImWchar* TextGlyphRanges() {
    static const ImWchar ranges[] = {0x0020, 0x007E, 0x00A0, 0x017F, 0x0400, 0x045F, 0x2010, 0x2027, 0x2030, 0x203A, 0};
    return ranges;
}

inline const ImWchar* SymbolGlyphRanges() {
    static const ImWchar ranges[] = {0x2190, 0x2193, 0x2212, 0x2212, 0x22A3, 0x22A3, 0x25A0, 0x25CF,
                                     0x2713, 0x2713, 0x2715, 0x2715, 0};
    return ranges;
}

}  // namespace dl
