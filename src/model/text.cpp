// UTF-8 decoding, search folding and approximate quote matching.
#include "model/text.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <vector>

namespace dl {

uint32_t utf8_next(std::string_view s, size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto cont = [&](size_t k) -> int {
        if (i + k >= s.size()) return -1;
        const auto b = static_cast<unsigned char>(s[i + k]);
        return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
    };
    if (b0 < 0x80) { ++i; return b0; }
    int n = 0;
    uint32_t cp = 0, min = 0;
    if ((b0 & 0xE0) == 0xC0) { n = 1; cp = b0 & 0x1F; min = 0x80; }
    else if ((b0 & 0xF0) == 0xE0) { n = 2; cp = b0 & 0x0F; min = 0x800; }
    else if ((b0 & 0xF8) == 0xF0) { n = 3; cp = b0 & 0x07; min = 0x10000; }
    else { ++i; return 0xFFFD; }
    for (int k = 1; k <= n; ++k) {
        const int c = cont(k);
        if (c < 0) { ++i; return 0xFFFD; }
        cp = (cp << 6) | static_cast<uint32_t>(c);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { ++i; return 0xFFFD; }
    i += n + 1;
    return cp;
}

void append_beyond_ascii(std::string_view s, std::vector<uint32_t>& out) {
    for (size_t i = 0; i < s.size();)
        if (static_cast<unsigned char>(s[i]) < 0x80) ++i;
        else out.push_back(utf8_next(s, i));
}

void utf8_append(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_utf8_boundary(std::string_view s, size_t i) {
    if (i == 0 || i >= s.size()) return i <= s.size();
    return (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

namespace {
// Base letters for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), lower case.
// '\0' marks a code point that is not a letter with a plain base (kept as is).
const char kLatinBase[] =
    "aaaaaaaceeeeiiii"  // C0-CF
    "dnooooo\0ouuuuyts" // D0-DF (D7 is ×, DE thorn -> t, DF sharp s -> s)
    "aaaaaaaceeeeiiii"  // E0-EF
    "dnooooo\0ouuuuyty" // F0-FF
    "aaaaaaccccccccdd"  // 100-10F
    "ddeeeeeeeeeegggg"  // 110-11F
    "gggghhhhiiiiiiii"  // 120-12F
    "iiiijjkkklllllll"  // 130-13F
    "lllnnnnnnnnnoooo"  // 140-14F
    "oooorrrrrrssssss"  // 150-15F
    "ssttttttuuuuuuuu"  // 160-16F
    "uuuuwwyyyzzzzzzs"; // 170-17F

uint32_t fold_code_point(uint32_t cp) {
    if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (cp >= 0xC0 && cp <= 0x17F) {
        const char base = kLatinBase[cp - 0xC0];
        return base ? static_cast<uint32_t>(base) : cp;
    }
    if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;  // Cyrillic capitals
    if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
    if (cp == 0x451) return 0x435;                       // ё searches as е
    switch (cp) {
        case 0x2018: case 0x2019: case 0x201B: case 0x2032: return '\'';
        case 0x201C: case 0x201D: case 0x201F: case 0x2033: case 0xAB: case 0xBB: return '"';
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: return '-';
        case 0xA0: case 0x2009: case 0x202F: return ' ';
        default: return cp;
    }
}
}  // namespace

bool is_valid_utf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        const size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
        if (n == 0 || b > 0xF4 || i + n > s.size()) return false;
        uint32_t cp = b & (0x7F >> n);
        for (size_t k = 1; k < n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        const uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < smallest[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += n;
    }
    return true;
}

std::string fold_for_search(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {  // fast path: ASCII
            out += static_cast<char>((b >= 'A' && b <= 'Z') ? b + 32 : b);
            ++i;
            continue;
        }
        utf8_append(out, fold_code_point(utf8_next(s, i)));
    }
    return out;
}

NearMiss closest_substring(std::string_view hay, std::string_view needle) {
    NearMiss best;
    const size_t n = hay.size(), m = needle.size();
    // The product in 64 bits: with a 32-bit size_t (wasm) 65536 x 65536 would wrap to 0.
    if (m == 0 || n == 0 || static_cast<uint64_t>(n) * m > 8'000'000) return best;
    // Sellers: column DP where a match may start anywhere in the haystack.
    auto best_end = [](std::string_view h, std::string_view q, size_t& dist) {
        std::vector<size_t> col(q.size() + 1);
        for (size_t j = 0; j <= q.size(); ++j) col[j] = j;
        size_t end = 0;
        dist = col[q.size()];
        for (size_t i = 1; i <= h.size(); ++i) {
            size_t diag = col[0];
            col[0] = 0;
            for (size_t j = 1; j <= q.size(); ++j) {
                const size_t up = col[j];
                col[j] = std::min({up + 1, col[j - 1] + 1, diag + (h[i - 1] == q[j - 1] ? 0 : 1)});
                diag = up;
            }
            if (col[q.size()] < dist) { dist = col[q.size()]; end = i; }
        }
        return end;
    };
    size_t dist = 0;
    const size_t end = best_end(hay, needle, dist);
    // The start is where the same alignment ends when both strings are read backwards.
    std::string rh(hay.substr(0, end)), rq(needle);
    std::reverse(rh.begin(), rh.end());
    std::reverse(rq.begin(), rq.end());
    size_t rdist = 0;
    const size_t rend = best_end(rh, rq, rdist);
    best.begin = end - rend;
    best.end = end;
    best.distance = dist;
    // Keep the reported range on code point boundaries so it can be printed.
    while (best.begin > 0 && !is_utf8_boundary(hay, best.begin)) --best.begin;
    while (best.end < n && !is_utf8_boundary(hay, best.end)) ++best.end;
    return best;
}

size_t find_occurrence(std::string_view text, std::string_view needle, uint64_t k, size_t& found, size_t& examined,
                       std::vector<uint32_t>& table) {
    const size_t n = text.size(), m = needle.size();
    found = 0;
    examined += m;
    if (m == 0 || m > n) return std::string::npos;
    table.assign(m, 0);
    for (size_t i = 1, j = 0; i < m; ++i) {
        while (j > 0 && needle[i] != needle[j]) j = table[j - 1];
        if (needle[i] == needle[j]) ++j;
        table[i] = static_cast<uint32_t>(j);
    }
    size_t j = 0;
    for (size_t i = 0; i < n; ++i) {
        if (j == 0) {  // nothing matched yet: memchr skips ahead to the next possible start
            const void* hit = std::memchr(text.data() + i, needle[0], n - i);
            if (!hit) break;
            i = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
        }
        while (j > 0 && text[i] != needle[j]) j = table[j - 1];
        if (text[i] == needle[j]) ++j;
        if (j == m) {
            ++found;
            if (found == k) {
                examined += i + 1;
                return i + 1 - m;
            }
            j = table[j - 1];
        }
    }
    examined += n;
    return std::string::npos;
}

void line_and_column(std::string_view text, size_t position, int& line, int& column) {
    line = 1;
    column = 1;
    const size_t end = std::min(position, text.size());
    for (size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') { ++line; column = 1; }
        else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
}

namespace {
// Tags that separate words when a browser shows them; inline ones (<b>, <span>) do not.
bool is_block_tag(std::string_view name) {
    static const char* const kBlock[] = {"br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3",
                                         "h4", "h5", "h6", "blockquote", "hr", "section", "article", "table"};
    for (const char* b : kBlock)
        if (name.size() == std::strlen(b) && std::equal(name.begin(), name.end(), b, [](char x, char y) {
                return (x | 0x20) == y;  // ASCII letters and digits: lower-casing a digit leaves it unchanged
            }))
            return true;
    return false;
}

}  // namespace

uint32_t html_entity_code_point(std::string_view name) {
    if (name.size() > 1 && name[0] == '#') {
        const bool hex = name[1] == 'x' || name[1] == 'X';
        const std::string_view digits = name.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 7) return 0;
        uint32_t cp = 0;
        for (char c : digits) {
            int v = -1;
            if (c >= '0' && c <= '9') v = c - '0';
            else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') v = (c | 0x20) - 'a' + 10;
            if (v < 0) return 0;
            cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
        }
        // NUL, surrogates and values past Unicode are not characters: the replacement character says so.
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
        return cp;
    }
    static const struct { const char* name; uint32_t cp; } kNamed[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '},
        {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A},
        {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"hellip", 0x2026}, {"laquo", 0xAB},
        {"raquo", 0xBB}, {"euro", 0x20AC}, {"pound", 0xA3}, {"copy", 0xA9}, {"reg", 0xAE}, {"deg", 0xB0},
        {"times", 0xD7}, {"middot", 0xB7}, {"bull", 0x2022}, {"shy", 0xAD}};
    for (const auto& e : kNamed)
        if (name == e.name) return e.cp;
    return 0;
}

namespace {
// How far after '&' the ';' of an entity may be.
constexpr size_t kEntityBytes = 12;

bool starts_tag(std::string_view s, size_t i) {
    if (s[i] != '<' || i + 1 >= s.size()) return false;
    const char next = s[i + 1];
    return std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!' || next == '?';
}

bool separates_words(uint32_t cp) {
    return cp <= 0x20 || cp == 0x7F || cp == 0x85 || cp == 0xA0 || cp == 0x2028 || cp == 0x2029;
}
}  // namespace

std::string plain_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool space = false;  // a separator is pending: written before the next visible character
    auto put = [&](uint32_t cp) {
        if (separates_words(cp)) {
            space = true;
            return;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        utf8_append(out, cp);
    };
    size_t next_gt = 0;  // where the next '>' is (s.size() when none): found once per '>', so linear
    for (size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (starts_tag(s, i)) {
            if (next_gt <= i) {
                const size_t gt = s.find('>', i);
                next_gt = gt == std::string_view::npos ? s.size() : gt;
            }
            if (next_gt < s.size()) {
                size_t name_begin = i + 1 + (s[i + 1] == '/'), name_end = name_begin;
                while (name_end < next_gt && std::isalnum(static_cast<unsigned char>(s[name_end]))) ++name_end;
                if (is_block_tag(s.substr(name_begin, name_end - name_begin))) space = true;
                i = next_gt + 1;
                continue;
            }
        } else if (c == '&') {
            const size_t semi = s.substr(i + 1, kEntityBytes).find(';');
            if (semi != std::string_view::npos) {
                if (const uint32_t cp = html_entity_code_point(s.substr(i + 1, semi))) {
                    if (cp != 0xAD) put(cp);  // a soft hyphen only marks where a word may break
                    i += semi + 2;
                    continue;
                }
            }
        }
        put(utf8_next(s, i));
    }
    return out;
}

std::string escape_for_plain_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (starts_tag(s, i)) out += "&lt;";
        else if (s[i] == '&' && s.substr(i + 1, kEntityBytes).find(';') != std::string_view::npos) out += "&amp;";
        else out += s[i];
    }
    return out;
}

std::string make_slug(std::string_view text, size_t max_bytes) {
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

std::string elide(std::string_view s, size_t max_bytes) {
    if (s.size() <= max_bytes) return std::string(s);
    size_t cut = max_bytes;
    while (cut > 0 && !is_utf8_boundary(s, cut)) --cut;
    // Prefer cutting at a space so words stay whole.
    const size_t space = s.substr(0, cut).rfind(' ');
    if (space != std::string_view::npos && space >= cut / 2) cut = space;
    return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";
}

}  // namespace dl
