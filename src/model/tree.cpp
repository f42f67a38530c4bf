// Tree detection and structure: parent links, cycle check, depth-first order, threads, folding.
#include "model/tree.h"

#include <algorithm>

namespace dl {

bool reads_before(const Debate& d, int a, int b) {
    const Claim &ca = d.claims[a], &cb = d.claims[b];
    if (ca.paragraph != cb.paragraph) return ca.paragraph < cb.paragraph;
    if (ca.quote_begin != cb.quote_begin) return ca.quote_begin < cb.quote_begin;
    return a < b;
}

namespace {
// True when following parents from some claim comes back to it (each claim is walked once).
bool parents_cycle(const std::vector<int>& parent) {
    const size_t n = parent.size();
    std::vector<char> state(n, 0);  // 0 unseen, 1 on the current walk, 2 known to reach a root
    std::vector<int> walk;
    for (size_t start = 0; start < n; ++start) {
        walk.clear();
        int c = static_cast<int>(start);
        while (c >= 0 && state[c] == 0) {
            state[c] = 1;
            walk.push_back(c);
            c = parent[c];
        }
        if (c >= 0 && state[c] == 1) return true;
        for (int w : walk) state[w] = 2;
    }
    return false;
}

// Everything but the parent links, for a debate already known to be a forest.
void build_forest(const Debate& d, ClaimTree& t) {
    const int n = static_cast<int>(d.claims.size());
    t.child_begin.assign(n + 1, 0);
    for (int c = 0; c < n; ++c)
        if (t.parent[c] >= 0) ++t.child_begin[t.parent[c] + 1];
    for (int c = 0; c < n; ++c) t.child_begin[c + 1] += t.child_begin[c];
    t.children.assign(t.child_begin[n], -1);
    std::vector<int> fill(t.child_begin.begin(), t.child_begin.end() - 1);
    for (int c = 0; c < n; ++c)
        if (t.parent[c] >= 0) t.children[fill[t.parent[c]]++] = c;
        else t.roots.push_back(c);
    auto by_reading = [&](int a, int b) { return reads_before(d, a, b); };
    for (int c = 0; c < n; ++c) std::sort(t.children.begin() + t.child_begin[c], t.children.begin() + t.child_begin[c + 1], by_reading);
    std::sort(t.roots.begin(), t.roots.end(), by_reading);

    t.depth.assign(n, 0);
    t.position.assign(n, 0);
    t.subtree_end.assign(n, 0);
    t.thread_of.assign(n, -1);
    t.order.clear();
    t.order.reserve(n);
    // Iterative depth-first walk: a frame is a claim and the next child to visit.
    struct Frame { int claim; int next; };
    std::vector<Frame> stack;
    for (int root : t.roots) {
        stack.push_back({root, t.child_begin[root]});
        t.position[root] = static_cast<int>(t.order.size());
        t.order.push_back(root);
        while (!stack.empty()) {
            Frame& f = stack.back();
            if (f.next == t.child_begin[f.claim + 1]) {
                t.subtree_end[f.claim] = static_cast<int>(t.order.size());
                stack.pop_back();
                continue;
            }
            const int child = t.children[f.next++];
            t.depth[child] = t.depth[f.claim] + 1;
            t.max_depth = std::max(t.max_depth, t.depth[child]);
            if (t.depth[child] == 1) {
                t.thread_of[child] = static_cast<int>(t.threads.size());
                t.threads.push_back(child);
            } else {
                t.thread_of[child] = t.thread_of[f.claim];
            }
            t.position[child] = static_cast<int>(t.order.size());
            t.order.push_back(child);
            stack.push_back({child, t.child_begin[child]});
        }
    }
}
}  // namespace

ClaimTree analyse_claim_tree(const Debate& d) {
    ClaimTree t;
    const size_t n = d.claims.size();
    t.parent_relation.assign(n, -1);
    t.parent.assign(n, -1);
    if (n < 2) return t;
    for (size_t c = 0; c < n; ++c)
        if (!d.graph.outgoing[c].empty()) {
            // The first relation in the file's order: outgoing lists are built in that order.
            t.parent_relation[c] = *std::min_element(d.graph.outgoing[c].begin(), d.graph.outgoing[c].end());
            t.parent[c] = d.relations[t.parent_relation[c]].to;
        }
    if (parents_cycle(t.parent)) {
        t.shape = TreeShape::Cycle;
        return t;
    }
    size_t roots = 0, tree_links = 0;
    for (size_t c = 0; c < n; ++c) {
        if (d.graph.outgoing[c].empty() && d.graph.incoming[c].empty()) {
            t.shape = TreeShape::IsolatedClaims;
            return t;
        }
        if (t.parent[c] < 0) ++roots;
        else ++tree_links;
    }
    if (roots > std::max<size_t>(1, n / 10)) {
        t.shape = TreeShape::TooManyRoots;
        return t;
    }
    if ((d.relations.size() - tree_links) * 2 > tree_links) {
        t.shape = TreeShape::TooManyCrossLinks;
        return t;
    }
    t.shape = TreeShape::Tree;
    build_forest(d, t);
    return t;
}

std::vector<char> default_folded(const ClaimTree& t, int budget) {
    std::vector<char> folded(t.parent.size(), 0);
    if (!t.is_tree() || static_cast<int>(t.order.size()) <= budget) return folded;
    std::vector<int> at_depth(t.max_depth + 1, 0);
    for (int dep : t.depth) ++at_depth[dep];
    int level = 1, shown = at_depth[0] + (t.max_depth >= 1 ? at_depth[1] : 0);
    while (level + 1 <= t.max_depth && shown + at_depth[level + 1] <= budget) shown += at_depth[++level];
    for (size_t c = 0; c < folded.size(); ++c)
        if (t.depth[c] >= level && t.child_count(static_cast<int>(c)) > 0) folded[c] = 1;
    return folded;
}

bool unfold_ancestors(const ClaimTree& t, std::vector<char>& folded, int claim) {
    bool changed = false;
    if (claim < 0 || claim >= static_cast<int>(t.parent.size()) || folded.size() != t.parent.size()) return false;
    for (int a = t.parent[claim]; a >= 0; a = t.parent[a])
        if (folded[a]) {
            folded[a] = 0;
            changed = true;
        }
    return changed;
}

std::vector<ThreadRow> rows_by_thread(const ClaimTree& t, const std::vector<int>& claims) {
    std::vector<ThreadRow> rows;
    if (!t.is_tree()) return rows;
    // Marking then walking the tree order is linear, where sorting by position would not be.
    std::vector<char> listed(t.order.size(), 0);
    for (int c : claims) listed[c] = 1;
    rows.reserve(claims.size() + t.threads.size());
    int heading = -1;
    for (int c : t.order) {
        if (!listed[c]) continue;
        if (t.thread_of[c] != heading) {
            heading = t.thread_of[c];
            if (heading >= 0) rows.push_back({heading, -1});
        }
        rows.push_back({t.thread_of[c], c});
    }
    return rows;
}

int opening_claim(const Debate& d, const ClaimTree& t) {
    if (t.is_tree()) return t.roots.front();
    int best = -1;
    bool best_subject = false;
    for (size_t c = 0; c < d.claims.size(); ++c) {
        const bool subject = d.actors[d.claims[c].actor].role == ActorRole::Subject;
        const size_t answers = d.graph.incoming[c].size();
        if (best < 0 || (subject && !best_subject) ||
            (subject == best_subject && answers > d.graph.incoming[best].size())) {
            best = static_cast<int>(c);
            best_subject = subject;
        }
    }
    return best;
}

}  // namespace dl
