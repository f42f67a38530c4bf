// Deep-link fragment parsing and writing.
#include "model/location.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

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
}  // namespace

Location parse_location(std::string_view fragment) {
    Location loc;
    if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
    if (fragment.size() > 2048) return loc;
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
            char* end = nullptr;
            const float z = std::strtof(value.c_str(), &end);
            if (end && *end == '\0' && std::isfinite(z) && z >= 0.02f && z <= 8.0f) loc.zoom = z;
        }
    }
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
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", loc.zoom);
        add("zoom", buf);
    }
    add("theme", loc.theme);
    return s;
}

}  // namespace dl
