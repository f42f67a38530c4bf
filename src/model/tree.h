// Whether a debate is shaped like a tree (a Kialo discussion: a thesis, and pro and con claims each
// answering one parent) and, if so, its structure: parents, depths, tree order, threads, subtrees.
// Pure and derived once per debate; the map's tree layout and the claims list's threads read it.
#pragma once

#include "model/debate.h"

#include <vector>

namespace dl {

// Why a debate is or is not a tree (analyse_claim_tree), so tests and docs can say which rule held.
enum class TreeShape {
    Tree,
    TooSmall,         // fewer than two claims
    Cycle,            // following parent links comes back to a claim
    IsolatedClaims,   // a claim takes part in no relation
    TooManyRoots,     // more roots than one per ten claims: a set of separate exchanges, not a tree
    TooManyCrossLinks // more relations beside the tree than half its links: a web, not a tree
};

struct ClaimTree {
    TreeShape shape = TreeShape::TooSmall;
    bool is_tree() const { return shape == TreeShape::Tree; }
    // Per claim: the relation that makes it a child (the first relation it starts, as in Kialo's
    // export, where the tree relation comes before any cross reference) and the claim it answers.
    std::vector<int> parent_relation;  // -1: a root
    std::vector<int> parent;           // -1: a root
    // The rest is filled only for trees.
    std::vector<int> depth;          // 0 for roots
    std::vector<int> order;          // every claim once, depth first: roots in reading order, children in reading order
    std::vector<int> position;       // per claim: its index in `order`
    std::vector<int> subtree_end;    // per claim: one past its last descendant in `order`
    std::vector<int> child_begin;    // per claim (size claims + 1): its children are children[child_begin[c]..child_begin[c+1])
    std::vector<int> children;
    std::vector<int> roots;          // in reading order
    std::vector<int> threads;        // top-level branches: the children of the roots, in tree order
    std::vector<int> thread_of;      // per claim: index into `threads`, -1 for roots
    int max_depth = 0;

    int child_count(int claim) const { return child_begin[claim + 1] - child_begin[claim]; }
    int descendants(int claim) const { return subtree_end[claim] - position[claim] - 1; }
    bool is_ancestor(int ancestor, int claim) const {
        return position[ancestor] < position[claim] && position[claim] < subtree_end[ancestor];
    }
};

// Claims in reading order: paragraph, then where the quote starts, then index.
bool reads_before(const Debate& debate, int a, int b);

// The tree rules, in order: at least two claims; parent links (each claim's first relation) never
// cycle; every claim takes part in a relation; at most one root per ten claims (one root always
// passes); at most half as many other relations (cross references) as tree links.
ClaimTree analyse_claim_tree(const Debate& debate);

// Which subtrees a big tree opens folded: every claim with children at the deepest level D >= 1
// such that the claims at depths <= D number at most `budget`, and every one below it, so that
// unfolding reveals one level at a time. A tree of at most `budget` claims opens unfolded.
std::vector<char> default_folded(const ClaimTree& tree, int budget = 40);

// Unfolds the ancestors of `claim` so it is shown; true when something changed.
bool unfold_ancestors(const ClaimTree& tree, std::vector<char>& folded, int claim);

// A row of the claims list grouped by thread: a thread's heading (claim -1) or a claim.
struct ThreadRow {
    int thread = -1;  // index into ClaimTree::threads; -1 for the roots, which come first, unheaded
    int claim = -1;
};
// `claims` (any order, each once) in tree order, with a heading before the first claim of each
// thread that has one in the list.
std::vector<ThreadRow> rows_by_thread(const ClaimTree& tree, const std::vector<int>& claims);

// The claim a map opens on when nothing is selected: a tree's first root; otherwise the subject's
// claim that most relations answer (the statement under debate), else any claim's; -1 without claims.
int opening_claim(const Debate& debate, const ClaimTree& tree);

}  // namespace dl
