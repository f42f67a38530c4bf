// Synthetic debates for the benchmarks. The shape follows a real op-ed debate scaled up: a
// subject whose statement opens the article, commentators who each write a section (byline,
// claims in paragraphs, a pull quote, some bullets), referenced actors quoted inside those
// sections, 5-8 questions with a stance for every subject and commentator on each, relations
// (average degree about 2, with long chains and cycles), evidence and a timeline. Every quote is
// cut from the paragraph it names, so the file is valid by construction.
#include "gen.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <unordered_set>
#include <vector>

namespace dlbench {

namespace {

using json = nlohmann::ordered_json;

// splitmix64: tiny, fast and the same everywhere (std distributions differ between libraries).
struct Rng {
    uint64_t s;
    explicit Rng(uint64_t seed) : s(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {}
    uint64_t next() {
        uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<uint64_t>(n)); }
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }  // inclusive
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    // Index into a list of weights.
    template <size_t N>
    int weighted(const int (&w)[N]) {
        int total = 0;
        for (int x : w) total += x;
        int r = below(total);
        for (size_t i = 0; i < N; ++i) {
            if (r < w[i]) return static_cast<int>(i);
            r -= w[i];
        }
        return static_cast<int>(N) - 1;
    }
};

// Words of a security-policy op-ed; earlier words are drawn more often (a rough Zipf curve).
const char* const kWords[] = {
    "the", "of", "and", "to", "a", "in", "that", "is", "for", "it", "on", "with", "as", "not", "be", "this",
    "by", "are", "would", "will", "its", "has", "but", "have", "an", "which", "Russia", "NATO", "West",
    "security", "Europe", "Moscow", "Kyiv", "Ukraine", "alliance", "guarantees", "expansion", "Kremlin",
    "treaty", "sanctions", "border", "troops", "military", "policy", "war", "peace", "sovereignty",
    "demands", "negotiations", "deterrence", "escalation", "diplomacy", "members", "eastern", "flank",
    "strategic", "interests", "threat", "regime", "government", "leaders", "countries", "neighbours",
    "energy", "gas", "pipeline", "economy", "pressure", "response", "credible", "commitment", "defence",
    "Baltic", "Black", "Sea", "Washington", "Berlin", "Paris", "London", "Warsaw", "Brussels", "summit",
    "agreement", "promise", "broken", "history", "decades", "since", "after", "before", "never", "always",
    "only", "more", "less", "than", "must", "should", "could", "cannot", "does", "did", "was", "were",
    "been", "being", "because", "while", "although", "however", "therefore", "indeed", "clearly",
    "arguably", "perhaps", "certainly", "openly", "quietly", "rapidly", "slowly", "again", "still",
    "new", "old", "real", "serious", "dangerous", "legitimate", "unacceptable", "reasonable", "false",
    "true", "wider", "deeper", "stronger", "weaker", "larger", "smaller", "long", "short", "hard",
    "soft", "power", "influence", "sphere", "order", "rules", "international", "law", "principle",
    "freedom", "choice", "alliances", "partners", "allies", "adversary", "rival", "Putin", "Biden",
    "president", "minister", "ambassador", "envoy", "officials", "experts", "analysts", "observers",
    "public", "opinion", "media", "narrative", "propaganda", "information", "cyber", "hybrid",
    "attack", "invasion", "occupation", "annexation", "Crimea", "Donbas", "ceasefire", "Minsk",
    "accords", "OSCE", "Helsinki", "Final", "Act", "Charter", "Paris", "Budapest", "Memorandum",
    "exercises", "deployment", "missiles", "nuclear", "weapons", "arms", "control", "inspections",
    "transparency", "verification", "risk", "reduction", "dialogue", "channels", "talks", "rounds",
    "proposal", "draft", "text", "terms", "conditions", "ultimatum", "concessions", "compromise",
    "red", "lines", "veto", "enlargement", "membership", "accession", "door", "open", "closed",
    "Georgia", "Moldova", "Belarus", "Finland", "Sweden", "Norway", "Poland", "Romania", "Estonia",
    "Latvia", "Lithuania", "neutrality", "buffer", "zone", "frontier", "garrison", "brigade",
    "battalion", "rotation", "presence", "forward", "posture", "readiness", "resilience", "unity",
    "division", "credibility", "legitimacy", "accountability", "responsibility", "consequences",
    "costs", "benefits", "trade", "markets", "investment", "reserves", "currency", "banks", "exports",
    "imports", "supply", "chains", "winter", "prices", "households", "voters", "elections",
    "parliament", "constitution", "reform", "corruption", "oligarchs", "elites", "society", "citizens",
    "refugees", "humanitarian", "corridor", "civilians", "casualties", "losses", "victory", "defeat",
    "stalemate", "settlement", "outcome", "scenario", "future", "generation", "centuries", "empire",
    "imperial", "ambitions", "revisionist", "status", "quo", "balance", "stability", "instability",
    "crisis", "moment", "turning", "point", "precedent", "signal", "message", "test", "resolve",
    "weakness", "strength", "fear", "trust", "mistrust", "grievance", "humiliation", "pride", "myth",
    "reality", "facts", "evidence", "record", "claims", "arguments", "assumptions", "logic",
    "Tarkov’s", "Volkonsky’s", "Europe’s", "NATO’s", "Russia’s", "Ukraine’s", "don’t", "won’t", "isn’t",
    "Grüner", "Ibáñez", "Østergaard", "café", "régime", "naïve", "déjà", "Київ", "Москва",
};
constexpr int kWordCount = static_cast<int>(sizeof(kWords) / sizeof(kWords[0]));

struct ActorDef {
    const char* id;
    const char* name;
    const char* affiliation;
};
const ActorDef kSubject = {"volkonsky", "Arkady Volkonsky", "President of the Northern Federation (fictional)"};
const ActorDef kCommentators[] = {
    {"solberg", "Ingrid Solberg", "Senior Fellow, Institute for Northern Security Studies"},
    {"ibanez", "Tomás Ibáñez", "Professor of International Relations, University of Castellón"},
    {"marchetti", "Zoë Marchetti", "Director, Centre for European Defence"},
    {"asante", "Kwame Asante", "Former Ambassador to the OSCE"},
    {"kovalenko", "Olena Kovalenko", "Chair, Kyiv Forum for Security Policy"},
    {"whitfield", "James Whitfield", "Associate Fellow, Royal Institute of Strategy"},
    {"zhou", "Mei-Ling Zhou", "Analyst, Pacific Council on Arms Control"},
    {"gruner", "Hans-Peter Grüner", "Retired Lieutenant General; Adviser, Defence Academy"},
    {"dubois", "Élise Dubois", "Research Director, Observatoire des Frontières"},
    {"ortega", "Rafael Ortega", "Columnist and former diplomat"},
    {"virtanen", "Aino Virtanen", "Head of Programme, Baltic Resilience Network"},
    {"sokolov", "Dmitri Sokolov", "Visiting Scholar, Centre for Eurasian Studies"},
    {"haddad", "Fatima Haddad", "Senior Researcher, Institute for Peace and Conflict"},
    {"ostergaard", "Lars Østergaard", "Member of Parliament, Defence Committee"},
    {"raman", "Priya Raman", "Economist, Energy Security Forum"},
    {"nowak", "Bogdan Nowak", "Former Deputy Minister of Defence"},
};
// A panel for big stance matrices (a BBC Question Time map has 34 speakers): names of one to
// four words, some with long words, titles and letters beyond ASCII. All invented.
const char* const kPanel[] = {
    "Baroness Amelia Fairweather-Lindqvist", "Okonkwo", "Sir Bartholomew Ashcombe-Featherstonehaugh",
    "Dr Ngozi Adebayo-Oyelaran", "Mei Tanaka", "Professor Siobhán Ní Bhriain", "Lord Peregrine Wolstenholme",
    "Rt Hon Margaret Okafor", "Tomasz Wiśniewski-Kowalczyk", "Chidi Eze", "Councillor Rhiannon Pritchard", "Anders",
    "Dame Henrietta Cholmondeley", "Rev Dr Ebenezer Mensah", "Ayşe Yılmaz", "Kwabena Owusu-Ansah",
    "Isabella Montgomery-Featherstone", "Sir Alasdair MacGillivray", "Priyanka Raghunathan",
    "Baroness Oluwaseun Adeyemi", "Fergus", "Dr Magdalena Szczepańska", "Professor Emeritus Ignatius Worthington",
    "Lucía Fernández", "Hamish Drummond-Stewart", "Councillor Temperance Blackwood", "Jun-seo Park",
    "Lady Wilhelmina Grosvenor-Hartley", "Oskar Lindgren", "Dr Aroha Te Whakaruru", "Benedikt Schwarzenberger",
    "Marguerite Delacroix-Beaumont", "Sir Cuthbert Pennington-Smythe", "Nadia Haddad", "Thandiwe Mokoena",
    "Bishop Aurelius Vanderbilt-Crane", "Zeynep", "Cllr Roderick Quartermaine",
};
const char* const kPanelRoles[] = {"Panellist, member of the House of Lords (fictional)", "Panellist, columnist (fictional)",
                                   "Panellist, former minister (fictional)", "Audience member (fictional)",
                                   "Panellist, business leader (fictional)"};
const ActorDef kUnnamed = {"unnamed-author", "Unnamed contributor", "Contributor (the article gives no name)"};
const ActorDef kReferenced[] = {
    {"tarkov", "Ruslan Tarkov", "Foreign Minister of the Northern Federation (fictional)"},
    {"baines", "Alder Baines", "Secretary of State (fictional)"},
    {"vasquez", "Elena Vásquez", "Alliance Secretary General (fictional)"},
    {"tanaka", "Yuki Tanaka", "Ambassador to the Alliance (fictional)"},
    {"brandt", "Otto Brandt", "Chancellor (fictional)"},
    {"petrova", "Nadia Petrova", "Spokeswoman of the Foreign Ministry (fictional)"},
    {"harper", "Cole Harper", "Senator, Foreign Relations Committee (fictional)"},
};
const char* const kQuestions[][2] = {
    {"Should the West accept the demand for written security guarantees?", "Accept terms?"},
    {"Is the alliance's eastward expansion a real threat to the Federation?", "Real threat?"},
    {"Will the Federation escalate militarily if its demands are refused?", "Escalation?"},
    {"Should sanctions be tightened now, before any escalation?", "Sanctions now?"},
    {"Can negotiations still produce a lasting settlement?", "Talks work?"},
    {"Should allies station more troops on the eastern flank?", "More troops?"},
    {"Is the promise of non-enlargement a historical fact?", "Promise made?"},
    {"Should energy dependence be cut even at a high cost?", "Cut energy?"},
};
const char* const kReportVerbs[] = {"said", "insisted", "warned", "told reporters", "wrote", "argued", "claimed", "added"};

std::string word(Rng& r) {
    const double u = r.unit();
    return kWords[static_cast<int>(u * u * kWordCount) % kWordCount];
}

// A sentence of n words (first letter upper-cased when ASCII), no final punctuation.
std::string phrase(Rng& r, int lo, int hi) {
    const int n = r.range(lo, hi);
    std::string s;
    for (int i = 0; i < n; ++i) {
        if (i) s += (i > 3 && i + 2 < n && r.chance(0.03)) ? " \xE2\x80\x94 " : (r.chance(0.05) ? ", " : " ");
        if (r.chance(0.02)) s += std::to_string(r.range(2, 2021));
        else s += word(r);
    }
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
    return s;
}
std::string sentence(Rng& r, int lo, int hi) { return phrase(r, lo, hi) + (r.chance(0.08) ? "?" : "."); }

std::string date_string(Rng& r) {
    const int y = r.range(1990, 2021);
    const int precision = r.below(3);
    char buf[16];
    if (precision == 0) snprintf(buf, sizeof buf, "%04d", y);
    else if (precision == 1) snprintf(buf, sizeof buf, "%04d-%02d", y, r.range(1, 12));
    else snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, r.range(1, 12), r.range(1, 28));
    return buf;
}

std::string pid(size_t i) {
    char buf[16];
    snprintf(buf, sizeof buf, "p%05zu", i + 1);
    return buf;
}

// "Dr Ngozi Adebayo-Oyelaran" -> "dr-ngozi-adebayo-oyelaran"; letters beyond ASCII are dropped.
std::string slug(const std::string& name) {
    std::string s;
    for (unsigned char ch : name) {
        if (std::isalnum(ch) && ch < 0x80) s += static_cast<char>(std::tolower(ch));
        else if ((ch == ' ' || ch == '-') && !s.empty() && s.back() != '-') s += '-';
    }
    return s;
}

// The top of a generated document, in the order the format lists it.
json document_head(const std::string& id, const std::string& title, const std::string& summary, json notes) {
    json doc;
    doc["format"] = "debatelens/1";
    doc["id"] = id;
    doc["content_version"] = "1.0.0";
    doc["title"] = title;
    doc["summary"] = summary;
    doc["editorial_notes"] = std::move(notes);
    return doc;
}

struct ClaimSlot {
    int actor;
    int attribution;  // 0 direct, 1 reported, 2 paraphrase
};

// ---- the Kialo shape ----------------------------------------------------------------------------
// A thesis, a dozen top-level branches, pro and con claims down to depth 19, one unnamed author
// (a Kialo export names none), one paragraph per claim quoted whole, relations written as Kialo's
// import writes them: every tree relation (supports or rebuts, child to parent) first, then a few
// cross references ("-> See 1.2.3."), also supports or rebuts, between threads. No questions.
std::string generate_tree_debate(const GenParams& params, GenStats* stats) {
    Rng r(params.seed);
    const int n = std::max(2, params.claims);
    constexpr int kMaxDepth = 19;
    const int threads = std::clamp(n / 100, 3, 12);
    // Parents in creation order: the thesis, its branches, one chain to the deepest level, then
    // each claim under a claim of a thread drawn at random, half the time one of the thread's
    // latest (so threads grow deep), else any of its claims.
    std::vector<int> parent(n, -1), depth(n, 0);
    std::vector<std::vector<int>> members(threads + 1);  // per thread (1-based), its claims in creation order
    auto attach = [&](int c, int p, int thread) {
        parent[c] = p;
        depth[c] = depth[p] + 1;
        members[thread].push_back(c);
    };
    int made = 1;
    for (; made <= threads && made < n; ++made) attach(made, 0, made);
    for (int k = 1; k < kMaxDepth && made < n; ++k, ++made) attach(made, made == threads + 1 ? 1 : made - 1, 1);
    for (; made < n; ++made) {
        const int thread = 1 + r.below(threads);
        const std::vector<int>& in = members[thread];
        const int size = static_cast<int>(in.size());
        int p;
        do p = in[r.chance(0.5) ? std::max(0, size - 1 - r.below(8)) : r.below(size)];
        while (depth[p] >= kMaxDepth);
        attach(made, p, thread);
    }
    // The export's order: depth first, children in the order they were made.
    std::vector<std::vector<int>> kids(n);
    for (int c = 1; c < n; ++c) kids[parent[c]].push_back(c);
    std::vector<int> order, stack{0};
    while (!stack.empty()) {
        const int c = stack.back();
        stack.pop_back();
        order.push_back(c);
        for (auto it = kids[c].rbegin(); it != kids[c].rend(); ++it) stack.push_back(*it);
    }
    std::vector<int> rank(n), thread(n, -1);
    for (int i = 0; i < n; ++i) rank[order[i]] = i;
    for (int c : order) thread[c] = depth[c] <= 1 ? c : thread[parent[c]];
    auto claim_id = [&](int c) {
        char buf[16];
        snprintf(buf, sizeof buf, "c%05d", rank[c] + 1);
        return std::string(buf);
    };

    json paragraphs = json::array(), claims = json::array(), relations = json::array();
    std::vector<bool> pro(n, true);
    for (int c : order) {
        const std::string text = sentence(r, 4, 11);
        if (c > 0) pro[c] = r.chance(0.55);
        paragraphs.push_back({{"id", pid(paragraphs.size())}, {"text", text}, {"kind", "body"}});
        json o;
        o["id"] = claim_id(c);
        o["actor"] = "participants";
        o["summary"] = text;
        o["kind"] = c == 0 ? "value_judgement" : "assertion";
        o["quote"] = text;
        o["paragraph"] = pid(paragraphs.size() - 1);
        claims.push_back(std::move(o));
    }
    for (int c : order)
        if (c > 0)
            relations.push_back({{"from", claim_id(c)}, {"to", claim_id(parent[c])}, {"type", pro[c] ? "supports" : "rebuts"}});
    // Cross references: never from the thesis (its first relation would become a parent link).
    const int cross = std::max(1, n / 100);
    std::unordered_set<uint64_t> used;
    int cross_made = 0;
    for (int guard = 0; cross_made < cross && guard < cross * 50; ++guard) {
        const int from = 1 + r.below(n - 1), to = 1 + r.below(n - 1);
        if (thread[from] == thread[to] || !used.insert(static_cast<uint64_t>(from) << 32 | static_cast<uint32_t>(to)).second) continue;
        relations.push_back({{"from", claim_id(from)}, {"to", claim_id(to)}, {"type", r.chance(0.5) ? "supports" : "rebuts"},
                             {"note", "Cross reference (-> See)"}});
        ++cross_made;
    }

    json doc = document_head("synthetic-tree-" + std::to_string(n), "SYNTHETIC: a discussion tree of " + std::to_string(n) + " claims",
                             "Generated content shaped like a Kialo discussion: a thesis and pro and con claims under it. "
                             "No real person or statement is described.",
                             json::array({"Generated by bench/gen.cpp --tree (seed " + std::to_string(params.seed) +
                                              "); every text is invented.",
                                          "Like a Kialo export it names no author and asks no questions."}));
    doc["article"] = {{"title", "A discussion tree (synthetic)"},
                      {"publisher", "The Benchmark Review (fictional)"},
                      {"date", "2024-05-02"},
                      {"language", "en"},
                      {"paragraphs", std::move(paragraphs)}};
    doc["actors"] = json::array({{{"id", "participants"},
                                  {"name", "Participants in the discussion"},
                                  {"role", "commentator"},
                                  {"affiliations", json::array()},
                                  {"description", "The discussion does not name its authors."},
                                  {"unnamed", true}}});
    doc["questions"] = json::array();
    doc["claims"] = std::move(claims);
    doc["relations"] = std::move(relations);
    doc["stances"] = json::array();
    std::string out = doc.dump();
    out += '\n';
    if (stats) {
        *stats = GenStats{};
        stats->bytes = out.size();
        stats->claims = stats->paragraphs = static_cast<size_t>(n);
        stats->relations = doc["relations"].size();
        stats->actors = 1;
        stats->depth = static_cast<size_t>(*std::max_element(depth.begin(), depth.end()));
        stats->threads = static_cast<size_t>(threads);
        stats->cross_links = static_cast<size_t>(cross_made);
    }
    return out;
}

}  // namespace

std::string generate_debate(const GenParams& params, GenStats* stats) {
    if (params.tree) return generate_tree_debate(params, stats);
    Rng r(params.seed);
    const int n = std::max(1, params.claims);

    // ---- actors -------------------------------------------------------------------------------
    const bool panel = params.actors > 0;
    const int panel_size = static_cast<int>(std::size(kPanel));
    const int commentators = panel ? std::clamp(params.actors - 2, 1, panel_size)
                                   : std::clamp(3 + n / 2500, 3, static_cast<int>(std::size(kCommentators)));
    const int referenced = std::clamp(2 + n / 10000, 2, static_cast<int>(std::size(kReferenced)));
    std::vector<const ActorDef*> actors{&kSubject};
    std::vector<int> roles{0};
    std::vector<ActorDef> panellists;  // ids and names of the panel, when it is used
    std::vector<std::string> panel_ids;
    for (int i = 0; panel && i < commentators; ++i) panel_ids.push_back(slug(kPanel[i]));
    for (int i = 0; panel && i < commentators; ++i)
        panellists.push_back({panel_ids[i].c_str(), kPanel[i], kPanelRoles[i % std::size(kPanelRoles)]});
    for (int i = 0; i < commentators; ++i) {
        actors.push_back(panel ? &panellists[i] : &kCommentators[i]);
        roles.push_back(1);
    }
    actors.push_back(&kUnnamed);
    roles.push_back(1);
    const int unnamed_actor = static_cast<int>(actors.size()) - 1;
    for (int i = 0; i < referenced; ++i) { actors.push_back(&kReferenced[i]); roles.push_back(2); }
    const int first_referenced = unnamed_actor + 1;
    const int writers = commentators + 1;  // commentator sections, the unnamed author's included

    json doc = document_head("synthetic-" + std::to_string(n), "SYNTHETIC: benchmark debate with " + std::to_string(n) + " claims",
                             "Generated content for performance tests: an invented head of state demands security guarantees "
                             "and invented experts respond. No real person or statement is described.",
                             json::array({"Generated by bench/gen.cpp (seed " + std::to_string(params.seed) +
                                              "); every name, quote and date is invented.",
                                          "The author of one section is not named, to exercise the unnamed flag."}));

    // ---- questions ----------------------------------------------------------------------------
    // 5 questions at 100 claims up to 8 at 50 000; the seed rotates the count within 5..8.
    const int by_size = n < 1000 ? 0 : n < 10000 ? 1 : n < 50000 ? 2 : 3;
    const int questions = 5 + static_cast<int>((by_size + params.seed - 1) % 4);
    json jq = json::array();
    for (int q = 0; q < questions; ++q)
        jq.push_back({{"id", "q" + std::to_string(q + 1)}, {"text", kQuestions[q][0]}, {"short", kQuestions[q][1]}});

    // ---- evidence -----------------------------------------------------------------------------
    const int evidence = std::clamp(n / 25, 3, 20000);
    json jev = json::array();
    static const char* const kEvidenceKinds[] = {"document", "treaty", "statement", "event", "article", "report"};
    for (int e = 0; e < evidence; ++e) {
        json o;
        o["id"] = "ev-" + std::to_string(e + 1);
        o["title"] = phrase(r, 3, 8);
        o["kind"] = kEvidenceKinds[r.below(6)];
        if (r.chance(0.7)) o["date"] = date_string(r);
        if (r.chance(0.4)) o["url"] = "https://example.org/documents/" + std::to_string(e + 1);
        o["description"] = sentence(r, 6, 16);
        o["source"] = r.chance(0.2) ? "context" : "article";
        jev.push_back(std::move(o));
    }

    // ---- how many claims each section holds ------------------------------------------------------
    const int subject_claims = std::max(2, n * 4 / 100);
    const int referenced_claims = std::min(n - subject_claims, std::max(referenced, n * 6 / 100));
    const int writer_claims = n - subject_claims - referenced_claims;
    std::vector<double> weight(writers);
    double wsum = 0;
    for (int w = 0; w < writers; ++w) wsum += weight[w] = (w == writers - 1 ? 0.3 : 0.5 + r.unit());
    std::vector<std::vector<ClaimSlot>> sections(writers + 1);  // 0: the subject's statement
    for (int i = 0; i < subject_claims; ++i) sections[0].push_back({0, r.chance(0.6) ? 1 : 2});
    {
        int given = 0;
        for (int w = 0; w < writers; ++w) {
            const int k = w == writers - 1 ? writer_claims - given : static_cast<int>(writer_claims * weight[w] / wsum);
            for (int i = 0; i < k; ++i) sections[w + 1].push_back({1 + w, r.chance(0.85) ? 0 : 2});
            given += k;
        }
    }
    for (int i = 0; i < referenced_claims; ++i)
        sections[1 + r.below(writers)].push_back({first_referenced + r.below(referenced), 1});
    for (auto& s : sections)
        for (size_t i = s.size(); i > 1; --i) std::swap(s[i - 1], s[r.below(static_cast<int>(i))]);

    // ---- article and claims, in reading order ----------------------------------------------------
    json paragraphs = json::array(), claims = json::array(), sections_json = json::array(), key_quotes = json::array();
    std::vector<int> claim_actor;
    std::vector<size_t> claim_paragraph;
    std::vector<std::vector<int>> claims_on(actors.size() * questions);  // per actor and question
    std::vector<int> subject_claim_ids;
    size_t ranged = 0;
    auto add_paragraph = [&](std::string text, const char* kind, const std::string& section) {
        json p;
        p["id"] = pid(paragraphs.size());
        p["text"] = std::move(text);
        p["kind"] = kind;
        if (!section.empty()) {
            p["section"] = section;
            sections_json.back()["paragraphs"].push_back(p["id"]);  // the section being written
        }
        paragraphs.push_back(std::move(p));
    };
    add_paragraph("This article is synthetic. It was generated to measure DebateLens on a debate of " +
                      std::to_string(n) + " claims; its people and places do not exist.",
                  "body", "");
    add_paragraph(sentence(r, 14, 30) + " " + sentence(r, 10, 24), "body", "");

    static const int kKindWeights[] = {4, 30, 24, 14, 16, 12};
    static const char* const kKinds[] = {"demand", "assertion", "interpretation", "prediction", "recommendation",
                                         "value_judgement"};
    static const char* const kAttributions[] = {"direct", "reported", "paraphrase"};
    for (size_t s = 0; s < sections.size(); ++s) {
        const int owner = s == 0 ? 0 : static_cast<int>(s);  // actor index of the section's writer
        const std::string section_id = s == 0 ? "statement" : std::string("section-") + actors[owner]->id;
        sections_json.push_back({{"id", section_id},
                                 {"label", s == 0 ? std::string("The statement") : std::string(actors[owner]->name)},
                                 {"actor", actors[owner]->id},
                                 {"paragraphs", json::array()}});
        if (s > 0) add_paragraph(std::string(actors[owner]->name) + ", " + actors[owner]->affiliation, "byline", section_id);
        const auto& slots = sections[s];
        size_t next = 0;
        const size_t pull_at = slots.size() / 2;
        bool pulled = s == 0;
        while (next < slots.size()) {
            if (!pulled && next >= pull_at) {
                key_quotes.push_back({{"id", "kq-" + std::to_string(key_quotes.size() + 1)},
                                      {"paragraph", pid(paragraphs.size())},
                                      {"actor", actors[owner]->id}});
                add_paragraph(sentence(r, 8, 18), "pull_quote", section_id);
                pulled = true;
            }
            const bool bullet = s > 0 && r.chance(0.1);
            static const int kGroup[] = {4, 10, 18, 26, 22, 12, 8};  // 0..6 claims in one paragraph
            int group = bullet ? 1 : std::max(1, r.weighted(kGroup));
            group = std::min<int>(group, static_cast<int>(slots.size() - next));
            std::string text;
            if (!bullet && r.chance(0.3)) text += sentence(r, 8, 22) + " ";
            const size_t para = paragraphs.size();
            for (int k = 0; k < group; ++k, ++next) {
                const ClaimSlot slot = slots[next];
                const ActorDef& a = *actors[slot.actor];
                const std::string surname = std::string(a.name).substr(std::string(a.name).rfind(' ') + 1);
                std::string quote;
                size_t begin = 0;
                if (slot.attribution == 1) {  // reported: inside quotation marks
                    text += surname + " " + kReportVerbs[r.below(8)] + " that \xE2\x80\x9C";
                    quote = phrase(r, 6, 22);
                    begin = text.size();
                    text += quote + "\xE2\x80\x9D. ";
                } else if (slot.attribution == 2) {  // paraphrase: the article's own words
                    text += "In " + surname + "\xE2\x80\x99s view, ";
                    quote = phrase(r, 6, 20);
                    quote[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(quote[0])));
                    begin = text.size();
                    text += quote + ". ";
                } else {  // direct: the writer's own sentence
                    quote = sentence(r, 6, 24);
                    begin = text.size();
                    text += quote + " ";
                }
                const int index = static_cast<int>(claims.size());
                json c;
                c["id"] = std::string(a.id) + "-" + std::to_string(index + 1);
                c["actor"] = a.id;
                if (slot.attribution != 0) c["attribution"] = kAttributions[slot.attribution];
                c["summary"] = sentence(r, 5, 13);
                c["kind"] = slot.actor == 0 && r.chance(0.5) ? "demand" : kKinds[r.weighted(kKindWeights)];
                c["quote"] = quote;
                c["paragraph"] = pid(para);
                if (r.chance(0.1)) {
                    c["range"] = json::array({begin, begin + quote.size()});
                    ++ranged;
                }
                if (r.chance(0.25)) {
                    json ev = json::array();
                    const int k2 = r.range(1, 2);
                    int first = r.below(evidence);
                    for (int e = 0; e < k2; ++e) ev.push_back("ev-" + std::to_string((first + e) % evidence + 1));
                    c["evidence"] = std::move(ev);
                }
                const double u = r.unit();
                const int nq = u < 0.15 ? 0 : (u < 0.75 ? 1 : 2);
                if (nq > 0) {
                    json qs = json::array();
                    const int q0 = r.below(questions);
                    for (int k3 = 0; k3 < nq; ++k3) {
                        const int q = (q0 + k3) % questions;
                        qs.push_back("q" + std::to_string(q + 1));
                        claims_on[static_cast<size_t>(slot.actor) * questions + q].push_back(index);
                    }
                    c["questions"] = std::move(qs);
                }
                claims.push_back(std::move(c));
                claim_actor.push_back(slot.actor);
                claim_paragraph.push_back(para);
                if (slot.actor == 0) subject_claim_ids.push_back(index);
            }
            if (!bullet && r.chance(0.2)) text += sentence(r, 6, 16);
            while (!text.empty() && text.back() == ' ') text.pop_back();
            add_paragraph(std::move(text), bullet ? "list_item" : "body", section_id);
        }
    }

    // ---- relations ------------------------------------------------------------------------------
    json relations = json::array();
    std::unordered_set<uint64_t> edges;
    static const int kTypeWeights[] = {30, 25, 15, 15, 15};
    static const char* const kTypes[] = {"supports", "rebuts", "qualifies", "elaborates", "responds_to"};
    auto add_relation = [&](int from, int to, const char* type) {
        if (from == to || from < 0 || to < 0 || from >= n || to >= n) return false;
        if (!edges.insert(static_cast<uint64_t>(from) << 32 | static_cast<uint32_t>(to)).second) return false;
        json o;
        o["from"] = claims[from]["id"];
        o["to"] = claims[to]["id"];
        o["type"] = type ? type : kTypes[r.weighted(kTypeWeights)];
        if (r.chance(0.2)) o["note"] = "Paragraph " + pid(claim_paragraph[from]) + " makes the link.";
        relations.push_back(std::move(o));
        return true;
    };
    // Long chains: each claim elaborates the one before it, further down the same stretch of text.
    const int chains = std::max(1, n / 2000);
    const int chain_len = std::clamp(n / 50, 10, 200);
    if (n > chain_len * 2)
        for (int c = 0; c < chains; ++c) {
            int at = r.below(n - chain_len * 2);
            int prev = at;
            for (int k = 1; k < chain_len; ++k) {
                const int cur = prev + r.range(1, 2);
                add_relation(cur, prev, k % 3 ? "elaborates" : "supports");
                prev = cur;
            }
        }
    // Cycles of 2 to 10 claims answering each other.
    const int cycles = std::max(1, n / 500);
    for (int c = 0; c < cycles && n >= 3; ++c) {
        const int len = std::min(n, r.range(2, 10));
        std::vector<int> ring;
        const int base = r.below(n);
        for (int k = 0; k < len; ++k) ring.push_back((base + k * r.range(1, 7)) % n);
        for (int k = 0; k < len; ++k) add_relation(ring[k], ring[(k + 1) % len], k % 2 ? "rebuts" : "responds_to");
    }
    // The rest: answers to the statement, to nearby claims and to anything said earlier.
    for (int guard = 0; static_cast<int>(relations.size()) < n && guard < n * 20; ++guard) {
        const int from = 1 + r.below(n - 1 > 0 ? n - 1 : 1);
        const double u = r.unit();
        int to;
        if (u < 0.3 && !subject_claim_ids.empty()) to = subject_claim_ids[r.below(static_cast<int>(subject_claim_ids.size()))];
        else if (u < 0.8) to = std::max(0, from - 1 - r.below(200));
        else to = r.below(from);
        add_relation(from, to, nullptr);
    }

    // ---- stances ------------------------------------------------------------------------------
    json stances = json::array();
    static const char* const kLeanings[] = {"strong_no", "no", "mixed", "yes", "strong_yes"};
    for (size_t a = 0; a < actors.size(); ++a)
        for (int q = 0; q < questions; ++q) {
            const auto& on = claims_on[a * questions + q];
            const bool must = roles[a] != 2;
            if (!must && (panel || on.empty() || r.chance(0.6))) continue;
            json o;
            o["actor"] = actors[a]->id;
            o["question"] = "q" + std::to_string(q + 1);
            if (on.empty() || r.chance(0.12)) {
                o["leaning"] = "not_addressed";
                o["position"] = "";
            } else {
                o["leaning"] = kLeanings[r.below(5)];
                o["position"] = sentence(r, 6, 14);
                json cl = json::array();
                const int k = std::min<int>(static_cast<int>(on.size()), r.range(1, 3));
                for (int i = 0; i < k; ++i) cl.push_back(claims[on[(i * on.size()) / k]]["id"]);
                o["claims"] = std::move(cl);
            }
            stances.push_back(std::move(o));
        }

    // ---- timeline -----------------------------------------------------------------------------
    const int events = std::clamp(n / 100 + 10, 5, 20000);
    json timeline = json::array();
    for (int t = 0; t < events; ++t) {
        json o;
        o["id"] = "event-" + std::to_string(t + 1);
        o["date"] = date_string(r);
        o["label"] = sentence(r, 4, 12);
        const int ne = r.below(3), nc = r.below(4);
        if (ne) {
            json ev = json::array();
            for (int k = 0; k < ne; ++k) ev.push_back("ev-" + std::to_string((t * 7 + k) % evidence + 1));
            o["evidence"] = std::move(ev);
        }
        if (nc) {
            json cl = json::array();
            std::unordered_set<int> used;
            for (int k = 0; k < nc; ++k) {
                const int c = r.below(n);
                if (used.insert(c).second) cl.push_back(claims[c]["id"]);
            }
            o["claims"] = std::move(cl);
        }
        if (r.chance(0.15)) o["source"] = "context";
        timeline.push_back(std::move(o));
    }

    // ---- assemble -----------------------------------------------------------------------------
    json ja = json::array();
    for (size_t a = 0; a < actors.size(); ++a) {
        json o;
        o["id"] = actors[a]->id;
        o["name"] = actors[a]->name;
        o["role"] = roles[a] == 0 ? "subject" : roles[a] == 1 ? "commentator" : "referenced";
        o["affiliations"] = json::array({actors[a]->affiliation});
        o["description"] = static_cast<int>(a) == unnamed_actor
                               ? "The article does not name the author of this section; nothing else is known."
                               : "Invented for the benchmark; " + sentence(r, 5, 10);
        if (static_cast<int>(a) == unnamed_actor) o["unnamed"] = true;
        ja.push_back(std::move(o));
    }
    json article;
    article["title"] = "Experts answer the demand for security guarantees (synthetic)";
    article["publisher"] = "The Benchmark Review (fictional)";
    article["date"] = "2021-12-17";
    article["language"] = "en";
    article["url"] = "https://example.org/synthetic/" + std::to_string(n);
    article["paragraphs"] = std::move(paragraphs);
    article["sections"] = std::move(sections_json);
    doc["article"] = std::move(article);
    doc["actors"] = std::move(ja);
    doc["questions"] = std::move(jq);
    doc["claims"] = std::move(claims);
    doc["relations"] = std::move(relations);
    doc["evidence"] = std::move(jev);
    doc["stances"] = std::move(stances);
    doc["timeline"] = std::move(timeline);
    doc["key_quotes"] = std::move(key_quotes);

    std::string out = doc.dump();
    out += '\n';
    if (stats) {
        stats->bytes = out.size();
        stats->claims = doc["claims"].size();
        stats->paragraphs = doc["article"]["paragraphs"].size();
        stats->relations = doc["relations"].size();
        stats->actors = doc["actors"].size();
        stats->questions = doc["questions"].size();
        stats->evidence = doc["evidence"].size();
        stats->timeline = doc["timeline"].size();
        stats->stances = doc["stances"].size();
        stats->chains = n > chain_len * 2 ? chains : 0;
        stats->chain_length = chain_len;
        stats->cycles = cycles;
        stats->ranged_quotes = ranged;
    }
    return out;
}

}  // namespace dlbench
