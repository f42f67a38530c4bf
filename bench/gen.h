// Synthetic debate generator for the benchmarks and the big test fixtures: deterministic (seeded),
// always a valid `debatelens/1` file. Two shapes: a real op-ed debate scaled up to N claims (with
// a panel of any size up to 40), or a Kialo-like tree (one author, a thesis, pro and con claims).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace dlbench {

struct GenParams {
    int claims = 1000;
    uint64_t seed = 1;
    // Op-ed shape: the actors in the stance matrix (the subject, commentators from a panel of long
    // and short invented names, one unnamed author), 3..40; 0 grows the panel with the claims.
    int actors = 0;
    bool tree = false;  // the Kialo shape instead (actors is ignored)
};

struct GenStats {
    size_t bytes = 0;
    size_t claims = 0, paragraphs = 0, relations = 0, actors = 0, questions = 0, evidence = 0, timeline = 0, stances = 0;
    size_t chains = 0, chain_length = 0, cycles = 0;
    size_t ranged_quotes = 0;  // claims that give an explicit byte range
    size_t depth = 0, threads = 0, cross_links = 0;  // tree shape: deepest claim, top-level branches, cross references
};

// The debate as compact JSON text. Same params, same bytes.
std::string generate_debate(const GenParams& params, GenStats* stats = nullptr);

}  // namespace dlbench
