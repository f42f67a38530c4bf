// Font atlas: Noto Sans faces with DejaVu Sans symbols merged in, over the glyph ranges the build
// subset the files to (glyph_ranges.h, generated from the one list in CMakeLists.txt).
#include "ui/fonts.h"
#include "glyph_ranges.h"

#include <imgui.h>

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

// A face at px, with the symbols merged in; a styled face (bold, italic) carries only the glyphs
// the bundled content and the UI use, and the regular face, merged in behind it, supplies the rest
// of `ranges`.
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

std::vector<ImWchar> StyledGlyphRanges(const std::vector<uint32_t>& characters) {
    std::vector<ImWchar> ranges;
    for (const ImWchar* r = kStyledGlyphRanges; r[0]; r += 2) ranges.insert(ranges.end(), {r[0], r[1]});
    // Each character the regular face has and the styled ones lack, as a range of its own: a debate
    // holds few of them, and rasterising only those keeps the atlas (and the first frame) small.
    for (uint32_t c : characters)
        if (c <= 0xFFFF && InRanges(kTextGlyphRanges, c) && !InRanges(kStyledGlyphRanges, c))
            ranges.insert(ranges.end(), {static_cast<ImWchar>(c), static_cast<ImWchar>(c)});
    ranges.push_back(0);
    return ranges;
}

Fonts BuildFonts(ImFontAtlas& atlas, const std::string& dir, float scale, const std::vector<ImWchar>& styled_ranges) {
    atlas.Clear();
    Fonts f;
    f.body = AddFont(atlas, dir, kBodyFontFile, Face::Regular, kBodyPx, scale, kTextGlyphRanges);
    f.bold = AddFont(atlas, dir, "NotoSans-Bold.ttf", Face::Styled, kBodyPx, scale, styled_ranges.data());
    f.italic = AddFont(atlas, dir, "NotoSans-Italic.ttf", Face::Styled, kBodyPx, scale, styled_ranges.data());
    f.heading = AddFont(atlas, dir, "NotoSans-Bold.ttf", Face::Styled, kHeadingPx, scale, styled_ranges.data());
    atlas.Build();
    return f;
}

Fonts UseFonts(const std::string& dir, float scale, const std::vector<ImWchar>& styled_ranges) {
    ImGuiIO& io = ImGui::GetIO();
    Fonts f = BuildFonts(*io.Fonts, dir, scale, styled_ranges);
    io.FontDefault = f.body;
    io.FontGlobalScale = 1.0f / scale;
    return f;
}

}  // namespace dl
