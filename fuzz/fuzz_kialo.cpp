// Fuzz target: the Kialo importer (import_kialo_text: the lines, the tree, the conversion, the
// loader), then what the views derive from a debate that imports. Properties checked beyond "no
// crash, no sanitizer report":
//   - a result is ok() exactly when it has no errors, and the diagnostics stay bounded;
//   - every claim quotes its whole paragraph (Kialo's text is the article);
//   - every claim but the roots starts at most one tree relation (Pro or Con, to a shorter number);
//   - the converted document loads again on its own, and prepare_debate accepts the debate.
#include "model/kialo.h"
#include "model/prepared.h"
#include "import_checks.h"
#include "tiny_limits.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_set>

namespace {

void exercise(std::string_view text, const dl::LoadLimits& limits) {
    std::string converted;
    const dl::LoadResult r = dl::import_kialo_text(text, "fuzz.txt", &converted, limits);
    check_result(r, limits.max_diagnostics + 2);
    if (!r.ok()) return;
    const dl::Debate& d = *r.debate;
    check_quotes(d, true);
    std::unordered_set<int> has_parent;
    for (const auto& rel : d.relations) {
        if (rel.note.find("cross reference") != std::string::npos) continue;
        check(has_parent.insert(rel.from).second);
        // A tree relation goes up: the parent's id ("k-1-2") is shorter than the child's ("k-1-2-3").
        check(d.claims[rel.to].id.size() < d.claims[rel.from].id.size() || d.claims[rel.from].id.find("k-") != 0);
    }
    check(dl::load_debate_text(converted, "converted.json", limits).ok());
    const auto prepared = dl::prepare_debate(r.debate);
    check(prepared->layout.nodes.size() == d.claims.size());
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    exercise(text, dl::LoadLimits{});
    exercise(text, tiny_limits());
    return 0;
}
