// The deep-link fragment ("claim=ID&view=map&zoom=1.5&theme=dark"): parsed and written here,
// pure and bounded, so the web page, the native command line and the fuzzer share one parser.
// A link holds exactly what the reader chose: the selection, the view, the claims list's filters,
// the actors hidden from Positions, the map camera and the theme.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dl {

struct Location {
    std::string claim;  // a claim id (slug), or empty
    std::string view;   // a view name, or empty
    std::string theme;  // "light", "dark" or empty
    float zoom = 0;     // map zoom, 0 when absent
    // The map's centre in world units, with the zoom; absent: centred on the selection.
    bool has_center = false;
    float center_x = 0, center_y = 0;
    // The claims list's filters: a speaker (actor id), a kind (its JSON name), a question id, words.
    std::string speaker, kind, question, words;
    std::vector<std::string> hidden;  // actor ids hidden from the Positions matrix, in order
};

// Unknown keys, malformed pairs and values that are not plain ids are ignored (links in the wild
// get mangled); percent-escapes are decoded. Input longer than 8 KiB is ignored; `words` keeps at
// most 256 bytes and `hidden` at most 64 ids.
Location parse_location(std::string_view fragment);
// Canonical: keys in a fixed order, words percent-encoded, numbers with two decimals.
std::string format_location(const Location& location);

}  // namespace dl
