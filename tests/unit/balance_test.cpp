// The panel's balance: the bundled debate's groups against its JSON read independently, the note
// for "Should the West accept Russia's terms?", and the edge cases of the arithmetic.
#include "test_support.h"
#include "model/balance.h"

#include <map>
#include <set>

using namespace dl;
using namespace dl::test;
using nlohmann::json;

namespace {
// A one-question debate: one actor per entry, with that role and leaning; NotAddressed entries
// listed in `no_row` get no stance row at all (which must count the same).
Debate panel(const std::vector<std::pair<ActorRole, Leaning>>& members, const std::set<size_t>& no_row = {}) {
    Debate d;
    d.questions.push_back({"q", "Should it?", "It?"});
    for (size_t a = 0; a < members.size(); ++a) {
        Actor actor;
        actor.id = "a" + std::to_string(a);
        actor.name = "Actor " + std::to_string(a);
        actor.role = members[a].first;
        d.actors.push_back(actor);
    }
    d.stance_index.assign(members.size(), -1);
    for (size_t a = 0; a < members.size(); ++a) {
        if (no_row.count(a)) continue;
        d.stance_index[a] = static_cast<int>(d.stances.size());
        d.stances.push_back({static_cast<int>(a), 0, members[a].second, "", {}});
    }
    return d;
}
constexpr ActorRole S = ActorRole::Subject, C = ActorRole::Commentator, R = ActorRole::Referenced;
constexpr Leaning SN = Leaning::StrongNo, N = Leaning::No, M = Leaning::Mixed, Y = Leaning::Yes, SY = Leaning::StrongYes,
                  NA = Leaning::NotAddressed;

const char* group_of(const std::string& leaning) {
    if (leaning == "yes" || leaning == "strong_yes") return "Yes";
    if (leaning == "no" || leaning == "strong_no") return "No";
    if (leaning == "mixed") return "Mixed";
    return "Not addressed";
}
}  // namespace

TEST_CASE("the bundled debate's balance is its stances, grouped") {
    const auto debate = load_source("content/nato-guarantees-2021.json");
    const Debate& d = *debate;
    const json doc = json::parse(read_file(source_path("content/nato-guarantees-2021.json")));
    // The oracle: per question id, per group name, the actor ids, straight from the JSON.
    std::map<std::string, std::map<std::string, std::set<std::string>>> expected;
    std::map<std::string, std::string> role;
    for (const json& a : doc["actors"]) role[a["id"]] = a["role"];
    for (const json& s : doc["stances"]) expected[s["question"]][group_of(s["leaning"])].insert(s["actor"].get<std::string>());

    const std::vector<QuestionBalance> balance = panel_balance(d);
    REQUIRE(balance.size() == doc["questions"].size());
    for (const QuestionBalance& b : balance) {
        const std::string q = d.questions[b.question].id;
        CAPTURE(q);
        int commentators_addressing = 0;
        std::set<std::string> commentator_groups;
        for (int g = 0; g < kLeaningGroupCount; ++g) {
            std::set<std::string> got;
            for (int a : b.actors[g]) got.insert(d.actors[a].id);
            const std::string name = label(static_cast<LeaningGroup>(g));
            CHECK(got == expected[q][name]);
            for (const std::string& id : expected[q][name])
                if (role[id] == "commentator" && name != "Not addressed") {
                    ++commentators_addressing;
                    commentator_groups.insert(name);
                }
        }
        const bool agree = commentators_addressing >= 2 && commentator_groups.size() == 1;
        CHECK(b.commentators_agree == agree);
        CHECK(b.note.empty() == !agree);
    }
    const QuestionBalance& terms = balance[d.find_question("accept-terms")];
    CHECK(d.questions[terms.question].text == "Should the West accept Russia's terms?");
    CHECK(terms.count(LeaningGroup::No) == 4);
    CHECK(terms.count(LeaningGroup::Yes) == 1);
    CHECK(terms.note == "All four commentators lean no; the subject leans yes.");
    const QuestionBalance& coercion = balance[d.find_question("coercion")];
    CHECK(coercion.note ==
          "The three commentators who address it all lean yes (the other one does not address it); the subject does not address it.");
}

TEST_CASE("balance edge cases: no commentators, ties, no one answering, one voice, strong and plain together") {
    auto one = [](const Debate& d) { return panel_balance(d).at(0); };
    {   // No commentators: counts, no note.
        const QuestionBalance b = one(panel({{S, Y}, {R, N}}));
        CHECK(b.count(LeaningGroup::Yes) == 1);
        CHECK(b.count(LeaningGroup::No) == 1);
        CHECK_FALSE(b.commentators_agree);
        CHECK(b.note.empty());
    }
    {   // A tie is not agreement.
        const QuestionBalance b = one(panel({{S, M}, {C, Y}, {C, SY}, {C, N}, {C, SN}}));
        CHECK(b.count(LeaningGroup::Yes) == 2);
        CHECK(b.count(LeaningGroup::No) == 2);
        CHECK(b.count(LeaningGroup::Mixed) == 1);
        CHECK_FALSE(b.commentators_agree);
        CHECK(b.note.empty());
    }
    {   // Nobody answers; a missing stance row counts as not addressed.
        const QuestionBalance b = one(panel({{S, NA}, {C, NA}, {C, NA}, {C, NA}}, {2}));
        CHECK(b.count(LeaningGroup::NotAddressed) == 4);
        CHECK(b.commentators[static_cast<int>(LeaningGroup::NotAddressed)] == 3);
        CHECK_FALSE(b.commentators_agree);
    }
    {   // One commentator answering is one voice, not a consensus.
        const QuestionBalance b = one(panel({{S, Y}, {C, N}, {C, NA}}));
        CHECK_FALSE(b.commentators_agree);
    }
    {   // Strongly yes and yes are one group; the subject with them says "too".
        const QuestionBalance b = one(panel({{C, SY}, {S, Y}, {C, Y}}));
        CHECK(b.commentators_agree);
        CHECK(b.agreed == LeaningGroup::Yes);
        CHECK(b.note == "Both commentators lean yes; the subject leans yes too.");
    }
    {   // All mixed, no subject at all.
        const QuestionBalance b = one(panel({{C, M}, {C, M}, {C, M}}));
        CHECK(b.note == "All three commentators are mixed.");
    }
    {   // Some commentators silent; subjects split.
        const QuestionBalance b = one(panel({{S, Y}, {S, N}, {C, N}, {C, SN}, {C, NA}, {C, N}, {R, Y}}));
        CHECK(b.note == "The three commentators who address it all lean no (the other one does not address it); "
                        "of the two subjects, one leans yes and one leans no.");
        CHECK(b.count(LeaningGroup::Yes) == 2);  // the referenced actor is in the matrix, not in the note
    }
    {   // Counts past twelve are digits; two subjects who agree.
        std::vector<std::pair<ActorRole, Leaning>> m(13, {C, N});
        m.push_back({S, NA});
        m.push_back({S, NA});
        CHECK(one(panel(m)).note == "All 13 commentators lean no; neither subject addresses it.");
    }
}

TEST_CASE("the 40-actor fixture: forty columns, every one counted once per question") {
    const auto debate = load_source("tests/fixtures/fictional-panel-40.json");
    const json doc = json::parse(read_file(source_path("tests/fixtures/fictional-panel-40.json")));
    std::set<std::string> with_stances;
    for (const json& s : doc["stances"]) with_stances.insert(s["actor"].get<std::string>());
    CHECK(with_stances.size() == 40);
    for (const QuestionBalance& b : panel_balance(*debate)) {
        int total = 0;
        for (int g = 0; g < kLeaningGroupCount; ++g) total += b.count(static_cast<LeaningGroup>(g));
        CHECK(total == 40);
    }
}
