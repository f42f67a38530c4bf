// How a paragraph is laid out for reading: which byte ranges are highlighted as quotes, and where
// the lines break at a given width. Pure: the width of a piece of text is asked of the caller (the
// UI measures with its font; tests with a fixed advance), so the rules are unit-tested here.
#pragma once

#include "model/debate.h"

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace dl {

// A claim's quote inside its paragraph, as drawn.
struct HighlightRange {
    uint32_t begin = 0, end = 0;  // UTF-8 byte range, end exclusive
    int claim = -1;
    bool selected = false;
};

// Quote ranges per paragraph, sorted and non-overlapping: where quotes overlap, the earlier one
// is drawn, except that the selected claim always is (readers must see what they picked).
std::vector<std::vector<HighlightRange>> article_highlights(const Debate& debate, int selected_claim);

// One piece of a wrapped text, drawn at (x, line * line_height). Runs never straddle a cut.
struct TextRun {
    uint32_t begin = 0, end = 0;
    float x = 0;
    int line = 0;
};
struct WrappedText {
    std::vector<TextRun> runs;
    int lines = 1;
};
using MeasureText = std::function<float(std::string_view)>;

// Greedy word wrap at spaces. Trailing spaces never force a break; `cuts` (sorted byte offsets,
// e.g. highlight edges) end runs without breaking lines; a word wider than the whole line is
// broken between characters, never inside a UTF-8 sequence.
WrappedText wrap_text(std::string_view text, const std::vector<uint32_t>& cuts, float width, const MeasureText& measure);

// The cut points of a paragraph's highlights, for wrap_text.
std::vector<uint32_t> highlight_cuts(const std::vector<HighlightRange>& ranges);

}  // namespace dl
