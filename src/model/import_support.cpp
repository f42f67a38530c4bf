// Helpers every importer shares: ids, names from labels, the date of an import, the loader's last word.
#include "model/import_support.h"

#include <cctype>
#include <ctime>

namespace dl {

std::string slug(std::string_view text, size_t max_bytes) {
    std::string s;
    for (char c : text) {
        if (s.size() >= max_bytes) break;
        const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) s += lower;
        else if (!s.empty() && s.back() != '-') s += '-';
    }
    while (!s.empty() && s.back() == '-') s.pop_back();
    return s;
}

std::string UniqueIds::make(const std::string& wanted) {
    const std::string base = wanted.substr(0, 56);
    std::string id = base;
    for (int& n = last_suffix_[base]; !used_.insert(id).second;) id = base + "-" + std::to_string(++n + 1);
    return id;
}

std::string file_name(const std::string& label) {
    const size_t slash = label.find_last_of("/\\");
    return slash == std::string::npos ? label : label.substr(slash + 1);
}

std::string debate_id_from_label(const std::string& label, const char* fallback) {
    const std::string name = file_name(label);
    const std::string id = slug(name.substr(0, name.find('.')), 64);
    return id.empty() ? fallback : id;
}

std::string count_of(size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

PartialDate today_utc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    PartialDate today;
    today.year = utc.tm_year + 1900, today.month = utc.tm_mon + 1, today.day = utc.tm_mday;
    return today;
}

LoadResult finish_import(LoadResult result, const std::string& debate_text, const std::string& source_label,
                         std::string* p_debate_json, const LoadLimits& limits) {
    LoadResult loaded = load_debate_text(debate_text, source_label + " (as debatelens/1)", limits);
    result.diagnostics.insert(result.diagnostics.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    // An import with errors of its own (reported before the conversion) never opens, whatever the loader says.
    if (result.error_count() == 0) result.debate = std::move(loaded.debate);
    if (p_debate_json) *p_debate_json = debate_text;
    return result;
}

bool split_lines(std::string_view text, size_t max_lines, std::vector<std::string_view>& lines) {
    lines.clear();
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n' && text[i] != '\r') continue;
        if (lines.size() >= max_lines) return false;
        lines.push_back(text.substr(start, i - start));
        if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    return true;
}

bool read_lines(std::string_view text, const LoadLimits& limits, DiagnosticSink& sink, const char* what,
                std::vector<std::string_view>& lines) {
    if (text.size() > limits.max_file_bytes) {
        sink.error("", std::string(what) + " is " + std::to_string(text.size()) + " bytes; the limit is " + std::to_string(limits.max_file_bytes));
        return false;
    }
    if (split_lines(text, limits.max_values, lines)) return true;
    sink.error_at_line(static_cast<int>(limits.max_values),
                       std::string(what) + " has more than " + std::to_string(limits.max_values) + " lines, the limit for one file");
    return false;
}

std::string_view trim_blanks(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

nlohmann::json imported_debate(const std::string& id, const std::string& title, const std::string& summary, nlohmann::json notes,
                               nlohmann::json article, nlohmann::json actors, nlohmann::json claims, nlohmann::json relations,
                               nlohmann::json evidence) {
    nlohmann::json doc = {{"format", "debatelens/1"},
                          {"id", id},
                          {"content_version", "1.0.0"},
                          {"title", title},
                          {"summary", summary},
                          {"editorial_notes", std::move(notes)},
                          {"article", std::move(article)},
                          {"actors", std::move(actors)},
                          {"questions", nlohmann::json::array()},
                          {"claims", std::move(claims)},
                          {"relations", std::move(relations)},
                          {"stances", nlohmann::json::array()}};
    if (!evidence.empty()) doc["evidence"] = std::move(evidence);
    return doc;
}

namespace {
bool is_ascii_punct(char c) { return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// What may follow a closing emphasis marker (Argdown's lexer: a space or one of these, or the end).
bool closes_after(std::string_view s, size_t i) {
    return i >= s.size() || std::string_view(" \t\n\r)}_.,!?;:-*").find(s[i]) != std::string_view::npos;
}
}  // namespace

std::string reduce_inline_markup(std::string_view s, bool emphasis, std::vector<InlineLink>& links) {
    const size_t n = s.size();
    // escaped[i]: s[i] follows a backslash that escapes it. next_close[i] / next_paren[i] / next_space[i]:
    // where the next unescaped ']' / ')' / white space at or after i is (n when none). One pass each way.
    std::vector<char> escaped(n, 0);
    for (size_t i = 1; i < n; ++i) escaped[i] = s[i - 1] == '\\' && !escaped[i - 1] && is_ascii_punct(s[i]);
    std::vector<size_t> next_close(n + 1, n), next_paren(n + 1, n), next_space(n + 1, n);
    for (size_t i = n; i-- > 0;) {
        next_close[i] = s[i] == ']' && !escaped[i] ? i : next_close[i + 1];
        next_paren[i] = s[i] == ')' && !escaped[i] ? i : next_paren[i + 1];
        next_space[i] = is_space(s[i]) ? i : next_space[i + 1];
    }
    auto unescape = [&](size_t from, size_t to, std::string& out) {
        for (size_t i = from; i < to; ++i)
            if (!(s[i] == '\\' && i + 1 < to && escaped[i + 1])) out += s[i];
    };
    std::string out;
    out.reserve(n);
    std::vector<std::string> open;  // emphasis markers opened and not yet closed
    for (size_t i = 0; i < n;) {
        const char c = s[i];
        if (c == '\\' && i + 1 < n && escaped[i + 1]) {
            out += s[i + 1];
            i += 2;
            continue;
        }
        if (c == '[' && !escaped[i]) {
            const size_t close = next_close[i + 1];
            if (close < n && close > i + 1 && close + 1 < n && s[close + 1] == '(') {
                const size_t paren = next_paren[close + 2];
                if (paren < n && paren > close + 2 && next_space[close + 2] > paren) {
                    InlineLink link;
                    unescape(i + 1, close, link.text);
                    unescape(close + 2, paren, link.url);
                    out += link.text;
                    links.push_back(std::move(link));
                    i = paren + 1;
                    continue;
                }
            }
        }
        if (emphasis && (c == '*' || c == '_') && !escaped[i]) {
            const size_t width = i + 1 < n && s[i + 1] == c ? 2 : 1;
            const std::string marker(width, c);
            if (!open.empty() && open.back() == marker && i > 0 && !is_space(s[i - 1]) && closes_after(s, i + width)) {
                open.pop_back();
                i += width;
                continue;
            }
            if (i + width < n && !is_space(s[i + width])) {
                open.push_back(marker);
                i += width;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

}  // namespace dl
