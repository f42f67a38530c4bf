// schema.org ClaimReview records (fact-checkers' published verdicts) attached to the claims of a
// debate whose words they review. Matching and what is kept are documented in content/FORMAT.md
// ("ClaimReview").
#pragma once

#include "model/load.h"

#include <string>
#include <string_view>

namespace dl {

// How the records fared, for the command line's summary.
struct ReviewAttachStats {
    size_t records = 0;    // ClaimReview records read
    size_t matched = 0;    // records that matched at least one claim
    size_t attached = 0;   // claims that carry a review from the records
};

// The claim text both sides are compared in when they do not match exactly: case folded (and
// accents, as the search does), typographic quotes and dashes as ASCII, runs of white space one
// space, quote marks around the whole removed.
std::string normalise_claim_text(std::string_view text);

// Loads the debate (debatelens/1 JSON), reads the records (one object, a list, or a JSON-LD
// document with a @graph; @type a string or a list; the http or https schema.org context) through
// the bounded reader, and attaches each to the claims whose quote or summary is its claimReviewed:
// exact matches first, then normalised ones. A claim keeps one review, the most recent (its own
// counts too); every record not attached is a warning naming its JSON path in the reviews file.
// `p_debate_json` receives the debate with the reviews, in the layout every import writes, loaded
// again through the ordinary loader.
LoadResult attach_claim_reviews(std::string_view debate_text, const std::string& debate_label, std::string_view reviews_text,
                                const std::string& reviews_label, std::string* p_debate_json = nullptr,
                                const LoadLimits& limits = {}, ReviewAttachStats* p_stats = nullptr);

}  // namespace dl
