// Queries: search folding, claim filters, the stance matrix, tracing, history and the timeline axis.
#include "search_compare.h"
#include "test_support.h"
#include "model/query.h"
#include "model/text.h"
#include "model/location.h"

#include <algorithm>

using namespace dl;
using namespace dl::test;
using nlohmann::json;

namespace {
std::shared_ptr<const Debate> load(const json& doc) {
    LoadResult r = load_debate_text(doc.dump(), "q.json");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    return r.debate;
}
std::shared_ptr<const Debate> nato() {
    LoadResult r = load_debate_file(source_path("content/nato-guarantees-2021.json"));
    REQUIRE_MESSAGE(r.ok(), r.summary());
    return r.debate;
}

// A chain a <- b <- c (c supports b supports a), a rebuttal d -> a, and a cycle b -> c -> b via responds_to.
json graph_doc() {
    json d = library();
    d["claims"] = json::array();
    d["article"]["paragraphs"] = {{{"id", "p1"}, {"text", "one two three four five six"}, {"kind", "body"}}};
    const char* words[] = {"one", "two", "three", "four", "five", "six"};
    for (int i = 0; i < 6; ++i)
        d["claims"].push_back({{"id", std::string(1, 'a' + i)}, {"actor", i % 2 ? "brun" : "marchand"}, {"summary", words[i]},
                               {"kind", "assertion"}, {"quote", words[i]}, {"paragraph", "p1"}});
    d["relations"] = {{{"from", "b"}, {"to", "a"}, {"type", "supports"}},
                      {{"from", "c"}, {"to", "b"}, {"type", "supports"}},
                      {{"from", "d"}, {"to", "a"}, {"type", "rebuts"}},
                      {{"from", "b"}, {"to", "c"}, {"type", "responds_to"}},
                      {{"from", "e"}, {"to", "d"}, {"type", "qualifies"}}};
    d["stances"] = {{{"actor", "marchand"}, {"question", "close-early"}, {"leaning", "yes"}, {"position", "p"}, {"claims", {"a"}}},
                    {{"actor", "brun"}, {"question", "close-early"}, {"leaning", "not_addressed"}}};
    d["evidence"] = {{{"id", "ev1"}, {"title", "Minutes"}, {"kind", "document"}}};
    d["claims"][0]["evidence"] = {"ev1"};
    d["timeline"] = {{{"id", "t1"}, {"date", "2024-05-02"}, {"label", "Meeting"}, {"evidence", {"ev1"}}},
                     {{"id", "t2"}, {"date", "2024-05-09"}, {"label", "Vote"}, {"claims", {"e"}}}};
    return d;
}
}  // namespace

TEST_CASE("search folding: case, accents, typographic quotes, Cyrillic") {
    CHECK(fold_for_search("Zoë ÉLODIE Gorbачёв") == "zoe elodie gorbачев");
    CHECK(fold_for_search("Russia\xE2\x80\x99s \xE2\x80\x9Cthreat\xE2\x80\x9D \xE2\x80\x94 now") == "russia's \"threat\" - now");
    CHECK(fold_for_search("Łódź Straße") == "lodz strase");  // ß folds to one s: close enough to find it
}

TEST_CASE("the characters beyond ASCII a text and a debate need from the fonts") {
    std::vector<uint32_t> found{0x2014};
    append_beyond_ascii("Zo\xC3\xAB \xE2\x80\x9Cno\xE2\x80\x9D \xD0\x96\xC3\xAB", found);  // Zoë “no” Жë
    CHECK(found == std::vector<uint32_t>{0x2014, 0x00EB, 0x201C, 0x201D, 0x0416, 0x00EB});  // kept, in order, repeats too
    found.clear();
    append_beyond_ascii("plain ASCII", found);
    CHECK(found.empty());
    append_beyond_ascii("\xFF.", found);  // a stray byte: the replacement character, no overrun
    CHECK(found == std::vector<uint32_t>{0xFFFD});
    Debate d;
    d.title = "\xD0\x96 and \xC3\xAB";
    d.actors.push_back({});
    d.actors.back().name = "Zo\xC3\xAB";
    CHECK(characters_used(d) == std::vector<uint32_t>{0x00EB, 0x0416});  // distinct, sorted
}

TEST_CASE("search finds claims, actors, evidence and paragraphs; every word must match") {
    const auto d = load(library());
    const SearchIndex ix = build_search_index(*d);
    SearchResults r = search(ix, "zoe");  // accent-insensitive: Zoë
    CHECK(r.actors.size() == 1);
    CHECK(r.claims.size() == 2);  // her two claims carry her name
    CHECK(r.paragraphs.size() == 1);
    r = search(ix, "CAFE croissants");
    REQUIRE(r.claims.size() == 1);
    CHECK(d->claims[r.claims[0]].id == "brun-nothing");
    CHECK(search(ix, "croissants bicycle").total() == 0);
    CHECK(search(ix, "   ").total() == 0);
    CHECK(search(ix, "cafe\xE2\x80\x99s").claims.size() == 1);  // typed with a curly apostrophe
}

TEST_CASE("an index rebuilt from an earlier one takes the unchanged items from it and equals a fresh build") {
    const auto d = load(library());
    const SearchIndex before = build_search_index(*d);
    // Nothing changed: everything equal, and nothing folded again (a marked copy of the earlier
    // index shows which texts were taken from it: all of them).
    CHECK(search_index_difference(build_search_index(*d, &before), before) == "");
    SearchIndex marked = before;
    for (auto& t : marked.claims) t = "#" + t;
    for (auto& t : marked.paragraphs) t = "#" + t;
    const SearchIndex from_marked = build_search_index(*d, &marked);
    CHECK(from_marked.claims == marked.claims);
    CHECK(from_marked.paragraphs == marked.paragraphs);

    // One claim edited, one inserted at the front (the rest shift), an actor renamed (its claims'
    // texts carry the name), a paragraph changed: those are folded again, the rest are taken.
    Debate changed = *d;
    changed.claims[1].summary = "A new summary, ÉDITÉE";
    Claim front = changed.claims[0];
    front.id = "front";
    front.summary = "Inserted first";
    changed.claims.insert(changed.claims.begin(), front);
    changed.actors[changed.claims[1].actor].name = "Renamed Person";
    changed.article.paragraphs.back().text += " More words.";
    const SearchIndex fresh = build_search_index(changed);
    CHECK(search_index_difference(build_search_index(changed, &before), fresh) == "");
    const SearchIndex again = build_search_index(changed, &marked);
    for (size_t i = 0; i < changed.claims.size(); ++i) {
        CAPTURE(i);
        const bool renamed_speaker = changed.claims[i].actor == changed.claims[1].actor;
        const bool edited = i == 0 || i == 2 || renamed_speaker;
        CHECK((again.claims[i][0] == '#') == !edited);  // taken from the marked index exactly when unchanged
    }
    CHECK(again.paragraphs.back()[0] != '#');
    CHECK(again.paragraphs.front()[0] == '#');
    CHECK(search(build_search_index(changed, &before), "editee").claims == std::vector<int>{2});
    CHECK(search(build_search_index(changed, &before), "renamed person").claims.size() ==
          search(fresh, "renamed person").claims.size());

    // Deleting items, and an index of a different debate: still equal to a fresh build.
    Debate smaller = changed;
    smaller.claims.erase(smaller.claims.begin() + 1, smaller.claims.begin() + 3);
    smaller.article.paragraphs.erase(smaller.article.paragraphs.begin());
    CHECK(search_index_difference(build_search_index(smaller, &fresh), build_search_index(smaller)) == "");
    const auto other = nato();
    CHECK(search_index_difference(build_search_index(*other, &fresh), build_search_index(*other)) == "");
    // An index without digests (incomplete) is not used.
    SearchIndex no_digests = before;
    no_digests.claim_digests.clear();
    CHECK(search_index_difference(build_search_index(*d, &no_digests), before) == "");
}

TEST_CASE("claim filters combine actor, kind, question and words") {
    const auto d = load(library());
    const SearchIndex ix = build_search_index(*d);
    ClaimFilter f;
    CHECK(filter_is_empty(f));
    CHECK(filter_claims(*d, ix, f).size() == 4);
    f.actor = d->find_actor("brun");
    CHECK(filter_claims(*d, ix, f).size() == 2);
    f.kind = static_cast<int>(ClaimKind::Demand);
    CHECK(filter_claims(*d, ix, f).empty());
    f = ClaimFilter{};
    f.question = d->find_question("close-early");
    CHECK(filter_claims(*d, ix, f).size() == 2);
    f.text = "nobody";
    const auto only = filter_claims(*d, ix, f);
    REQUIRE(only.size() == 1);
    CHECK(d->claims[only[0]].id == "marchand-nobody");
    CHECK_FALSE(filter_is_empty(f));
}

TEST_CASE("stance matrix: subjects and commentators, with grounding claims") {
    const auto d = nato();
    // The oracle is the file itself: its subject and commentators in order, and each stance's claim ids.
    const json file = json::parse(read_file(source_path("content/nato-guarantees-2021.json")));
    std::vector<std::string> expected_actors;
    for (const auto& a : file["actors"])
        if (a["role"] != "referenced") expected_actors.push_back(a["id"]);
    std::vector<std::string> actor_ids;
    for (int a : stance_matrix_actors(*d)) actor_ids.push_back(d->actors[a].id);
    CHECK(actor_ids == expected_actors);
    size_t grounded = 0;
    for (const auto& s : file["stances"]) {
        CAPTURE(s["actor"]);
        CAPTURE(s["question"]);
        std::vector<std::string> ids;
        for (int c : grounding_claims(*d, d->find_actor(s["actor"]), d->find_question(s["question"]))) ids.push_back(d->claims[c].id);
        CHECK(ids == s.value("claims", std::vector<std::string>{}));
        grounded += !ids.empty();
    }
    CHECK(grounded > 10);  // not vacuous: most stances are grounded
    CHECK(grounding_claims(*d, -1, 0).empty());
    CHECK(grounding_claims(*d, 0, -1).empty());
    CHECK(grounding_claims(*d, d->find_actor("baker"), 0).empty());  // referenced actors have no stance
}

TEST_CASE("trace: targets, transitive supporters and rebutters, cycle-safe, with evidence and events") {
    const auto d = load(graph_doc());
    const int a = d->find_claim("a");
    const ClaimTrace t = trace_claim(*d, a);
    CHECK(t.claim == a);
    CHECK(t.targets.empty());
    // Pre-order, "*" marking a repeat: b (supports a), c (supports b), b again through the cycle at
    // depth 3, not expanded; d (rebuts a), e (qualifies d).
    std::vector<std::string> order;
    for (const TraceNode& n : t.tree) order.push_back(d->claims[n.claim].id + (n.repeated ? "*" : "") + std::to_string(n.depth));
    std::string joined;
    for (const auto& o : order) joined += o + " ";
    CHECK(joined == "b1 c2 b*3 d1 e2 ");
    CHECK(d->relations[t.tree[3].relation].type == RelationType::Rebuts);
    CHECK(t.evidence == std::vector<int>{d->find_evidence("ev1")});
    REQUIRE(t.events.size() == 1);
    CHECK(d->timeline[t.events[0]].id == "t1");  // through its evidence
    REQUIRE(t.stances.size() == 1);

    const ClaimTrace te = trace_claim(*d, d->find_claim("e"));
    REQUIRE(te.targets.size() == 1);
    CHECK(d->relations[te.targets[0]].to == d->find_claim("d"));
    REQUIRE(te.events.size() == 1);
    CHECK(d->timeline[te.events[0]].id == "t2");  // names the claim directly

    CHECK(trace_claim(*d, -1).claim == -1);
    CHECK(trace_claim(*d, 999).tree.empty());
    // Depth and size limits hold.
    CHECK(trace_claim(*d, a, 1).tree.size() == 2);
    const ClaimTrace small = trace_claim(*d, a, 32, 2);
    CHECK(small.tree.size() == 2);
    CHECK(small.truncated);
}

TEST_CASE("trace terminates on long cycles") {
    json doc = graph_doc();
    const int n = 1000;
    doc["claims"] = json::array();
    std::string text;
    for (int i = 0; i < n; ++i) text += "w" + std::to_string(i) + " ";
    doc["article"]["paragraphs"][0]["text"] = text;
    doc["relations"] = json::array();
    for (int i = 0; i < n; ++i) {
        doc["claims"].push_back({{"id", "c" + std::to_string(i)}, {"actor", "marchand"}, {"summary", "s"}, {"kind", "assertion"},
                                 {"quote", "w" + std::to_string(i) + " "}, {"paragraph", "p1"}});
        doc["relations"].push_back({{"from", "c" + std::to_string((i + 1) % n)}, {"to", "c" + std::to_string(i)}, {"type", "supports"}});
    }
    doc["claims"][0]["evidence"] = json::array();
    doc["timeline"] = json::array();
    doc["stances"][0]["claims"] = {"c0"};
    const auto d = load(doc);
    const ClaimTrace t = trace_claim(*d, 0, 5000, 5000);
    CHECK(t.tree.size() == static_cast<size_t>(n));  // n-1 claims, then c0 again marked repeated
    CHECK(t.tree.back().repeated);
    CHECK(trace_claim(*d, 0).tree.size() == 32);  // default depth cap
}

TEST_CASE("selection history behaves like a browser's") {
    SelectionHistory h;
    CHECK(h.current() == -1);
    CHECK_FALSE(h.back());
    h.visit(1);
    h.visit(2);
    h.visit(2);  // revisiting the current entry adds nothing
    h.visit(3);
    CHECK(h.size() == 3);
    CHECK(h.back());
    CHECK(h.current() == 2);
    CHECK(h.back());
    CHECK(h.current() == 1);
    CHECK_FALSE(h.back());
    CHECK(h.forward());
    CHECK(h.current() == 2);
    h.visit(7);  // drops the forward entry 3
    CHECK_FALSE(h.can_forward());
    CHECK(h.size() == 3);
    for (int i = 0; i < 500; ++i) h.visit(100 + i);
    CHECK(h.size() == SelectionHistory::kMaxEntries);
    CHECK(h.current() == 599);
}

TEST_CASE("timeline axis: ordered, decades and days both visible, breaks for long gaps") {
    const auto d = nato();
    const TimelineAxis ax = timeline_axis(*d);
    REQUIRE(ax.order.size() == d->timeline.size());
    REQUIRE(ax.position.size() == ax.order.size());
    CHECK(ax.position.front() == doctest::Approx(0.0));
    CHECK(ax.position.back() == doctest::Approx(1.0));
    double min_step = 1;
    for (size_t i = 1; i < ax.order.size(); ++i) {
        CHECK(d->timeline[ax.order[i - 1]].date.days_since_epoch() <= d->timeline[ax.order[i]].date.days_since_epoch());
        CHECK(ax.position[i] > ax.position[i - 1]);
        min_step = std::min(min_step, ax.position[i] - ax.position[i - 1]);
    }
    // Events days apart stay at least 1% of the axis apart even beside a 30-year span.
    CHECK(min_step > 0.01);
    CHECK_FALSE(ax.breaks.empty());
    for (double b : ax.breaks) CHECK((b > 0 && b < 1));

    json one = library();
    one["timeline"] = {{{"id", "t"}, {"date", "2024"}, {"label", "x"}}};
    const TimelineAxis single = timeline_axis(*load(one));
    CHECK(single.position == std::vector<double>{0.5});
    CHECK(timeline_axis(*load(library())).order.empty());
}

TEST_CASE("closest_substring finds near misses and refuses huge inputs") {
    const NearMiss m = closest_substring("the quick brown fox jumps", "quick brwn fox");
    CHECK(m.distance == 1);
    CHECK(std::string("the quick brown fox jumps").substr(m.begin, m.end - m.begin) == "quick brown fox");
    CHECK(closest_substring(std::string(5000, 'a'), std::string(5000, 'b')).distance == SIZE_MAX);
    CHECK(elide("short", 10) == "short");
    CHECK(elide("a long sentence here", 12) == "a long\xE2\x80\xA6");
    CHECK(elide("\xC3\xA9\xC3\xA9\xC3\xA9", 3) == "\xC3\xA9\xE2\x80\xA6");  // never cuts inside a character
}

TEST_CASE("deep-link fragments parse leniently and round-trip") {
    Location l = parse_location("#claim=sherr-no-guarantee&view=map&zoom=1.5&theme=dark");
    CHECK(l.claim == "sherr-no-guarantee");
    CHECK(l.view == "map");
    CHECK(l.zoom == doctest::Approx(1.5));
    CHECK(l.theme == "dark");
    CHECK(format_location(l) == "claim=sherr-no-guarantee&view=map&zoom=1.50&theme=dark");
    CHECK(parse_location(format_location(l)).claim == l.claim);
    // Mangled, hostile or unknown parts are dropped, the rest kept.
    l = parse_location("claim=<script>&view=ma%70&&=x&zoom=1e999&theme=blue&x=1&claim");
    CHECK(l.claim.empty());
    CHECK(l.view == "map");
    CHECK(l.zoom == 0);
    CHECK(l.theme.empty());
    CHECK(parse_location("claim=a%2").claim.empty());
    CHECK(parse_location(std::string(3000, 'a')).claim.empty());
    CHECK(parse_location("zoom=nan").zoom == 0);
    CHECK(parse_location("zoom=0.5x").zoom == 0);
}
