// UTF-8 and text helpers shared by the loader, the queries and the exports.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// Decodes one code point at s[i]; advances i. Invalid bytes decode as U+FFFD and advance by one.
uint32_t utf8_next(std::string_view s, size_t& i);
void utf8_append(std::string& out, uint32_t cp);
// Appends the code points of the text's characters beyond ASCII to `out`, in order, repeats kept:
// how the fonts learn which letters a text needs (ASCII is always in the atlas).
void append_beyond_ascii(std::string_view s, std::vector<uint32_t>& out);
// True when byte offset i does not fall inside a multi-byte sequence.
bool is_utf8_boundary(std::string_view s, size_t i);
// True for well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF): what a
// JSON parser accepts.
bool is_valid_utf8(std::string_view s);

// Lower-cases and strips accents from Latin letters, lower-cases Cyrillic and maps typographic
// quotes and dashes to ASCII, so that searching "gorbatchev" or "russias" finds what readers mean.
std::string fold_for_search(std::string_view s);

// Where an inexact quote comes closest in a paragraph: the byte range and the edit distance.
struct NearMiss {
    size_t begin = 0, end = 0;
    size_t distance = SIZE_MAX;
};
// Approximate substring search (Sellers). Returns distance SIZE_MAX when the inputs are too
// large to compare cheaply (the product of their lengths caps the work).
NearMiss closest_substring(std::string_view haystack, std::string_view needle);

// Where the k-th (1-based) occurrence of `needle` starts in `text`, overlapping occurrences
// counted, or npos; `found` is how many occurrences there were up to it. `examined` grows by the
// bytes looked at, for callers that budget their searching; `table` is scratch space a caller keeps
// between calls. Knuth-Morris-Pratt: linear in both lengths whatever they hold, where repeated
// find() calls take needle x text x k steps on text like "aaaa...".
size_t find_occurrence(std::string_view text, std::string_view needle, uint64_t k, size_t& found, size_t& examined,
                       std::vector<uint32_t>& table);

// 1-based line and column (in code points) of a byte position, for messages about a text file.
void line_and_column(std::string_view text, size_t position, int& line, int& column);

// Plain text from a field that may hold HTML (argument-mapping tools store what their editors
// typed or pasted): tags dropped (block tags such as <p> and <br> leave a space), the common named
// entities and numeric character references decoded, every run of white space and control
// characters made one space, and the ends trimmed. The result is valid UTF-8 whatever the input.
// Linear in the input, even for text full of unclosed '<'.
std::string plain_text(std::string_view markup);
// The code point an HTML entity (the text between '&' and ';', "amp" or "#8217") stands for: the
// numeric references and the common named entities plain_text knows; 0 when unknown.
uint32_t html_entity_code_point(std::string_view name);
// The inverse for text that is already plain: escapes just the '<' and '&' that plain_text would
// take for markup ("<b" -> "&lt;b", "&amp;" -> "&amp;amp;"), so that plain_text gives it back
// unchanged; "a < b & c" stays as it is for tools that read the text as plain.
std::string escape_for_plain_text(std::string_view plain);

// An id the format accepts, from any text: lower-case ASCII letters and digits, '-' for the rest,
// at most max_bytes long; empty when the text has no ASCII letter or digit.
std::string make_slug(std::string_view text, size_t max_bytes);

// "a very long text…" cut at a code point boundary, at most max_bytes long before the ellipsis.
std::string elide(std::string_view s, size_t max_bytes);

}  // namespace dl
