// Quote highlights and word wrapping.
#include "model/text_layout.h"
#include "model/text.h"

#include <algorithm>
#include <cmath>

namespace dl {

std::vector<std::vector<HighlightRange>> article_highlights(const Debate& d, int selected_claim) {
    std::vector<std::vector<HighlightRange>> out(d.article.paragraphs.size());
    for (size_t c = 0; c < d.claims.size(); ++c) {
        const Claim& cl = d.claims[c];
        if (cl.paragraph < 0 || cl.paragraph >= static_cast<int>(out.size()) || cl.quote_end <= cl.quote_begin) continue;
        out[cl.paragraph].push_back({cl.quote_begin, cl.quote_end, static_cast<int>(c), static_cast<int>(c) == selected_claim});
    }
    for (auto& ranges : out) {
        std::stable_sort(ranges.begin(), ranges.end(), [](const HighlightRange& a, const HighlightRange& b) { return a.begin < b.begin; });
        std::vector<HighlightRange> flat;
        for (const HighlightRange& r : ranges) {
            if (flat.empty() || r.begin >= flat.back().end) {
                flat.push_back(r);
            } else if (r.selected) {
                // The selected quote replaces what it overlaps; what came before it stays.
                while (!flat.empty() && flat.back().end > r.begin && flat.back().begin >= r.begin) flat.pop_back();
                if (!flat.empty() && flat.back().end > r.begin) flat.back().end = r.begin;
                flat.push_back(r);
            }
        }
        ranges.swap(flat);
    }
    return out;
}

std::vector<uint32_t> highlight_cuts(const std::vector<HighlightRange>& ranges) {
    std::vector<uint32_t> cuts;
    cuts.reserve(ranges.size() * 2);
    for (const HighlightRange& r : ranges) {
        cuts.push_back(r.begin);
        cuts.push_back(r.end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    return cuts;
}

WrappedText wrap_text(std::string_view text, const std::vector<uint32_t>& cuts, float width, const MeasureText& measure) {
    WrappedText out;
    float x = 0;
    int line = 0;
    size_t next_cut = 0;
    auto width_of = [&](size_t a, size_t b) { return measure(text.substr(a, b - a)); };
    size_t i = 0;
    while (i < text.size()) {
        // A token is a word plus its trailing spaces, ended early at a cut.
        size_t j = i;
        while (j < text.size() && text[j] != ' ') ++j;
        while (j < text.size() && text[j] == ' ') ++j;
        while (next_cut < cuts.size() && cuts[next_cut] <= i) ++next_cut;
        if (next_cut < cuts.size() && cuts[next_cut] < j) j = cuts[next_cut];
        size_t word_end = j;  // without trailing spaces: they may hang past the edge
        while (word_end > i && text[word_end - 1] == ' ') --word_end;
        // Whether a word fits is decided once, for the whole word even when a cut splits it (a quote
        // ending before its full stop); the pieces after a cut follow on the same line.
        const bool starts_word = i == 0 || text[i - 1] == ' ';
        size_t whole_end = word_end;
        while (whole_end < text.size() && text[whole_end] != ' ') ++whole_end;
        // Each piece is measured once where it can be (a line of words is wrapped at every frame):
        // the whole word is the word unless a cut split it, the token the word and its spaces.
        const float w_word = width_of(i, word_end);
        if (x > 0 && starts_word && x + (whole_end == word_end ? w_word : width_of(i, whole_end)) > width) {
            x = 0;
            ++line;
        }
        if (x == 0 && w_word > width && word_end > i) {
            // Wider than a whole line: take as many characters as fit (at least one).
            size_t k = i;
            while (k < word_end) {
                size_t n = k;
                utf8_next(text, n);
                if (k > i && width_of(i, n) > width) break;
                k = n;
            }
            if (k < word_end) {
                out.runs.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(k), 0, line});
                ++line;
                i = k;
                continue;
            }
        }
        out.runs.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j), x, line});
        x += j == word_end ? w_word : w_word + width_of(word_end, j);
        i = j;
    }
    out.lines = line + 1;
    return out;
}

uint32_t previous_char(std::string_view text, uint32_t offset) {
    size_t i = std::min<size_t>(offset, text.size());
    if (i == 0) return 0;
    --i;
    while (i > 0 && !is_utf8_boundary(text, i)) --i;
    return static_cast<uint32_t>(i);
}

uint32_t next_char(std::string_view text, uint32_t offset) {
    size_t i = std::min<size_t>(offset, text.size());
    if (i >= text.size()) return static_cast<uint32_t>(text.size());
    ++i;
    while (i < text.size() && !is_utf8_boundary(text, i)) ++i;
    return static_cast<uint32_t>(i);
}

uint32_t previous_word(std::string_view text, uint32_t offset) {
    uint32_t i = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
    while (i > 0 && text[i - 1] == ' ') --i;
    while (i > 0 && text[i - 1] != ' ') --i;
    return i;
}

uint32_t next_word(std::string_view text, uint32_t offset) {
    size_t i = std::min<size_t>(offset, text.size());
    while (i < text.size() && text[i] == ' ') ++i;
    while (i < text.size() && text[i] != ' ') ++i;
    return static_cast<uint32_t>(i);
}

uint32_t offset_at_point(std::string_view text, const WrappedText& w, int line, float x, const MeasureText& measure) {
    if (w.runs.empty()) return 0;
    line = std::clamp(line, w.runs.front().line, w.runs.back().line);
    uint32_t best = 0;
    float best_distance = -1;
    for (const TextRun& r : w.runs) {
        if (r.line != line) continue;
        // Every boundary of the run, from its start: the nearest one to x wins.
        for (uint32_t at = r.begin;; at = next_char(text, at)) {
            const float bx = r.x + measure(text.substr(r.begin, at - r.begin));
            const float distance = std::abs(bx - x);
            if (best_distance < 0 || distance < best_distance) {
                best_distance = distance;
                best = at;
            }
            if (at >= r.end || bx > x) break;
        }
    }
    return best;
}

CaretPoint caret_point(std::string_view text, const WrappedText& w, uint32_t offset, const MeasureText& measure) {
    for (const TextRun& r : w.runs)
        if (offset >= r.begin && offset < r.end) return {r.line, r.x + measure(text.substr(r.begin, offset - r.begin))};
    if (w.runs.empty()) return {};
    const TextRun& last = w.runs.back();
    return {last.line, last.x + measure(text.substr(last.begin, last.end - last.begin))};
}

std::vector<LineSpan> selection_spans(std::string_view text, const WrappedText& w, uint32_t begin, uint32_t end, const MeasureText& measure) {
    std::vector<LineSpan> out;
    for (const TextRun& r : w.runs) {
        const uint32_t a = std::max(begin, r.begin), b = std::min(end, r.end);
        if (a >= b) continue;
        const float x0 = r.x + measure(text.substr(r.begin, a - r.begin));
        const float x1 = x0 + measure(text.substr(a, b - a));
        if (!out.empty() && out.back().line == r.line) out.back().x1 = x1;
        else out.push_back({r.line, x0, x1});
    }
    return out;
}

namespace {
bool is_word_character(uint32_t cp) {
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp == '\'' || cp == '-';
    if (cp == 0xA0 || cp == 0xAB || cp == 0xBB) return false;              // no-break space, « »
    if (cp >= 0x2000 && cp <= 0x200B) return false;                        // spaces
    if (cp >= 0x2012 && cp <= 0x2015) return false;                        // figure dash to horizontal bar
    if (cp == 0x2018 || (cp >= 0x201A && cp <= 0x201F)) return false;      // quotation marks (U+2019 is the apostrophe)
    return cp != 0x2026 && cp != 0x202F && cp != 0x3000;                   // ellipsis, narrow and ideographic spaces
}
// The code point starting at byte i (a boundary).
uint32_t code_point_at(std::string_view text, size_t i) { return utf8_next(text, i); }
}  // namespace

ByteSpan word_at(std::string_view text, uint32_t offset) {
    size_t at = std::min<size_t>(offset, text.size());
    while (at > 0 && !is_utf8_boundary(text, at)) --at;
    const auto word_after = [&](size_t i) { return i < text.size() && is_word_character(code_point_at(text, i)); };
    const auto word_before = [&](size_t i) { return i > 0 && is_word_character(code_point_at(text, previous_char(text, static_cast<uint32_t>(i)))); };
    if (!word_after(at) && !word_before(at)) return {static_cast<uint32_t>(at), static_cast<uint32_t>(at)};
    size_t begin = at, end = at;
    while (word_before(begin)) begin = previous_char(text, static_cast<uint32_t>(begin));
    while (word_after(end)) end = next_char(text, static_cast<uint32_t>(end));
    // An apostrophe or hyphen joins the parts of a word; at either end of one it is punctuation.
    const auto edge = [&](size_t i) { const char c = text[i]; return c == '\'' || c == '-'; };
    while (begin < end && edge(begin)) ++begin;
    while (end > begin && edge(end - 1)) --end;
    return {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

}  // namespace dl
