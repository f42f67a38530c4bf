// Fuzz target: the Argdown importer (import_argdown_text: comments, front matter, elements,
// relations, premise-conclusion structures, the conversion, the loader), then the Argdown export of
// what imports, imported again. Properties checked beyond "no crash, no sanitizer report":
//   - a result is ok() exactly when it has no errors, and the diagnostics stay bounded;
//   - every claim quotes its whole paragraph, and the converted document loads again on its own;
//   - exporting the debate as Argdown and importing that keeps the number of claims.
#include "model/argdown.h"
#include "model/prepared.h"
#include "import_checks.h"
#include "tiny_limits.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void exercise(std::string_view text, const dl::LoadLimits& limits, bool round_trip) {
    std::string converted;
    const dl::LoadResult r = dl::import_argdown_text(text, "fuzz.argdown", &converted, limits);
    check_result(r, limits.max_diagnostics + 2);
    if (!r.ok()) return;
    const dl::Debate& d = *r.debate;
    check_quotes(d, true);
    check(dl::load_debate_text(converted, "converted.json", limits).ok());
    const auto prepared = dl::prepare_debate(r.debate);
    check(prepared->layout.nodes.size() == d.claims.size());
    if (!round_trip) return;
    const dl::LoadResult again = dl::import_argdown_text(dl::export_argdown(d), "again.argdown", nullptr, dl::LoadLimits{});
    check(again.ok());
    check(again.debate->claims.size() == d.claims.size());
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    exercise(text, dl::LoadLimits{}, true);
    exercise(text, tiny_limits(), false);
    return 0;
}
