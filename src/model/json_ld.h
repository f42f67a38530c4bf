// schema.org JSON-LD of a debate, for search engines and fact-checking tools: one Claim per claim
// (the verbatim quote, its author, the article it appears in) and a ClaimReview for each claim whose
// content records a published review. Pure text out; every string comes from the loaded debate.
#pragma once

#include "model/debate.h"

#include <string>

namespace dl {

// A JSON-LD document: {"@context": "https://schema.org", "@graph": [NewsArticle, Person..., Claim...,
// ClaimReview...]}. Nodes refer to each other by "@id" (the article's URL, or urn:debatelens:ID
// when it has none, with #claim-ID, #actor-ID and #review-ID fragments).
std::string export_json_ld(const Debate& debate);

}  // namespace dl
