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

// Selecting words in a wrapped text (the Studio's article view). Offsets are UTF-8 byte offsets and
// always fall on a character boundary, so a selection never splits a code point.
// The boundary nearest to x on `line` (past the line's end: its end; above or below: the first or last line).
uint32_t offset_at_point(std::string_view text, const WrappedText& w, int line, float x, const MeasureText& measure);
// Where a caret at `offset` is drawn: its line and x (a caret between two lines is at the start of the second).
struct CaretPoint {
    int line = 0;
    float x = 0;
};
CaretPoint caret_point(std::string_view text, const WrappedText& w, uint32_t offset, const MeasureText& measure);
// The part of each line that bytes [begin, end) cover, top to bottom.
struct LineSpan {
    int line = 0;
    float x0 = 0, x1 = 0;
};
std::vector<LineSpan> selection_spans(std::string_view text, const WrappedText& w, uint32_t begin, uint32_t end, const MeasureText& measure);
// The character boundary before or after `offset` (clamped to the text).
uint32_t previous_char(std::string_view text, uint32_t offset);
uint32_t next_char(std::string_view text, uint32_t offset);
// The start of the word before `offset`, and the end of the word after it (Ctrl+Shift+arrows).
uint32_t previous_word(std::string_view text, uint32_t offset);
uint32_t next_word(std::string_view text, uint32_t offset);
// The word a double click at `offset` takes: the run of word characters (letters, digits,
// apostrophes, hyphens; beyond ASCII everything but the spaces, dashes, quotation marks and
// ellipsis of news text) holding the character at `offset`, else the one ending there. Empty
// (begin == end == offset) between words.
struct ByteSpan {
    uint32_t begin = 0, end = 0;
};
ByteSpan word_at(std::string_view text, uint32_t offset);

}  // namespace dl
