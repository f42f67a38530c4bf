// Load limits small enough that fuzz inputs of a few hundred bytes reach every limit check.
#pragma once

#include "model/load.h"

inline dl::LoadLimits tiny_limits() {
    dl::LoadLimits tiny;
    tiny.max_file_bytes = 1u << 16;
    tiny.max_depth = 6;
    tiny.max_string_bytes = 200;
    tiny.max_paragraphs = tiny.max_claims = tiny.max_relations = 8;
    tiny.max_actors = tiny.max_questions = tiny.max_evidence = tiny.max_timeline = 4;
    tiny.max_list = 3;
    tiny.max_diagnostics = 5;
    tiny.max_values = 300;
    tiny.max_quote_search_bytes = 512;
    return tiny;
}
