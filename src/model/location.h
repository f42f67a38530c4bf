// The deep-link fragment ("claim=ID&view=map&zoom=1.5&theme=dark"): parsed and written here,
// pure and bounded, so the web page, the native command line and the fuzzer share one parser.
#pragma once

#include <string>
#include <string_view>

namespace dl {

struct Location {
    std::string claim;  // a claim id (slug), or empty
    std::string view;   // a view name, or empty
    std::string theme;  // "light", "dark" or empty
    float zoom = 0;     // map zoom, 0 when absent
};

// Unknown keys, malformed pairs and values that are not plain ids are ignored (links in the wild
// get mangled); percent-escapes are decoded. Input longer than 2 KiB is ignored.
Location parse_location(std::string_view fragment);
std::string format_location(const Location& location);

}  // namespace dl
