// Fuzz target: attaching ClaimReview records (attach_claim_reviews: the bounded reader, the record
// shapes, matching, choosing, writing back) to a small fixed debate. Properties checked beyond "no
// crash, no sanitizer report":
//   - a result is ok() exactly when it has no errors, and the diagnostics stay bounded;
//   - what is written loads on its own, keeps every claim, and each review has an http(s) link;
//   - no more claims carry a review from the records than there are claims.
#include "model/claimreview.h"
#include "import_checks.h"
#include "tiny_limits.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

// Two claims with the same quote, one with a review of its own, a summary unlike its quote.
const char* const kDebate = R"({"format": "debatelens/1", "id": "fuzz", "content_version": "1", "title": "T",
 "article": {"title": "A", "publisher": "P", "date": "2024", "language": "en",
   "paragraphs": [{"id": "p1", "text": "\u201CKeep it free.\u201D Keep it free. The toll pays."}]},
 "actors": [{"id": "a", "name": "A", "role": "commentator"}], "questions": [],
 "claims": [
   {"id": "c1", "actor": "a", "summary": "Free", "kind": "assertion", "quote": "Keep it free.", "paragraph": "p1"},
   {"id": "c2", "actor": "a", "summary": "Free again", "kind": "assertion", "quote": "Keep it free.", "paragraph": "p1", "occurrence": 2},
   {"id": "c3", "actor": "a", "summary": "A toll pays for itself.", "kind": "assertion", "quote": "The toll pays.", "paragraph": "p1",
    "review": {"rating": "Half true", "reviewer": "Desk", "url": "https://example.org/r", "date": "2024-01-01"}}],
 "stances": []})";

void exercise(std::string_view reviews, const dl::LoadLimits& limits) {
    std::string converted;
    dl::ReviewAttachStats stats;
    const dl::LoadResult r = dl::attach_claim_reviews(kDebate, "debate.json", reviews, "fuzz.json", &converted, limits, &stats);
    check_result(r, 2 * limits.max_diagnostics + 4);  // the debate's load and the records' sink
    if (!r.ok()) return;
    check(stats.attached <= r.debate->claims.size());
    check(stats.matched <= stats.records);
    check(r.debate->claims.size() == 3);
    for (const auto& c : r.debate->claims)
        if (c.review) check(dl::is_web_url(c.review->url) && !c.review->rating.empty() && !c.review->reviewer.empty());
    check(dl::load_debate_text(converted, "converted.json", limits).ok());
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    exercise(text, dl::LoadLimits{});
    exercise(text, tiny_limits());  // the fixed debate fits them
    return 0;
}
