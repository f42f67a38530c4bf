// Argdown import: the document read line by line into statements, arguments, relations and
// premise-conclusion structures, then written as a debatelens/1 document for the loader.
// [SECTION] Comments: blanked before anything else is read, lines kept where they are
// [SECTION] Front matter: the few YAML fields a debate can use
// [SECTION] Elements: statements, arguments, their text
// [SECTION] Reading the document: headings, relations by indentation, premise-conclusion structures
// [SECTION] Writing the debate
#include "model/argdown.h"
#include "model/import_support.h"
#include "model/text.h"

#include <cctype>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

namespace dl {

namespace {
using nlohmann::json;

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && (is_blank(s.front()) || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (is_blank(s.back()) || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

// Runs of white space (line breaks of hard-wrapped text included) as one space, ends trimmed.
std::string collapse(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Comments
// ---------------------------------------------------------------------------------------------

// `//` to the end of the line, `/* */` and `<!-- -->` over any lines become spaces (line breaks
// stay, so line numbers hold); `comment_lines[k]` says line k held a comment, so a line left blank
// by one is not read as the blank line that ends an element. A backslash escapes; a link
// [text](url) is no comment, whatever its URL holds. An unclosed block comment is text. Linear:
// each search for a closing mark runs once and remembers a failure.
std::string blank_comments(std::string_view s, std::vector<char>& comment_lines) {
    const size_t n = s.size();
    std::vector<size_t> next_close(n + 1, n), next_paren(n + 1, n), next_break(n + 1, n);
    for (size_t i = n; i-- > 0;) {
        next_close[i] = s[i] == ']' ? i : next_close[i + 1];
        next_paren[i] = s[i] == ')' ? i : next_paren[i + 1];
        next_break[i] = s[i] == '\n' ? i : next_break[i + 1];
    }
    std::string out(s);
    bool no_block_end = false, no_html_end = false;
    size_t line = 0, counted = 0;  // the line at position `counted`
    auto blank = [&](size_t from, size_t to) {
        for (; counted < from; ++counted) line += s[counted] == '\n';
        if (comment_lines.size() <= line) comment_lines.resize(line + 1, 0);
        comment_lines[line] = 1;
        for (size_t k = from; k < to; ++k) {
            if (out[k] != '\n') {
                out[k] = ' ';
                continue;
            }
            ++line;
            if (comment_lines.size() <= line) comment_lines.resize(line + 1, 0);
            comment_lines[line] = 1;
        }
        counted = to;
    };
    for (size_t i = 0; i < n;) {
        const char c = s[i];
        if (c == '\\') {
            i += 2;
            continue;
        }
        if (c == '[') {
            const size_t close = next_close[i + 1];
            if (close < next_break[i] && close > i + 1 && close + 1 < n && s[close + 1] == '(') {
                const size_t paren = next_paren[close + 2];
                if (paren < next_break[i] && paren > close + 2) {
                    i = paren + 1;
                    continue;
                }
            }
        }
        if (c == '/' && i + 1 < n && s[i + 1] == '/') {
            blank(i, next_break[i]);
            i = next_break[i];
            continue;
        }
        const bool block = c == '/' && i + 1 < n && s[i + 1] == '*' && !no_block_end;
        const bool html = s.compare(i, 4, "<!--") == 0 && !no_html_end;
        if (block || html) {
            const std::string_view end = block ? "*/" : "-->";
            const size_t at = s.find(end, i + (block ? 2 : 4));
            if (at == std::string_view::npos) {
                (block ? no_block_end : no_html_end) = true;
            } else {
                blank(i, at + end.size());
                i = at + end.size();
                continue;
            }
        }
        ++i;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Front matter
// ---------------------------------------------------------------------------------------------

struct FrontMatter {
    std::string title, author, date;
    int date_line = 0;
    bool strict = false;
};

std::string unquote(std::string_view v) {
    v = trim(v);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) v = v.substr(1, v.size() - 2);
    return std::string(v);
}

// A YAML block between `===` lines, read for its scalar fields title, author (or a list of
// authors), date and model: mode: strict. A value may go on over indented lines (YAML folds them).
// Every other field is reported.
void read_front_matter(const std::vector<std::string_view>& lines, size_t first, size_t last, FrontMatter& fm, DiagnosticSink& sink) {
    std::string key, nested;  // the top-level key whose value is being read; its nested key
    std::string* value = nullptr;
    std::vector<std::string> authors;
    for (size_t k = first; k < last; ++k) {
        const int line = static_cast<int>(k + 1);
        const std::string_view raw = lines[k];
        const std::string_view t = trim(raw);
        if (t.empty() || t[0] == '#') continue;
        const bool top = !is_blank(raw[0]);
        const size_t colon = t.find(':');
        const bool pair = colon != std::string_view::npos && (colon + 1 == t.size() || is_blank(t[colon + 1]));
        if (top) {
            value = nullptr;
            if (!pair) {
                sink.warn_at_line(line, "front matter line is not \"field: value\": ignored");
                continue;
            }
            key = unquote(t.substr(0, colon));
            const std::string v = unquote(t.substr(colon + 1));
            if (key == "title") fm.title = v, value = &fm.title;
            else if (key == "author") { if (!v.empty()) authors.push_back(v); }
            else if (key == "date") fm.date = v, fm.date_line = line, value = &fm.date;
            else if (key != "model") sink.warn_at_line(line, "front matter field \"" + elide(key, 40) + "\" has no DebateLens counterpart: ignored");
            continue;
        }
        if (key == "author" && t[0] == '-') {
            authors.push_back(unquote(t.substr(1)));
        } else if (key == "model" && pair) {
            nested = unquote(t.substr(0, colon));
            const std::string v = unquote(t.substr(colon + 1));
            if (nested == "mode") fm.strict = v == "strict";
            else sink.warn_at_line(line, "front matter field \"model: " + elide(nested, 40) + "\" has no DebateLens counterpart: ignored");
        } else if (value) {
            *value += " " + std::string(t);  // a folded continuation line
        }
    }
    for (size_t i = 0; i < authors.size(); ++i) fm.author += (i ? (i + 1 == authors.size() ? " and " : ", ") : "") + authors[i];
    fm.title = collapse(fm.title);
}

// "2018-10-19", "2018-10", "2018" as they are; "19/10/2018" or "19.10.2018" day first when the day
// is over 12. A day and month both up to 12 could be either: only the year is kept, and `note` says so.
bool read_date(const std::string& text, PartialDate& out, std::string& note) {
    if (parse_partial_date(text.substr(0, 10), out)) return true;
    int a = 0, b = 0, y = 0;
    char s1 = 0, s2 = 0;
    if (std::sscanf(text.c_str(), "%2d%c%2d%c%4d", &a, &s1, &b, &s2, &y) != 5 || s1 != s2 || (s1 != '/' && s1 != '.')) return false;
    const std::string year = std::to_string(y);
    auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    if (a > 12 || b > 12 || a == b) {
        const int day = a > 12 || a == b ? a : b, month = a > 12 || a == b ? b : a;
        return parse_partial_date(year + "-" + two(month) + "-" + two(day), out);
    }
    note = "The front matter's date \"" + text + "\" could be day/month or month/day: only the year is given.";
    return parse_partial_date(year, out);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Elements
// ---------------------------------------------------------------------------------------------

struct Node {
    bool argument = false;
    bool untitled = false;
    std::string title;    // as written ("Untitled N" never: untitled statements have none)
    std::string text;     // the first definition's words (Argdown's reading of them)
    int line = 0;         // where it is first named or defined
    int paragraph = -1;   // of the first definition
    std::vector<std::string> evidence;
};

struct Paragraph {
    std::string text;
    int section = -1;
};

struct Relation {
    int from = -1, to = -1;
    const char* type = "supports";
    std::string note;
};

// The signs, longest first; `outgoing`: the element above relates to the one on this line.
struct Sign {
    const char* text;
    const char* type;  // nullptr: an undercut, which has no counterpart
    bool outgoing;
    bool both_ways;
};
const Sign kSigns[] = {{"+>", "supports", true, false}, {"->", "rebuts", true, false},  {"_>", nullptr, true, false},
                       {"><", "rebuts", true, true},    {"<+", "supports", false, false}, {"<-", "rebuts", false, false},
                       {"<_", nullptr, false, false},   {"+", "supports", false, false},  {"-", "rebuts", false, false},
                       {"_", nullptr, false, false}};

const Sign* relation_sign(std::string_view rest) {
    if (rest.substr(0, 2) == "--") return nullptr;  // an inference bar
    for (const Sign& s : kSigns) {
        const size_t len = std::char_traits<char>::length(s.text);
        if (rest.substr(0, len) != s.text) continue;
        if (s.text == std::string_view("_") && (rest.size() < 2 || !is_blank(rest[1]))) return nullptr;  // Argdown: "_ " only
        return &s;
    }
    return nullptr;
}

// "(12) " at the start: a premise-conclusion structure's statement number.
bool pcs_number(std::string_view rest, size_t& after) {
    if (rest.empty() || rest[0] != '(') return false;
    size_t i = 1;
    while (i < rest.size() && i < 10 && rest[i] >= '0' && rest[i] <= '9') ++i;
    if (i == 1 || i >= rest.size() || rest[i] != ')') return false;
    after = i + 1;
    return after == rest.size() || is_blank(rest[after]);
}

bool is_heading(std::string_view line) {
    size_t i = 0;
    while (i < line.size() && line[i] == '#') ++i;
    return i > 0 && i < line.size() && line[i] == ' ';
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Reading the document
// ---------------------------------------------------------------------------------------------

class Reader {
public:
    Reader(DiagnosticSink& sink, const LoadLimits& limits) : sink_(sink), limits_(limits) {}

    bool read(std::string_view text) {
        std::vector<std::string_view> raw;
        if (!read_lines(text, limits_, sink_, "the document", raw)) return false;
        size_t start = 0;
        while (start < raw.size() && trim(raw[start]).empty()) ++start;
        if (start < raw.size() && trim(raw[start]).substr(0, 3) == "===") {
            size_t end = start + 1;
            while (end < raw.size() && trim(raw[end]).substr(0, 3) != "===") ++end;
            if (end == raw.size()) {
                sink_.error_at_line(static_cast<int>(start + 1), "the front matter opened here (===) is never closed");
                return false;
            }
            read_front_matter(raw, start + 1, end, front, sink_);
            start = end + 1;
            if (!front.date.empty() && !read_date(front.date, date, date_note)) {
                sink_.warn_at_line(front.date_line, "the date \"" + elide(front.date, 40) + "\" is not one DebateLens reads (YYYY-MM-DD, or DD/MM/YYYY): left out");
                date = PartialDate{};
            }
        }
        // Comments go first, over the whole text, so that a /* */ over several lines is seen whole.
        std::string body;
        for (size_t k = start; k < raw.size(); ++k) (body += raw[k]) += '\n';
        std::vector<char> comment_lines;
        const std::string cleaned = blank_comments(body, comment_lines);
        std::vector<std::string_view> lines;
        split_lines(cleaned, raw.size() + 1, lines);
        for (size_t k = 0; k < lines.size(); ++k) {
            // A line only a comment fills (or a blank line inside one) is no blank line: it ends nothing.
            if (k < comment_lines.size() && comment_lines[k] && trim(lines[k]).empty()) continue;
            if (!read_line(lines[k], static_cast<int>(start + k + 1))) return false;
        }
        if (!finish_pending()) return false;
        close_pcs();
        return true;
    }

    FrontMatter front;
    PartialDate date;       // the front matter's, when it has a date DebateLens reads
    std::string date_note;  // why only part of it is kept
    std::vector<Node> nodes;
    std::vector<Paragraph> paragraphs;
    std::vector<std::string> sections;
    std::vector<Relation> relations;
    std::vector<std::pair<std::string, std::string>> evidence;  // (url, title), in order of first use
    std::unordered_map<std::string, int> evidence_of_url;
    size_t named_only = 0;  // statements and arguments never given words

private:
    enum class Kind { None, Heading, TopLevel, Relation, PcsItem };

    struct Pending {
        Kind kind = Kind::None;
        int line = 0;
        size_t indent = 0;
        const Sign* sign = nullptr;
        std::string text;
    };

    struct Pcs {
        int argument = -1;
        int line = 0;
        std::vector<int> items;
        int last_conclusion = -1;  // index into items
        int bar_line = 0;          // an inference bar waiting for its conclusion
    };

    bool read_line(std::string_view l, int line) {
        if (rule_open_) {  // a multi-line inference rule (between `--` lines)
            const size_t bar = l.find("--");
            rule_text_ += " " + std::string(bar == std::string_view::npos ? l : l.substr(0, bar));
            if (bar != std::string_view::npos) end_rule(line);
            return true;
        }
        const std::string_view t = trim(l);
        if (t.empty()) {
            if (!finish_pending()) return false;
            stack_.clear();
            return true;
        }
        const size_t indent = l.find_first_not_of(" \t");
        const std::string_view rest = l.substr(indent);
        size_t after = 0;
        if (indent == 0 && is_heading(rest)) return start(Kind::Heading, line, 0, nullptr, rest.substr(rest.find(' ')));
        if (rest.substr(0, 2) == "--") {
            if (!finish_pending()) return false;
            return inference_bar(rest.substr(2), line);
        }
        if (pcs_number(rest, after)) return start(Kind::PcsItem, line, indent, nullptr, rest.substr(after));
        if (const Sign* sign = relation_sign(rest)) return start(Kind::Relation, line, indent, sign, rest.substr(std::char_traits<char>::length(sign->text)));
        if (pending_.kind != Kind::None) {  // a hard-wrapped line of the element above
            if (pending_.text.size() + t.size() + 1 > limits_.max_string_bytes) return too_long(line);
            (pending_.text += '\n') += t;
            return true;
        }
        return start(Kind::TopLevel, line, indent, nullptr, rest);
    }

    bool start(Kind kind, int line, size_t indent, const Sign* sign, std::string_view text) {
        if (!finish_pending()) return false;
        if (text.size() > limits_.max_string_bytes) return too_long(line);
        pending_ = {kind, line, indent, sign, std::string(trim(text))};
        return true;
    }

    bool too_long(int line) {
        sink_.error_at_line(line, "this element is longer than " + std::to_string(limits_.max_string_bytes) + " bytes, the limit for one paragraph");
        return false;
    }

    bool finish_pending() {
        Pending p = std::move(pending_);
        pending_ = Pending{};
        switch (p.kind) {
            case Kind::None: return true;
            case Kind::Heading: {
                close_pcs();
                std::vector<InlineLink> links;
                sections.push_back(collapse(reduce_inline_markup(strip_data(p.text, p.line), true, links)));
                if (sections.size() > limits_.max_paragraphs) {
                    sink_.error_at_line(p.line, "more than " + std::to_string(limits_.max_paragraphs) + " headings, the limit for one debate");
                    return false;
                }
                last_argument_ = -1;
                return true;
            }
            case Kind::TopLevel: {
                close_pcs();
                const int node = element(p.text, p.line);
                if (node == -2) return false;
                stack_.assign(1, {-1, node});
                last_argument_ = node >= 0 && nodes[node].argument ? node : -1;
                return true;
            }
            case Kind::Relation: {
                const int node = element(p.text, p.line);
                if (node == -2) return false;
                while (!stack_.empty() && stack_.back().first >= static_cast<long>(p.indent)) stack_.pop_back();
                if (node < 0) return true;
                if (stack_.empty() || stack_.back().second < 0) {
                    sink_.warn_at_line(p.line, std::string("a relation (") + p.sign->text + ") with no statement or argument above it: ignored");
                } else {
                    relate(stack_.back().second, node, *p.sign, p.line);
                }
                stack_.push_back({static_cast<long>(p.indent), node});
                return true;
            }
            case Kind::PcsItem: {
                const int node = element(p.text, p.line);
                if (node == -2) return false;
                if (node >= 0 && nodes[node].argument) {
                    sink_.warn_at_line(p.line, "an argument cannot be a premise or conclusion: ignored");
                    return true;
                }
                if (node < 0) return true;
                pcs_item(node, p.line);
                stack_.assign(1, {-1, pcs_.argument});
                stack_.push_back({static_cast<long>(p.indent), node});
                return true;
            }
        }
        return true;
    }

    // --- premise-conclusion structures -------------------------------------------------------

    void pcs_item(int node, int line) {
        if (pcs_.argument < 0) {
            if (last_argument_ < 0) {
                sink_.warn_at_line(line, "a premise-conclusion structure needs an argument (<Title>) above it: one is made up");
                last_argument_ = argument_node("Untitled argument " + std::to_string(++untitled_arguments_), line);
                if (last_argument_ < 0) return;
            }
            pcs_ = Pcs{};
            pcs_.argument = last_argument_;
            pcs_.line = line;
        }
        pcs_.items.push_back(node);
        if (pcs_.bar_line == 0) return;
        // The conclusion below a bar follows from everything since the last conclusion, that one included.
        const int from = std::max(pcs_.last_conclusion, 0);
        const int conclusion = static_cast<int>(pcs_.items.size()) - 1;
        for (int k = from; k < conclusion; ++k)
            add_relation(pcs_.items[k], node, "supports",
                         "Argdown premise-conclusion structure of <" + nodes[pcs_.argument].title + ">: (" + std::to_string(k + 1) +
                             ") supports (" + std::to_string(conclusion + 1) + "), line " + std::to_string(line), line);
        pcs_.last_conclusion = conclusion;
        pcs_.bar_line = 0;
    }

    bool inference_bar(std::string_view after_dashes, int line) {
        if (pcs_.argument < 0 || pcs_.items.empty()) {
            sink_.warn_at_line(line, "an inference bar (--) outside a premise-conclusion structure: ignored");
        } else if (pcs_.bar_line) {
            sink_.warn_at_line(line, "a second inference bar with no conclusion between: read as one");
        }
        if (pcs_.argument >= 0 && !pcs_.items.empty()) pcs_.bar_line = line;
        // "----", "-- rule --" end here; "--" alone opens a rule block that the next "--" closes.
        const size_t close = after_dashes.find("--");
        rule_text_ = std::string(close == std::string_view::npos ? after_dashes : after_dashes.substr(0, close));
        rule_line_ = line;
        if (close == std::string_view::npos) rule_open_ = true;
        else end_rule(line);
        return true;
    }

    void end_rule(int) {
        rule_open_ = false;
        const std::string rule = collapse(strip_data(rule_text_, rule_line_));
        if (!rule.empty())
            sink_.warn_at_line(rule_line_, "the inference rule \"" + elide(rule, 80) + "\" has no DebateLens counterpart: left out");
    }

    void close_pcs() {
        if (pcs_.argument < 0) return;
        if (pcs_.bar_line)
            sink_.warn_at_line(pcs_.bar_line, "this inference bar has no conclusion below it");
        if (pcs_.last_conclusion < 0)
            sink_.warn_at_line(pcs_.line, "this premise-conclusion structure has no inference bar (--), so no conclusion: no relations");
        else
            add_relation(pcs_.argument, pcs_.items[pcs_.last_conclusion], "supports",
                         "Argdown argument <" + nodes[pcs_.argument].title + ">: its main conclusion", pcs_.line);
        pcs_ = Pcs{};
    }

    // --- relations ---------------------------------------------------------------------------

    void relate(int above, int here, const Sign& sign, int line) {
        const std::string where = std::string("Argdown relation ") + sign.text + ", line " + std::to_string(line);
        if (!sign.type) {
            sink_.warn_at_line(line, std::string("an undercut (") + sign.text +
                                         ") attacks an inference, which DebateLens has no counterpart for: left out");
            return;
        }
        const int from = sign.outgoing ? above : here, to = sign.outgoing ? here : above;
        if (from == to) {
            sink_.warn_at_line(line, "a statement or argument related to itself: left out");
            return;
        }
        add_relation(from, to, sign.type, sign.both_ways ? where + " (contradiction: each rebuts the other)" : where, line);
        if (sign.both_ways) add_relation(to, from, sign.type, where + " (contradiction: each rebuts the other)", line);
    }

    void add_relation(int from, int to, const char* type, std::string note, int line) {
        const uint64_t key = (static_cast<uint64_t>(from) << 32) | static_cast<uint32_t>(to);
        if (!related_.insert(key).second) return;  // said twice (Argdown allows it): one relation
        if (relations.size() >= limits_.max_relations) {
            if (relations.size() == limits_.max_relations && !too_many_relations_)
                sink_.warn_at_line(line, "more than " + std::to_string(limits_.max_relations) + " relations: the rest are left out");
            too_many_relations_ = true;
            return;
        }
        relations.push_back({from, to, type, std::move(note)});
    }

    // --- elements ----------------------------------------------------------------------------

    // The node an element names or defines: -1 when it names nothing (reported), -2 when the
    // document is refused (a limit).
    int element(const std::string& text, int line) {
        std::string_view t = trim(text);
        if (t.empty()) {
            sink_.warn_at_line(line, "an empty element: ignored");
            return -1;
        }
        const bool argument = t[0] == '<';
        if (t[0] == '[' || t[0] == '<') {
            const char close = argument ? '>' : ']';
            const size_t end = t.find(close);
            const bool link = !argument && end != std::string_view::npos && end + 1 < t.size() && t[end + 1] == '(';
            if (end != std::string_view::npos && end > 1 && t[1] != '-' && !link) {
                const std::string title = collapse(t.substr(1, end - 1));
                const bool definition = end + 1 < t.size() && t[end + 1] == ':';
                const int node = argument ? argument_node(title, line) : statement_node(title, line);
                if (node < 0) return -2;
                if (definition) {
                    if (!define(node, t.substr(end + 2), line)) return -2;
                } else if (!trim(strip_data(std::string(t.substr(end + 1)), line)).empty() && !is_tags_only(t.substr(end + 1))) {
                    sink_.warn_at_line(line, "text after the reference " + std::string(1, t[0]) + elide(title, 60) + std::string(1, close) +
                                                 " is not part of any statement: ignored");
                }
                return node;
            }
        }
        // Text alone: a statement of its own, untitled.
        if (nodes.size() >= max_nodes()) return refuse(line);
        Node n;
        n.untitled = true;
        n.line = line;
        nodes.push_back(std::move(n));
        const int node = static_cast<int>(nodes.size()) - 1;
        if (!define(node, t, line)) return -2;
        if (nodes[node].text.empty()) {  // only data or markup: nothing a reader could see
            nodes.pop_back();
            sink_.warn_at_line(line, "an element with no words: ignored");
            return -1;
        }
        return node;
    }

    size_t max_nodes() const { return std::min(limits_.max_claims, limits_.max_paragraphs); }

    int refuse(int line) {
        sink_.error_at_line(line, "the document holds more than " + std::to_string(max_nodes()) +
                                      " statements and arguments, the limit for one debate");
        return -1;
    }

    int statement_node(const std::string& title, int line) { return named(statements_, title, false, line); }
    int argument_node(const std::string& title, int line) { return named(arguments_, title, true, line); }

    int named(std::unordered_map<std::string, int>& index, const std::string& title, bool argument, int line) {
        const auto it = index.find(title);
        if (it != index.end()) return it->second;
        if (nodes.size() >= max_nodes()) return refuse(line);
        Node n;
        n.argument = argument;
        n.title = title;
        n.line = line;
        nodes.push_back(std::move(n));
        index.emplace(title, static_cast<int>(nodes.size()) - 1);
        return static_cast<int>(nodes.size()) - 1;
    }

    // A definition's words, as Argdown reads them: data dropped, emphasis markers and escapes gone,
    // links reduced to their text (their URLs become evidence), white space collapsed; tags and
    // mentions stay as written. The first definition is the claim's; later ones in other words are
    // paragraphs of the article too, and reported.
    bool define(int node, std::string_view raw, int line) {
        std::vector<InlineLink> links;
        const std::string text = collapse(reduce_inline_markup(strip_data(std::string(raw), line), true, links));
        note_tags(text, line);
        if (text.empty()) return true;
        Node& n = nodes[node];
        if (!n.text.empty() && n.text == text) return true;
        if (paragraphs.size() >= limits_.max_paragraphs) {
            refuse(line);
            return false;
        }
        paragraphs.push_back({text, static_cast<int>(sections.size()) - 1});
        if (n.text.empty()) {
            n.text = text;
            n.paragraph = static_cast<int>(paragraphs.size()) - 1;
            n.line = n.untitled ? line : n.line;
            for (const InlineLink& link : links) cite(n, link, line);
        } else {
            sink_.warn_at_line(line, std::string(n.argument ? "<" : "[") + elide(n.title, 60) + (n.argument ? ">" : "]") +
                                         " is defined again in other words: the claim quotes its first definition; the article keeps both");
        }
        return true;
    }

    void cite(Node& n, const InlineLink& link, int line) {
        if (!is_web_url(link.url)) {
            sink_.warn_at_line(line, "the link \"" + elide(link.url, 80) + "\" is not an http:// or https:// address: its text is kept, the link left out");
            return;
        }
        auto it = evidence_of_url.find(link.url);
        if (it == evidence_of_url.end()) {
            if (evidence.size() >= limits_.max_evidence) {
                sink_.warn_at_line(line, "more than " + std::to_string(limits_.max_evidence) + " links: the rest are left out");
                return;
            }
            const std::string title = collapse(link.text);
            evidence.push_back({link.url, title.empty() ? link.url : title});
            it = evidence_of_url.emplace(link.url, static_cast<int>(evidence.size()) - 1).first;
        }
        const std::string id = "link-" + std::to_string(it->second + 1);
        if (std::find(n.evidence.begin(), n.evidence.end(), id) == n.evidence.end() && n.evidence.size() < limits_.max_list)
            n.evidence.push_back(id);
    }

    // {key: value} data (Argdown's metadata) is taken out of the text and reported. Balanced braces;
    // an unbalanced one is text, and ends the search (so the scan stays linear).
    std::string strip_data(const std::string& s, int line) {
        std::string out;
        bool dropped = false;
        for (size_t i = 0; i < s.size(); ++i) {
            if (s[i] == '\\' && i + 1 < s.size()) {
                out += s[i];
                out += s[++i];
                continue;
            }
            if (s[i] != '{') {
                out += s[i];
                continue;
            }
            size_t depth = 0, j = i;
            for (; j < s.size(); ++j) {
                if (s[j] == '{') ++depth;
                else if (s[j] == '}' && --depth == 0) break;
            }
            if (j == s.size()) {
                out.append(s, i, std::string::npos);
                break;
            }
            dropped = true;
            i = j;
        }
        if (dropped) sink_.warn_at_line(line, "data in braces ({key: value}) has no DebateLens counterpart: left out");
        return out;
    }

    static bool is_tags_only(std::string_view s) {
        s = trim(s);
        while (!s.empty()) {
            if (s[0] != '#') return false;
            const size_t space = s.find(' ');
            s = space == std::string_view::npos ? std::string_view() : trim(s.substr(space));
        }
        return true;
    }

    // Tags stay in the words (as Argdown shows them); each distinct one is reported once.
    void note_tags(const std::string& text, int line) {
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] != '#' || (i > 0 && text[i - 1] != ' ') || i + 1 >= text.size()) continue;
            size_t end = i + 1;
            if (text[end] == '(') {
                end = text.find(')', end);
                if (end == std::string::npos) continue;
                ++end;
            } else {
                while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-' ||
                                             static_cast<unsigned char>(text[end]) >= 0x80))
                    ++end;
            }
            if (end == i + 1) continue;
            const std::string tag = text.substr(i, end - i);
            if (tags_.size() < 1000 && tags_.insert(tag).second)
                sink_.warn_at_line(line, "the tag " + elide(tag, 60) + " has no DebateLens counterpart: it stays in the words, as Argdown shows it");
            i = end - 1;
        }
    }

    DiagnosticSink& sink_;
    const LoadLimits& limits_;
    Pending pending_;
    Pcs pcs_;
    std::vector<std::pair<long, int>> stack_;  // (indent, node) of the elements relations hang from
    std::unordered_map<std::string, int> statements_, arguments_;
    std::unordered_set<uint64_t> related_;
    std::unordered_set<std::string> tags_;
    std::string rule_text_;
    int rule_line_ = 0;
    int last_argument_ = -1;  // the argument a premise-conclusion structure below would belong to
    int untitled_arguments_ = 0;
    bool rule_open_ = false, too_many_relations_ = false;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Writing the debate
// ---------------------------------------------------------------------------------------------

json write_debate(Reader& r, const std::string& label) {
    const bool dated = r.date.valid();
    const PartialDate date = dated ? r.date : today_utc();
    const std::string title = !r.front.title.empty()   ? r.front.title
                              : !r.sections.empty()    ? r.sections.front()
                                                       : "Argdown document " + elide(file_name(label), 120);
    json sections = json::array(), paragraphs = json::array(), claims = json::array(), relations = json::array(),
         evidence = json::array();
    UniqueIds section_ids, claim_ids;
    for (size_t s = 0; s < r.sections.size(); ++s)
        sections.push_back({{"id", section_ids.make("h-" + (slug(r.sections[s], 40).empty() ? std::to_string(s + 1) : slug(r.sections[s], 40)))},
                            {"label", r.sections[s].empty() ? "Heading " + std::to_string(s + 1) : r.sections[s]}});
    auto add_paragraph = [&](const std::string& text, int section) {
        json p = {{"id", "p" + std::to_string(paragraphs.size() + 1)}, {"kind", "body"}, {"text", text}};
        if (section >= 0) p["section"] = sections[section]["id"];
        paragraphs.push_back(std::move(p));
        return paragraphs.size() - 1;
    };
    for (const Paragraph& p : r.paragraphs) add_paragraph(p.text, p.section);
    std::vector<std::string> ids(r.nodes.size());
    for (size_t k = 0; k < r.nodes.size(); ++k) {
        Node& n = r.nodes[k];
        size_t paragraph = static_cast<size_t>(n.paragraph);
        if (n.paragraph < 0) {  // named, never worded: its title stands for it
            ++r.named_only;
            n.text = n.title;
            paragraph = add_paragraph(n.title, -1);
        }
        const std::string base = slug(n.untitled ? n.text : n.title, 48);
        // The id says what the claim was: a- an argument, s- a titled statement, u- an untitled one.
        ids[k] = claim_ids.make(std::string(n.argument ? "a-" : n.untitled ? "u-" : "s-") + (base.empty() ? "statement" : base));
        json claim = {{"id", ids[k]},
                      {"actor", "argdown-author"},
                      {"summary", n.untitled ? elide(n.text, 300) : n.title},
                      {"kind", "assertion"},
                      {"quote", n.text},
                      {"paragraph", paragraphs[paragraph]["id"]},
                      {"range", {0, n.text.size()}}};
        if (!n.evidence.empty()) claim["evidence"] = n.evidence;
        claims.push_back(std::move(claim));
    }
    for (const Relation& x : r.relations) relations.push_back({{"from", ids[x.from]}, {"to", ids[x.to]}, {"type", x.type}, {"note", x.note}});
    for (size_t e = 0; e < r.evidence.size(); ++e)
        evidence.push_back({{"id", "link-" + std::to_string(e + 1)},
                            {"title", elide(r.evidence[e].second, 200)},
                            {"kind", "document"},
                            {"url", r.evidence[e].first},
                            {"description", "Linked in the Argdown document."},
                            {"source", "article"}});
    const bool named_author = !r.front.author.empty();
    json actor = {{"id", "argdown-author"},
                  {"name", named_author ? elide(r.front.author, 200) : "Author of the Argdown document (not named)"},
                  {"role", "commentator"},
                  {"affiliations", json::array()},
                  {"description", "Wrote the Argdown reconstruction; its statements and arguments are the document's, not necessarily "
                                  "the author's own views."}};
    if (!named_author) actor["unnamed"] = true;
    json notes = json::array(
        {"Imported from an Argdown document (" + elide(label, 200) +
             "). The article is the document's statements and arguments, each definition a paragraph in its words as Argdown reads "
             "them (emphasis markers, escapes and comments gone, links reduced to their text, tags kept as written); every "
             "statement (an equivalence class: one title, one claim) and every argument is a claim quoting its first definition.",
         std::string(named_author ? "The front matter names the author, who stands for the document's claims."
                                  : "The document names no author: one unnamed actor stands for its claims.") +
             " Argdown does not classify claims: every claim is an assertion, and there are no questions or stances.",
         "Relations: + and <+ (the element below supports the one above), +> (above supports below), - <- and -> likewise for "
         "rebuts; a contradiction (><) is a rebuttal each way. Strict mode's entails and contrary read the same. Undercuts "
         "(_> <_) attack an inference, which DebateLens cannot show: they are left out and reported. In a premise-conclusion "
         "structure, the premises (and the conclusion before, if any) support the conclusion below each inference bar, and the "
         "argument supports its main conclusion.",
         "Headings are sections (their levels flattened). The publisher is unknown and the language \"und\" (undetermined)."});
    if (!dated) notes.push_back("The document gives no usable date: the article's date is the day of the import.");
    if (!r.date_note.empty()) notes.push_back(r.date_note);
    if (r.named_only > 0)
        notes.push_back(count_of(r.named_only, "statement or argument") + std::string(" named but never given words: the title stands as the text."));
    json article = {{"title", title},
                    {"publisher", "Unknown (not in the Argdown document)"},
                    {"date", date.to_string()},
                    {"language", "und"},
                    {"paragraphs", std::move(paragraphs)}};
    if (r.front.title.empty()) article["title_note"] = "The document has no front matter title: a working title from its first heading or file name.";
    if (!sections.empty()) article["sections"] = std::move(sections);
    return imported_debate(debate_id_from_label(label, "argdown-import"), title,
                           "Imported from an Argdown document: " + count_of(claims.size(), "claim") + ", " +
                               count_of(relations.size(), "relation") + ".",
                           std::move(notes), std::move(article), json::array({std::move(actor)}), std::move(claims),
                           std::move(relations), std::move(evidence));
}

}  // namespace

LoadResult import_argdown_text(std::string_view text, const std::string& source_label, std::string* p_debate_json,
                               const LoadLimits& limits) {
    LoadResult result;
    if (p_debate_json) p_debate_json->clear();
    DiagnosticSink sink(source_label, limits.max_diagnostics, result.diagnostics);
    Reader reader(sink, limits);
    if (!reader.read(text) || result.error_count() > 0) return result;
    if (reader.nodes.empty()) {
        sink.error_at_line(1, "the document holds no statements or arguments: there is nothing to show");
        return result;
    }
    return finish_import(std::move(result), dump_debate_json(write_debate(reader, source_label)), source_label, p_debate_json, limits);
}

LoadResult import_argdown_file(const std::string& path, std::string* p_debate_json, const LoadLimits& limits) {
    return import_file(path, limits, [&](std::string_view text) { return import_argdown_text(text, path, p_debate_json, limits); });
}

}  // namespace dl
