// Reading plain-text and Markdown articles into paragraphs, and what every reader shares: white space
// as browsers show it, the paragraph limit, and telling text written a paragraph per line from
// hard-wrapped text. Markdown is parsed by md4c (CommonMark); emphasis and links keep just their words.
//
// [SECTION] Shared: white space, lines, the appender
// [SECTION] A paragraph per line, or hard-wrapped
// [SECTION] Plain text
// [SECTION] Markdown (md4c)
#include "model/draft_extract.h"
#include "model/text.h"
#include "model/validate.h"

#include <md4c.h>

#include <algorithm>

namespace dl::draft {

// ---------------------------------------------------------------------------------------------
// [SECTION] Shared: white space, lines, the appender
// ---------------------------------------------------------------------------------------------

namespace {
bool is_ascii_space(uint32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f'; }
}  // namespace

std::string collapse_white_space(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (size_t i = 0; i < text.size();) {
        const uint32_t cp = utf8_next(text, i);
        if (is_ascii_space(cp)) {
            space = !out.empty();
            continue;
        }
        // Other C0 controls and DEL are invisible in a browser; a NUL would end the text in C tools.
        if (cp < 0x20 || cp == 0x7F) continue;
        if (space) out += ' ';
        space = false;
        utf8_append(out, cp);
    }
    return out;
}

bool is_blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return is_ascii_space(static_cast<unsigned char>(c)); });
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        lines.push_back(text.substr(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < text.size()) lines.push_back(text.substr(start));
    return lines;
}

bool Appender::add(Block block) {
    if (full_) return false;
    block.text = collapse_white_space(block.text);
    if (block.text.empty()) return true;
    if (out_.blocks.size() >= limits_.max_paragraphs) {
        full_ = true;
        sink_.error_at_line(block.line, "the article has more than " + std::to_string(limits_.max_paragraphs) +
                                            " paragraphs, the most a debate can hold: no draft is made (split the article?)");
        return false;
    }
    if (block.text.size() > limits_.max_string_bytes) {
        sink_.warn_at_line(block.line, "a paragraph of " + std::to_string(block.text.size()) + " bytes is longer than the " +
                                           std::to_string(limits_.max_string_bytes) +
                                           " a debate allows: it was cut (see the editorial notes)");
        out_.notes.push_back("The paragraph from line " + std::to_string(block.line) + " was cut to " +
                             std::to_string(limits_.max_string_bytes) +
                             " bytes, the longest a paragraph may be: it is not verbatim any more.");
        block.text = elide(block.text, limits_.max_string_bytes - 3);
    }
    out_.blocks.push_back(std::move(block));
    return true;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] A paragraph per line, or hard-wrapped
// ---------------------------------------------------------------------------------------------

namespace {

// A line that starts a bullet in plain text: "- ", "* " or "• " (after any indent). Returns the
// offset of the item's text, or 0.
size_t bullet_text_start(std::string_view line) {
    size_t i = line.find_first_not_of(" \t");
    if (i == std::string_view::npos) return 0;
    for (std::string_view marker : {"- ", "* ", "\u2022 "})
        if (line.substr(i, marker.size()) == marker) return i + marker.size();
    return 0;
}

size_t code_points(std::string_view s) {
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

bool ends_sentence(std::string_view line) {
    while (!line.empty() && is_ascii_space(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
    for (std::string_view end : {".", "!", "?", ":", ";", "\"", "'", ")", "]", "\u201D", "\u2019", "\u00BB", "\u2026"})
        if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return true;
    return false;
}

namespace {

// Lines of hard-wrapped text are at most this long (72 to 80 is usual).
constexpr size_t kWrapWidth = 100;
// How much shorter than the usual width a full line may be (wrapping by hand, or at word boundaries
// a little before the margin).
constexpr size_t kWordSlack = 8;

}  // namespace

// Text written a paragraph per line has lines that end as sentences do, most of them long; hard-wrapped
// text has lines of at most ~80 characters that mostly stop mid-sentence, each so long that the next
// line's first word would not have fitted on it (that is why the line was broken). Only lines followed
// by another line of the same block say which it is (a line before a blank line or a bullet ends a
// paragraph either way), so the decision is taken on those: hard-wrapped when at least half of them
// stop mid-sentence and are full. "Full" is measured against the usual width of those lines (their
// 90th percentile, less a word's slack): a short byline before a long paragraph is not full. The seed
// article (a paragraph per line) has no such line out of 24.
bool is_hard_wrapped(const std::vector<std::string_view>& lines) {
    std::vector<size_t> continued;
    for (size_t i = 0; i + 1 < lines.size(); ++i)
        if (!is_blank(lines[i]) && !is_blank(lines[i + 1]) && !bullet_text_start(lines[i + 1])) continued.push_back(i);
    if (continued.empty()) return false;
    std::vector<size_t> widths;
    for (size_t i : continued) widths.push_back(code_points(lines[i]));
    std::sort(widths.begin(), widths.end());
    const size_t usual = widths[(widths.size() - 1) * 9 / 10];
    if (usual > kWrapWidth) return false;
    size_t wrapped_like = 0;
    for (size_t i : continued) {
        const std::string_view next = lines[i + 1].substr(lines[i + 1].find_first_not_of(" \t"));
        const size_t next_word = code_points(next.substr(0, next.find(' ')));
        const size_t width = code_points(lines[i]);
        if (!ends_sentence(lines[i]) && width + 1 + next_word + kWordSlack >= usual) ++wrapped_like;
    }
    return wrapped_like * 2 >= continued.size();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Plain text
// ---------------------------------------------------------------------------------------------

void read_plain_text(std::string_view bytes, Appender& out) {
    const std::vector<std::string_view> lines = split_lines(bytes);
    const bool wrapped = is_hard_wrapped(lines);
    Block current;
    bool open = false, blank_before = false;
    auto flush = [&] {
        if (open && !out.add(std::move(current))) return false;
        open = false;
        current = Block{};
        return true;
    };
    for (size_t i = 0; i < lines.size() && !out.full(); ++i) {
        const std::string_view line = lines[i];
        if (is_blank(line)) {
            if (!flush()) return;
            blank_before = !out.out().blocks.empty();
            continue;
        }
        const size_t bullet = bullet_text_start(line);
        // Line by line, every line is a paragraph; hard-wrapped, a line joins the one before it
        // unless it starts a bullet.
        if (open && wrapped && !bullet) {
            current.text += ' ';
            current.text += line;
            continue;
        }
        if (!flush()) return;
        open = true;
        current.line = static_cast<int>(i) + 1;
        current.after_blank = blank_before && !wrapped;
        blank_before = false;
        current.kind = bullet ? ParagraphKind::ListItem : ParagraphKind::Body;
        current.text = std::string(line.substr(bullet));
    }
    flush();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Markdown (md4c)
// ---------------------------------------------------------------------------------------------

namespace {

// md4c calls back for each block, span and run of text; this keeps the paragraph being built.
class MarkdownReader {
public:
    MarkdownReader(std::string_view source, Appender& out, bool split_at_line_ends)
        : source_(source), out_(out), split_at_line_ends_(split_at_line_ends) {
        line_starts_.push_back(0);
        for (size_t i = 0; i < source.size(); ++i)
            if (source[i] == '\n') line_starts_.push_back(i + 1);
    }

    bool parse() {
        MD_PARSER parser = {};
        parser.flags = MD_DIALECT_COMMONMARK;
        parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* self) { return static_cast<MarkdownReader*>(self)->enter_block(t, d); };
        parser.leave_block = [](MD_BLOCKTYPE t, void*, void* self) { return static_cast<MarkdownReader*>(self)->leave_block(t); };
        parser.enter_span = [](MD_SPANTYPE t, void* d, void* self) { return static_cast<MarkdownReader*>(self)->enter_span(t, d); };
        parser.leave_span = [](MD_SPANTYPE t, void*, void* self) { return static_cast<MarkdownReader*>(self)->leave_span(t); };
        parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* self) {
            return static_cast<MarkdownReader*>(self)->text(t, std::string_view(s, n));
        };
        const int rc = md_parse(source_.data(), static_cast<MD_SIZE>(source_.size()), &parser, this);
        flush();
        return rc == 0 || out_.full();
    }

private:
    static constexpr int kStop = 1;  // a non-zero return makes md4c stop

    int enter_block(MD_BLOCKTYPE type, void* detail) {
        switch (type) {
            case MD_BLOCK_QUOTE: flush(); ++quote_depth_; break;
            case MD_BLOCK_UL: case MD_BLOCK_OL: flush(); break;
            case MD_BLOCK_LI: flush(); ++item_depth_; break;
            case MD_BLOCK_H:
                flush();
                open();
                current_.heading = true;
                // A level-1 heading before any text is the headline, not a paragraph.
                headline_ = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level == 1 && out_.out().blocks.empty() &&
                            out_.out().title.empty();
                break;
            case MD_BLOCK_HTML: flush(); open(); raw_html_ = true; break;
            case MD_BLOCK_P: case MD_BLOCK_CODE: flush(); open(); break;
            default: break;
        }
        return out_.full() ? kStop : 0;
    }

    int leave_block(MD_BLOCKTYPE type) {
        switch (type) {
            case MD_BLOCK_QUOTE: flush(); --quote_depth_; break;
            case MD_BLOCK_LI: flush(); --item_depth_; break;
            case MD_BLOCK_H: case MD_BLOCK_P: case MD_BLOCK_CODE: case MD_BLOCK_HTML: flush(); break;
            default: break;
        }
        return out_.full() ? kStop : 0;
    }

    int enter_span(MD_SPANTYPE type, void* detail) {
        if (type == MD_SPAN_IMG) ++image_depth_;  // an image's description is not visible text
        if (type == MD_SPAN_A) {
            const MD_ATTRIBUTE& href = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
            // As written, entities and all; collapsing also makes invalid UTF-8 valid for the notes.
            link_url_ = collapse_white_space(std::string_view(href.text, href.size));
            link_start_ = current_.text.size();
        }
        return 0;
    }

    int leave_span(MD_SPANTYPE type) {
        if (type == MD_SPAN_IMG) --image_depth_;
        if (type == MD_SPAN_A && is_web_url(link_url_) && link_start_ <= current_.text.size())
            links_.push_back({collapse_white_space(std::string_view(current_.text).substr(link_start_)), link_url_});
        if (type == MD_SPAN_A) link_url_.clear();
        return 0;
    }

    int text(MD_TEXTTYPE type, std::string_view s) {
        if (image_depth_ > 0) return 0;
        if (!is_open_) open();
        if (current_.line == 0) current_.line = line_of(s.data());
        switch (type) {
            case MD_TEXT_NULLCHAR: current_.text += "\uFFFD"; break;
            case MD_TEXT_BR: current_.text += ' '; break;
            case MD_TEXT_SOFTBR:
                // Written a paragraph per line: each line end ends a paragraph, as in plain text.
                if (split_at_line_ends_ && !current_.heading) {
                    const Block context = current_;
                    flush();
                    open();
                    current_.kind = context.kind;
                    current_.quotation = context.quotation;
                } else {
                    current_.text += ' ';
                }
                break;
            case MD_TEXT_ENTITY: {
                const uint32_t cp = s.size() > 2 ? html_entity_code_point(s.substr(1, s.size() - 2)) : 0;
                if (cp) utf8_append(current_.text, cp);
                else current_.text += s;
                break;
            }
            case MD_TEXT_HTML:
                // Inline tags are dropped (their contents are ordinary text); a block of raw HTML keeps its words.
                if (raw_html_) raw_html_text_ += s;
                break;
            default: current_.text += s; break;
        }
        return out_.full() ? kStop : 0;
    }

    void open() {
        current_ = Block{};
        current_.kind = item_depth_ > 0 ? ParagraphKind::ListItem : ParagraphKind::Body;
        current_.quotation = quote_depth_ > 0;
        is_open_ = true;
        headline_ = false;
    }

    void flush() {
        if (!is_open_) return;
        is_open_ = false;
        if (raw_html_) {
            raw_html_ = false;
            std::string_view html = raw_html_text_;
            const size_t first = html.find_first_not_of(" \t\r\n");
            html.remove_prefix(first == std::string_view::npos ? html.size() : first);
            // Scripts, styles and comments are not text; anything else keeps its words.
            const bool hidden = html.substr(0, 7) == "<script" || html.substr(0, 6) == "<style" || html.substr(0, 4) == "<!--";
            current_.text = hidden ? std::string() : plain_text(html);
            raw_html_text_.clear();
        }
        if (headline_) {
            headline_ = false;
            out_.out().title.offer(collapse_white_space(current_.text), "the Markdown headline (# ...)");
            links_.clear();
            return;
        }
        const size_t index = out_.out().blocks.size();
        if (!collapse_white_space(current_.text).empty() && out_.add(std::move(current_)))
            for (auto& l : links_) out_.out().links.push_back({index, std::move(l.first), std::move(l.second)});
        links_.clear();
    }

    int line_of(const char* p) const {
        if (p < source_.data() || p > source_.data() + source_.size()) return 0;  // md4c's own buffer
        const size_t offset = static_cast<size_t>(p - source_.data());
        return static_cast<int>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin());
    }

    std::string_view source_;
    Appender& out_;
    bool split_at_line_ends_;
    std::vector<size_t> line_starts_;
    Block current_;
    bool is_open_ = false, headline_ = false, raw_html_ = false;
    std::string raw_html_text_;
    int quote_depth_ = 0, item_depth_ = 0, image_depth_ = 0;
    std::string link_url_;
    size_t link_start_ = 0;
    std::vector<std::pair<std::string, std::string>> links_;  // of the paragraph being built: text, URL
};

}  // namespace

void read_markdown(std::string_view bytes, Appender& out) {
    MarkdownReader reader(bytes, out, !is_hard_wrapped(split_lines(bytes)));
    if (!reader.parse()) out.sink().error_at_line(0, "the Markdown could not be read");
}

}  // namespace dl::draft
