// Quote highlights and word wrapping.
#include "model/text_layout.h"
#include "model/text.h"

#include <algorithm>

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
        const float w_word = width_of(i, word_end);
        if (x > 0 && starts_word && x + width_of(i, whole_end) > width) {
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
        x += width_of(i, j);
        i = j;
    }
    out.lines = line + 1;
    return out;
}

}  // namespace dl
