// The semantic rules on a debate in memory: drafts open with warnings, files with only semantic
// problems are offered for editing, and validation in memory says what loading says.
#include "debate_compare.h"
#include "test_support.h"
#include "model/save.h"
#include "model/validate.h"

using namespace dl;
using namespace dl::test;
using nlohmann::json;

namespace {
std::vector<std::string> formatted(const std::vector<Diagnostic>& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags) out.push_back(d.format());
    return out;
}
}  // namespace

TEST_CASE("a draft (no claims, questions or stances yet) loads with a warning, not an error") {
    const std::string path = source_path("tests/fixtures/studio-draft.json");
    const LoadResult r = load_debate_file(path);
    REQUIRE_MESSAGE(r.ok(), r.summary());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].format() == path + ":/claims: warning: no claims yet: this is a draft (select words in the article to make the first claim)");
    CHECK(r.editable == r.debate);
    CHECK(r.debate->article.paragraphs[1].section == 0);
    // The fixture is written in the canonical layout: formatting it gives the same bytes.
    CHECK(format_debate(*r.debate) == read_file(path));
}

TEST_CASE("a file with only semantic problems is offered for editing, never for reading") {
    // A stance missing, a misquote, an empty summary, a link that is not http(s).
    const LoadResult r = load_mutated(library(), [](json& d) {
        d["stances"].erase(1);
        d["claims"][1]["quote"] = "Almost nobody come after six";
        d["claims"][0]["summary"] = " ";
        d["article"]["url"] = "ftp://example.org/a";
    });
    CHECK(r.debate == nullptr);
    REQUIRE(r.editable != nullptr);
    CHECK(r.error_count() == 4);
    CHECK_ERROR_AT(r, "/stances", "\"brun\" has no stance on question \"close-early\"");
    CHECK_ERROR_AT(r, "/claims/1/quote", "closest text there (1 characters differ): \"Almost nobody comes after six\"");
    CHECK_ERROR_AT(r, "/claims/0/summary", "must not be empty");
    CHECK_ERROR_AT(r, "/article/url", "\"ftp://example.org/a\" is not allowed");
    const Debate& d = *r.editable;
    CHECK(d.claims[1].quote == "Almost nobody come after six");
    CHECK(d.claims[1].quote_begin == 0);
    CHECK(d.claims[1].quote_end == 0);
    CHECK(d.article.url == "ftp://example.org/a");
    CHECK(d.stances.size() == 1);
    CHECK(d.stance_index == std::vector<int>{0, -1});
    CHECK(d.find_claim("brun-welcome") == 2);
    // Validating the debate in memory says exactly what loading said.
    CHECK(formatted(validate_debate(d, "test.json")) == formatted(r.diagnostics));
}

TEST_CASE("structural problems keep the debate closed, even to the Studio") {
    for (const auto& mutate : std::vector<std::function<void(json&)>>{
             [](json& d) { d["claims"][0]["actor"] = "nobody"; },
             [](json& d) { d["claims"][1]["kind"] = "rumour"; },
             [](json& d) { d["claims"][3]["id"] = d["claims"][2]["id"]; },
             [](json& d) { d["claims"][0]["range"] = {5, 5}; },
             [](json& d) { d["article"]["date"] = "2024-13"; },
             [](json& d) { d["actors"][0].erase("role"); },
         }) {
        const LoadResult r = load_mutated(library(), mutate);
        CAPTURE(r.summary());
        CHECK(r.editable == nullptr);
        CHECK(r.debate == nullptr);
        CHECK(r.error_count() == 1);
    }
}

TEST_CASE("a missing required text or list is reported once, as missing, and does not close the file") {
    const LoadResult r = load_mutated(library(), [](json& d) {
        d["claims"][0].erase("summary");
        d["article"].erase("date");
        d.erase("title");
    });
    CHECK(r.error_count() == 3);
    CHECK(r.diagnostics.size() == 3);
    CHECK_ERROR_AT(r, "/claims/0/summary", "required field is missing");
    CHECK_ERROR_AT(r, "/article/date", "required field is missing");
    CHECK_ERROR_AT(r, "/title", "required field is missing");
    REQUIRE(r.editable);
    // In memory the text is just empty.
    const auto diags = validate_debate(*r.editable, "test.json");
    REQUIRE(diags.size() == 3);
    CHECK(diags[0].format() == "test.json:/title: must not be empty");
    CHECK(diags[1].format() == "test.json:/article/date: required field is missing");
    CHECK(diags[2].format() == "test.json:/claims/0/summary: must not be empty");
}

TEST_CASE("semantic rules on a debate built in memory: stale ranges, self relations, key quotes") {
    Debate d = *load_debate_text(harbour().dump(), "h.json").debate;
    Claim& c = d.claims[0];
    const std::string& text = d.article.paragraphs[c.paragraph].text;
    c.quote_end = static_cast<uint32_t>(text.size() + 5);
    d.claims[1].quote_begin = d.claims[1].quote_end - 1;
    d.claims[1].quote_end = d.claims[1].quote_begin;  // empty
    d.relations[0].to = d.relations[0].from;
    const auto diags = validate_debate(d, "h.json");
    REQUIRE(diags.size() == 3);
    CHECK(diags[0].path == "/claims/0/range");
    CHECK(diags[0].message == "[" + std::to_string(c.quote_begin) + ", " + std::to_string(text.size() + 5) + "] is outside paragraph \"" +
                                  d.article.paragraphs[c.paragraph].id + "\" (" + std::to_string(text.size()) + " bytes) or empty");
    CHECK(diags[1].path == "/claims/1/range");
    CHECK(diags[2].format() == "h.json:/relations/0: a claim cannot relate to itself");
}
