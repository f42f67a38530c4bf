// The canonical writer: the exact layout, round trips through the loader, unknown fields kept.
#include "debate_compare.h"
#include "test_support.h"
#include "model/save.h"

using namespace dl;
using namespace dl::test;
using nlohmann::json;

namespace {

const char* const kRoundTripFiles[] = {"content/nato-guarantees-2021.json", "tests/fixtures/fictional-harbour-bridge.json",
                                       "tests/fixtures/fictional-library-hours.json", "tests/fixtures/future-fields.json"};

std::shared_ptr<const Debate> load_ok(const std::string& text, const std::string& label = "x.json") {
    const LoadResult r = load_debate_text(text, label);
    REQUIRE_MESSAGE(r.ok(), r.summary());
    return r.debate;
}

}  // namespace

TEST_CASE("format_debate writes the documented layout") {
    // The input's keys in a jumbled order, with defaults written out and an occurrence instead of a range.
    const std::string input = R"({"stances":[{"claims":["c"],"position":"Says yes.","leaning":"yes","question":"q","actor":"anna"}],
      "zz":[1,{"a":null,"b":"\u00e9\n"}],"claims":[{"paragraph":"p1","quote":"yes, we can","kind":"assertion","summary":"We can.",
      "actor":"anna","id":"c","attribution":"direct","occurrence":1}],"questions":[{"text":"Can we?","id":"q"}],
      "actors":[{"unnamed":false,"role":"subject","name":"Anna","id":"anna","affiliations":[]}],
      "article":{"paragraphs":[{"text":"Anna said \u201cyes, we can\u201d.","kind":"body","id":"p1"}],"language":"en",
      "date":"2024-03","publisher":"P","title":"T"},"title":"Tiny","content_version":"1","id":"tiny","format":"debatelens/1",
      "editorial_notes":[]})";
    const std::string expected = R"({
  "format": "debatelens/1",
  "id": "tiny",
  "content_version": "1",
  "title": "Tiny",
  "article": {
    "title": "T",
    "publisher": "P",
    "date": "2024-03",
    "language": "en",
    "paragraphs": [
      {
        "id": "p1",
        "text": "Anna said “yes, we can”."
      }
    ]
  },
  "actors": [
    {
      "id": "anna",
      "name": "Anna",
      "role": "subject"
    }
  ],
  "questions": [
    {
      "id": "q",
      "text": "Can we?"
    }
  ],
  "claims": [
    {
      "id": "c",
      "actor": "anna",
      "summary": "We can.",
      "kind": "assertion",
      "quote": "yes, we can",
      "paragraph": "p1",
      "range": [13, 24]
    }
  ],
  "stances": [
    {
      "actor": "anna",
      "question": "q",
      "leaning": "yes",
      "position": "Says yes.",
      "claims": ["c"]
    }
  ],
  "zz": [1,{"a":null,"b":"é\n"}]
}
)";
    CHECK(format_debate(*load_ok(input)) == expected);
}

TEST_CASE("format then load gives the debate back field for field, and formatting again changes nothing") {
    for (const char* f : kRoundTripFiles) {
        CAPTURE(f);
        const LoadResult first = load_debate_file(source_path(f));
        REQUIRE_MESSAGE(first.ok(), first.summary());
        const std::string text = format_debate(*first.debate);
        const auto again = load_ok(text, source_path(f));
        CHECK(debate_difference(*first.debate, *again) == "");
        CHECK(format_debate(*again) == text);
        // The same warnings (unknown fields), in the same order.
        const LoadResult reread = load_debate_text(text, source_path(f));
        REQUIRE(reread.diagnostics.size() == first.diagnostics.size());
        for (size_t i = 0; i < reread.diagnostics.size(); ++i) CHECK(reread.diagnostics[i].format() == first.diagnostics[i].format());
    }
}

TEST_CASE("the canonical text keeps what the file says: values, order, unicode") {
    const json original = json::parse(read_file(source_path("content/nato-guarantees-2021.json")));
    const json written = json::parse(format_debate(*load_debate_file(source_path("content/nato-guarantees-2021.json")).debate));
    // Same lists in the same order, same texts; nothing is sorted behind the author's back.
    for (const char* list : {"actors", "questions", "claims", "relations", "evidence", "stances", "timeline", "key_quotes"}) {
        CAPTURE(list);
        REQUIRE(written[list].size() == original[list].size());
        for (size_t i = 0; i < original[list].size(); ++i) {
            if (original[list][i].contains("id")) CHECK(written[list][i]["id"] == original[list][i]["id"]);
        }
    }
    CHECK(written["editorial_notes"] == original["editorial_notes"]);
    for (size_t i = 0; i < original["article"]["paragraphs"].size(); ++i)
        CHECK(written["article"]["paragraphs"][i]["text"] == original["article"]["paragraphs"][i]["text"]);
    // Every claim gets the byte range of its quote, and its quote is exactly those bytes of its paragraph.
    std::map<std::string, std::string> paragraph_text;
    for (const auto& p : original["article"]["paragraphs"]) paragraph_text[p["id"]] = p["text"];
    for (const auto& c : written["claims"]) {
        CAPTURE(c["id"]);
        REQUIRE(c.contains("range"));
        CHECK_FALSE(c.contains("occurrence"));
        const std::string& text = paragraph_text[c["paragraph"]];
        const size_t b = c["range"][0], e = c["range"][1];
        CHECK(text.substr(b, e - b) == c["quote"].get<std::string>());
    }
    // UTF-8 as is: curly quotes and Cyrillic are not escaped.
    const std::string text = format_debate(*load_debate_file(source_path("content/nato-guarantees-2021.json")).debate);
    CHECK(text.find("\\u") == std::string::npos);
    CHECK(text.find("“") != std::string::npos);
    CHECK(text.back() == '\n');
    CHECK(text[text.size() - 2] == '}');
}

TEST_CASE("unknown fields survive at every level, in their order, after the known fields") {
    const std::string path = source_path("tests/fixtures/future-fields.json");
    const LoadResult r = load_debate_file(path);
    REQUIRE_MESSAGE(r.ok(), r.summary());
    const Debate& d = *r.debate;
    // Values as the fixture has them (compact JSON).
    REQUIRE(d.extras.size() == 2);
    CHECK(d.extras[0].key == "translations");
    CHECK(d.extras[0].json == R"({"fr":{"title":"Un ferry plus tardif pour Wrenholm ?","reviewed":true},"de":null})");
    CHECK(d.extras[1].key == "signature");
    CHECK(d.extras[1].json == R"("not-a-real-signature\u0007")");
    CHECK(d.schema == R"("../../content/debatelens.schema.json")");
    CHECK(d.article.extras.at(0).json == R"({"type":"metered","free_articles":3})");
    CHECK(d.article.paragraphs[1].extras.at(0).json == R"({"columns":[1,2],"float":0.5})");
    CHECK(d.article.paragraphs[3].extras.at(0).json == "-1");
    CHECK(d.article.sections[0].extras.at(0).json == R"("#3366cc")");
    CHECK(d.actors[1].extras.at(0).json == R"({"public":false})");
    CHECK(d.questions[0].extras.at(0).json == "1.25");
    CHECK(d.claims[0].extras.size() == 2);
    CHECK(d.claims[0].extras[1].key == "annotator");
    CHECK(d.claims[1].review->extras.at(0).json == "[1,5]");
    CHECK(d.claims[2].extras.at(0).json == "[]");
    CHECK(d.relations[0].extras.at(0).json == "12345678901234567890");
    CHECK(d.evidence[0].extras.at(1).json == "null");
    CHECK(d.stances[1].extras.at(0).json == R"({"step":2})");
    CHECK(d.timeline[0].extras.at(0).json == R"({"lat":59.1,"lon":-3.2})");
    CHECK(d.key_quotes[0].extras.at(0).json == R"(["top","side"])");

    const std::string text = format_debate(d);
    // After the known fields of their object, in the file's order.
    CHECK(text.find("\"questions\": [\"later-ferry\"],\n      \"confidence\": 0.9,\n      \"annotator\": {\"name\":\"test\",\"at\":\"2025-02-15T10:00:00Z\"}\n    }") !=
          std::string::npos);
    CHECK(text.find("\"key_quotes\": [") < text.find("\"translations\": "));
    CHECK(text.find("\"translations\": ") < text.find("\"signature\": "));
    const std::string ending = "  \"signature\": \"not-a-real-signature\\u0007\"\n}\n";
    CHECK(text.substr(text.size() - ending.size()) == ending);
    CHECK(text.rfind("{\n  \"$schema\": \"../../content/debatelens.schema.json\",\n  \"format\": ", 0) == 0);
    // The second "strands everyone" of p02 (occurrence 2) is anchored by its byte range.
    const std::string p02 = d.article.paragraphs[1].text;
    const size_t second = p02.find("strands everyone", p02.find("strands everyone") + 1);
    CHECK(text.find("\"range\": [" + std::to_string(second) + ", " + std::to_string(second + 16) + "]") != std::string::npos);
}

TEST_CASE("a file without $schema gets none, and defaults are left out") {
    json doc = library();
    doc.erase("$schema");
    doc["claims"][0]["attribution"] = "direct";
    doc["article"]["paragraphs"][0]["kind"] = "body";
    const std::string text = format_debate(*load_ok(doc.dump()));
    CHECK(text.find("$schema") == std::string::npos);
    CHECK(text.find("\"attribution\": \"direct\"") == std::string::npos);
    CHECK(text.find("\"kind\": \"body\"") == std::string::npos);
    CHECK(text.find("\"unnamed\"") == std::string::npos);
    // A question's label is written only when it is the author's own, not the one derived from the text.
    doc["questions"][0].erase("short");
    const auto derived = load_ok(doc.dump());
    CHECK(format_debate(*derived).find("\"short\"") == std::string::npos);
    CHECK(derived->questions[0].short_label == "Should the library…");
}
