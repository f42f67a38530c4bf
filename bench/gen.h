// Synthetic debate generator for the benchmarks: deterministic (seeded), always a valid
// `debatelens/1` file, with the shape of a real debate scaled up to N claims.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace dlbench {

struct GenParams {
    int claims = 1000;
    uint64_t seed = 1;
};

struct GenStats {
    size_t bytes = 0;
    size_t claims = 0, paragraphs = 0, relations = 0, actors = 0, questions = 0, evidence = 0, timeline = 0, stances = 0;
    size_t chains = 0, chain_length = 0, cycles = 0;
    size_t ranged_quotes = 0;  // claims that give an explicit byte range
};

// The debate as compact JSON text. Same params, same bytes.
std::string generate_debate(const GenParams& params, GenStats* stats = nullptr);

}  // namespace dlbench
