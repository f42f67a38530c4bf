// A loaded debate together with everything derived from it once (search text, tree shape, map
// layout, timeline axis, the panel's balance), so views never recompute per frame.
#pragma once

#include "model/balance.h"
#include "model/debate.h"
#include "model/layout.h"
#include "model/query.h"
#include "model/tree.h"

#include <cstdint>
#include <memory>

namespace dl {

struct PreparedDebate {
    std::shared_ptr<const Debate> debate;
    // Which preparation this is: every new debate, or new version of one, gets a new number, so
    // caches keyed on it go stale by themselves (an address may be reused; a generation is not).
    uint64_t generation = 0;
    SearchIndex search;
    ClaimTree tree;
    GraphLayout layout;  // unfolded; the map lays a tree out again as the reader folds it
    std::vector<QuestionBalance> balance;
    TimelineAxis timeline;
    std::vector<uint32_t> characters;  // beyond ASCII (characters_used): what the fonts must hold
};

// `generation` must differ from that of any debate the same views showed before (the app counts them).
// `before`, the preparation the views showed until now, lends its search text for the items an edit
// left alone (the same result, a third of the time at 10 000 claims).
inline std::shared_ptr<const PreparedDebate> prepare_debate(std::shared_ptr<const Debate> debate, uint64_t generation = 1,
                                                            const PreparedDebate* before = nullptr) {
    auto p = std::make_shared<PreparedDebate>();
    p->generation = generation;
    p->search = build_search_index(*debate, before ? &before->search : nullptr);
    p->tree = analyse_claim_tree(*debate);
    p->layout = layout_claim_graph(*debate, p->tree, {});
    p->balance = panel_balance(*debate);
    p->timeline = timeline_axis(*debate);
    p->characters = characters_used(*debate);
    p->debate = std::move(debate);
    return p;
}

}  // namespace dl
