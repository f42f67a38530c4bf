// Field-for-field comparison of two search indexes for the tests: the first list that differs, or
// empty when they are equal (an index rebuilt from an earlier one must equal one built afresh).
#pragma once

#include "model/query.h"

#include <string>

namespace dl::test {

inline std::string search_index_difference(const SearchIndex& a, const SearchIndex& b) {
    auto flat_same = [](const FlatText& x, const FlatText& y) {
        return x.text == y.text && x.starts == y.starts && x.triples == y.triples;
    };
    if (a.claims != b.claims) return "claims";
    if (a.actors != b.actors) return "actors";
    if (a.evidence != b.evidence) return "evidence";
    if (a.paragraphs != b.paragraphs) return "paragraphs";
    if (!flat_same(a.flat_claims, b.flat_claims)) return "flat_claims";
    if (!flat_same(a.flat_actors, b.flat_actors)) return "flat_actors";
    if (!flat_same(a.flat_evidence, b.flat_evidence)) return "flat_evidence";
    if (!flat_same(a.flat_paragraphs, b.flat_paragraphs)) return "flat_paragraphs";
    if (a.claim_digests != b.claim_digests) return "claim_digests";
    if (a.actor_digests != b.actor_digests) return "actor_digests";
    if (a.evidence_digests != b.evidence_digests) return "evidence_digests";
    if (a.paragraph_digests != b.paragraph_digests) return "paragraph_digests";
    return "";
}

}  // namespace dl::test
