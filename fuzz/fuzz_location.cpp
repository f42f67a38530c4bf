// Fuzz target: the deep-link fragment parser and writer (src/model/location.h).
// Properties: never crashes; what it keeps is well-formed; writing then parsing is stable.
#include "model/location.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {
bool slug(const std::string& s) {
    if (s.empty()) return true;
    if (s.size() > 64 || s[0] == '-') return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}
void check(bool ok) {
    if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view fragment(reinterpret_cast<const char*>(data), size);
    const dl::Location loc = dl::parse_location(fragment);
    check(slug(loc.claim) && slug(loc.view));
    check(loc.theme.empty() || loc.theme == "light" || loc.theme == "dark");
    check(loc.zoom == 0 || (std::isfinite(loc.zoom) && loc.zoom >= 0.02f && loc.zoom <= 8.0f));
    check(!loc.has_center || (loc.zoom > 0 && std::isfinite(loc.center_x) && std::isfinite(loc.center_y)));
    check(slug(loc.speaker) && slug(loc.kind) && slug(loc.question) && loc.words.size() <= 256 && loc.hidden.size() <= 64);
    for (const std::string& id : loc.hidden) check(!id.empty() && slug(id));

    // Writing is canonical: parse(format(x)) keeps every field (zoom to the 2 decimals written),
    // and a second round trip changes nothing.
    const std::string once = dl::format_location(loc);
    check(once.size() <= 8192);
    const dl::Location back = dl::parse_location(once);
    check(back.claim == loc.claim && back.view == loc.view && back.theme == loc.theme);
    check(back.speaker == loc.speaker && back.kind == loc.kind && back.question == loc.question && back.words == loc.words);
    check(back.hidden == loc.hidden && back.has_center == loc.has_center);
    check((loc.zoom == 0) == (back.zoom == 0));
    check(std::fabs(back.zoom - loc.zoom) <= 0.0051f);
    check(dl::format_location(back) == once);
    check(dl::format_location(dl::parse_location("#" + once)) == once);
    return 0;
}
