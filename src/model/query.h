// Queries the views need, as pure functions over an immutable Debate: search, filters,
// the stance matrix, claim tracing, selection history and the timeline's axis.
#pragma once

#include "model/debate.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// One list of folded texts laid end to end ('\0' between items) with, per item, a 2048-bit set of
// the byte triples it holds (hashed, like a Bloom filter). A word of three or more bytes is looked
// for only in the items whose set holds all its triples; shorter words are found with one memchr
// pass over the whole list. Typing stays fast at 50 000 claims.
struct FlatText {
    static constexpr size_t kSetWords = 32;  // 64-bit words per item in `triples`
    std::string text;
    std::vector<uint32_t> starts;   // where each item begins in `text`; one entry per item
    std::vector<uint64_t> triples;  // kSetWords per item
};

// Text folded for case- and accent-insensitive search, built once per loaded debate.
struct SearchIndex {
    std::vector<std::string> claims;      // summary, quote and speaker name
    std::vector<std::string> actors;      // name, affiliations, description
    std::vector<std::string> evidence;    // title and description
    std::vector<std::string> paragraphs;  // text
    // The same texts, flattened by build_search_index (an index without them is searched item by item).
    FlatText flat_claims, flat_actors, flat_evidence, flat_paragraphs;
    // Per item, a 64-bit digest of the text it was folded from: a rebuild after an edit folds again
    // only the items whose digest changed.
    std::vector<uint64_t> claim_digests, actor_digests, evidence_digests, paragraph_digests;
};
// With `before` (the index of an earlier version of the same debate, or of any debate), an item whose
// searchable text has the digest of the item at its place there (or one place either side of where
// the item before it was found: an insertion or deletion shifts the rest) takes that item's folded
// text and triple set. The result equals a build from scratch (unless two different texts share a
// digest, about 2^-64); anything else is folded again.
SearchIndex build_search_index(const Debate& debate, const SearchIndex* before = nullptr);

struct SearchResults {
    std::vector<int> claims, actors, evidence, paragraphs;
    size_t total() const { return claims.size() + actors.size() + evidence.size() + paragraphs.size(); }
};
// Every whitespace-separated word of the query must occur (in any order). An empty query matches nothing.
SearchResults search(const SearchIndex& index, std::string_view query);

struct ClaimFilter {
    int actor = -1;     // -1: any
    int kind = -1;      // a ClaimKind value, or -1
    int question = -1;  // claims bearing on this question, or -1
    std::string text;   // words that must all occur; empty: any
};
bool filter_is_empty(const ClaimFilter& filter);
std::vector<int> filter_claims(const Debate& debate, const SearchIndex& index, const ClaimFilter& filter);

// Actors that take part in the matrix: subjects and commentators, then referenced actors with stances.
std::vector<int> stance_matrix_actors(const Debate& debate);
// Claims that ground a stance cell, or an empty list.
std::vector<int> grounding_claims(const Debate& debate, int actor, int question);

// One claim reached while walking the relations that point at the traced claim.
struct TraceNode {
    int claim = -1;
    int relation = -1;  // the relation from this claim to its parent in the tree
    int depth = 1;      // 1 for direct relations
    bool repeated = false;  // already shown higher up (cycle or shared support): not expanded again
};

// The provenance of a claim: everything the trace view shows.
struct ClaimTrace {
    int claim = -1;
    std::vector<int> targets;       // relations from this claim: what it responds to, supports, rebuts
    std::vector<TraceNode> tree;    // pre-order; claims that support, rebut, qualify... it, transitively
    std::vector<int> evidence;      // evidence it cites
    std::vector<int> events;        // timeline events that name it or its evidence
    std::vector<int> stances;       // stances it grounds
    bool truncated = false;         // the tree hit max_nodes
};
ClaimTrace trace_claim(const Debate& debate, int claim, int max_depth = 32, size_t max_nodes = 2000);

// Back/forward over selected claims, like a browser's history.
class SelectionHistory {
public:
    void visit(int claim);  // drops the forward entries, like following a link
    bool back();
    bool forward();
    int current() const { return pos_ < 0 ? -1 : items_[pos_]; }
    bool can_back() const { return pos_ > 0; }
    bool can_forward() const { return pos_ + 1 < static_cast<int>(items_.size()); }
    void clear() { items_.clear(); pos_ = -1; }
    size_t size() const { return items_.size(); }
    static constexpr size_t kMaxEntries = 200;

private:
    std::vector<int> items_;
    int pos_ = -1;
};

// Positions on a timeline that spans decades and days at once: each gap between consecutive
// dates takes space that grows with the logarithm of its length, and long gaps are marked as breaks.
struct TimelineAxis {
    std::vector<int> order;         // event indices, oldest first (stable for equal dates)
    std::vector<double> position;   // per entry of `order`, 0..1
    std::vector<double> breaks;     // positions (0..1) in the middle of gaps longer than a year
};
TimelineAxis timeline_axis(const Debate& debate);

// The distinct characters beyond ASCII (code points, sorted) of every text the views may show: the
// fonts rasterise what a debate needs beyond Basic Latin and the UI's own characters.
std::vector<uint32_t> characters_used(const Debate& debate);

}  // namespace dl
