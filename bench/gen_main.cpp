// debatelens_gen: writes a synthetic debate of N claims (see gen.h).
//   debatelens_gen --claims N [--seed S] [--actors A | --tree] --out FILE [--check]
// --actors A: a stance matrix of A actors (3..40); --tree: the Kialo shape.
// --check loads the file back with load_debate_file and fails (exit 1) on any error.
#include "gen.h"

#include "model/load.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
    dlbench::GenParams params;
    std::string out;
    bool check = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--claims" && i + 1 < argc) params.claims = std::atoi(argv[++i]);
        else if (a == "--seed" && i + 1 < argc) params.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--out" && i + 1 < argc) out = argv[++i];
        else if (a == "--actors" && i + 1 < argc) params.actors = std::atoi(argv[++i]);
        else if (a == "--tree") params.tree = true;
        else if (a == "--check") check = true;
        else {
            std::fprintf(stderr, "usage: debatelens_gen --claims N [--seed S] [--actors A | --tree] --out FILE [--check]\n");
            return 2;
        }
    }
    if (out.empty() || params.claims < 1 || (params.actors != 0 && (params.actors < 3 || params.actors > 40))) {
        std::fprintf(stderr, "usage: debatelens_gen --claims N [--seed S] [--actors A | --tree] --out FILE [--check]\n");
        return 2;
    }
    dlbench::GenStats st;
    const std::string text = dlbench::generate_debate(params, &st);
    {
        std::ofstream f(out, std::ios::binary);
        f.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (!f) {
            std::fprintf(stderr, "debatelens_gen: cannot write %s\n", out.c_str());
            return 1;
        }
    }
    std::printf("{\"file\":\"%s\",\"claims\":%zu,\"bytes\":%zu,\"paragraphs\":%zu,\"relations\":%zu,\"actors\":%zu,"
                "\"questions\":%zu,\"evidence\":%zu,\"timeline\":%zu,\"stances\":%zu,\"chains\":%zu,\"chain_length\":%zu,"
                "\"cycles\":%zu,\"ranged_quotes\":%zu,\"depth\":%zu,\"threads\":%zu,\"cross_links\":%zu}\n",
                out.c_str(), st.claims, st.bytes, st.paragraphs, st.relations, st.actors, st.questions, st.evidence,
                st.timeline, st.stances, st.chains, st.chain_length, st.cycles, st.ranged_quotes, st.depth, st.threads, st.cross_links);
    if (check) {
        const dl::LoadResult r = dl::load_debate_file(out);
        if (!r.ok() || r.error_count() > 0) {
            std::fprintf(stderr, "debatelens_gen: the generated file does not load:\n%s", r.summary().c_str());
            return 1;
        }
        if (r.debate->claims.size() != st.claims) {
            std::fprintf(stderr, "debatelens_gen: loaded %zu claims, generated %zu\n", r.debate->claims.size(), st.claims);
            return 1;
        }
        const size_t warnings = r.diagnostics.size();
        if (warnings) std::fprintf(stderr, "debatelens_gen: %zu warnings:\n%s", warnings, r.summary().c_str());
        std::fprintf(stderr, "debatelens_gen: %s loads cleanly (%zu claims)\n", out.c_str(), r.debate->claims.size());
        if (warnings) return 1;  // the generator should write files without a single warning
    }
    return 0;
}
