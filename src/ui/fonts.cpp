// Font atlas: Noto Sans faces with DejaVu Sans symbols merged in, over the glyph ranges the build
// subset the files to (glyph_ranges.h, generated from the one list in CMakeLists.txt).
#include "ui/fonts.h"
#include "glyph_ranges.h"

#include <imgui.h>

#include <cstdio>

namespace dl {

namespace {
ImFont* AddFont(const std::string& dir, const char* file, float px, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    const std::string path = dir + "/fonts/" + file;
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    ImFont* f = io.Fonts->AddFontFromFileTTF(path.c_str(), px * scale, &cfg, kTextGlyphRanges);
    if (!f) {
        std::fprintf(stderr, "debatelens: cannot load font %s; using the built-in ASCII font\n", path.c_str());
        ImFontConfig fallback;
        fallback.SizePixels = px * scale;
        return io.Fonts->AddFontDefault(&fallback);
    }
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.OversampleH = 2;
    merge.GlyphMinAdvanceX = 0;
    const std::string symbols = dir + "/fonts/DejaVuSans-Symbols.ttf";
    io.Fonts->AddFontFromFileTTF(symbols.c_str(), px * scale, &merge, kSymbolGlyphRanges);
    return f;
}
}  // namespace

Fonts BuildFonts(const std::string& dir, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts f;
    f.body = AddFont(dir, kBodyFontFile, kBodyPx, scale);
    f.bold = AddFont(dir, "NotoSans-Bold.ttf", kBodyPx, scale);
    f.italic = AddFont(dir, "NotoSans-Italic.ttf", kBodyPx, scale);
    f.heading = AddFont(dir, "NotoSans-Bold.ttf", kHeadingPx, scale);
    f.small = AddFont(dir, kBodyFontFile, kSmallPx, scale);
    io.FontDefault = f.body;
    io.FontGlobalScale = 1.0f / scale;
    io.Fonts->Build();
    return f;
}

}  // namespace dl
