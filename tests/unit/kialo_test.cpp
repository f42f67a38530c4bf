// Kialo import: the fixture export (BOM, CRLF, 19 levels, cross references, escapes, links, the
// same text twice) read into claims, the tree and evidence; odd and hostile exports reported by line.
#include "test_support.h"
#include "model/import_support.h"
#include "model/kialo.h"
#include "model/prepared.h"

#include <set>

using namespace dl;
using namespace dl::test;

namespace {

const std::string kFixture = "tests/fixtures/kialo/harbour-toll.txt";

const Claim& claim(const Debate& d, const std::string& id) {
    const int c = d.find_claim(id);
    REQUIRE_MESSAGE(c >= 0, "no claim " << id);
    return d.claims[c];
}

// "from type to" for every relation, as written in the export's numbering.
std::set<std::string> relation_lines(const Debate& d) {
    std::set<std::string> out;
    for (const Relation& r : d.relations) out.insert(d.claims[r.from].id + " " + to_string(r.type) + " " + d.claims[r.to].id);
    return out;
}

const Diagnostic* warning_at(const LoadResult& r, int line, const std::string& words) {
    for (const Diagnostic& d : r.diagnostics)
        if (d.line == line && d.severity == Severity::Warning && d.message.find(words) != std::string::npos) return &d;
    return nullptr;
}

#define CHECK_WARNING_AT_LINE(result, line, words) \
    CHECK_MESSAGE(warning_at(result, line, words) != nullptr, "expected a warning at line " << line << " mentioning '" << words << "', got:\n" << (result).summary())

std::string deep_chain(int levels) {
    std::string number = "1.3";
    for (int i = 3; i <= levels; ++i) number += ".1";
    return number;
}

}  // namespace

TEST_CASE("Kialo import: the fixture's thesis and arguments become claims, Pro supports and Con rebuts the parent") {
    std::string converted;
    const LoadResult r = import_kialo_file(source_path(kFixture), &converted);
    REQUIRE_MESSAGE(r.ok(), r.summary());
    CHECK_MESSAGE(r.diagnostics.empty(), r.summary());
    const Debate& d = *r.debate;
    // 10 numbered claims in 1.1 to 1.3, 17 more in the chain under 1.3; the two "-> See" lines are no claims.
    CHECK(d.claims.size() == 27);
    CHECK(d.title == "Should Gullhaven charge a toll on the Harbour Bridge? (fictional)");
    CHECK(d.article.title == d.title);
    CHECK(claim(d, "k-1").quote == "Gullhaven should charge a \u00A32 toll on the Harbour Bridge.");
    // Escapes are removed; the words are what Kialo shows.
    CHECK(claim(d, "k-1-1").quote ==
          "The town cannot repay the bridge loan from the rates alone. The auditor's report (published on Thursday) says a toll would repay it in 14 years.");
    CHECK(claim(d, "k-1-2-1-1").quote == "Visitors come for the harbour, not the shops [citation needed]*.");
    CHECK(claim(d, "k-1-2-3").quote == "Free passes for residents would be _a toll with extra paperwork_, as Okafor said in the minutes.");
    // Every quote is its whole paragraph, and the same text twice is two claims in two paragraphs.
    for (const Claim& c : d.claims) {
        const std::string& para = d.article.paragraphs[c.paragraph].text;
        CHECK(c.quote_begin == 0);
        CHECK(c.quote_end == para.size());
        CHECK(c.quote == para);
    }
    const Claim &twice_a = claim(d, "k-1-1-2"), &twice_b = claim(d, "k-1-2-2");
    CHECK(twice_a.quote == "Those who use the bridge should pay for the bridge.");
    CHECK(twice_b.quote == twice_a.quote);
    CHECK(twice_a.paragraph != twice_b.paragraph);
    // One actor for the participants, unnamed, and the notes say why.
    REQUIRE(d.actors.size() == 1);
    CHECK(d.actors[0].name == "Participants in the Kialo discussion");
    CHECK(d.actors[0].unnamed);
    bool noted = false;
    for (const auto& n : d.editorial_notes) noted = noted || n.find("names no authors") != std::string::npos;
    CHECK(noted);
    CHECK(load_debate_text(converted, "converted.json").ok());
}

TEST_CASE("Kialo import: the tree is in the relations, cross references relate the claim they name, depth is kept") {
    const LoadResult r = import_kialo_file(source_path(kFixture));
    REQUIRE_MESSAGE(r.ok(), r.summary());
    const Debate& d = *r.debate;
    const std::set<std::string> rel = relation_lines(d);
    CHECK(rel.size() == 28);  // 26 tree edges (every claim but the thesis) and 2 cross references
    for (const char* expected : {"k-1-1 supports k-1", "k-1-1-1 rebuts k-1-1", "k-1-1-2 supports k-1-1", "k-1-2 rebuts k-1",
                                 "k-1-2-1 supports k-1-2", "k-1-2-1-1 rebuts k-1-2-1", "k-1-2-2 rebuts k-1-2",
                                 "k-1-2-3 supports k-1-2", "k-1-3 rebuts k-1",
                                 // "1.1.1.1. Pro: -> See 1.2.1.": 1.2.1 is a Pro of 1.1.1.
                                 "k-1-2-1 supports k-1-1-1"})
        CHECK_MESSAGE(rel.count(expected), expected);
    // The chain's last line, "Con: -> See 1.1.", under the claim 19 levels deep.
    const std::string deepest = "k-" + slug(deep_chain(19), 64);
    CHECK(claim(d, deepest).quote == "Level 19 of the survey argument: the previous claim holds.");
    CHECK(rel.count("k-1-1 rebuts " + deepest));
    // Every claim but the thesis starts exactly one tree relation (the first it starts), to a claim one level up.
    std::vector<int> tree_parent(d.claims.size(), -1);
    for (const Relation& x : d.relations)
        if (tree_parent[x.from] < 0 && x.note.find("cross reference") == std::string::npos) tree_parent[x.from] = x.to;
    for (size_t c = 0; c < d.claims.size(); ++c) {
        CAPTURE(d.claims[c].id);
        if (d.claims[c].id == "k-1") {
            CHECK(tree_parent[c] < 0);
            continue;
        }
        REQUIRE(tree_parent[c] >= 0);
        const std::string& child = d.claims[c].id;
        CHECK(child.substr(0, child.rfind('-')) == d.claims[tree_parent[c]].id);
    }
    // A section per top-level branch.
    REQUIRE(d.article.sections.size() == 3);
    CHECK(d.article.sections[0].label.rfind("1.1. Pro: The town cannot repay", 0) == 0);
    const auto in_third = std::count_if(d.article.paragraphs.begin(), d.article.paragraphs.end(), [](const Paragraph& p) { return p.section == 2; });
    CHECK(in_third == 18);  // 1.3 and the 17 claims under it
    CHECK(d.article.paragraphs[0].section == -1);  // the thesis stands above the branches
}

TEST_CASE("Kialo import: links become evidence cited by their claim, one item per address") {
    const LoadResult r = import_kialo_file(source_path(kFixture));
    REQUIRE_MESSAGE(r.ok(), r.summary());
    const Debate& d = *r.debate;
    REQUIRE(d.evidence.size() == 2);
    const Claim& warned = claim(d, "k-1-1-1");
    CHECK(warned.quote == "The auditor also warned that traffic could fall by up to a fifth, see the county auditor's report.");
    REQUIRE(warned.evidence.size() == 1);
    CHECK(d.evidence[warned.evidence[0]].url == "https://example.org/gullhaven/auditor-report");
    CHECK(d.evidence[warned.evidence[0]].title == "the county auditor's report");
    // Two links to the minutes in one claim: one evidence item, cited once.
    const Claim& passes = claim(d, "k-1-2-3");
    REQUIRE(passes.evidence.size() == 1);
    CHECK(d.evidence[passes.evidence[0]].url == "https://example.org/gullhaven/council-minutes");
}

TEST_CASE("Kialo import: LF and CRLF, with or without a byte order mark, read the same") {
    const std::string crlf = read_file(source_path(kFixture));
    std::string lf;
    for (char c : crlf.substr(3))
        if (c != '\r') lf += c;
    const LoadResult a = import_kialo_text(crlf, "a.txt"), b = import_kialo_text(lf, "b.txt");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.debate->claims.size() == b.debate->claims.size());
    for (size_t i = 0; i < a.debate->claims.size(); ++i) CHECK(a.debate->claims[i].quote == b.debate->claims[i].quote);
    CHECK(relation_lines(*a.debate) == relation_lines(*b.debate));
}

TEST_CASE("Kialo import: what the export gets wrong is reported with its line, never a crash") {
    const std::string text =
        "Discussion Title: Odd export\n"                     // 1
        "\n"                                                 // 2
        "1. The thesis.\n"                                   // 3
        "1.1. Pro: A reason\n"                               // 4
        "that goes on over a second line.\n"                 // 5
        "1.1. Con: The same number again.\n"                 // 6
        "1.3.4. Con: A reply whose parent 1.3 is missing.\n" // 7
        "1.2. A claim marked neither way.\n"                 // 8
        "1.2.1. Pro: -> See 9.9.\n"                          // 9
        "1.2.2. Con: -> See 1.2.\n"                          // 10
        "1.2.3. Pro: [mail me](mailto:a@example.org) now.\n" // 11
        "1.2.4. Pro: \n"                                     // 12
        "1.2.4.1. Con: Under a claim without text.\n"        // 13
        "1.2.5. Pro: -> See 1.1.\n"                          // 14
        "1.2.5.1. Con: Under a cross reference.\n";          // 15
    const LoadResult r = import_kialo_text(text, "odd.txt");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    CHECK_WARNING_AT_LINE(r, 6, "numbered twice (first at line 4)");
    CHECK_WARNING_AT_LINE(r, 7, "has no parent 1.3 in the export: placed under 1");
    CHECK_WARNING_AT_LINE(r, 8, "neither Pro nor Con");
    CHECK_WARNING_AT_LINE(r, 9, "names claim 9.9, which the export does not hold");
    CHECK_WARNING_AT_LINE(r, 10, "names its own parent 1.2");
    CHECK_WARNING_AT_LINE(r, 11, "\"mailto:a@example.org\" is not an http:// or https:// address");
    CHECK_WARNING_AT_LINE(r, 12, "has no text");
    CHECK_WARNING_AT_LINE(r, 15, "stands under a cross reference: placed under 1.2");
    for (const Diagnostic& x : r.diagnostics) CHECK(x.format().rfind("odd.txt:", 0) == 0);
    const Debate& d = *r.debate;
    CHECK(claim(d, "k-1-1").quote == "A reason that goes on over a second line.");
    CHECK(claim(d, "k-1-2-3").quote == "mail me now.");
    const std::set<std::string> rel = relation_lines(d);
    CHECK(rel.count("k-1-2 responds_to k-1"));
    CHECK(rel.count("k-1-3-4 rebuts k-1"));
    CHECK(rel.count("k-1-2-4-1 rebuts k-1-2"));   // past the claim without text, to its parent
    CHECK(rel.count("k-1-1 supports k-1-2"));     // the cross reference on line 14
    CHECK(rel.count("k-1-2-5-1 rebuts k-1-2"));
}

TEST_CASE("Kialo import: files that are no Kialo export, or exceed the limits, are refused with a message") {
    const std::pair<std::string, std::string> cases[] = {
        {"", "not a Kialo export"},
        {"1. A thesis without a title line.\n", "not a Kialo export"},
        {"Discussion Title: Nothing\n\nJust prose.\n", "holds no claims"},
    };
    for (const auto& [text, words] : cases)
        check_refused([](const std::string& t, std::string& out) { return import_kialo_text(t, "bad.txt", &out); }, text, words);
    LoadLimits small;
    small.max_claims = 5;
    std::string many = "Discussion Title: Many\n1. T\n";
    for (int i = 1; i <= 10; ++i) many += "1." + std::to_string(i) + ". Pro: reason " + std::to_string(i) + "\n";
    const LoadResult r = import_kialo_text(many, "many.txt", nullptr, small);
    CHECK_FALSE(r.ok());
    CHECK_MESSAGE(r.summary().find("many.txt:7: the export holds more than 5 claims") != std::string::npos, r.summary());
    small = LoadLimits{};
    small.max_depth = 4;
    const LoadResult deep = import_kialo_text("Discussion Title: D\n1. T\n1.1. Pro: a\n1.1.1. Pro: b\n1.1.1.1. Pro: c\n1.1.1.1.1. Pro: d\n", "deep.txt",
                                              nullptr, small);
    REQUIRE(deep.ok());
    CHECK(deep.debate->claims.size() == 4);
    CHECK_WARNING_AT_LINE(deep, 6, "5 levels deep; the limit is 4");
    CHECK_FALSE(import_kialo_file(source_path("tests/fixtures/kialo/no-such.txt")).ok());
}

TEST_CASE("Kialo import: a real-sized discussion (1,261 claims, 19 levels, 100 cross references) imports whole") {
    std::string text = "Discussion Title: Big\n1. The thesis.\n";
    std::vector<std::string> numbers;
    // 35 branches, each a chain 19 levels deep (the thesis is level 1) with a sibling per level.
    for (int b = 1; b <= 35; ++b) {
        std::string n = "1." + std::to_string(b);
        for (int level = 2; level <= 19; ++level) {
            text += n + ". " + (level % 2 ? "Con" : "Pro") + ": Claim " + n + " says something long. It has a second sentence, too.\n";
            numbers.push_back(n);
            const std::string sibling = n + ".2";
            text += sibling + ". Con: The same text in many places.\n";
            numbers.push_back(sibling);
            n += ".1";
        }
    }
    for (int k = 0; k < 100; ++k) text += "1.1.2." + std::to_string(k + 3) + ". Pro: -> See " + numbers[(k * 7 + 30) % numbers.size()] + ".\n";
    const LoadResult r = import_kialo_text(text, "big.txt");
    REQUIRE_MESSAGE(r.ok(), r.summary().substr(0, 2000));
    CHECK(r.diagnostics.empty());
    CHECK(r.debate->claims.size() == 1 + numbers.size());
    CHECK(r.debate->relations.size() == numbers.size() + 100);
    const auto prepared = prepare_debate(r.debate);
    CHECK(prepared->layout.nodes.size() == r.debate->claims.size());
}

TEST_CASE("Kialo import: hostile text (unclosed links and escapes by the thousand) is read whole, in one pass") {
    std::string claim;
    for (int i = 0; i < 6000; ++i) claim += "[[](\\](";  // 60 KB of brackets that never make a link
    const LoadResult r = import_kialo_text("Discussion Title: H\n1. " + claim + "\n1.1. Pro: [a](https://example.org/" + std::string(500, 'x') + ")\n", "h.txt");
    REQUIRE_MESSAGE(r.ok(), r.summary().substr(0, 1000));
    CHECK(r.debate->claims[0].quote.size() == 6000 * 6);  // an escaped ] reads as ]: one byte fewer per 7
    CHECK(r.debate->evidence.size() == 1);
}
