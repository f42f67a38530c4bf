// The interchange formats: JSON-LD (schema.org Claim / ClaimReview), Argdown and AIF, export and
// import. Exports are parsed back and checked against the debate; AIF goes round the trip; the
// importer meets real and hostile maps.
#include "test_support.h"
#include "model/aif.h"
#include "model/argdown.h"
#include "model/json_ld.h"
#include "model/prepared.h"
#include "model/text.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace dl;
using namespace dl::test;
using nlohmann::json;

namespace {

const char* const kDebates[] = {"content/nato-guarantees-2021.json", "tests/fixtures/fictional-harbour-bridge.json",
                                "tests/fixtures/fictional-library-hours.json"};

// The JSON-LD graph's nodes by @id.
std::map<std::string, json> nodes_by_id(const json& doc) {
    std::map<std::string, json> out;
    for (const json& n : doc["@graph"]) {
        CHECK(n.contains("@id"));
        CHECK_MESSAGE(out.emplace(n["@id"].get<std::string>(), n).second, "two nodes share " << n["@id"]);
    }
    return out;
}

int count_type(const Debate& d, RelationType t) {
    return static_cast<int>(std::count_if(d.relations.begin(), d.relations.end(), [&](const Relation& r) { return r.type == t; }));
}

std::multiset<std::string> speaker_names(const Debate& d) {
    std::set<std::string> names;
    for (const Claim& c : d.claims) names.insert(d.actors[c.actor].name);
    return {names.begin(), names.end()};
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

const Diagnostic* find_warning(const LoadResult& r, const std::string& path, const std::string& words) {
    const Diagnostic* d = find_diag(r, path, words);
    return d && d->severity == Severity::Warning ? d : nullptr;
}

#define CHECK_WARNING_AT(result, path, words) \
    CHECK_MESSAGE(find_warning(result, path, words) != nullptr, "expected a warning at " << path << " mentioning '" << words << "', got:\n" << (result).summary())

// The library fixture with one more claim, quoting `quote` (appended to its second paragraph).
json library_with_quote(const std::string& id, const std::string& quote) {
    json doc = library();
    json& paragraph = doc["article"]["paragraphs"][1];
    paragraph["text"] = paragraph["text"].get<std::string>() + " " + quote;
    json claim = doc["claims"][0];
    claim["id"] = id;
    claim["quote"] = quote;
    claim["paragraph"] = paragraph["id"];
    claim.erase("range");
    claim.erase("occurrence");
    doc["claims"].push_back(claim);
    return doc;
}

LoadResult import_fixture(const std::string& name) { return import_aif_file(source_path("tests/fixtures/aif/" + name)); }

}  // namespace

// ---------------------------------------------------------------------------------------------
// JSON-LD
// ---------------------------------------------------------------------------------------------

TEST_CASE("JSON-LD: one schema.org Claim per claim with its text, author and appearance") {
    for (const char* f : kDebates) {
        CAPTURE(f);
        const auto d = load_source(f);
        const json doc = json::parse(export_json_ld(*d), nullptr, false);
        REQUIRE_FALSE(doc.is_discarded());
        CHECK(doc["@context"] == "https://schema.org");
        REQUIRE(doc["@graph"].is_array());
        const auto nodes = nodes_by_id(doc);
        size_t claims = 0;
        std::set<std::string> texts;
        for (const json& n : doc["@graph"]) {
            if (n["@type"] != "Claim") continue;
            ++claims;
            REQUIRE(n.contains("text"));
            texts.insert(n["text"].get<std::string>());
            CHECK(!n["abstract"].get<std::string>().empty());
            // The author and the article are nodes of the graph with what readers need.
            const json& author = nodes.at(n["author"]["@id"].get<std::string>());
            CHECK(author["@type"] == "Person");
            CHECK((author.contains("name") || author["description"].get<std::string>().rfind("Unattributed", 0) == 0));
            for (const char* key : {"appearance", "firstAppearance"}) {
                const json& article = nodes.at(n[key]["@id"].get<std::string>());
                CHECK(article["@type"] == "NewsArticle");
                CHECK(article["headline"] == d->article.title);
                CHECK(article["publisher"]["name"] == d->article.publisher);
                CHECK(article["datePublished"] == d->article.date.to_string());
                CHECK(article.contains("url") == !d->article.url.empty());
            }
        }
        CHECK(claims == d->claims.size());
        for (const Claim& c : d->claims) CHECK(texts.count(c.quote) == 1);
    }
}

TEST_CASE("JSON-LD: ids hang from the article's URL, or a URN when it has none; no name is invented") {
    const auto harbour_debate = load_source("tests/fixtures/fictional-harbour-bridge.json");
    const json h = json::parse(export_json_ld(*harbour_debate));
    CHECK(nodes_by_id(h).count("https://example.org/gullhaven/harbour-bridge-toll#claim-calder-loan") == 1);
    const auto nato = load_source("content/nato-guarantees-2021.json");
    REQUIRE(nato->article.url.empty());
    const auto nodes = nodes_by_id(json::parse(export_json_ld(*nato)));
    CHECK(nodes.count("urn:debatelens:nato-guarantees-2021#claim-sherr-no-guarantee") == 1);
    const json& unnamed = nodes.at("urn:debatelens:nato-guarantees-2021#actor-unnamed-contributor");
    CHECK_FALSE(unnamed.contains("name"));
    CHECK(unnamed["description"].get<std::string>().find(nato->actors[nato->find_actor("unnamed-contributor")].description) !=
          std::string::npos);
    const json& sherr = nodes.at("urn:debatelens:nato-guarantees-2021#actor-sherr");
    CHECK(sherr["name"] == "James Sherr");
    CHECK(sherr["disambiguatingDescription"].get<std::string>().find("Chatham House") != std::string::npos);
}

TEST_CASE("JSON-LD: a ClaimReview exactly for the claim whose content records a review") {
    const auto d = load_source("tests/fixtures/fictional-harbour-bridge.json");
    const json doc = json::parse(export_json_ld(*d));
    std::vector<json> reviews;
    for (const json& n : doc["@graph"])
        if (n["@type"] == "ClaimReview") reviews.push_back(n);
    REQUIRE(reviews.size() == 1);
    const json& r = reviews[0];
    const Claim& loan = d->claims[d->find_claim("calder-loan")];
    CHECK(r["itemReviewed"]["@id"] == "https://example.org/gullhaven/harbour-bridge-toll#claim-calder-loan");
    CHECK(r["claimReviewed"] == loan.quote);
    CHECK(r["reviewRating"]["@type"] == "Rating");
    CHECK(r["reviewRating"]["alternateName"] == "Half true");
    CHECK(r["author"]["@type"] == "Organization");
    CHECK(r["author"]["name"] == "Gullhaven Fact Desk (fictional)");
    CHECK(r["url"] == "https://example.org/gullhaven/fact-check/bridge-loan");
    CHECK(r["datePublished"] == "2023-03-11");
    // No review, no ClaimReview: the shipped news content rates nothing.
    const json nato = json::parse(export_json_ld(*load_source("content/nato-guarantees-2021.json")));
    for (const json& n : nato["@graph"]) CHECK(n["@type"] != "ClaimReview");
}

// ---------------------------------------------------------------------------------------------
// Argdown
// ---------------------------------------------------------------------------------------------

TEST_CASE("Argdown: one statement definition per claim, relations under the claim they start from") {
    for (const char* f : kDebates) {
        CAPTURE(f);
        const auto d = load_source(f);
        const std::string text = export_argdown(*d);
        const std::vector<std::string> lines = lines_of(text);
        const std::regex definition(R"(^\[([a-z0-9-]+)\]: (.*) #([a-z0-9-]+)$)");
        std::map<std::string, int> defined;
        std::string current;
        std::map<std::string, std::multiset<std::string>> signed_relations;  // "+> to" under from
        for (const std::string& line : lines) {
            std::smatch m;
            if (std::regex_match(line, m, definition)) {
                current = m[1];
                ++defined[current];
                const int c = d->find_claim(current);
                REQUIRE(c >= 0);
                CHECK(m[2] == argdown_escape(d->claims[c].quote));
                CHECK(m[3] == d->actors[d->claims[c].actor].id);
            } else if (line.rfind("  ", 0) == 0) {
                REQUIRE(!current.empty());
                signed_relations[current].insert(line.substr(2));
            }
        }
        CHECK(defined.size() == d->claims.size());
        for (const auto& [id, n] : defined) CHECK_MESSAGE(n == 1, id << " is defined " << n << " times");
        for (const Relation& r : d->relations) {
            const std::string& from = d->claims[r.from].id;
            const std::string target = "[" + d->claims[r.to].id + "]";
            const std::string expected = r.type == RelationType::Supports ? "+> " + target
                                         : r.type == RelationType::Rebuts ? "-> " + target
                                                                          : "// " + std::string(to_string(r.type)) + " " + target;
            CAPTURE(from);
            CHECK(signed_relations[from].count(expected) >= 1);
        }
        size_t relation_lines = 0;
        for (const auto& [from, set] : signed_relations) relation_lines += set.size();
        CHECK(relation_lines == d->relations.size());
        // One heading per speaking actor.
        std::set<int> speakers;
        for (const Claim& c : d->claims) speakers.insert(c.actor);
        CHECK(std::count_if(lines.begin(), lines.end(), [](const std::string& l) { return l.rfind("# ", 0) == 0; }) ==
              static_cast<long>(speakers.size()));
    }
}

TEST_CASE("Argdown: text that Argdown would parse is escaped and kept on one line") {
    CHECK(argdown_escape("plain words, dashes - and colons: stay") == "plain words, dashes - and colons: stay");
    CHECK(argdown_escape("#tag [ref] <arg> @[mention] *em* _em_ {data} a/b \\") ==
          "\\#tag \\[ref\\] \\<arg\\> \\@\\[mention\\] \\*em\\* \\_em\\_ \\{data\\} a\\/b \\\\");
    CHECK(argdown_escape("https://example.org/x // no comment /* none */ <!-- none -->") ==
          "https:\\/\\/example.org\\/x \\/\\/ no comment \\/\\* none \\*\\/ \\<!-- none --\\>");
    CHECK(argdown_escape("=== front ===") == "\\=\\=\\= front \\=\\=\\=");
    CHECK(argdown_escape("line\nbreak\r\n+> [x]\u2028end  \t two") == "line break +\\> \\[x\\] end two");
    CHECK(argdown_escape("Zoë “quoted” — fine") == "Zoë “quoted” — fine");

    // A quote made of Argdown syntax still gives exactly one statement line, and nothing else.
    json doc = library_with_quote("evil", "x\n\n# Heading\n[other]: fake\n  +> [marchand-nobody]\n// c\n<arg>: y");
    doc["actors"][0]["name"] = "# [Name] //";
    const LoadResult r = load_debate_text(doc.dump(), "evil.json");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    const std::vector<std::string> lines = lines_of(export_argdown(*r.debate));
    int definitions = 0;
    for (const std::string& line : lines) {
        if (line.rfind("[", 0) == 0) ++definitions;
        CHECK(line.find("[other]") == std::string::npos);
    }
    CHECK(definitions == static_cast<int>(r.debate->claims.size()));
    CHECK(std::count(lines.begin(), lines.end(), "# \\# \\[Name\\] \\/\\/") == 1);
}

// ---------------------------------------------------------------------------------------------
// AIF export and the round trip
// ---------------------------------------------------------------------------------------------

TEST_CASE("AIF export: I, L and YA nodes per claim, a scheme node per relation, participants") {
    const auto d = load_source("tests/fixtures/fictional-harbour-bridge.json");
    const json aif = json::parse(export_aif(*d), nullptr, false);
    REQUIRE_FALSE(aif.is_discarded());
    std::map<std::string, int> types;
    std::map<std::string, json> by_id;
    for (const json& n : aif["nodes"]) {
        ++types[n["type"].get<std::string>()];
        by_id[n["nodeID"].get<std::string>()] = n;
        CHECK(n["timestamp"] == "2023-03-10");
    }
    const int claims = static_cast<int>(d->claims.size());
    CHECK(types["I"] == claims);
    CHECK(types["L"] == claims);
    CHECK(types["YA"] == claims);
    CHECK(types["RA"] == count_type(*d, RelationType::Supports));
    CHECK(types["CA"] == count_type(*d, RelationType::Rebuts) + count_type(*d, RelationType::Qualifies));
    CHECK(types["MA"] == count_type(*d, RelationType::Elaborates));
    CHECK(types["TA"] == count_type(*d, RelationType::RespondsTo));
    CHECK(aif["locutions"].size() == d->claims.size());
    CHECK(aif["participants"].size() == speaker_names(*d).size());
    for (const json& e : aif["edges"]) CHECK((by_id.count(e["fromID"]) && by_id.count(e["toID"])));
    // L-nodes speak as AIFdb writes them: "Speaker : words".
    std::set<std::string> l_texts;
    for (const json& n : aif["nodes"])
        if (n["type"] == "L") l_texts.insert(n["text"].get<std::string>());
    CHECK(l_texts.count("Ines Calder : The town cannot repay the bridge loan from the rates alone") == 1);
    bool split = false;
    for (const json& p : aif["participants"]) split = split || (p["firstname"] == "Hans Petter" && p["surname"] == "Midttun");
    CHECK_FALSE(split);  // not in this debate; the split is checked on the shipped one below
    const json nato = json::parse(export_aif(*load_source("content/nato-guarantees-2021.json")));
    for (const json& p : nato["participants"]) split = split || (p["firstname"] == "Hans Petter" && p["surname"] == "Midttun");
    CHECK(split);
}

TEST_CASE("AIF round trip: claims, supports and rebuts, speakers and quotes survive export and import") {
    for (const char* f : kDebates) {
        CAPTURE(f);
        const auto d = load_source(f);
        std::string converted;
        const LoadResult r = import_aif_text(export_aif(*d), "roundtrip.json", &converted);
        REQUIRE_MESSAGE(r.ok(), r.summary());
        CHECK_MESSAGE(r.diagnostics.empty(), r.summary());
        const Debate& back = *r.debate;
        CHECK(back.claims.size() == d->claims.size());
        for (RelationType t : {RelationType::Supports, RelationType::Rebuts, RelationType::Qualifies, RelationType::Elaborates,
                               RelationType::RespondsTo}) {
            CAPTURE(to_string(t));
            CHECK(count_type(back, t) == count_type(*d, t));
        }
        CHECK(speaker_names(back) == speaker_names(*d));
        std::multiset<std::string> quotes, back_quotes, summaries, back_summaries;
        for (const Claim& c : d->claims) quotes.insert(c.quote), summaries.insert(c.summary);
        for (const Claim& c : back.claims) {
            back_quotes.insert(c.quote), back_summaries.insert(c.summary);
            const std::string& para = back.article.paragraphs[c.paragraph].text;
            CHECK(para.compare(c.quote_begin, c.quote_end - c.quote_begin, c.quote) == 0);
            CHECK(para.find(c.quote) != std::string::npos);
        }
        CHECK(back_quotes == quotes);
        CHECK(back_summaries == summaries);
        // The converted file is a debate --validate accepts on its own.
        const LoadResult again = load_debate_text(converted, "converted.json");
        CHECK_MESSAGE(again.ok(), again.summary());
        CHECK(again.diagnostics.empty());
        CHECK(prepare_debate(r.debate)->layout.nodes.size() == back.claims.size());
    }
}

TEST_CASE("AIF round trip: text that looks like markup comes back as it was") {
    const std::string markup = "<b>bold</b> &amp; <br> a < b & c &lt;x&gt; &#169; AT&T;";
    json doc = library_with_quote("markup", markup);
    for (auto& c : doc["claims"]) c["summary"] = markup + " " + c["id"].get<std::string>();
    doc["actors"][0]["name"] = "Zo\u00eb <i>M</i> &amp;";
    const LoadResult original = load_debate_text(doc.dump(), "markup.json");
    REQUIRE_MESSAGE(original.ok(), original.summary());
    const LoadResult back = import_aif_text(export_aif(*original.debate), "markup.aif.json");
    REQUIRE_MESSAGE(back.ok(), back.summary());
    std::multiset<std::string> quotes, back_quotes, summaries, back_summaries;
    for (const Claim& c : original.debate->claims) quotes.insert(c.quote), summaries.insert(c.summary);
    for (const Claim& c : back.debate->claims) back_quotes.insert(c.quote), back_summaries.insert(c.summary);
    CHECK(back_quotes == quotes);
    CHECK(back_summaries == summaries);
    CHECK(speaker_names(*back.debate) == speaker_names(*original.debate));
    CHECK(escape_for_plain_text("a < b & c, <b>, &amp;") == "a < b & c, &lt;b>, &amp;amp;");
    CHECK(plain_text(escape_for_plain_text(markup)) == markup);
}

// ---------------------------------------------------------------------------------------------
// AIF import: a real map, fixtures, hostile input
// ---------------------------------------------------------------------------------------------

TEST_CASE("AIF import: the AIFdb sample (xAIF, CRLF, a CA named Calling Out) imports, validates and opens" *
          doctest::test_suite("shared") * doctest::skip()) {
    const std::string path = shared_path("samples/aif/twitter3915_xaif.json");
    std::string converted;
    const LoadResult r = import_aif_file(path, &converted);
    REQUIRE_MESSAGE(r.ok(), r.summary());
    CHECK_MESSAGE(r.diagnostics.empty(), r.summary());
    const Debate& d = *r.debate;
    CHECK(d.claims.size() == 2);
    CHECK(d.article.paragraphs.size() == 2);
    CHECK(d.relations.size() == 1);
    REQUIRE(count_type(d, RelationType::Rebuts) == 1);
    const Relation& rebuttal = d.relations[0];
    CHECK(d.claims[rebuttal.to].summary == "a tweet is fundamentally valueless");
    CHECK(d.actors[d.claims[rebuttal.from].actor].name == "USER_27");
    CHECK(d.actors[d.claims[rebuttal.to].actor].name == "POSTER_1");
    CHECK(rebuttal.note.find("Calling Out") != std::string::npos);
    // AIFdb's I-node text stands in its locution: the quote is exactly those words.
    CHECK(d.claims[rebuttal.to].quote == "a tweet is fundamentally valueless");
    CHECK(d.article.paragraphs[0].text == "POSTER_1: a tweet is fundamentally valueless");
    CHECK(d.article.date.to_string() == "2015-03-12");
    CHECK(d.id == "twitter3915-xaif");
    bool noted = false;
    for (const auto& n : d.editorial_notes) noted = noted || n.find("Imported from AIF") != std::string::npos;
    CHECK(noted);
    CHECK(load_debate_text(converted, "converted.json").ok());
    const auto prepared = prepare_debate(r.debate);
    CHECK(prepared->layout.nodes.size() == 2);
}

TEST_CASE("AIF import: OVA's xAIF with numeric ids, participants, CRLF and HTML") {
    const LoadResult r = import_fixture("ova-crlf-html.json");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    CHECK_MESSAGE(r.diagnostics.empty(), r.summary());
    const Debate& d = *r.debate;
    CHECK(d.claims.size() == 3);
    CHECK(speaker_names(d) == std::multiset<std::string>{"Ferry Users\u2019 Group", "Port Authority"});
    for (const Paragraph& p : d.article.paragraphs) {
        CAPTURE(p.text);
        for (const char* markup : {"<p>", "<b>", "<br", "&amp;", "&nbsp;", "&#8217;", "\r", "\n", "  "})
            CHECK(p.text.find(markup) == std::string::npos);
    }
    CHECK(d.article.paragraphs[1].text == "Port Authority : An hourly ferry would cost \u00A32m a year. We cannot fund that.");
    const Claim& cost = d.claims[1];
    CHECK(cost.quote == "An hourly ferry would cost \u00A32m a year.");
    CHECK(d.article.paragraphs[cost.paragraph].text.substr(cost.quote_begin, cost.quote_end - cost.quote_begin) == cost.quote);
    // The I-node's words differ from the locution's: the claim quotes the whole locution, decoded.
    CHECK(d.claims[2].quote == "Ferry Users' Group : Sunday buses already cost more <and nobody complains>.");
    CHECK(count_type(d, RelationType::Rebuts) == 1);
    CHECK(count_type(d, RelationType::Supports) == 1);
    CHECK(count_type(d, RelationType::RespondsTo) == 0);  // the TA is the dialogue of the CA
    CHECK(d.article.date.to_string() == "2024-02-02");
    CHECK(d.article.language == "und");
}

TEST_CASE("AIF import: plain AIFdb JSON with every scheme, speakers from the L-node text") {
    const LoadResult r = import_fixture("aifdb-plain.json");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    CHECK_MESSAGE(r.diagnostics.empty(), r.summary());
    const Debate& d = *r.debate;
    CHECK(d.claims.size() == 4);
    CHECK(speaker_names(d) == std::multiset<std::string>{"Librarian", "Mayor"});
    CHECK(count_type(d, RelationType::Rebuts) == 1);
    CHECK(count_type(d, RelationType::Qualifies) == 1);
    CHECK(count_type(d, RelationType::Elaborates) == 1);
    CHECK(count_type(d, RelationType::Supports) == 1);
    REQUIRE(count_type(d, RelationType::RespondsTo) == 1);
    for (const Relation& rel : d.relations)
        if (rel.type == RelationType::RespondsTo) {
            CHECK(d.claims[rel.from].summary == "Only on weekdays.");
            CHECK(d.claims[rel.to].summary == "Students come in the evenings.");
        }
    // Where the I-node's words stand in the locution, the claim quotes just them; else all the speaker says.
    for (const Claim& c : d.claims)
        CHECK(c.quote == (c.summary == "Students come in the evenings." ? "Evenings are when students come." : c.summary));
}

TEST_CASE("AIF import: everything without a DebateLens counterpart is reported where it is") {
    const LoadResult r = import_fixture("odd-and-hostile.json");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    CHECK(r.error_count() == 0);
    CHECK_WARNING_AT(r, "/AIF/nodes/7/type", "preference (PA)");
    CHECK_WARNING_AT(r, "/AIF/nodes/8/type", "unknown node type \"XQ\"");
    CHECK_WARNING_AT(r, "/AIF/nodes/11", "needs a premise and a conclusion");
    CHECK_WARNING_AT(r, "/AIF/nodes/12", "needs a premise and a conclusion");
    CHECK_WARNING_AT(r, "/AIF/nodes/13/nodeID", "used twice (first at /AIF/nodes/1)");
    CHECK_WARNING_AT(r, "/AIF/nodes/14/nodeID", "missing");
    CHECK_WARNING_AT(r, "/AIF/nodes/15/text", "must be a string, not a whole number");
    CHECK_WARNING_AT(r, "/AIF/nodes/15/text", "needs text");
    CHECK_WARNING_AT(r, "/AIF/nodes/16/type", "must be a string");
    CHECK_WARNING_AT(r, "/AIF/nodes/17", "must be an object, not a string");
    CHECK_WARNING_AT(r, "/AIF/nodes/18/nodeID", "not an object");
    CHECK_WARNING_AT(r, "/AIF/nodes/19", "a TA node needs locutions on both sides");
    CHECK_WARNING_AT(r, "/AIF/edges/8/toID", "no node has the id \"999\"");
    CHECK_WARNING_AT(r, "/AIF/edges/9/fromID", "no node has the id \"888\"");
    CHECK_WARNING_AT(r, "/AIF/edges/10", "from an I node to an I node");
    CHECK_WARNING_AT(r, "/AIF/edges/11", "relation on a relation");
    CHECK_WARNING_AT(r, "/AIF/edges/13", "to itself");
    CHECK_WARNING_AT(r, "/AIF/edges/15/fromID", "not a number");
    CHECK_WARNING_AT(r, "/AIF/edges/16/fromID", "missing");
    CHECK_WARNING_AT(r, "/AIF/edges/17", "not a list");
    CHECK_WARNING_AT(r, "/AIF/locutions/1/nodeID", "names an I node, not an L node");
    CHECK_WARNING_AT(r, "/AIF/locutions/2/nodeID", "no node has the id \"777\"");
    CHECK_WARNING_AT(r, "/AIF/locutions/3", "must be an object");
    CHECK_WARNING_AT(r, "/AIF/participants", "must be a list");
    // Every warning names the file and a path: file:/json/path: warning: message.
    for (const Diagnostic& d : r.diagnostics) {
        CHECK(d.format().rfind(source_path("tests/fixtures/aif/odd-and-hostile.json") + ":/AIF/", 0) == 0);
        CHECK(d.format().find(": warning: ") != std::string::npos);
    }
    const Debate& d = *r.debate;
    CHECK(d.claims.size() == 3);  // I-nodes 2, 5 and 10; the one without text is reported
    CHECK(count_type(d, RelationType::Rebuts) == 1);
    CHECK(count_type(d, RelationType::Supports) == 1);
    // The implicit premise nobody says: its own paragraph, by an unattributed speaker, said so in the notes.
    const Claim& implicit = d.claims[d.find_claim("i-10")];
    CHECK(d.actors[implicit.actor].unnamed);
    CHECK(d.article.paragraphs[implicit.paragraph].text == "An implicit premise nobody says.");
    bool noted = false;
    for (const auto& n : d.editorial_notes) noted = noted || n.find("1 proposition without a locution") != std::string::npos;
    CHECK(noted);
}

TEST_CASE("AIF import: files that are no AIF map are refused with a message, never a crash") {
    const std::pair<std::string, std::string> cases[] = {
        {"", "syntax error"},
        {"{\"nodes\": [", "syntax error"},
        {std::string("{\"nodes\": []}\0trailing", 22), "NUL byte"},
        {std::string(200, '[') + std::string(200, ']'), "nesting is deeper than 64 levels"},
        {"[1, 2]", "an AIF map is a JSON object, not a list"},
        {"{\"edges\": []}", "missing: this is not an AIF map"},
        {"{\"nodes\": {}}", "must be a list, not an object"},
        {"{\"AIF\": {\"nodes\": 7}}", "must be a list, not a whole number"},
        {"{\"nodes\": []}", "no propositions"},
        {"{\"nodes\": [{\"nodeID\": 1, \"type\": \"L\", \"text\": \"A : hello\"}]}", "no propositions"},
    };
    for (const auto& [text, words] : cases) {
        CAPTURE(text.substr(0, 60));
        std::string converted = "stale";
        const LoadResult r = import_aif_text(text, "bad.json", &converted);
        CHECK_FALSE(r.ok());
        CHECK(converted.empty());
        bool found = false;
        for (const auto& d : r.diagnostics) found = found || (d.severity == Severity::Error && d.message.find(words) != std::string::npos);
        CHECK_MESSAGE(found, r.summary());
    }
    const LoadResult syntax = import_aif_text("{\n  \"nodes\": [\n    {\"nodeID\" 1}\n  ]\n}", "syntax.json");
    REQUIRE(syntax.diagnostics.size() == 1);
    CHECK(syntax.diagnostics[0].line == 3);
    CHECK(syntax.diagnostics[0].format().rfind("syntax.json:3:", 0) == 0);
    CHECK_FALSE(import_aif_file(source_path("tests/fixtures/aif/no-such-file.json")).ok());
    CHECK_FALSE(import_aif_file(source_path("tests/fixtures/aif")).ok());
}

TEST_CASE("AIF import: hostile maps stay within the limits and within bounded time") {
    auto timed_import = [](const std::string& name, const std::string& text) {
        const auto t0 = std::chrono::steady_clock::now();
        LoadResult r = import_aif_text(text, name);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        CHECK_MESSAGE(s < 20.0, name << " took " << s << " s");
        return r;
    };
    // One long locution asserting thousands of propositions: each claim would quote it whole.
    {
        json nodes = json::array(), edges = json::array();
        nodes.push_back({{"nodeID", "L"}, {"type", "L"}, {"text", "S : " + std::string(60000, 'w')}});
        for (int i = 0; i < 3000; ++i) {
            nodes.push_back({{"nodeID", "I" + std::to_string(i)}, {"type", "I"}, {"text", "p" + std::to_string(i)}});
            edges.push_back({{"fromID", "L"}, {"toID", "I" + std::to_string(i)}});
        }
        const LoadResult r = timed_import("one locution, many propositions", json({{"nodes", nodes}, {"edges", edges}}).dump());
        CHECK_FALSE(r.ok());
        CHECK(r.summary().find("would exceed") != std::string::npos);
    }
    // One TA between 2500 and 2500 locutions: the pairs looked at are bounded.
    {
        json nodes = json::array({{{"nodeID", "TA"}, {"type", "TA"}}, {{"nodeID", "I"}, {"type", "I"}, {"text", "p"}}});
        json edges = json::array();
        for (int i = 0; i < 5000; ++i) {
            nodes.push_back({{"nodeID", std::to_string(i)}, {"type", "L"}, {"text", "S : words " + std::to_string(i)}});
            edges.push_back(i < 2500 ? json{{"fromID", std::to_string(i)}, {"toID", "TA"}} : json{{"fromID", "TA"}, {"toID", std::to_string(i)}});
        }
        const LoadResult r = timed_import("one TA, many locutions", json({{"nodes", nodes}, {"edges", edges}}).dump());
        REQUIRE_MESSAGE(r.ok(), r.summary().substr(0, 2000));
        CHECK(r.summary().find("pairs: the rest are ignored") != std::string::npos);
    }
    // One RA with 100 premises and 100 conclusions under a limit of 1000 relations.
    {
        json nodes = json::array({{{"nodeID", "RA"}, {"type", "RA"}, {"text", "Default Inference"}}}), edges = json::array();
        for (int i = 0; i < 200; ++i) {
            nodes.push_back({{"nodeID", std::to_string(i)}, {"type", "I"}, {"text", "claim " + std::to_string(i)}});
            edges.push_back(i < 100 ? json{{"fromID", std::to_string(i)}, {"toID", "RA"}} : json{{"fromID", "RA"}, {"toID", std::to_string(i)}});
        }
        LoadLimits limits;
        limits.max_relations = 1000;
        const LoadResult r = import_aif_text(json({{"nodes", nodes}, {"edges", edges}}).dump(), "many.json", nullptr, limits);
        REQUIRE_MESSAGE(r.ok(), r.summary().substr(0, 2000));
        CHECK(r.debate->relations.size() == 1000);
        CHECK_WARNING_AT(r, "/nodes/0", "more than 1000 relations: the rest are ignored");
    }
    // Text of unclosed '<' and '&' that the markup stripper must pass in one sweep.
    {
        const std::string text = "A : " + std::string(30000, '<') + std::string(30000, '&') + "<b" + std::string(3000, 'x');
        const json map = {{"nodes", {{{"nodeID", 1}, {"type", "L"}, {"text", text}}, {{"nodeID", 2}, {"type", "I"}, {"text", text}}}},
                          {"edges", {{{"fromID", 1}, {"toID", 2}}}}};
        const LoadResult r = timed_import("unclosed markup", map.dump());
        REQUIRE_MESSAGE(r.ok(), r.summary());
    }
    // Node ids that all make the same claim id (they differ past the part a slug keeps).
    {
        json nodes = json::array();
        for (int i = 0; i < 20000; ++i) nodes.push_back({{"nodeID", std::string(80, 'n') + std::to_string(i)}, {"type", "I"}, {"text", "p"}});
        const LoadResult r = timed_import("colliding ids", json({{"nodes", nodes}}).dump());
        REQUIRE_MESSAGE(r.ok(), r.summary().substr(0, 2000));
        std::set<std::string> ids;
        for (const Claim& c : r.debate->claims) ids.insert(c.id);
        CHECK(ids.size() == 20000);
    }
    // Thousands of warnings stop at the diagnostics limit.
    {
        json nodes = json::array({{{"nodeID", 1}, {"type", "I"}, {"text", "x"}}});
        for (int i = 0; i < 5000; ++i) nodes.push_back({{"nodeID", i + 2}, {"type", "ZZ"}});
        const LoadResult r = timed_import("many unknown nodes", json({{"nodes", nodes}}).dump());
        CHECK(r.ok());
        CHECK(r.diagnostics.size() <= LoadLimits().max_diagnostics + 1);
        CHECK(r.diagnostics.back().message.find("too many problems") != std::string::npos);
    }
}

TEST_CASE("plain_text: tags out, entities decoded, white space collapsed, valid UTF-8 always") {
    CHECK(plain_text("<p>One</p><p>two</p>") == "One two");
    CHECK(plain_text("a<b>b</b>c<br/>d") == "abc d");
    CHECK(plain_text("  a\r\n\tb  ") == "a b");
    CHECK(plain_text("&amp; &lt;b&gt; &quot;x&quot; &#8217; &#x2014; &nbsp;&hellip;") == "& <b> \"x\" \u2019 \u2014 \u2026");
    CHECK(plain_text("a < b and c > d") == "a < b and c > d");
    CHECK(plain_text("x <unclosed") == "x <unclosed");
    CHECK(plain_text("&unknown; &#0; &#xD800; &#99999999; &") == "&unknown; \uFFFD \uFFFD &#99999999; &");
    CHECK(plain_text("co&shy;operate") == "cooperate");
    CHECK(plain_text("<!-- note -->kept") == "kept");
    CHECK(plain_text("bad \xFF byte") == "bad \uFFFD byte");
}
