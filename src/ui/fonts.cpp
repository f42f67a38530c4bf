// Font atlas: Noto Sans faces with DejaVu Sans symbols merged in, over the glyphs the screen shows
// within the ranges the build subset the files to (glyph_ranges.h, generated from the one list in
// CMakeLists.txt).
#include "ui/fonts.h"
#include "glyph_ranges.h"
#include "model/text.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace dl {

namespace {
enum class Face { Regular, Styled };

ImFontConfig Config(bool merge) {
    ImFontConfig cfg;
    cfg.MergeMode = merge;
    // One sample per pixel: two along the line built the atlas 40 % slower (8.7 -> 5.1 ms natively,
    // a 512x512 texture instead of 512x256) for text that looks the same at 4x zoom.
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    cfg.GlyphMinAdvanceX = 0;
    return cfg;
}

// A face at px over `ranges`, with the symbols merged in. A styled face's file (bold, italic) holds
// only Latin-1 and punctuation (DL_STYLED_GLYPHS): the regular face, merged in behind it, supplies
// the rest of `ranges` (ImGui never replaces a glyph a face has).
ImFont* AddFont(ImFontAtlas& atlas, const std::string& dir, const char* file, Face face, float px, float scale,
                const ImWchar* ranges) {
    const std::string path = dir + "/fonts/" + file;
    ImFontConfig cfg = Config(false);
    ImFont* f = atlas.AddFontFromFileTTF(path.c_str(), px * scale, &cfg, ranges);
    if (!f) {
        std::fprintf(stderr, "debatelens: cannot load font %s; using the built-in ASCII font\n", path.c_str());
        ImFontConfig fallback;
        fallback.SizePixels = px * scale;
        return atlas.AddFontDefault(&fallback);
    }
    ImFontConfig merge = Config(true);
    atlas.AddFontFromFileTTF((dir + "/fonts/DejaVuSans-Symbols.ttf").c_str(), px * scale, &merge, kSymbolGlyphRanges);
    if (face == Face::Styled) atlas.AddFontFromFileTTF((dir + "/fonts/" + kBodyFontFile).c_str(), px * scale, &merge, ranges);
    return f;
}

// True when code point c lies in one of the ranges of a zero-terminated ImGui range list.
bool InRanges(const ImWchar* ranges, uint32_t c) {
    for (; ranges[0]; ranges += 2)
        if (c >= ranges[0] && c <= ranges[1]) return true;
    return false;
}
}  // namespace

FontGlyphs GlyphsFor(const std::vector<uint32_t>& characters, bool typing) {
    FontGlyphs g;
    g.typing = typing;
    g.shown = {0x0020, 0x007E};
    for (const ImWchar* r = kUiGlyphRanges; r[0]; r += 2) g.shown.insert(g.shown.end(), {r[0], r[1]});
    // Each other character the regular face has, as a range of its own, in order (so that the same
    // letters make the same ranges, and an unchanged screen no new atlas).
    std::vector<uint32_t> extra;
    for (uint32_t c : characters)
        if (c > 0x7E && c <= 0xFFFF && InRanges(kTextGlyphRanges, c) && !InRanges(kUiGlyphRanges, c)) extra.push_back(c);
    std::sort(extra.begin(), extra.end());
    extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
    for (uint32_t c : extra) g.shown.insert(g.shown.end(), {static_cast<ImWchar>(c), static_cast<ImWchar>(c)});
    g.shown.push_back(0);
    return g;
}

bool NeedsTypingGlyphs(const FontGlyphs& glyphs, std::string_view text) {
    if (glyphs.typing) return false;
    std::vector<uint32_t> letters;  // Basic Latin is always there; most queries have nothing else
    append_beyond_ascii(text, letters);
    return std::any_of(letters.begin(), letters.end(),
                       [&](uint32_t c) { return InRanges(kTextGlyphRanges, c) && !InRanges(glyphs.shown.data(), c); });
}

Fonts BuildFonts(ImFontAtlas& atlas, const std::string& dir, float scale, const FontGlyphs& glyphs) {
    atlas.Clear();
    Fonts f;
    const ImWchar* shown = glyphs.shown.data();
    f.body = AddFont(atlas, dir, kBodyFontFile, Face::Regular, kBodyPx, scale, glyphs.typing ? kTextGlyphRanges : shown);
    f.bold = AddFont(atlas, dir, "NotoSans-Bold.ttf", Face::Styled, kBodyPx, scale, shown);
    f.italic = AddFont(atlas, dir, "NotoSans-Italic.ttf", Face::Styled, kBodyPx, scale, shown);
    f.heading = AddFont(atlas, dir, "NotoSans-Bold.ttf", Face::Styled, kHeadingPx, scale, shown);
    atlas.Build();
    return f;
}

Fonts UseFonts(const std::string& dir, float scale, const FontGlyphs& glyphs) {
    ImGuiIO& io = ImGui::GetIO();
    Fonts f = BuildFonts(*io.Fonts, dir, scale, glyphs);
    io.FontDefault = f.body;
    io.FontGlobalScale = 1.0f / scale;
    return f;
}

}  // namespace dl
