// What every importer (AIF, Kialo, Argdown, ClaimReview) shares: ids made from foreign text, the
// layout the converted debatelens/1 document is written in, and the last step that sends it through
// the ordinary loader. Internal to src/model.
#pragma once

#include "model/load.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dl {

// An id the format accepts, from any text: lower-case ASCII letters and digits, '-' for the rest.
std::string slug(std::string_view text, size_t max_bytes);

// Ids made from foreign text can collide (slugs of long or non-Latin text): "-2", "-3"... are added,
// each base resuming where its last suffix was, so thousands of collisions stay linear.
class UniqueIds {
public:
    std::string make(const std::string& wanted);
    bool taken(const std::string& id) const { return used_.count(id) > 0; }

private:
    std::unordered_set<std::string> used_;
    std::unordered_map<std::string, int> last_suffix_;
};

// The converted document as every importer writes it: two-space indents, one field per line. Bytes
// that are not UTF-8 are replaced (the loader admits only UTF-8; dump() would abort on them).
template <class Json>
std::string dump_debate_json(const Json& doc) {
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// "dir/name.ext" -> "name.ext"; a debate id from the name before its first dot, or `fallback`.
std::string file_name(const std::string& label);
std::string debate_id_from_label(const std::string& label, const char* fallback);
// "3 claims", "1 claim".
std::string count_of(size_t n, const char* noun);
// Today (UTC): the date an import gives an article whose source names none.
PartialDate today_utc();

// The last step of every import: `debate_text` goes through the ordinary loader (labelled
// "SOURCE (as debatelens/1)"), its diagnostics join `result`'s, and the text is handed back in
// `p_debate_json` when asked for. One validation path for every debate.
LoadResult finish_import(LoadResult result, const std::string& debate_text, const std::string& source_label,
                         std::string* p_debate_json, const LoadLimits& limits);

// Reads `path` within the limits and calls import(text): the file-reading half of every importer.
template <class Import>
LoadResult import_file(const std::string& path, const LoadLimits& limits, Import import) {
    LoadResult result;
    std::string text;
    if (!read_content_file(path, limits, text, result.diagnostics)) return result;
    return import(std::string_view(text));
}

// Text of a line-based file as lines: a UTF-8 byte order mark skipped, CRLF, CR and LF all ending
// a line. Views into `text`; stops (returning false) past `max_lines`.
bool split_lines(std::string_view text, size_t max_lines, std::vector<std::string_view>& lines);
// The same for an import (Kialo, Argdown) within its limits: at most max_file_bytes, and at most
// max_values lines (each costs a view); false with an error naming `what` ("the export") otherwise.
bool read_lines(std::string_view text, const LoadLimits& limits, DiagnosticSink& sink, const char* what,
                std::vector<std::string_view>& lines);
// Spaces and tabs off both ends.
std::string_view trim_blanks(std::string_view s);

// The top level every import writes: debatelens/1, version 1.0.0, no questions or stances (no
// import can know them); evidence only when there is some.
nlohmann::json imported_debate(const std::string& id, const std::string& title, const std::string& summary, nlohmann::json notes,
                               nlohmann::json article, nlohmann::json actors, nlohmann::json claims, nlohmann::json relations,
                               nlohmann::json evidence = nlohmann::json::array());

// Markdown-style inline markup as Kialo and Argdown write it, reduced to the text readers see: a
// backslash before ASCII punctuation is dropped (\( -> "("), a link [text](url) leaves its text and
// its URL in `links` (the URL ends at the first unescaped ')' and holds no white space), and with
// `emphasis` the markers of **bold**, __bold__, *italic* and _italic_ go (as Argdown's lexer reads
// them: an opening marker is not followed by white space, a closing one closes the last opened).
// Linear in the input whatever it holds (no rescanning for unclosed brackets).
struct InlineLink {
    std::string text, url;
};
std::string reduce_inline_markup(std::string_view raw, bool emphasis, std::vector<InlineLink>& links);

}  // namespace dl
