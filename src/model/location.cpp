// Deep-link fragment parsing and writing.
#include "model/location.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace dl {

namespace {
int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decode(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            const int h = hex(s[i + 1]), l = hex(s[i + 2]);
            if (h >= 0 && l >= 0) {
                out += static_cast<char>(h * 16 + l);
                i += 2;
                continue;
            }
        }
        out += s[i] == '+' ? ' ' : s[i];
    }
    return out;
}

bool is_slug(const std::string& s) {
    if (s.empty() || s.size() > 64) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0))) return false;
    }
    return true;
}
// A finite number within [lo, hi] written in full ("1.5", "-20"), else nothing.
bool parse_number(const std::string& text, float lo, float hi, float& out) {
    if (text.empty() || text.size() > 24) return false;
    char* end = nullptr;
    const float v = std::strtof(text.c_str(), &end);
    if (!end || *end != '\0' || !std::isfinite(v) || v < lo || v > hi) return false;
    out = v;
    return true;
}

// Words as typed: any text but control characters, valid UTF-8 left to the reader of it.
bool is_words(const std::string& s) {
    if (s.empty() || s.size() > 256) return false;
    for (unsigned char c : s)
        if (c < 0x20 || c == 0x7F) return false;
    return true;
}

std::string percent_encode(const std::string& s) {
    static const char* const hex_digits = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || std::strchr("-._~", c)) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex_digits[c >> 4];
            out += hex_digits[c & 15];
        }
    }
    return out;
}

std::string two_decimals(float v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    // "-0.00" and "0.00" are the same place.
    return std::strcmp(buf, "-0.00") == 0 ? std::string("0.00") : std::string(buf);
}

constexpr size_t kMaxHidden = 64;
// Longer than any fragment format_location writes (words and 64 hidden ids included), so whatever it
// writes is read back.
constexpr size_t kMaxFragment = 8192;
constexpr float kMaxWorld = 1e7f;  // map coordinates: far beyond any layout, short enough to write
}  // namespace

Location parse_location(std::string_view fragment) {
    Location loc;
    if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
    if (fragment.size() > kMaxFragment) return loc;
    size_t i = 0;
    while (i < fragment.size()) {
        size_t amp = fragment.find('&', i);
        if (amp == std::string_view::npos) amp = fragment.size();
        const std::string_view part = fragment.substr(i, amp - i);
        i = amp + 1;
        const size_t eq = part.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string key = percent_decode(part.substr(0, eq));
        const std::string value = percent_decode(part.substr(eq + 1));
        if (key == "claim" && is_slug(value)) loc.claim = value;
        else if (key == "view" && is_slug(value)) loc.view = value;
        else if (key == "theme" && (value == "light" || value == "dark")) loc.theme = value;
        else if (key == "zoom") {
            float z = 0;
            if (parse_number(value, 0.02f, 8.0f, z)) loc.zoom = z;
        } else if (key == "at") {
            const size_t comma = value.find(',');
            float x = 0, y = 0;
            if (comma != std::string::npos && parse_number(value.substr(0, comma), -kMaxWorld, kMaxWorld, x) &&
                parse_number(value.substr(comma + 1), -kMaxWorld, kMaxWorld, y)) {
                loc.has_center = true;
                loc.center_x = x;
                loc.center_y = y;
            }
        } else if (key == "speaker" && is_slug(value)) loc.speaker = value;
        else if (key == "kind" && is_slug(value)) loc.kind = value;
        else if (key == "question" && is_slug(value)) loc.question = value;
        else if (key == "q" && is_words(value)) loc.words = value;
        else if (key == "hide") {
            loc.hidden.clear();
            size_t at = 0;
            while (at <= value.size() && loc.hidden.size() < kMaxHidden) {
                size_t comma = value.find(',', at);
                if (comma == std::string::npos) comma = value.size();
                const std::string id = value.substr(at, comma - at);
                if (is_slug(id)) loc.hidden.push_back(id);
                at = comma + 1;
            }
        }
    }
    // A centre without a zoom says nothing about what is on screen.
    if (loc.zoom == 0) loc.has_center = false;
    return loc;
}

std::string format_location(const Location& loc) {
    std::string s;
    auto add = [&](const char* key, const std::string& value) {
        if (value.empty()) return;
        if (!s.empty()) s += '&';
        s += key;
        s += '=';
        s += value;
    };
    add("claim", loc.claim);
    add("view", loc.view);
    if (loc.zoom > 0) {
        add("zoom", two_decimals(loc.zoom));
        if (loc.has_center) add("at", two_decimals(loc.center_x) + "," + two_decimals(loc.center_y));
    }
    add("speaker", loc.speaker);
    add("kind", loc.kind);
    add("question", loc.question);
    add("q", percent_encode(loc.words));
    std::string hidden;
    for (const std::string& id : loc.hidden) hidden += (hidden.empty() ? "" : ",") + id;
    add("hide", hidden);
    add("theme", loc.theme);
    return s;
}

}  // namespace dl
