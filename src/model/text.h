// UTF-8 and text helpers shared by the loader, the queries and the exports.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dl {

// Decodes one code point at s[i]; advances i. Invalid bytes decode as U+FFFD and advance by one.
uint32_t utf8_next(std::string_view s, size_t& i);
void utf8_append(std::string& out, uint32_t cp);
// True when byte offset i does not fall inside a multi-byte sequence.
bool is_utf8_boundary(std::string_view s, size_t i);

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

// "a very long text…" cut at a code point boundary, at most max_bytes long before the ellipsis.
std::string elide(std::string_view s, size_t max_bytes);

}  // namespace dl
