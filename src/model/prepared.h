// A loaded debate together with everything derived from it once (search text, map layout,
// timeline axis), so views never recompute per frame.
#pragma once

#include "model/debate.h"
#include "model/layout.h"
#include "model/query.h"

#include <memory>

namespace dl {

struct PreparedDebate {
    std::shared_ptr<const Debate> debate;
    SearchIndex search;
    GraphLayout layout;
    TimelineAxis timeline;
};

inline std::shared_ptr<const PreparedDebate> prepare_debate(std::shared_ptr<const Debate> debate) {
    auto p = std::make_shared<PreparedDebate>();
    p->search = build_search_index(*debate);
    p->layout = layout_claim_graph(*debate);
    p->timeline = timeline_axis(*debate);
    p->debate = std::move(debate);
    return p;
}

}  // namespace dl
