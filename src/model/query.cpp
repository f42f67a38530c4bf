// Search, filters, stance lookups, claim tracing, selection history and the timeline axis.
#include "model/query.h"
#include "model/text.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <numeric>

namespace dl {

namespace {
std::vector<std::string> query_words(std::string_view query) {
    std::vector<std::string> words;
    const std::string folded = fold_for_search(query);
    size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && (folded[i] == ' ' || folded[i] == '\t' || folded[i] == '\n')) ++i;
        size_t j = i;
        while (j < folded.size() && folded[j] != ' ' && folded[j] != '\t' && folded[j] != '\n') ++j;
        if (j > i) words.push_back(folded.substr(i, j - i));
        i = j;
    }
    return words;
}

bool matches_all(const std::string& haystack, const std::vector<std::string>& words) {
    for (const auto& w : words)
        if (haystack.find(w) == std::string::npos) return false;
    return true;
}

// Where `word` first occurs in [hay, hay + n), or nullptr (memchr for its first byte, then compare:
// the texts are short, so this beats the set-up of a smarter search).
const char* find_word(const char* hay, size_t n, const std::string& word) {
    if (word.size() > n) return nullptr;
    const char* p = hay;
    const char* last = hay + (n - word.size());  // the last place a match can start
    while (p <= last) {
        p = static_cast<const char*>(std::memchr(p, word[0], static_cast<size_t>(last - p) + 1));
        if (!p) return nullptr;
        if (std::memcmp(p + 1, word.data() + 1, word.size() - 1) == 0) return p;
        ++p;
    }
    return nullptr;
}

// Sets the bit of every byte triple of `s` in a 2048-bit set (a multiplicative hash of the three bytes).
inline void add_triples(const std::string& s, uint64_t* set) {
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    uint32_t h = 0;
    for (size_t k = 0; k < s.size(); ++k) {
        h = ((h << 8) | u[k]) & 0xFFFFFFu;
        if (k < 2) continue;
        const uint32_t bit = (h * 0x9E3779B1u) >> 21;
        set[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
}

bool flat_usable(const FlatText& f, const std::vector<std::string>& texts) {
    return f.starts.size() == texts.size() && f.triples.size() == texts.size() * FlatText::kSetWords &&
           (texts.empty() || !f.text.empty());
}

// A 64-bit digest of a text: every step XORs the next 8 bytes (the last ones with the length) into
// the state and permutes it with the splitmix64 finaliser, a bijection that spreads each input bit
// over all 64.
uint64_t text_digest(std::string_view s) {
    uint64_t state = 0x9E3779B97F4A7C15ull;
    auto mix = [&](uint64_t word) {
        uint64_t z = state ^ word;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        state = z ^ (z >> 31);
    };
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t word;
        std::memcpy(&word, s.data() + i, 8);
        mix(word);
    }
    uint64_t tail = 0;
    if (i < s.size()) std::memcpy(&tail, s.data() + i, s.size() - i);
    mix(tail ^ (static_cast<uint64_t>(s.size()) << 56));
    mix(s.size());
    return state;
}

// What an earlier index holds for one of its lists, to take unchanged items from.
struct ListBefore {
    const std::vector<std::string>* texts = nullptr;
    const FlatText* flat = nullptr;
    const std::vector<uint64_t>* digests = nullptr;
    bool usable() const {
        return texts && flat && digests && digests->size() == texts->size() && flat_usable(*flat, *texts);
    }
};

// One list of the index over `count` items: item i's searchable text (`source(i, out)` writes it)
// folded, flattened into `flat` with its triple set, and digested. An item whose text has the
// digest of an item of `before` copies that item's folded text and triples instead. The earlier
// item is looked for where the previous one was found, then one either side of that (an insertion
// or a deletion shifts the rest of the list by one); an item moved further is simply folded again.
void build_list(size_t count, const std::function<void(size_t, std::string&)>& source, const ListBefore& before,
                std::vector<std::string>& texts, FlatText& flat, std::vector<uint64_t>& digests) {
    const std::vector<uint64_t>* old = before.usable() ? before.digests : nullptr;
    texts.resize(count);
    digests.resize(count);
    std::vector<size_t> from(count, SIZE_MAX);
    std::ptrdiff_t shift = 0;  // where the last match was found, relative to its new place
    std::string raw;
    for (size_t i = 0; i < count; ++i) {
        raw.clear();
        source(i, raw);
        digests[i] = text_digest(raw);
        if (old) {
            for (const std::ptrdiff_t d : {shift, shift + 1, shift - 1, std::ptrdiff_t{0}}) {
                const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + d;
                if (j >= 0 && static_cast<size_t>(j) < old->size() && (*old)[static_cast<size_t>(j)] == digests[i]) {
                    from[i] = static_cast<size_t>(j);
                    shift = d;
                    break;
                }
            }
        }
        texts[i] = from[i] != SIZE_MAX ? (*before.texts)[from[i]] : fold_for_search(raw);
    }
    size_t total = 0;
    for (const auto& t : texts) total += t.size() + 1;
    flat.text.reserve(total);
    flat.starts.reserve(count);
    flat.triples.assign(count * FlatText::kSetWords, 0);
    for (size_t i = 0; i < count; ++i) {
        flat.starts.push_back(static_cast<uint32_t>(flat.text.size()));
        flat.text += texts[i];
        flat.text += '\0';  // query words never hold NUL, so no match spans two items
        uint64_t* set = &flat.triples[i * FlatText::kSetWords];
        if (from[i] != SIZE_MAX) std::memcpy(set, &before.flat->triples[from[i] * FlatText::kSetWords], FlatText::kSetWords * sizeof(uint64_t));
        else add_triples(texts[i], set);
    }
}

// Items (ascending) whose text holds every word.
void search_flat(const FlatText& f, const std::vector<std::string>& words, std::vector<int>& out) {
    const size_t items = f.starts.size();
    if (items == 0) return;
    std::vector<const std::string*> order;  // longest (usually rarest) word first
    for (const auto& w : words) {
        if (w.find('\0') != std::string::npos) return;  // cannot occur in any text
        order.push_back(&w);
    }
    std::stable_sort(order.begin(), order.end(), [](const std::string* a, const std::string* b) { return a->size() > b->size(); });
    const char* base = f.text.data();
    const size_t size = f.text.size();
    auto item_end = [&](size_t i) { return i + 1 < items ? static_cast<size_t>(f.starts[i + 1]) : size; };
    auto holds_rest = [&](size_t b, size_t e, size_t from) {
        for (size_t k = from; k < order.size(); ++k)
            if (!find_word(base + b, e - b, *order[k])) return false;
        return true;
    };

    if (order.front()->size() < 3) {
        // Words of one or two bytes: one memchr pass over the whole list, jumping to the next item on a hit.
        size_t pos = 0, item = 0;
        while (pos < size) {
            const char* hit = find_word(base + pos, size - pos, *order.front());
            if (!hit) break;
            const size_t at = static_cast<size_t>(hit - base);
            while (item + 1 < items && f.starts[item + 1] <= at) ++item;
            const size_t b = f.starts[item], e = item_end(item);
            if (holds_rest(b, e, 1)) out.push_back(static_cast<int>(item));
            pos = e;
        }
        return;
    }

    // The triples of every word must be in an item's set before its text is searched.
    uint64_t mask[FlatText::kSetWords] = {};
    for (const std::string* w : order) add_triples(*w, mask);
    uint8_t used[FlatText::kSetWords];
    size_t nused = 0;
    for (size_t j = 0; j < FlatText::kSetWords; ++j)
        if (mask[j]) used[nused++] = static_cast<uint8_t>(j);
    for (size_t i = 0; i < items; ++i) {
        const uint64_t* set = &f.triples[i * FlatText::kSetWords];
        bool maybe = true;
        for (size_t j = 0; j < nused && maybe; ++j) maybe = (set[used[j]] & mask[used[j]]) == mask[used[j]];
        if (maybe && holds_rest(f.starts[i], item_end(i), 0)) out.push_back(static_cast<int>(i));
    }
}

void search_list(const std::vector<std::string>& texts, const FlatText& flat, const std::vector<std::string>& words,
                 std::vector<int>& out) {
    if (flat_usable(flat, texts)) {
        search_flat(flat, words, out);
        return;
    }
    for (size_t i = 0; i < texts.size(); ++i)
        if (matches_all(texts[i], words)) out.push_back(static_cast<int>(i));
}
}  // namespace

SearchIndex build_search_index(const Debate& d, const SearchIndex* before) {
    SearchIndex ix;
    auto was = [&](const std::vector<std::string> SearchIndex::*texts, const FlatText SearchIndex::*flat,
                   const std::vector<uint64_t> SearchIndex::*digests) {
        return before ? ListBefore{&(before->*texts), &(before->*flat), &(before->*digests)} : ListBefore{};
    };
    build_list(d.claims.size(), [&](size_t i, std::string& s) {
        const Claim& c = d.claims[i];
        s.append(c.summary).append("\n").append(c.quote).append("\n").append(d.actors[c.actor].name);
    }, was(&SearchIndex::claims, &SearchIndex::flat_claims, &SearchIndex::claim_digests), ix.claims, ix.flat_claims, ix.claim_digests);
    build_list(d.actors.size(), [&](size_t i, std::string& s) {
        const Actor& a = d.actors[i];
        s.append(a.name).append("\n").append(a.description);
        for (const auto& f : a.affiliations) s.append("\n").append(f);
    }, was(&SearchIndex::actors, &SearchIndex::flat_actors, &SearchIndex::actor_digests), ix.actors, ix.flat_actors, ix.actor_digests);
    build_list(d.evidence.size(), [&](size_t i, std::string& s) { s.append(d.evidence[i].title).append("\n").append(d.evidence[i].description); },
               was(&SearchIndex::evidence, &SearchIndex::flat_evidence, &SearchIndex::evidence_digests), ix.evidence,
               ix.flat_evidence, ix.evidence_digests);
    build_list(d.article.paragraphs.size(), [&](size_t i, std::string& s) { s.append(d.article.paragraphs[i].text); },
               was(&SearchIndex::paragraphs, &SearchIndex::flat_paragraphs, &SearchIndex::paragraph_digests), ix.paragraphs,
               ix.flat_paragraphs, ix.paragraph_digests);
    return ix;
}

SearchResults search(const SearchIndex& ix, std::string_view query) {
    SearchResults r;
    const auto words = query_words(query);
    if (words.empty()) return r;
    search_list(ix.claims, ix.flat_claims, words, r.claims);
    search_list(ix.actors, ix.flat_actors, words, r.actors);
    search_list(ix.evidence, ix.flat_evidence, words, r.evidence);
    search_list(ix.paragraphs, ix.flat_paragraphs, words, r.paragraphs);
    return r;
}

bool filter_is_empty(const ClaimFilter& f) {
    return f.actor < 0 && f.kind < 0 && f.question < 0 && query_words(f.text).empty();
}

std::vector<int> filter_claims(const Debate& d, const SearchIndex& ix, const ClaimFilter& f) {
    std::vector<int> out;
    const auto words = query_words(f.text);
    auto keep = [&](size_t i) {
        const Claim& c = d.claims[i];
        if (f.actor >= 0 && c.actor != f.actor) return false;
        if (f.kind >= 0 && static_cast<int>(c.kind) != f.kind) return false;
        if (f.question >= 0 && std::find(c.questions.begin(), c.questions.end(), f.question) == c.questions.end()) return false;
        return true;
    };
    if (!words.empty() && flat_usable(ix.flat_claims, ix.claims) && ix.claims.size() == d.claims.size()) {
        // Words first, with one pass over the flattened texts; then the cheap field checks.
        search_flat(ix.flat_claims, words, out);
        out.erase(std::remove_if(out.begin(), out.end(), [&](int i) { return !keep(static_cast<size_t>(i)); }), out.end());
        return out;
    }
    for (size_t i = 0; i < d.claims.size(); ++i) {
        if (!keep(i)) continue;
        if (!words.empty() && !matches_all(ix.claims[i], words)) continue;
        out.push_back(static_cast<int>(i));
    }
    return out;
}

std::vector<int> stance_matrix_actors(const Debate& d) {
    std::vector<int> out;
    for (int pass = 0; pass < 2; ++pass)
        for (size_t a = 0; a < d.actors.size(); ++a) {
            const bool referenced = d.actors[a].role == ActorRole::Referenced;
            if (pass == 0 && !referenced) out.push_back(static_cast<int>(a));
            if (pass == 1 && referenced) {
                for (size_t q = 0; q < d.questions.size(); ++q)
                    if (d.stance(static_cast<int>(a), static_cast<int>(q))) {
                        out.push_back(static_cast<int>(a));
                        break;
                    }
            }
        }
    return out;
}

std::vector<int> grounding_claims(const Debate& d, int actor, int question) {
    const Stance* s = d.stance(actor, question);
    return s ? s->claims : std::vector<int>{};
}

ClaimTrace trace_claim(const Debate& d, int claim, int max_depth, size_t max_nodes) {
    ClaimTrace t;
    if (claim < 0 || claim >= static_cast<int>(d.claims.size())) return t;
    t.claim = claim;
    t.targets = d.graph.outgoing[claim];
    t.evidence = d.claims[claim].evidence;

    // Iterative depth-first walk over incoming relations; a claim met again is listed but not
    // expanded, so cycles and diamonds stay finite and the tree stays readable.
    std::vector<char> seen(d.claims.size(), 0);
    seen[claim] = 1;
    struct Pending { int relation; int depth; };
    std::vector<Pending> stack;
    const auto& root_in = d.graph.incoming[claim];
    for (auto it = root_in.rbegin(); it != root_in.rend(); ++it) stack.push_back({*it, 1});
    while (!stack.empty()) {
        if (t.tree.size() >= max_nodes) { t.truncated = true; break; }
        const Pending p = stack.back();
        stack.pop_back();
        const int from = d.relations[p.relation].from;
        TraceNode node{from, p.relation, p.depth, seen[from] != 0};
        t.tree.push_back(node);
        if (node.repeated) continue;
        seen[from] = 1;
        if (p.depth >= max_depth) continue;
        const auto& in = d.graph.incoming[from];
        for (auto it = in.rbegin(); it != in.rend(); ++it) stack.push_back({*it, p.depth + 1});
    }

    // Events that name the claim or any of its evidence: one pass over the events' lists, with the
    // claim's evidence marked (a find per pair would be events x 1 000 x 1 000 at the limits).
    std::vector<char> cited(d.evidence.size(), 0);
    for (int x : t.evidence) cited[x] = 1;
    for (size_t e = 0; e < d.timeline.size(); ++e) {
        const TimelineEvent& ev = d.timeline[e];
        bool touches = std::find(ev.claims.begin(), ev.claims.end(), claim) != ev.claims.end();
        for (size_t k = 0; k < ev.evidence.size() && !touches; ++k) touches = cited[ev.evidence[k]] != 0;
        if (touches) t.events.push_back(static_cast<int>(e));
    }
    for (size_t s = 0; s < d.stances.size(); ++s) {
        const auto& cl = d.stances[s].claims;
        if (std::find(cl.begin(), cl.end(), claim) != cl.end()) t.stances.push_back(static_cast<int>(s));
    }
    return t;
}

void SelectionHistory::visit(int claim) {
    if (current() == claim) return;
    items_.resize(static_cast<size_t>(pos_ + 1));
    items_.push_back(claim);
    if (items_.size() > kMaxEntries) items_.erase(items_.begin());
    pos_ = static_cast<int>(items_.size()) - 1;
}

bool SelectionHistory::back() {
    if (!can_back()) return false;
    --pos_;
    return true;
}

bool SelectionHistory::forward() {
    if (!can_forward()) return false;
    ++pos_;
    return true;
}

TimelineAxis timeline_axis(const Debate& d) {
    TimelineAxis axis;
    axis.order.resize(d.timeline.size());
    std::iota(axis.order.begin(), axis.order.end(), 0);
    std::stable_sort(axis.order.begin(), axis.order.end(), [&](int a, int b) {
        return d.timeline[a].date.days_since_epoch() < d.timeline[b].date.days_since_epoch();
    });
    if (axis.order.empty()) return axis;
    std::vector<double> raw(axis.order.size(), 0.0);
    for (size_t i = 1; i < axis.order.size(); ++i) {
        const double gap = static_cast<double>(d.timeline[axis.order[i]].date.days_since_epoch() -
                                               d.timeline[axis.order[i - 1]].date.days_since_epoch());
        // Same-day events still get a little room; a day is visible next to a decade.
        raw[i] = raw[i - 1] + 1.0 + std::log2(1.0 + gap);
        if (gap > 365.0) axis.breaks.push_back((raw[i] + raw[i - 1]) / 2.0);
    }
    const double span = raw.back() > 0 ? raw.back() : 1.0;
    for (double& r : raw) r /= span;
    for (double& b : axis.breaks) b /= span;
    if (axis.order.size() == 1) raw[0] = 0.5;
    axis.position = std::move(raw);
    return axis;
}

std::vector<uint32_t> characters_used(const Debate& d) {
    std::vector<uint32_t> found;
    auto add = [&](std::string_view text) { append_beyond_ascii(text, found); };
    add(d.title);
    add(d.summary);
    for (const std::string& n : d.editorial_notes) add(n);
    add(d.article.title);
    add(d.article.title_note);
    add(d.article.publisher);
    for (const Paragraph& p : d.article.paragraphs) add(p.text);
    for (const Section& s : d.article.sections) add(s.label);
    for (const Actor& a : d.actors) {
        add(a.name);
        add(a.description);
        for (const std::string& f : a.affiliations) add(f);
    }
    for (const Question& q : d.questions) {
        add(q.text);
        add(q.short_label);
    }
    for (const Claim& c : d.claims) {
        add(c.summary);
        add(c.quote);
        if (c.review) {
            add(c.review->rating);
            add(c.review->reviewer);
        }
    }
    for (const Relation& r : d.relations) add(r.note);
    for (const Evidence& e : d.evidence) {
        add(e.title);
        add(e.description);
    }
    for (const Stance& s : d.stances) add(s.position);
    for (const TimelineEvent& t : d.timeline) add(t.label);
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

}  // namespace dl
