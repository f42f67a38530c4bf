// Fuzz target: the AIF importer (import_aif_text: bounded parse, the graph, the conversion, the
// loader), then what the views derive from a debate that imports. Properties checked beyond
// "no crash, no sanitizer report":
//   - a result is ok() exactly when it has no errors, and the diagnostics stay bounded;
//   - an import that succeeds hands back a debatelens/1 document that loads again on its own, and
//     a debate prepare_debate accepts, whose quotes stand in their paragraphs at their ranges;
//   - exporting that debate as AIF and importing it again keeps its claims and relations.
#include "model/aif.h"
#include "model/prepared.h"
#include "import_checks.h"
#include "tiny_limits.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void exercise(std::string_view text, const dl::LoadLimits& limits) {
    std::string converted;
    const dl::LoadResult r = dl::import_aif_text(text, "fuzz.aif.json", &converted, limits);
    check_result(r, limits.max_diagnostics + 2);
    if (!r.ok()) {
        check(converted.empty() || r.error_count() > 0);
        return;
    }
    const dl::Debate& d = *r.debate;
    check_quotes(d, false);
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
