// Fuzz target: the AIF importer (import_aif_text: bounded parse, the graph, the conversion, the
// loader), then what the views derive from a debate that imports. Properties checked beyond
// "no crash, no sanitizer report":
//   - a result is ok() exactly when it has no errors, and the diagnostics stay bounded;
//   - an import that succeeds hands back a debatelens/1 document that loads again on its own, and
//     a debate prepare_debate accepts, whose quotes stand in their paragraphs at their ranges;
//   - exporting that debate as AIF and importing it again keeps its claims and relations.
#include "model/aif.h"
#include "model/prepared.h"
#include "tiny_limits.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {
void check(bool ok) {
    if (!ok) std::abort();
}

void exercise(std::string_view text, const dl::LoadLimits& limits) {
    std::string converted;
    const dl::LoadResult r = dl::import_aif_text(text, "fuzz.aif.json", &converted, limits);
    check(r.ok() == (r.error_count() == 0));
    check(r.diagnostics.size() <= limits.max_diagnostics + 2);
    for (const auto& d : r.diagnostics) check(!d.format().empty());
    if (!r.ok()) {
        check(converted.empty() || r.error_count() > 0);
        return;
    }
    const dl::Debate& d = *r.debate;
    for (const auto& c : d.claims) {
        const std::string& para = d.article.paragraphs.at(static_cast<size_t>(c.paragraph)).text;
        check(c.quote_begin < c.quote_end && c.quote_end <= para.size());
        check(para.compare(c.quote_begin, c.quote_end - c.quote_begin, c.quote) == 0);
    }
    check(dl::load_debate_text(converted, "converted.json", limits).ok());
    const auto prepared = dl::prepare_debate(r.debate);
    check(prepared->layout.nodes.size() == d.claims.size());

    const dl::LoadResult again = dl::import_aif_text(dl::export_aif(d), "again.aif.json", nullptr, limits);
    check(again.ok());
    check(again.debate->claims.size() == d.claims.size());
    check(again.debate->relations.size() == d.relations.size());
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    exercise(text, dl::LoadLimits{});

    // The same input under tiny limits, so every limit check is reached with small inputs.
    exercise(text, tiny_limits());
    return 0;
}
