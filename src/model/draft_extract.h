// Inside the draft maker: what each reader (HTML, Markdown, plain text) gives the common step that
// turns an article into a draft debate (draft.cpp). Not a public interface.
#pragma once

#include "model/debate.h"
#include "model/diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace dl::draft {

// One paragraph of the article as a reader found it: visible text (white space not yet collapsed),
// what kind of block it was, and its first source line for messages.
struct Block {
    std::string text;
    ParagraphKind kind = ParagraphKind::Body;  // Body, ListItem or PullQuote; bylines are found later
    int line = 0;
    bool heading = false;    // a subhead (<h2>..<h6>, a Markdown '#')
    bool quotation = false;  // inside a block quotation (<blockquote>, a Markdown '>')
    std::string embed;       // an embedded post (<blockquote class="twitter-tweet">): the embed's class
    std::string embed_url;   // ... and the address of the post when the embed links to it
    bool after_blank = false;  // plain text read line by line: a blank line came before it
};

// A link in the text: candidate evidence for the journalist (listed in the editorial notes).
struct Link {
    size_t block = 0;
    std::string text, url;
};

// A metadata value and where it came from ("JSON-LD NewsArticle", "og:title", "<title>"...).
struct Meta {
    std::string value, source;
    bool empty() const { return value.empty(); }
    // Keeps the first value found: readers offer values in their order of trust.
    void offer(std::string v, std::string_view from) {
        if (value.empty() && !v.empty()) {
            value = std::move(v);
            source = std::string(from);
        }
    }
};

struct Extracted {
    std::vector<Block> blocks;
    std::vector<Link> links;
    Meta title, date, publisher, language, url;
    std::vector<std::string> authors;
    std::vector<std::string> notes;  // editorial notes a reader adds (what it dropped or could not read)
};

// Bounds the readers share: text is added through an Appender so that every reader stops at the same
// paragraph count and reports it the same way.
class Appender {
public:
    Appender(Extracted& out, DiagnosticSink& sink, const LoadLimits& limits) : out_(out), sink_(sink), limits_(limits) {}
    // Adds a block unless it is blank; false once the paragraph limit was reached (reported once).
    bool add(Block block);
    bool full() const { return full_; }
    Extracted& out() { return out_; }
    DiagnosticSink& sink() { return sink_; }
    const LoadLimits& limits() const { return limits_; }

private:
    Extracted& out_;
    DiagnosticSink& sink_;
    const LoadLimits& limits_;
    bool full_ = false;
};

// Text as a browser shows it: runs of ASCII white space (space, tab, CR, LF, FF) become one space, the
// ends are trimmed, other control characters are dropped and invalid UTF-8 becomes U+FFFD. Everything
// else (no-break spaces, curly quotes, dashes) is kept as it is.
std::string collapse_white_space(std::string_view text);
bool is_blank(std::string_view text);

// The readers. Each fills `out` and reports problems to the appender's sink by source line.
void read_html(std::string_view bytes, Appender& out);
void read_markdown(std::string_view bytes, Appender& out);
void read_plain_text(std::string_view bytes, Appender& out);

// Plain text and Markdown: whether the text is hard-wrapped (a paragraph is a block of lines separated
// by blank lines, its lines joined) rather than written a paragraph per line. `lines` are the source
// lines without their line ends.
bool is_hard_wrapped(const std::vector<std::string_view>& lines);
// Whether a line ends as a sentence, a quotation or a parenthesis does.
bool ends_sentence(std::string_view line);
// Splits text at LF, CRLF or CR.
std::vector<std::string_view> split_lines(std::string_view text);

}  // namespace dl::draft
