// The semantic rules of the format, checked on a debate in memory: the loader runs them after
// reading a file, and the Studio's document after every edit, so both report the same problems
// with the same messages and JSON paths ("/claims/12/quote"). Structural problems (JSON syntax,
// wrong types, unknown enum names, ids that are not slugs or repeat, dangling references) cannot
// exist in memory and stay in the reader (load.cpp).
#pragma once

#include "model/debate.h"
#include "model/diagnostic.h"

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace dl {

// Reports every semantic problem of `d` to `sink`: empty required texts, links that are not
// http(s), quotes that are not at their range, stances missing or ungrounded, and so on; unknown
// fields kept in `extras` are warnings; a draft with no claims yet is a warning. Robust to any
// reference out of range (it skips what it cannot check). `limits` bounds the quote searching.
void validate_debate(const Debate& d, DiagnosticSink& sink, const LoadLimits& limits = {});
// The same, as a list of diagnostics naming `file_label`.
std::vector<Diagnostic> validate_debate(const Debate& d, const std::string& file_label, const LoadLimits& limits = {});

// What the reader learnt that the debate in memory cannot say: for the loader only.
struct ReaderNotes {
    std::unordered_set<std::string> missing;   // paths of required fields the file leaves out
    std::unordered_set<std::string> reported;  // paths the reader already reported an error at
    // Per claim, for a quote given without a range: the reader searched and it is not in its
    // paragraph, or the search was not made (the file's quotes take more searching than the limit;
    // a structural error, reported here in claim order with the quotes not found).
    enum class Quote : uint8_t { Placed, NotFound, NotChecked };
    std::vector<Quote> quotes;
    size_t quote_search_budget = 0;
    bool any_quote_not_checked() const;
};
// validate_debate after reading a file: a required field the file leaves out is "required field
// is missing" rather than "must not be empty", and places the reader already reported are skipped.
void validate_debate_read(const Debate& d, DiagnosticSink& sink, const LoadLimits& limits, const ReaderNotes& notes);

// Ids are short lowercase slugs: [a-z0-9][a-z0-9-]*, at most 64 characters.
bool is_slug(const std::string& s);
// An http:// or https:// URL without spaces, quotes or angle brackets.
bool is_web_url(const std::string& s);

}  // namespace dl
