// What every importer's fuzz target checks of a result: ok() exactly when it has no errors, the
// diagnostics bounded and printable, every claim's quote at its range in its paragraph.
#pragma once

#include "model/load.h"

#include <cstdlib>

inline void check(bool ok) {
    if (!ok) std::abort();
}

// `max_diagnostics`: what the target allows, its sinks' limits and their "too many problems" lines included.
inline void check_result(const dl::LoadResult& r, size_t max_diagnostics) {
    check(r.ok() == (r.error_count() == 0));
    check(r.diagnostics.size() <= max_diagnostics);
    for (const auto& d : r.diagnostics) check(!d.format().empty());
}

// Every quote stands at its range; with `whole`, it is its whole paragraph (Kialo and Argdown).
inline void check_quotes(const dl::Debate& d, bool whole) {
    for (const auto& c : d.claims) {
        const std::string& para = d.article.paragraphs.at(static_cast<size_t>(c.paragraph)).text;
        check(c.quote_begin < c.quote_end && c.quote_end <= para.size());
        check(para.compare(c.quote_begin, c.quote_end - c.quote_begin, c.quote) == 0);
        if (whole) check(c.quote_begin == 0 && c.quote_end == para.size());
    }
}
