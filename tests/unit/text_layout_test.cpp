// Quote highlights and word wrapping, measured with a fixed advance of 1 per byte so that the
// expected lines can be read off the strings.
#include "test_support.h"
#include "model/text.h"
#include "model/text_layout.h"

using namespace dl;
using namespace dl::test;

namespace {
float Bytes(std::string_view s) { return static_cast<float>(s.size()); }

// The text of each line, runs joined.
std::vector<std::string> Lines(std::string_view text, const WrappedText& w) {
    std::vector<std::string> lines(w.lines);
    for (const TextRun& r : w.runs) lines[r.line] += std::string(text.substr(r.begin, r.end - r.begin));
    return lines;
}
}  // namespace

TEST_CASE("words wrap greedily at spaces; trailing spaces hang past the edge") {
    const std::string t = "the quick brown fox jumps";
    const WrappedText w = wrap_text(t, {}, 10, Bytes);
    CHECK(Lines(t, w) == std::vector<std::string>{"the quick ", "brown fox ", "jumps"});
    // "the quick" is 9 wide; its trailing space would make 10 and still fits; at width 9 too.
    CHECK(Lines(t, wrap_text(t, {}, 9, Bytes)) == std::vector<std::string>{"the quick ", "brown fox ", "jumps"});
    CHECK(Lines(t, wrap_text(t, {}, 100, Bytes)) == std::vector<std::string>{t});
    // Runs on a line are placed left to right without gaps.
    for (size_t i = 1; i < w.runs.size(); ++i)
        if (w.runs[i].line == w.runs[i - 1].line) CHECK(w.runs[i].x == doctest::Approx(w.runs[i - 1].x + (w.runs[i - 1].end - w.runs[i - 1].begin)));
    CHECK(wrap_text("", {}, 10, Bytes).runs.empty());
    CHECK(wrap_text("", {}, 10, Bytes).lines == 1);
}

TEST_CASE("cuts end runs at highlight edges without breaking lines") {
    const std::string t = "he said \"no more\" today";
    const std::vector<uint32_t> cuts{8, 17};  // the quoted words, quotes included
    const WrappedText w = wrap_text(t, cuts, 100, Bytes);
    REQUIRE(w.lines == 1);
    bool begins = false, ends = false;
    for (const TextRun& r : w.runs) {
        CHECK_FALSE((r.begin < 8 && r.end > 8));   // no run straddles a cut
        CHECK_FALSE((r.begin < 17 && r.end > 17));
        begins = begins || r.begin == 8;
        ends = ends || r.end == 17;
    }
    CHECK(begins);
    CHECK(ends);
}

TEST_CASE("a word split by a cut wraps as one word") {
    // The quote ends before the full stop: "alone" and "." must stay together on the next line.
    const std::string t = "rates alone.";
    const WrappedText w = wrap_text(t, {11}, 11, Bytes);
    CHECK(Lines(t, w) == std::vector<std::string>{"rates ", "alone."});
}

TEST_CASE("a word wider than the line breaks between characters, never inside one") {
    const std::string url = "https://example.org/a/very/long/path";
    const WrappedText w = wrap_text(url, {}, 10, Bytes);
    const auto lines = Lines(url, w);
    CHECK(lines.size() == 4);
    for (const auto& l : lines) CHECK(l.size() <= 10);
    // Cyrillic: two bytes a letter; a 5-wide line holds two letters, never a half.
    const std::string ru = "Путин";
    for (const TextRun& r : wrap_text(ru, {}, 5, Bytes).runs) {
        CHECK(is_utf8_boundary(ru, r.begin));
        CHECK(is_utf8_boundary(ru, r.end));
        CHECK(r.end > r.begin);
    }
    // Narrower than a single character: one character a line, no endless loop.
    CHECK(wrap_text("abc", {}, 0.5f, Bytes).lines == 3);
}

TEST_CASE("every byte of the text is in exactly one run, in order") {
    const std::string t = "Zoë said “it will not happen” — and    left.  ";
    for (float width : {3.0f, 7.0f, 12.0f, 40.0f, 1000.0f}) {
        CAPTURE(width);
        const WrappedText w = wrap_text(t, {10, 33}, width, Bytes);
        uint32_t at = 0;
        int line = 0;
        for (const TextRun& r : w.runs) {
            CHECK(r.begin == at);
            CHECK(r.line >= line);
            at = r.end;
            line = r.line;
        }
        CHECK(at == t.size());
        CHECK(w.lines == line + 1);
    }
}

TEST_CASE("quote highlights are sorted and disjoint; the selected quote always shows") {
    nlohmann::json doc = harbour();
    const LoadResult r = load_debate_text(doc.dump(), "h.json");
    REQUIRE(r.ok());
    const Debate& d = *r.debate;
    const auto plain = article_highlights(d, -1);
    REQUIRE(plain.size() == d.article.paragraphs.size());
    size_t shown = 0;
    for (const auto& ranges : plain) {
        for (size_t i = 0; i < ranges.size(); ++i) {
            CHECK(ranges[i].begin < ranges[i].end);
            CHECK_FALSE(ranges[i].selected);
            if (i) CHECK(ranges[i - 1].end <= ranges[i].begin);
        }
        shown += ranges.size();
    }
    CHECK(shown > 0);
    for (size_t c = 0; c < d.claims.size(); ++c) {
        const auto sel = article_highlights(d, static_cast<int>(c));
        const auto& ranges = sel[d.claims[c].paragraph];
        const auto it = std::find_if(ranges.begin(), ranges.end(), [&](const HighlightRange& h) { return h.claim == static_cast<int>(c); });
        REQUIRE(it != ranges.end());
        CHECK(it->selected);
        CHECK(it->begin == d.claims[c].quote_begin);
        CHECK(it->end == d.claims[c].quote_end);
        for (size_t i = 1; i < ranges.size(); ++i) CHECK(ranges[i - 1].end <= ranges[i].begin);
    }
}

TEST_CASE("overlapping quotes: the earlier wins unless the later is selected") {
    Debate d;
    d.article.paragraphs.resize(1);
    d.article.paragraphs[0].text = std::string(40, 'x');
    auto claim = [&](uint32_t b, uint32_t e) {
        Claim c;
        c.paragraph = 0;
        c.quote_begin = b;
        c.quote_end = e;
        d.claims.push_back(c);
    };
    claim(0, 20);   // 0
    claim(10, 30);  // 1 overlaps 0
    claim(25, 35);  // 2 overlaps 1 only
    const auto none = article_highlights(d, -1)[0];
    REQUIRE(none.size() == 2);
    CHECK(none[0].claim == 0);
    CHECK(none[1].claim == 2);
    const auto one = article_highlights(d, 1)[0];
    REQUIRE(one.size() == 2);
    CHECK(one[0].claim == 0);
    CHECK(one[0].end == 10);  // trimmed where the selected quote starts
    CHECK(one[1].claim == 1);
    CHECK(one[1].selected);
}

TEST_CASE("a double click's word: letters, digits, apostrophes and hyphens; news punctuation ends it") {
    const auto word = [](std::string_view text, uint32_t at) {
        const ByteSpan w = word_at(text, at);
        return std::string(text.substr(w.begin, w.end - w.begin));
    };
    const std::string board = "by the board\xE2\x80\x99s own estimate";  // a curly apostrophe
    CHECK(word(board, 8) == "board\xE2\x80\x99s");
    CHECK(word(board, 7) == "board\xE2\x80\x99s");   // at its first letter
    CHECK(word(board, 20) == "own");                 // just after "own": the word ending there
    const std::string vote = "voted 14\xE2\x80\x93" "11 to";  // an en dash between the numbers
    CHECK(word(vote, 7) == "14");
    CHECK(word(vote, 9) == "14");   // inside the dash's bytes: from the boundary before it
    CHECK(word(vote, 11) == "11");
    CHECK(word("\xE2\x80\x9Cquoted\xE2\x80\x9D.", 5) == "quoted");
    CHECK(word("long-term plans", 3) == "long-term");
    CHECK(word("'tis said-", 2) == "tis");
    CHECK(word("said-", 2) == "said");
    CHECK(word("Zo\xC3\xAB Brun", 1) == "Zo\xC3\xAB");
    const ByteSpan gap = word_at("a  b", 2);  // between two spaces: nothing
    CHECK(gap.begin == 2);
    CHECK(gap.end == 2);
    CHECK(word("", 0).empty());
    CHECK(word("end", 99) == "end");  // past the end: clamped
}
