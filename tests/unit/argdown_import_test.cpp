// Argdown import: the fixtures (front matter, headings, relations of every sign, premise-conclusion
// structures with and without rule text, German umlauts, comments, hard-wrapped lines) and Argdown's
// own examples from ../shared when present; what has no counterpart is reported by line.
#include "test_support.h"
#include "model/argdown.h"
#include "model/prepared.h"

#include <filesystem>
#include <set>

using namespace dl;
using namespace dl::test;

namespace {

LoadResult import_fixture(const std::string& name, std::string* converted = nullptr) {
    return import_argdown_file(source_path("tests/fixtures/argdown/" + name), converted);
}

// The claim whose summary is `summary` (a title, or an untitled statement's words).
const Claim& by_summary(const Debate& d, const std::string& summary) {
    for (const Claim& c : d.claims)
        if (c.summary == summary) return c;
    FAIL("no claim summarised as " << summary);
    return d.claims[0];
}

std::set<std::string> relations_by_summary(const Debate& d) {
    std::set<std::string> out;
    for (const Relation& r : d.relations) out.insert(d.claims[r.from].summary + " " + to_string(r.type) + " " + d.claims[r.to].summary);
    return out;
}

bool has_warning(const LoadResult& r, int line, const std::string& words) {
    for (const Diagnostic& d : r.diagnostics)
        if (d.line == line && d.severity == Severity::Warning && d.message.find(words) != std::string::npos) return true;
    return false;
}

#define CHECK_WARNING_LINE(result, line, words) \
    CHECK_MESSAGE(has_warning(result, line, words), "expected a warning at line " << line << " mentioning '" << words << "', got:\n" << (result).summary())

}  // namespace

TEST_CASE("Argdown import: front matter, statements and arguments of the German fixture") {
    std::string converted;
    const LoadResult r = import_fixture("brueckenmaut.argdown", &converted);
    REQUIRE_MESSAGE(r.ok(), r.summary());
    CHECK(r.error_count() == 0);
    const Debate& d = *r.debate;
    // The front matter's title (folded over two lines), author and date.
    CHECK(d.title == "Eine Maut f\u00FCr die Hafenbr\u00FCcke? Eine fiktive Rekonstruktion der Ratsdebatte");
    CHECK(d.article.date.to_string() == "2023-03-10");
    REQUIRE(d.actors.size() == 1);
    CHECK(d.actors[0].name == "Redaktion Gullhavener Bote");
    CHECK_FALSE(d.actors[0].unnamed);
    // Statements (one claim per title) and arguments: 8 statements and 3 arguments, as Argdown counts them.
    CHECK(d.claims.size() == 11);
    CHECK(by_summary(d, "Maut").quote == "Gullhaven soll auf der Hafenbr\u00FCcke eine Maut von 2 \u20AC pro Auto erheben. #kosten");
    CHECK(by_summary(d, "Kredit").quote == "Die Stadt kann den Br\u00FCckenkredit nicht allein aus den Grundsteuern zur\u00FCckzahlen.");
    CHECK(by_summary(d, "Finanzierungsl\u00FCcke").quote == "Es fehlt Geld f\u00FCr die R\u00FCckzahlung.");  // the HTML comment is gone
    CHECK(by_summary(d, "Die Grundsteuern reichen daf\u00FCr nicht aus.").quote == "Die Grundsteuern reichen daf\u00FCr nicht aus.");
    const Claim& report = by_summary(d, "Pr\u00FCfbericht");
    CHECK(report.quote == "Der Bericht des Kreispr\u00FCfers sagt, der Verkehr k\u00F6nnte um bis zu ein F\u00FCnftel sinken (siehe Bericht).");
    REQUIRE(report.evidence.size() == 1);
    CHECK(d.evidence[report.evidence[0]].url == "https://example.org/gullhaven/pruefbericht");
    // Each claim quotes its whole paragraph; the title defined twice in the same words is one claim.
    for (const Claim& c : d.claims) CHECK(d.article.paragraphs[c.paragraph].text == c.quote);
    int ladenschluss = 0;
    for (const Claim& c : d.claims) ladenschluss += c.summary == "Ladenschluss";
    CHECK(ladenschluss == 1);
    // Headings are sections, data in braces dropped from the label.
    REQUIRE(d.article.sections.size() == 3);
    CHECK(d.article.sections[1].label == "Die Rekonstruktion des Kreditarguments");
    CHECK(load_debate_text(converted, "converted.json").ok());
}

TEST_CASE("Argdown import: relations by sign and indentation, contradiction both ways, undercut reported") {
    const LoadResult r = import_fixture("brueckenmaut.argdown");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    const std::set<std::string> rel = relations_by_summary(*r.debate);
    for (const char* expected : {
             "Kredit supports Maut",              // "+ <Kredit>" under [Maut] (and its main conclusion)
             "H\u00E4rte rebuts Maut",            // "- <Härte>"
             "Boot-Einwand rebuts H\u00E4rte",    // nested one level deeper
             "Maut rebuts Ladenschluss",          // "-> [Ladenschluss]": the statement above attacks
             "Maut rebuts Freie Br\u00FCcke",     // "><": each rebuts the other
             "Freie Br\u00FCcke rebuts Maut",
             "Pr\u00FCfbericht rebuts Kredit",    // "-> <Kredit>"
             // The premise-conclusion structure: premises support the conclusion below each bar.
             "Kreditlast supports Finanzierungsl\u00FCcke",
             "Die Grundsteuern reichen daf\u00FCr nicht aus. supports Finanzierungsl\u00FCcke",
             "Finanzierungsl\u00FCcke supports Maut",
             "Nutzer sollen zahlen, was sie nutzen. supports Maut"})
        CHECK_MESSAGE(rel.count(expected), expected << " missing from:\n" << r.summary());
    CHECK(rel.size() == 11);
    CHECK_WARNING_LINE(r, 53, "an undercut (_>)");
    CHECK_WARNING_LINE(r, 43, "the inference rule \"Modus ponens\"");
    CHECK_WARNING_LINE(r, 43, "data in braces");
    CHECK_WARNING_LINE(r, 8, "front matter field \"color\"");
    CHECK_WARNING_LINE(r, 17, "the tag #kosten");
}

TEST_CASE("Argdown import: the primer-shaped fixture: untitled statements, emphasis, a rule block, mentions") {
    const LoadResult r = import_fixture("primer-shaped.argdown");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    const Debate& d = *r.debate;
    CHECK(d.claims.size() == 11);  // 7 statements (5 untitled) and 4 arguments
    CHECK(by_summary(d, "Intro").quote == "A short document in the shape of Argdown's primer, written for the DebateLens tests.");
    CHECK(by_summary(d, "Reasoned").quote == "Arguments reason for or against statements. #tag");
    by_summary(d, "Lists of pros are easy to write.");
    by_summary(d, "Plain text between elements is a statement of its own, with a link in it.");
    CHECK(by_summary(d, "Second statement").quote == "Statements can be mentioned as @[Intro]; an escaped [bracket] stays text.");
    // Named in a PCS before it has words of its own; the argument without a description quotes its title.
    CHECK(by_summary(d, "Worked example").quote == "Worked example");
    const std::set<std::string> rel = relations_by_summary(d);
    for (const char* expected : {"Lists of pros are easy to write. supports Intro", "Reasoned supports Intro", "Objection rebuts Intro",
                                 "Reply rebuts Objection", "Intro rebuts Worked example",
                                 "The conclusion of the worked example. rebuts Outgoing relations of the conclusion are the argument's too.",
                                 "The conclusion of the worked example. supports Reply",
                                 "The conclusion of the worked example. rebuts Second statement",
                                 "A first premise that runs over two lines. supports The conclusion of the worked example.",
                                 "Intro supports The conclusion of the worked example.",
                                 "Worked example supports The conclusion of the worked example."})
        CHECK_MESSAGE(rel.count(expected), expected);
    CHECK(rel.size() == 11);
    CHECK_WARNING_LINE(r, 27, "[Intro] is defined again in other words");
    CHECK_WARNING_LINE(r, 29, "the inference rule \"Some inference rule\"");
    // No front matter: an unnamed author, the title from the first heading, said in the notes.
    CHECK(d.actors[0].unnamed);
    CHECK(d.title == "Reading Argdown like a primer");
}

TEST_CASE("Argdown import: Argdown's own examples from ../shared import without errors") {
    for (const char* name : {"argdown-primer.argdown", "semmelweis_betz.argdown"}) {
        const std::string path = std::string(DL_SHARED_DIR) + "/samples/argdown/" + name;
        if (!std::filesystem::exists(path)) {
            MESSAGE("SKIP: " << path << " is not present");
            continue;
        }
        CAPTURE(name);
        const LoadResult r = import_argdown_file(path);
        REQUIRE_MESSAGE(r.ok(), r.summary());
        CHECK(r.error_count() == 0);
        if (std::string(name) == "semmelweis_betz.argdown") {
            const Debate& d = *r.debate;
            // 32 statements (12 titled, 20 untitled) and 10 arguments, as @argdown/core reads the file.
            CHECK(d.claims.size() == 42);
            CHECK(d.actors[0].name == "Gregor Betz");
            CHECK(d.article.date.to_string() == "2018-10-19");  // 19/10/2018: the day is over 12
            CHECK(d.title == "A Stylized Reconstruction of the Scientific Debate That led Ignaz Semmelweis to Understand Childbed Fever");
            CHECK(d.article.sections.size() == 6);
            const std::set<std::string> rel = relations_by_summary(d);
            CHECK(rel.count("Epidemic Influence Hypothesis rebuts Rough Examination Hypothesis"));
            CHECK(rel.count("More Injuries rebuts Medical students don't cause more injuries during examination than midwives."));
        }
    }
}

TEST_CASE("Argdown import: broken and hostile documents are reported by line, never a crash or a hang") {
    const std::pair<std::string, std::string> refused[] = {
        {"", "holds no statements or arguments"},
        {"// only a comment\n/* and a block */\n", "holds no statements or arguments"},
        {"===\ntitle: never closed\n", "front matter opened here (===) is never closed"},
    };
    for (const auto& [text, words] : refused)
        check_refused([](const std::string& t, std::string& out) { return import_argdown_text(t, "bad.argdown", &out); }, text, words);
    const std::string odd =
        "  + [Orphan]: a relation with nothing above\n"  // 1
        "\n"                                              // 2
        "(1) A premise with no argument above.\n"         // 3
        "----\n"                                          // 4
        "(2) Its conclusion.\n"                           // 5
        "\n"                                              // 6
        "[Self]: text\n"                                  // 7
        "  + [Self]\n"                                    // 8
        "-- a stray bar --\n"                             // 9
        "\n"                                              // 10
        "<Open>\n"                                        // 11
        "\n"                                              // 12
        "(1) Premise only.\n"                             // 13
        "\n"                                              // 14
        "[U]: unclosed /* comment and {data\n"            // 15
        "  <_ [V]: an undercut from below\n";             // 16
    const LoadResult r = import_argdown_text(odd, "odd.argdown");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    CHECK_WARNING_LINE(r, 1, "with no statement or argument above it");
    CHECK_WARNING_LINE(r, 3, "needs an argument (<Title>) above it");
    CHECK_WARNING_LINE(r, 8, "related to itself");
    CHECK_WARNING_LINE(r, 9, "outside a premise-conclusion structure");
    CHECK_WARNING_LINE(r, 13, "has no inference bar");
    CHECK_WARNING_LINE(r, 16, "an undercut (<_)");
    CHECK(by_summary(*r.debate, "U").quote == "unclosed /* comment and {data");
    CHECK(relations_by_summary(*r.debate).count("A premise with no argument above. supports Its conclusion."));
    // Hostile shapes, read whole within the limits: unclosed brackets, braces, comments and emphasis
    // by the thousand in one element (60 KiB), and 3000 elements of them.
    std::string hostile = "[T]: ";
    for (int i = 0; i < 3700; ++i) hostile += "[[{{<!--/*__**((";
    const LoadResult h = import_argdown_text(hostile, "hostile.argdown");
    REQUIRE_MESSAGE(h.ok(), h.summary().substr(0, 1000));
    // Per 16 bytes, 5 are emphasis markers that open and never close (__, **, and the * of /*): dropped.
    CHECK(by_summary(*h.debate, "T").quote.size() == 3700 * 11);
    std::string many_hostile;
    for (int i = 0; i < 3000; ++i) many_hostile += "  + [" + std::to_string(i) + "]: [[{{<!--/*__**(( #t\n";
    const LoadResult mh = import_argdown_text("[Root]: r\n" + many_hostile, "hostile.argdown");
    REQUIRE_MESSAGE(mh.ok(), mh.summary().substr(0, 1000));
    CHECK(mh.debate->relations.size() == 3000);
    LoadLimits small;
    small.max_claims = 3;
    const LoadResult many = import_argdown_text("[A]: a\n\n[B]: b\n\n[C]: c\n\n[D]: d\n", "many.argdown", nullptr, small);
    CHECK_FALSE(many.ok());
    CHECK_MESSAGE(many.summary().find("many.argdown:7: the document holds more than 3 statements") != std::string::npos, many.summary());
}
