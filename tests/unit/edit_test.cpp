// The Studio's commands, one by one: each applied (the state checked against values taken from
// the fixture's JSON or written here), undone (the canonical text byte-identical to before), redone
// (identical to after); cascades in one step with their description; refusals that change nothing.
#include "debate_compare.h"
#include "test_support.h"
#include "model/edit.h"
#include "model/save.h"
#include "model/text.h"

using namespace dl;
using namespace dl::test;
using nlohmann::json;

namespace {

Debate loaded(const json& doc) {
    const LoadResult r = load_debate_text(doc.dump(), "doc.json");
    REQUIRE_MESSAGE(r.editable, r.summary());
    return *r.editable;
}

std::vector<std::string> formatted(const std::vector<Diagnostic>& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags) out.push_back(d.format());
    return out;
}

// What a document says after any step must be what a Save followed by a load says.
void check_like_a_file(const DebateDocument& doc) {
    const LoadResult r = load_debate_text(format_debate(doc.debate()), doc.path());
    REQUIRE_MESSAGE(r.editable, r.summary());
    CHECK(debate_difference(*r.editable, doc.debate()) == "");
    CHECK(formatted(doc.diagnostics()) == formatted(r.diagnostics));
}

// Applies `command`, checks its description and `expect` on the result, then undo (byte-identical
// to before, field for field) and redo (identical to after).
void check_step(DebateDocument& doc, const std::function<EditResult(DebateDocument&)>& command, const std::string& description,
                const std::function<void(const Debate&)>& expect) {
    const std::string before_text = format_debate(doc.debate());
    const Debate before = doc.debate();
    const uint64_t generation = doc.generation();
    const size_t steps = doc.undo_steps();
    const EditResult r = command(doc);
    REQUIRE_MESSAGE(r.ok, r.message);
    CHECK(r.message == description);
    CHECK(doc.undo_steps() == steps + 1);
    CHECK(doc.undo_description() == description);
    CHECK(doc.generation() > generation);
    expect(doc.debate());
    check_like_a_file(doc);
    const std::string after_text = format_debate(doc.debate());
    const Debate after = doc.debate();
    CHECK(after_text != before_text);
    REQUIRE(doc.undo().ok);
    CHECK(format_debate(doc.debate()) == before_text);
    CHECK(debate_difference(doc.debate(), before) == "");
    check_like_a_file(doc);
    REQUIRE(doc.redo().ok);
    CHECK(format_debate(doc.debate()) == after_text);
    CHECK(debate_difference(doc.debate(), after) == "");
}

// A refused command says why and changes nothing at all.
void check_refused(DebateDocument& doc, const std::function<EditResult(DebateDocument&)>& command, const std::string& message) {
    const std::string before = format_debate(doc.debate());
    const size_t steps = doc.undo_steps();
    const uint64_t generation = doc.generation();
    const EditResult r = command(doc);
    CHECK_FALSE(r.ok);
    CHECK(r.message == message);
    CHECK(format_debate(doc.debate()) == before);
    CHECK(doc.undo_steps() == steps);
    CHECK(doc.generation() == generation);
}

std::vector<std::string> ids(const Debate& d, const std::vector<int>& refs, const std::vector<Claim>&) {
    std::vector<std::string> out;
    for (int r : refs) out.push_back(d.claims.at(r).id);
    return out;
}
template <class T>
std::vector<std::string> ids(const std::vector<T>& items) {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(i.id);
    return out;
}
std::vector<std::string> json_ids(const json& list) {
    std::vector<std::string> out;
    for (const auto& i : list) out.push_back(i["id"]);
    return out;
}
std::vector<std::string> without(std::vector<std::string> v, const std::string& gone) {
    v.erase(std::remove(v.begin(), v.end(), gone), v.end());
    return v;
}
// "from type to" for every relation, from the fixture's JSON or from the debate.
std::vector<std::string> relation_names(const json& doc) {
    std::vector<std::string> out;
    for (const auto& r : doc["relations"]) out.push_back(r["from"].get<std::string>() + " " + r["type"].get<std::string>() + " " + r["to"].get<std::string>());
    return out;
}
std::vector<std::string> relation_names(const Debate& d) {
    std::vector<std::string> out;
    for (const auto& r : d.relations) out.push_back(d.claims[r.from].id + " " + to_string(r.type) + " " + d.claims[r.to].id);
    return out;
}

int claim_index(const Debate& d, const char* id) {
    const int i = d.find_claim(id);
    REQUIRE(i >= 0);
    return i;
}

}  // namespace

TEST_CASE("deleting a claim takes its relations and its stance and timeline references with it, in one step") {
    const json h = harbour();
    DebateDocument doc(loaded(h), "harbour.json");
    const int users_pay = claim_index(doc.debate(), "calder-users-pay");
    check_step(doc, [&](DebateDocument& d) { return d.remove<Claim>(users_pay); },
               "Deleted claim calder-users-pay, 2 relations, 1 stance reference, 1 timeline reference", [&](const Debate& d) {
                   CHECK(ids(d.claims) == without(json_ids(h["claims"]), "calder-users-pay"));
                   CHECK(d.find_claim("calder-users-pay") == -1);
                   std::vector<std::string> expected = relation_names(h);
                   expected.erase(std::remove_if(expected.begin(), expected.end(),
                                                 [](const std::string& r) { return r.find("calder-users-pay") != std::string::npos; }),
                                  expected.end());
                   CHECK(expected.size() == 6);
                   CHECK(relation_names(d) == expected);
                   const Stance* calder_toll = d.stance(d.find_actor("calder"), d.find_question("toll"));
                   REQUIRE(calder_toll);
                   CHECK(ids(d, calder_toll->claims, d.claims) == std::vector<std::string>{"calder-loan", "calder-nobody-pays"});
                   CHECK(ids(d, d.timeline[0].claims, d.claims) == std::vector<std::string>{"okafor-tax-poor"});
                   // The graph follows: calder-passes no longer qualifies anything.
                   CHECK(d.graph.outgoing[d.find_claim("calder-passes")].empty());
               });
}

TEST_CASE("an actor who still makes claims is not deleted; one who makes none goes with their stances") {
    DebateDocument doc(loaded(harbour()), "harbour.json");
    check_refused(doc, [](DebateDocument& d) { return d.remove<Actor>(0); },
                  "actor calder still makes 4 claims (calder-loan, calder-users-pay, calder-nobody-pays, calder-passes): delete them, "
                  "or move them elsewhere, first");
    Actor mayor;
    mayor.id = "deputy";
    mayor.name = "The deputy mayor";
    mayor.role = ActorRole::Commentator;
    REQUIRE(doc.add<Actor>(-1, mayor).ok);
    CHECK(doc.add_missing_stances().message == "Added 2 missing stances (not addressed)");
    REQUIRE(doc.edit<KeyQuote>(0, [](KeyQuote& k) { k.actor = 4; }).ok);
    check_step(doc, [](DebateDocument& d) { return d.remove<Actor>(4); }, "Deleted actor deputy, 2 stances, 1 key quote's speaker",
               [](const Debate& d) {
                   CHECK(ids(d.actors) == std::vector<std::string>{"calder", "okafor", "penhale", "county-auditor"});
                   CHECK(d.stances.size() == 6);
                   CHECK(d.key_quotes[0].actor == -1);
               });
}

TEST_CASE("deleting a question deletes the stances on it and takes it out of claims") {
    const json h = harbour();
    DebateDocument doc(loaded(h), "harbour.json");
    check_step(doc, [](DebateDocument& d) { return d.remove<Question>(1); }, "Deleted question trade, 3 stances, 2 claim references",
               [](const Debate& d) {
                   CHECK(ids(d.questions) == std::vector<std::string>{"toll"});
                   CHECK(d.stances.size() == 3);
                   for (const Stance& s : d.stances) CHECK(d.questions[s.question].id == "toll");
                   CHECK(d.claims[d.find_claim("penhale-retail-park")].questions == std::vector<int>{0});
                   CHECK(d.claims[d.find_claim("auditor-traffic")].questions.empty());
               });
}

TEST_CASE("deleting evidence takes it out of claims and timeline events") {
    DebateDocument doc(loaded(harbour()), "harbour.json");
    check_step(doc, [](DebateDocument& d) { return d.remove<Evidence>(0); },
               "Deleted evidence item auditor-report, 2 claim references, 1 timeline reference", [](const Debate& d) {
                   CHECK(ids(d.evidence) == std::vector<std::string>{"council-meeting"});
                   CHECK(d.claims[d.find_claim("auditor-revenue")].evidence.empty());
                   CHECK(d.timeline[1].evidence.empty());
                   CHECK(d.timeline[0].evidence == std::vector<int>{0});  // council-meeting, renumbered
               });
}

TEST_CASE("deleting a paragraph: refused while quoted; otherwise its key quotes go and later references shift") {
    const json h = harbour();
    DebateDocument doc(loaded(h), "harbour.json");
    check_refused(doc, [](DebateDocument& d) { return d.remove<Paragraph>(1); },
                  "paragraph p02 is still quoted by 2 claims (calder-loan, calder-users-pay): delete them, or move them elsewhere, first");
    check_step(doc, [](DebateDocument& d) { return d.remove<Paragraph>(4); }, "Deleted paragraph p05, 1 key quote", [&](const Debate& d) {
        CHECK(ids(d.article.paragraphs) == without(json_ids(h["article"]["paragraphs"]), "p05"));
        CHECK(d.key_quotes.empty());
        // Every claim still quotes the paragraph it quoted.
        for (size_t i = 0; i < d.claims.size(); ++i) CHECK(d.article.paragraphs[d.claims[i].paragraph].id == h["claims"][i]["paragraph"]);
    });
}

TEST_CASE("sections: membership, label, speaker, deletion") {
    const json f = fixture("future-fields.json");
    DebateDocument doc(loaded(f), "future.json");
    // sec-lind lists p02 and p04.
    check_step(doc, [](DebateDocument& d) { return d.set_paragraph_section(2, 0); }, "Put paragraph p03 in section sec-lind",
               [](const Debate& d) {
                   CHECK(d.article.paragraphs[2].section == 0);
                   CHECK(d.article.sections[0].paragraphs == std::vector<int>{1, 3});
               });
    check_step(doc, [](DebateDocument& d) { return d.set_paragraph_section(1, -1); }, "Took paragraph p02 out of its section",
               [](const Debate& d) {
                   CHECK(d.article.paragraphs[1].section == -1);
                   CHECK(d.article.sections[0].paragraphs == std::vector<int>{3});
               });
    Section s;
    s.id = "sec-reyes";
    s.label = "The skipper";
    s.actor = 1;
    check_step(doc, [&](DebateDocument& d) { return d.add<Section>(-1, s); }, "Added section sec-reyes",
               [](const Debate& d) { CHECK(ids(d.article.sections) == std::vector<std::string>{"sec-lind", "sec-reyes"}); });
    // Moving p04 from sec-lind's list to sec-reyes.
    check_step(doc, [](DebateDocument& d) { return d.set_paragraph_section(3, 1); }, "Put paragraph p04 in section sec-reyes",
               [](const Debate& d) {
                   CHECK(d.article.paragraphs[3].section == 1);
                   CHECK(d.article.sections[0].paragraphs.empty());
               });
    check_step(doc, [](DebateDocument& d) { return d.edit<Section>(0, [](Section& x) { x.label = "Councillor Lind"; x.actor = -1; }); },
               "Edited section sec-lind: label, speaker", [](const Debate& d) {
                   CHECK(d.article.sections[0].label == "Councillor Lind");
                   CHECK(d.article.sections[0].actor == -1);
               });
    check_step(doc, [](DebateDocument& d) { return d.remove<Section>(0); }, "Deleted section sec-lind, 1 paragraph", [](const Debate& d) {
        CHECK(d.article.paragraphs[2].section == -1);
        CHECK(d.article.paragraphs[3].section == 0);  // sec-reyes, renumbered
    });
    check_refused(doc, [](DebateDocument& d) { return d.edit<Section>(0, [](Section& x) { x.paragraphs = {0}; }); },
                  "a section's paragraphs change with set_paragraph_section");
    check_refused(doc, [](DebateDocument& d) { return d.edit<Paragraph>(0, [](Paragraph& x) { x.section = 0; }); },
                  "a paragraph's section changes with set_paragraph_section");
}

TEST_CASE("renaming an id: every reference follows; bad or taken ids are refused") {
    DebateDocument doc(loaded(harbour()), "harbour.json");
    check_step(doc, [](DebateDocument& d) { return d.edit<Claim>(0, [](Claim& c) { c.id = "calder-bridge-loan"; }); },
               "Renamed claim calder-loan to calder-bridge-loan", [](const Debate& d) {
                   CHECK(d.find_claim("calder-bridge-loan") == 0);
                   CHECK(d.find_claim("calder-loan") == -1);
                   const Stance* s = d.stance(0, 0);
                   CHECK(ids(d, s->claims, d.claims) == std::vector<std::string>{"calder-bridge-loan", "calder-users-pay", "calder-nobody-pays"});
                   CHECK(relation_names(d).back() == "penhale-keep-free supports okafor-keep-free");
                   CHECK(relation_names(d)[6] == "auditor-revenue responds_to calder-bridge-loan");
               });
    check_step(doc, [](DebateDocument& d) { return d.edit<Actor>(1, [](Actor& a) { a.id = "dev-okafor"; a.name = "Councillor Dev Okafor"; }); },
               "Renamed actor okafor to dev-okafor; edited name", [](const Debate& d) {
                   CHECK(d.find_actor("dev-okafor") == 1);
                   CHECK(d.actors[d.claims[2].actor].id == "dev-okafor");
               });
    check_refused(doc, [](DebateDocument& d) { return d.edit<Claim>(1, [](Claim& c) { c.id = "Calder Loan"; }); },
                  "\"Calder Loan\" is not a valid id: use lowercase letters, digits and '-', at most 64 characters");
    check_refused(doc, [](DebateDocument& d) { return d.edit<Claim>(1, [](Claim& c) { c.id = "okafor-tax-poor"; }); },
                  "the id \"okafor-tax-poor\" is already used by another claim");
    check_refused(doc, [](DebateDocument& d) { return d.edit<Question>(0, [](Question& q) { q.id = "trade"; }); },
                  "the id \"trade\" is already used by another question");
    check_refused(doc, [](DebateDocument& d) { return d.set_field(DebateField::Id, "-x"); },
                  "\"-x\" is not a valid id: use lowercase letters, digits and '-', at most 64 characters");
}

TEST_CASE("a claim from a selection: the quote is exactly the selected bytes") {
    const json h = harbour();
    DebateDocument doc(loaded(h), "harbour.json");
    const std::string p03 = h["article"]["paragraphs"][2]["text"];
    const std::string words = "represents the Eastquay ward";
    const uint32_t b = static_cast<uint32_t>(p03.find(words)), e = b + static_cast<uint32_t>(words.size());
    Claim c;
    c.actor = 1;
    c.summary = "Okafor represents Eastquay.";
    c.kind = ClaimKind::Assertion;
    c.attribution = Attribution::Paraphrase;
    c.questions = {0};
    check_step(doc, [&](DebateDocument& d) { return d.add_claim(-1, c, 2, b, e); }, "Added claim okafor-represents-the-eastquay-ward",
               [&](const Debate& d) {
                   const Claim& added = d.claims.back();
                   CHECK(added.quote == words);
                   CHECK(added.paragraph == 2);
                   CHECK(added.quote_begin == b);
                   CHECK(added.quote_end == e);
                   CHECK(d.find_claim("okafor-represents-the-eastquay-ward") == 12);
               });
    // A second claim on the same words gets the next free id.
    CHECK(doc.add_claim(0, c, 2, b, e).message == "Added claim okafor-represents-the-eastquay-ward-2");
    CHECK(doc.debate().claims[0].id == "okafor-represents-the-eastquay-ward-2");
    CHECK(doc.debate().relations[0].from == claim_index(doc.debate(), "okafor-tax-poor"));  // renumbered by the insertion
    check_refused(doc, [&](DebateDocument& d) { return d.add_claim(-1, c, 2, e, b); },
                  "[" + std::to_string(e) + ", " + std::to_string(b) + "] is not a range of paragraph \"p03\" (" + std::to_string(p03.size()) + " bytes)");
    const uint32_t curly = static_cast<uint32_t>(p03.find("“"));
    check_refused(doc, [&](DebateDocument& d) { return d.add_claim(-1, c, 2, curly + 1, curly + 5); }, "[" + std::to_string(curly + 1) + ", " +
                  std::to_string(curly + 5) + "] cuts through a character");
    check_refused(doc, [&](DebateDocument& d) { return d.add_claim(-1, c, 99, 0, 1); }, "paragraph refers to nothing (index 99)");
}

TEST_CASE("re-anchoring a claim, and a paragraph's new text carrying its quotes along") {
    const json h = harbour();
    DebateDocument doc(loaded(h), "harbour.json");
    const std::string p02 = h["article"]["paragraphs"][1]["text"];
    const std::string loan = h["claims"][0]["quote"], users = h["claims"][1]["quote"];
    const uint32_t loan_at = static_cast<uint32_t>(p02.find(loan)), users_at = static_cast<uint32_t>(p02.find(users));
    check_step(doc, [&](DebateDocument& d) { return d.edit<Paragraph>(1, [](Paragraph& p) { p.text = "Yesterday. " + p.text; }); },
               "Edited paragraph p02: text; 2 quotes moved with the text", [&](const Debate& d) {
                   CHECK(d.claims[0].quote_begin == loan_at + 11);
                   CHECK(d.claims[0].quote_end == loan_at + 11 + loan.size());
                   CHECK(d.claims[1].quote_begin == users_at + 11);
               });
    CHECK(doc.error_count() == 0);
    // An edit after the quotes leaves them where they are (no step for them: the description says nothing).
    CHECK(doc.edit<Paragraph>(1, [](Paragraph& p) { p.text += " (Applause.)"; }).message == "Edited paragraph p02: text");
    // Words a quote needs are gone: its range stays, and validation says the text there is not the quote.
    const EditResult cut = doc.edit<Paragraph>(1, [](Paragraph& p) { p.text.replace(p.text.find("bridge loan"), 11, "debt"); });
    CHECK(cut.message == "Edited paragraph p02: text; 1 quote moved with the text; 1 quote is no longer in it (calder-loan): select their words again");
    REQUIRE(doc.error_count() == 1);
    CHECK(doc.diagnostics()[0].path == "/claims/0/range");
    CHECK(doc.diagnostics()[0].message.rfind("the text at this range is \"", 0) == 0);
    check_like_a_file(doc);
    // Selecting the words again anchors it.
    const std::string now = doc.debate().article.paragraphs[1].text;
    const std::string again = "The town cannot repay the debt";
    const uint32_t at = static_cast<uint32_t>(now.find(again));
    check_step(doc, [&](DebateDocument& d) { return d.anchor_claim(0, 1, at, at + static_cast<uint32_t>(again.size())); },
               "Re-anchored claim calder-loan to \"The town cannot repay the debt\" in paragraph p02", [&](const Debate& d) {
                   CHECK(d.claims[0].quote == again);
                   CHECK(d.claims[0].quote_begin == at);
               });
    CHECK(doc.error_count() == 0);
    check_refused(doc, [](DebateDocument& d) { return d.edit<Claim>(0, [](Claim& c) { c.quote = "made up"; }); },
                  "a claim's quote changes by selecting its words again (anchor_claim)");
}

TEST_CASE("a repeated quote follows the occurrence nearest to where the edit moved it") {
    json h = harbour();
    DebateDocument doc(loaded(h), "harbour.json");
    // p09 has "Keep it free." twice: okafor-keep-free quotes the first, penhale-keep-free the second.
    const Debate& d0 = doc.debate();
    const int okafor = claim_index(d0, "okafor-keep-free"), penhale = claim_index(d0, "penhale-keep-free");
    REQUIRE(d0.claims[okafor].quote == d0.claims[penhale].quote);
    const uint32_t first = d0.claims[okafor].quote_begin, second = d0.claims[penhale].quote_begin;
    REQUIRE(first < second);
    const int p09 = d0.claims[okafor].paragraph;
    // Insert a word between the two occurrences: the first stays, the second moves by its length.
    const uint32_t first_end = d0.claims[okafor].quote_end;
    const EditResult r = doc.edit<Paragraph>(p09, [&](Paragraph& p) { p.text.insert(first_end, " indeed"); });
    CHECK(r.message == "Edited paragraph p09: text; 1 quote moved with the text");
    CHECK(doc.debate().claims[okafor].quote_begin == first);
    CHECK(doc.debate().claims[penhale].quote_begin == second + 7);
    REQUIRE(doc.undo().ok);
    // Text put before both, exactly as long as the gap between them: the first occurrence now stands
    // where the second was, but each quote moves with its own words.
    const uint32_t gap = second - first;
    const EditResult before_both = doc.edit<Paragraph>(p09, [&](Paragraph& p) { p.text.insert(0, std::string(gap - 1, 'x') + " "); });
    CHECK(before_both.message == "Edited paragraph p09: text; 2 quotes moved with the text");
    CHECK(doc.debate().claims[okafor].quote_begin == first + gap);
    CHECK(doc.debate().claims[penhale].quote_begin == second + gap);
    // An edit inside the first quote: its words are gone from there, and the same words further on
    // (Penhale's) are not taken for them.
    REQUIRE(doc.undo().ok);
    const EditResult inside = doc.edit<Paragraph>(p09, [&](Paragraph& p) { p.text.insert(first + 12, "r"); });  // "free" -> "freer"
    CHECK(inside.message ==
          "Edited paragraph p09: text; 1 quote moved with the text; 1 quote is no longer in it (okafor-keep-free): select their words again");
    CHECK(doc.debate().claims[okafor].quote_begin == first);
    CHECK(doc.debate().claims[penhale].quote_begin == second + 1);
    // Undoing the typo puts the words back where the quote's range is: nothing to move.
    CHECK(doc.edit<Paragraph>(p09, [&](Paragraph& p) { p.text.erase(first + 12, 1); }).message ==
          "Edited paragraph p09: text; 1 quote moved with the text");
    CHECK(doc.error_count() == 0);
}

TEST_CASE("stances: set (making the row if there is none), and every missing one at once") {
    DebateDocument doc(loaded(harbour()), "harbour.json");
    check_step(doc, [](DebateDocument& d) {
                   return d.set_stance(1, 1, [](Stance& s) {
                       s.leaning = Leaning::No;
                       s.position = "Does not link the toll to trade.";
                       s.claims = {2};
                   });
               },
               "Edited stance okafor on trade: leaning, position, grounding claims", [](const Debate& d) {
                   const Stance* s = d.stance(1, 1);
                   REQUIRE(s);
                   CHECK(s->leaning == Leaning::No);
                   CHECK(s->claims == std::vector<int>{2});
               });
    Question q;
    q.id = "repay";
    q.text = "Can the loan be repaid from the rates?";
    REQUIRE(doc.add<Question>(-1, q).ok);
    CHECK(doc.error_count() == 3);  // three actors without a stance on it
    check_step(doc, [](DebateDocument& d) { return d.set_stance(0, 2, [](Stance& s) { s.leaning = Leaning::StrongNo; s.position = "Says it cannot."; s.claims = {0}; }); },
               "Added stance calder on repay", [](const Debate& d) {
                   CHECK(d.stances.size() == 7);
                   CHECK(d.stance(0, 2) == &d.stances.back());
               });
    CHECK(doc.error_count() == 2);
    check_step(doc, [](DebateDocument& d) { return d.add_missing_stances(); }, "Added 2 missing stances (not addressed)", [](const Debate& d) {
        CHECK(d.stances.size() == 9);
        CHECK(d.stance(1, 2)->leaning == Leaning::NotAddressed);
        CHECK(d.stance(2, 2)->leaning == Leaning::NotAddressed);
        CHECK(d.stance(3, 2) == nullptr);  // the county auditor is only referenced
    });
    CHECK(doc.error_count() == 0);
    CHECK(doc.add_missing_stances().message == "");
    check_step(doc, [](DebateDocument& d) { return d.remove<Stance>(8); }, "Deleted stance penhale on repay", [](const Debate& d) {
        CHECK(d.stances.size() == 8);
        CHECK(d.stance(2, 2) == nullptr);
    });
    REQUIRE(doc.undo().ok);
    // Reordering actors: every reference follows the actor it names.
    check_step(doc, [](DebateDocument& d) { return d.move(ListKind::Actors, 0, 2); }, "Moved actor calder to position 3", [](const Debate& d) {
        CHECK(ids(d.actors) == std::vector<std::string>{"okafor", "penhale", "calder", "county-auditor"});
        CHECK(d.actors[d.claims[0].actor].id == "calder");
        CHECK(d.stance(2, 0)->leaning == Leaning::StrongYes);
        CHECK(d.actors[d.key_quotes[0].actor].id == "calder");
    });
    REQUIRE(doc.undo().ok);
    check_refused(doc, [](DebateDocument& d) { return d.set_stance(0, 0, [](Stance& s) { s.question = 1; }); },
                  "a stance's actor and question are fixed (set_stance makes another)");
    // A stance left without grounding claims is kept, and validation says so.
    REQUIRE(doc.remove<Claim>(claim_index(doc.debate(), "penhale-retail-park")).ok);
    REQUIRE(doc.error_count() == 1);
    CHECK(doc.diagnostics()[0].format() == "harbour.json:/stances/5/claims: a stance other than not_addressed must name the claims that ground it");
}

TEST_CASE("the debate's and the article's fields") {
    DebateDocument doc(loaded(harbour()), "harbour.json");
    struct Case {
        DebateField field;
        const char* value;
        const char* description;
        std::function<std::string(const Debate&)> read;
    };
    const std::vector<Case> cases = {
        {DebateField::Id, "gullhaven-toll", "Changed the debate's id", [](const Debate& d) { return d.id; }},
        {DebateField::ContentVersion, "1.1.0", "Changed the content version", [](const Debate& d) { return d.content_version; }},
        {DebateField::Title, "Gullhaven: a toll?", "Changed the debate's title", [](const Debate& d) { return d.title; }},
        {DebateField::Summary, "", "Changed the debate's summary", [](const Debate& d) { return d.summary; }},
        {DebateField::ArticleTitle, "Toll row", "Changed the article's title", [](const Debate& d) { return d.article.title; }},
        {DebateField::ArticleTitleNote, "Working title.", "Changed the note on the article's title", [](const Debate& d) { return d.article.title_note; }},
        {DebateField::ArticlePublisher, "Gullhaven Gazette", "Changed the publisher", [](const Debate& d) { return d.article.publisher; }},
        {DebateField::ArticleDate, "2023-04", "Changed the article's date", [](const Debate& d) { return d.article.date.to_string(); }},
        {DebateField::ArticleLanguage, "en-IE", "Changed the article's language", [](const Debate& d) { return d.article.language; }},
        {DebateField::ArticleUrl, "https://example.org/toll", "Changed the article's link", [](const Debate& d) { return d.article.url; }},
    };
    for (const Case& c : cases) {
        CAPTURE(c.description);
        check_step(doc, [&](DebateDocument& d) { return d.set_field(c.field, c.value); }, c.description,
                   [&](const Debate& d) { CHECK(c.read(d) == c.value); });
        CHECK(doc.set_field(c.field, c.value).message == "");  // the same value again: no step
    }
    check_refused(doc, [](DebateDocument& d) { return d.set_field(DebateField::ArticleDate, "2023-02-30"); },
                  "\"2023-02-30\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
    // Semantic problems are allowed and reported: an empty title, a link that is not http(s).
    REQUIRE(doc.set_field(DebateField::Title, "").ok);
    REQUIRE(doc.set_field(DebateField::ArticleUrl, "ftp://example.org").ok);
    REQUIRE(doc.set_field(DebateField::ArticleDate, "").ok);
    CHECK(formatted(doc.diagnostics()) == std::vector<std::string>{
                                              "harbour.json:/title: must not be empty",
                                              "harbour.json:/article/date: required field is missing",
                                              "harbour.json:/article/url: \"ftp://example.org\" is not allowed: links must be http:// or https:// URLs"});
    check_like_a_file(doc);
}

TEST_CASE("editorial notes: add, edit, reorder, remove") {
    const json h = harbour();
    DebateDocument doc(loaded(h), "harbour.json");
    check_step(doc, [](DebateDocument& d) { return d.add_note(0, "Checked against the minutes."); }, "Added editorial note \"Checked against the minutes.\"",
               [&](const Debate& d) {
                   REQUIRE(d.editorial_notes.size() == 5);
                   CHECK(d.editorial_notes[0] == "Checked against the minutes.");
                   CHECK(d.editorial_notes[1] == h["editorial_notes"][0]);
               });
    check_step(doc, [](DebateDocument& d) { return d.edit_note(0, "Checked against the minutes of 7 March."); },
               "Edited editorial note \"Checked against the minutes.\": text",
               [](const Debate& d) { CHECK(d.editorial_notes[0] == "Checked against the minutes of 7 March."); });
    check_step(doc, [](DebateDocument& d) { return d.move(ListKind::Notes, 0, 4); },
               "Moved editorial note \"Checked against the minutes of 7 March.\" to position 5", [&](const Debate& d) {
                   CHECK(d.editorial_notes[4] == "Checked against the minutes of 7 March.");
                   CHECK(d.editorial_notes[0] == h["editorial_notes"][0]);
               });
    check_step(doc, [](DebateDocument& d) { return d.remove_note(4); }, "Deleted editorial note \"Checked against the minutes of 7 March.\"",
               [&](const Debate& d) { CHECK(d.editorial_notes == h["editorial_notes"].get<std::vector<std::string>>()); });
}

TEST_CASE("relations: add, change type and note, remove") {
    DebateDocument doc(loaded(harbour()), "harbour.json");
    Relation r;
    r.from = claim_index(doc.debate(), "penhale-retail-park");
    r.to = claim_index(doc.debate(), "calder-users-pay");
    r.type = RelationType::Rebuts;
    check_step(doc, [&](DebateDocument& d) { return d.add<Relation>(-1, r); }, "Added relation penhale-retail-park rebuts calder-users-pay",
               [](const Debate& d) { CHECK(relation_names(d).back() == "penhale-retail-park rebuts calder-users-pay"); });
    check_step(doc, [](DebateDocument& d) { return d.edit<Relation>(8, [](Relation& x) { x.type = RelationType::Qualifies; x.note = "p06."; }); },
               "Edited relation penhale-retail-park rebuts calder-users-pay: type, note", [](const Debate& d) {
                   CHECK(d.relations[8].type == RelationType::Qualifies);
                   CHECK(d.relations[8].note == "p06.");
               });
    check_step(doc, [](DebateDocument& d) { return d.remove<Relation>(0); }, "Deleted relation okafor-tax-poor rebuts calder-users-pay",
               [](const Debate& d) { CHECK(d.relations.size() == 8); });
    check_refused(doc, [](DebateDocument& d) { return d.edit<Relation>(0, [](Relation& x) { x.to = 40; }); }, "to refers to nothing (index 40)");
    // A claim related to itself is allowed, and validation reports it.
    REQUIRE(doc.edit<Relation>(0, [](Relation& x) { x.to = x.from; }).ok);
    CHECK(formatted(doc.diagnostics()) == std::vector<std::string>{"harbour.json:/relations/0: a claim cannot relate to itself"});
}

TEST_CASE("claims: every field, and a review added, edited and removed") {
    DebateDocument doc(loaded(harbour()), "harbour.json");
    check_step(doc, [](DebateDocument& d) {
                   return d.edit<Claim>(2, [](Claim& c) {
                       c.actor = 2;
                       c.attribution = Attribution::Paraphrase;
                       c.summary = "A toll taxes the poorest.";
                       c.kind = ClaimKind::Prediction;
                       c.questions = {1, 0};
                       c.evidence = {1};
                   });
               },
               "Edited claim okafor-tax-poor: speaker, attribution, summary, kind, evidence, questions", [](const Debate& d) {
                   const Claim& c = d.claims[2];
                   CHECK(d.actors[c.actor].id == "penhale");
                   CHECK(c.attribution == Attribution::Paraphrase);
                   CHECK(c.kind == ClaimKind::Prediction);
                   CHECK(c.questions == std::vector<int>{1, 0});
                   CHECK(d.evidence[c.evidence[0]].id == "council-meeting");
               });
    Review review;
    review.rating = "Mostly false";
    review.reviewer = "A fact desk (fictional)";
    review.url = "https://example.org/check";
    review.date = PartialDate{2023, 3, 0};
    check_step(doc, [&](DebateDocument& d) { return d.edit<Claim>(2, [&](Claim& c) { c.review = review; }); },
               "Edited claim okafor-tax-poor: review added", [](const Debate& d) { CHECK(d.claims[2].review->rating == "Mostly false"); });
    check_step(doc, [](DebateDocument& d) { return d.edit<Claim>(2, [](Claim& c) { c.review->rating = "False"; }); },
               "Edited claim okafor-tax-poor: review", [](const Debate& d) { CHECK(d.claims[2].review->rating == "False"); });
    check_step(doc, [](DebateDocument& d) { return d.edit<Claim>(2, [](Claim& c) { c.review.reset(); }); },
               "Edited claim okafor-tax-poor: review removed", [](const Debate& d) { CHECK_FALSE(d.claims[2].review); });
    check_refused(doc, [](DebateDocument& d) { return d.edit<Claim>(2, [](Claim& c) { c.questions = {0, 0}; }); },
                  "questions lists the same item twice");
    check_refused(doc, [](DebateDocument& d) { return d.edit<Claim>(2, [](Claim& c) { c.review = Review{}; c.review->date = PartialDate{2023, 2, 29}; }); },
                  "the review's date is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)");
    check_refused(doc, [](DebateDocument& d) { return d.edit<Claim>(2, [](Claim& c) { c.kind = static_cast<ClaimKind>(17); }); },
                  "kind has no such value");
}

TEST_CASE("actors, questions, evidence, timeline events and key quotes: add, edit, remove") {
    DebateDocument doc(loaded(harbour()), "harbour.json");
    check_step(doc, [](DebateDocument& d) {
                   return d.edit<Actor>(2, [](Actor& a) {
                       a.name = "Ada Penhale";
                       a.role = ActorRole::Subject;
                       a.affiliations = {"Chamber of commerce", "Shop owner"};
                       a.description = "Runs a shop on the quay.";
                       a.unnamed = true;
                   });
               },
               "Edited actor penhale: name, role, affiliations, description, unnamed", [](const Debate& d) {
                   CHECK(d.actors[2].affiliations == std::vector<std::string>{"Chamber of commerce", "Shop owner"});
                   CHECK(d.actors[2].unnamed);
               });
    // A question's label derived from its text follows the text; one of the author's own stays.
    Question q;
    q.id = "open";
    q.text = "Should the bridge open at night?";
    q.short_label = elide(q.text, 24);
    REQUIRE(doc.add<Question>(-1, q).ok);
    check_step(doc, [](DebateDocument& d) { return d.edit<Question>(2, [](Question& x) { x.text = "Should it open at night?"; }); },
               "Edited question open: text, short label", [](const Debate& d) { CHECK(d.questions[2].short_label == "Should it open at night?"); });
    check_step(doc, [](DebateDocument& d) { return d.edit<Question>(0, [](Question& x) { x.text = "Should a toll be charged?"; }); },
               "Edited question toll: text", [](const Debate& d) { CHECK(d.questions[0].short_label == "Charge a toll?"); });
    Evidence e;
    e.id = "minutes";
    e.title = "Minutes of the meeting";
    e.kind = EvidenceKind::Document;
    e.date = PartialDate{2023, 3, 7};
    e.source = SourceKind::Context;
    check_step(doc, [&](DebateDocument& d) { return d.add<Evidence>(1, e); }, "Added evidence item minutes", [](const Debate& d) {
        CHECK(ids(d.evidence) == std::vector<std::string>{"auditor-report", "minutes", "council-meeting"});
        CHECK(d.evidence[d.timeline[0].evidence[0]].id == "council-meeting");  // references followed the insertion
    });
    check_step(doc, [](DebateDocument& d) {
                   return d.edit<Evidence>(1, [](Evidence& x) {
                       x.title = "Minutes";
                       x.kind = EvidenceKind::Statement;
                       x.date = PartialDate{2023, 0, 0};
                       x.url = "https://example.org/minutes";
                       x.description = "Editors' context.";
                       x.source = SourceKind::Article;
                   });
               },
               "Edited evidence item minutes: title, kind, date, link, description, source", [](const Debate& d) { CHECK(d.evidence[1].date.to_string() == "2023"); });
    TimelineEvent t;
    t.id = "vote-2";
    t.label = "Second vote";
    t.date = PartialDate{2023, 4, 0};
    t.claims = {0};
    t.evidence = {1};
    check_step(doc, [&](DebateDocument& d) { return d.add<TimelineEvent>(-1, t); }, "Added timeline event vote-2",
               [](const Debate& d) { CHECK(d.timeline.back().claims == std::vector<int>{0}); });
    check_step(doc, [](DebateDocument& d) { return d.edit<TimelineEvent>(4, [](TimelineEvent& x) { x.claims = {1, 0}; x.label = "The second vote"; x.source = SourceKind::Context; }); },
               "Edited timeline event vote-2: label, claims, source", [](const Debate& d) { CHECK(d.timeline[4].claims == std::vector<int>{1, 0}); });
    check_step(doc, [](DebateDocument& d) { return d.remove<TimelineEvent>(4); }, "Deleted timeline event vote-2",
               [](const Debate& d) { CHECK(d.timeline.size() == 4); });
    KeyQuote k;
    k.id = "kq-2";
    k.paragraph = 4;
    check_step(doc, [&](DebateDocument& d) { return d.add<KeyQuote>(-1, k); }, "Added key quote kq-2", [](const Debate& d) { CHECK(d.key_quotes.size() == 2); });
    check_step(doc, [](DebateDocument& d) { return d.edit<KeyQuote>(1, [](KeyQuote& x) { x.actor = 1; }); }, "Edited key quote kq-2: speaker",
               [](const Debate& d) { CHECK(d.key_quotes[1].actor == 1); });
    check_step(doc, [](DebateDocument& d) { return d.remove<KeyQuote>(1); }, "Deleted key quote kq-2", [](const Debate& d) { CHECK(d.key_quotes.size() == 1); });
    check_step(doc, [](DebateDocument& d) { return d.move(ListKind::Claims, 0, 11); }, "Moved claim calder-loan to position 12", [](const Debate& d) {
        CHECK(d.claims[11].id == "calder-loan");
        CHECK(d.claims[d.relations[6].to].id == "calder-loan");
        CHECK(ids(d, d.stance(0, 0)->claims, d.claims) == std::vector<std::string>{"calder-loan", "calder-users-pay", "calder-nobody-pays"});
    });
    Paragraph p;
    p.id = "p10";
    p.text = "A new closing paragraph.";
    check_step(doc, [&](DebateDocument& d) { return d.add<Paragraph>(0, p); }, "Added paragraph p10", [](const Debate& d) {
        CHECK(d.article.paragraphs[0].id == "p10");
        CHECK(d.article.paragraphs[d.claims[0].paragraph].id == "p02");
        CHECK(d.article.paragraphs[d.key_quotes[0].paragraph].id == "p05");
    });
    check_step(doc, [](DebateDocument& d) { return d.edit<Paragraph>(0, [](Paragraph& x) { x.kind = ParagraphKind::Byline; }); },
               "Edited paragraph p10: kind", [](const Debate& d) { CHECK(d.article.paragraphs[0].kind == ParagraphKind::Byline); });
}

TEST_CASE("what a command refuses: text the file cannot hold, limits, references, unknown fields") {
    json f = fixture("future-fields.json");
    DebateDocument doc(loaded(f), "future.json", LoadLimits{});
    check_refused(doc, [](DebateDocument& d) { return d.edit<Claim>(0, [](Claim& c) { c.summary = std::string("a\0b", 3); }); },
                  "summary contains a NUL character");
    check_refused(doc, [](DebateDocument& d) { return d.edit<Claim>(0, [](Claim& c) { c.summary = "\xC3\x28"; }); },
                  "summary is not valid UTF-8 text");
    check_refused(doc, [](DebateDocument& d) { return d.set_field(DebateField::Title, std::string(70000, 'x')); },
                  "the debate's title is 70000 bytes long; the limit is 65536");
    check_refused(doc, [](DebateDocument& d) { return d.edit<Claim>(0, [](Claim& c) { c.extras.clear(); }); },
                  "unknown fields are kept as the file had them; they cannot be edited here");
    check_refused(doc, [](DebateDocument& d) { return d.edit<Stance>(0, [](Stance& s) { s.claims.push_back(99); }); },
                  "claims refers to nothing (index 99)");
    check_refused(doc, [](DebateDocument& d) { return d.remove<Claim>(3); }, "there is no claim 3");
    Actor a;
    a.id = "extra";
    a.name = "Extra";
    a.extras = {{"x", "1"}};
    check_refused(doc, [&](DebateDocument& d) { return d.add<Actor>(-1, a); }, "a new item has no unknown fields");
    LoadLimits few;
    few.max_actors = 2;
    DebateDocument small(loaded(f), "future.json", few);
    a.extras.clear();
    check_refused(small, [&](DebateDocument& d) { return d.add<Actor>(-1, a); }, "there are 2 of them; the limit is 2");
    // Edits keep the unknown fields they do not touch (nlohmann's dump above wrote the keys sorted).
    REQUIRE(doc.edit<Claim>(0, [](Claim& c) { c.summary = "Later ferry."; }).ok);
    CHECK(format_debate(doc.debate()).find("\"annotator\": {\"at\":\"2025-02-15T10:00:00Z\",\"name\":\"test\"}") != std::string::npos);
}

TEST_CASE("steps: a group is one undo; nothing changed is no step; dirty and generation") {
    DebateDocument doc(loaded(harbour()), "harbour.json");
    const std::string original = format_debate(doc.debate());
    CHECK_FALSE(doc.dirty());
    CHECK(doc.generation() == 0);
    CHECK(doc.edit<Claim>(0, [](Claim&) {}).message == "");
    CHECK(doc.undo_steps() == 0);
    doc.begin_step("Typed a summary");
    for (const char* text : {"T", "Th", "The", "The loan"}) REQUIRE(doc.edit<Claim>(0, [&](Claim& c) { c.summary = text; }).ok);
    CHECK(doc.dirty());  // while the group is still open
    doc.end_step();
    CHECK(doc.generation() == 4);
    CHECK(doc.undo_steps() == 1);
    CHECK(doc.undo_description() == "Typed a summary");
    CHECK(doc.dirty());
    doc.mark_saved();
    CHECK_FALSE(doc.dirty());
    REQUIRE(doc.undo().message == "Undid: Typed a summary");
    CHECK(format_debate(doc.debate()) == original);
    CHECK(doc.dirty());
    CHECK(doc.redo().message == "Redid: Typed a summary");
    CHECK_FALSE(doc.dirty());
    CHECK(doc.debate().claims[0].summary == "The loan");
    // Saved in the middle of a typing session: the session's end is the saved state.
    doc.begin_step("Typed more");
    REQUIRE(doc.edit<Claim>(0, [](Claim& c) { c.summary = "The loan, again"; }).ok);
    doc.mark_saved();
    doc.end_step();
    CHECK_FALSE(doc.dirty());
    REQUIRE(doc.undo().ok);
    CHECK(doc.dirty());
    REQUIRE(doc.redo().ok);
    // A new edit after an undo drops what could have been redone.
    REQUIRE(doc.undo().ok);
    REQUIRE(doc.edit<Claim>(1, [](Claim& c) { c.summary = "Other."; }).ok);
    CHECK_FALSE(doc.can_redo());
    CHECK(doc.dirty());
    CHECK(doc.undo().ok);
    CHECK(doc.undo().ok);
    CHECK_FALSE(doc.undo().ok);
    CHECK(format_debate(doc.debate()) == original);
    // A state recovered from an autosave is not what the file holds: dirty with no edit made, until saved.
    doc.mark_saved();
    CHECK_FALSE(doc.dirty());
    doc.mark_unsaved();
    CHECK(doc.dirty());
    CHECK(format_debate(doc.debate()) == original);  // marked, not changed
    doc.mark_saved();
    CHECK_FALSE(doc.dirty());
}

TEST_CASE("the history holds what changed, not copies of the debate") {
    DebateDocument doc(loaded(json::parse(read_file(source_path("content/nato-guarantees-2021.json")))), "nato.json");
    const size_t debate_bytes = format_debate(doc.debate()).size();
    for (int i = 0; i < 200; ++i) REQUIRE(doc.edit<Claim>(i % 48, [&](Claim& c) { c.summary = "Summary " + std::to_string(i); }).ok);
    REQUIRE(doc.undo_steps() == 200);
    // A summary edit keeps the claim before and after: under 4 KB a step, a sixteenth of the debate.
    CHECK(debate_bytes > 60'000);
    CHECK(doc.history_bytes() / 200 < 4096);
    CHECK(doc.history_bytes() / 200 < debate_bytes / 16);
}
