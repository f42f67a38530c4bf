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
    cfg.OversampleH = 2;  // sub-pixel positions along a line of text
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    cfg.GlyphMinAdvanceX = 0;
    return cfg;
}

// A face at px, with the symbols merged in; a styled face (bold, italic) carries only the glyphs
// the bundled content and the UI use, and the regular face, merged in behind it, supplies the rest.
ImFont* AddFont(const std::string& dir, const char* file, Face face, float px, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    const std::string path = dir + "/fonts/" + file;
    ImFontConfig cfg = Config(false);
    ImFont* f = io.Fonts->AddFontFromFileTTF(path.c_str(), px * scale, &cfg,
                                             face == Face::Styled ? kStyledGlyphRanges : kTextGlyphRanges);
    if (!f) {
        std::fprintf(stderr, "debatelens: cannot load font %s; using the built-in ASCII font\n", path.c_str());
        ImFontConfig fallback;
        fallback.SizePixels = px * scale;
        return io.Fonts->AddFontDefault(&fallback);
    }
    ImFontConfig merge = Config(true);
    io.Fonts->AddFontFromFileTTF((dir + "/fonts/DejaVuSans-Symbols.ttf").c_str(), px * scale, &merge, kSymbolGlyphRanges);
    if (face == Face::Styled)
        io.Fonts->AddFontFromFileTTF((dir + "/fonts/" + kBodyFontFile).c_str(), px * scale, &merge, kTextGlyphRanges);
    return f;
}
}  // namespace

Fonts BuildFonts(const std::string& dir, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts f;
    f.body = AddFont(dir, kBodyFontFile, Face::Regular, kBodyPx, scale);
    f.bold = AddFont(dir, "NotoSans-Bold.ttf", Face::Styled, kBodyPx, scale);
    f.italic = AddFont(dir, "NotoSans-Italic.ttf", Face::Styled, kBodyPx, scale);
    f.heading = AddFont(dir, "NotoSans-Bold.ttf", Face::Styled, kHeadingPx, scale);
    f.small = AddFont(dir, kBodyFontFile, Face::Regular, kSmallPx, scale);
    io.FontDefault = f.body;
    io.FontGlobalScale = 1.0f / scale;
    io.Fonts->Build();
    return f;
}

}  // namespace dl
