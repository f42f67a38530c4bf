// Loading and validation: every rule has a failing example, reported with file and JSON path.
#include "test_support.h"
#include "model/text.h"

using namespace dl;
using namespace dl::test;
using nlohmann::json;

TEST_CASE("the shipped debate and both fixtures load without errors or warnings") {
    for (const char* f : {"content/nato-guarantees-2021.json", "tests/fixtures/fictional-harbour-bridge.json",
                          "tests/fixtures/fictional-library-hours.json"}) {
        CAPTURE(f);
        const LoadResult r = load_debate_file(source_path(f));
        REQUIRE_MESSAGE(r.ok(), r.summary());
        CHECK(r.diagnostics.empty());
    }
}

TEST_CASE("loading resolves references to indices and locates quotes") {
    const LoadResult r = load_debate_text(library().dump(), "lib.json");
    REQUIRE(r.ok());
    const Debate& d = *r.debate;
    const int c = d.find_claim("marchand-nobody");
    REQUIRE(c >= 0);
    CHECK(d.actors[d.claims[c].actor].id == "marchand");
    const std::string& para = d.article.paragraphs[d.claims[c].paragraph].text;
    CHECK(para.substr(d.claims[c].quote_begin, d.claims[c].quote_end - d.claims[c].quote_begin) == "Almost nobody comes after six");
    // The explicit byte range in the fixture is honoured.
    const Claim& brun = d.claims[d.find_claim("brun-nothing")];
    CHECK(brun.quote_begin == 118);
    CHECK(brun.quote_end == 186);
    CHECK(d.stance(d.find_actor("brun"), 0)->leaning == Leaning::NotAddressed);
    CHECK(d.article.date.year == 2024);
    CHECK(d.article.date.month == 5);
    CHECK(d.article.date.day == 0);
}

TEST_CASE("syntax errors give line and column; nothing else is attempted") {
    const LoadResult r = load_debate_text("{\n  \"format\": \"debatelens/1\",\n  \"id\" \"x\"\n}", "broken.json");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].line == 3);
    CHECK(r.diagnostics[0].column == 8);
    CHECK(r.diagnostics[0].format().rfind("broken.json:3:8: ", 0) == 0);
    CHECK_FALSE(r.ok());
    for (const char* bad : {"", "   ", "[1, 2]", "\"text\"", "{\"a\": tru}", "{\"a\": 1e999}", "{\"a\": \"\\ud800\"}",
                            "{\"a\": \"\xC0\xAF\"}", "{\"a\": \"\xFF\"}", "{\"a\": \"x\x01y\"}", "{} {}", "{\"a\":1,}"}) {
        CAPTURE(bad);
        const LoadResult b = load_debate_text(bad, "bad.json");
        CHECK_FALSE(b.ok());
        REQUIRE(b.diagnostics.size() >= 1);
        CHECK(b.diagnostics[0].severity == Severity::Error);
    }
}

TEST_CASE("every problem is reported at once, each with its own path") {
    const LoadResult r = load_mutated(library(), [](json& d) {
        d["claims"][0]["actor"] = "nobody";
        d["claims"][1]["kind"] = "rumour";
        d["article"]["date"] = "2024-13";
        d.erase("title");
    });
    CHECK_ERROR_AT(r, "/claims/0/actor", "no actor has the id \"nobody\"");
    CHECK_ERROR_AT(r, "/claims/1/kind", "\"rumour\" is not one of demand, assertion");
    CHECK_ERROR_AT(r, "/article/date", "not a date");
    CHECK_ERROR_AT(r, "/title", "required field is missing");
    CHECK(r.error_count() == 4);
}

TEST_CASE("required fields and types") {
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][0].erase("quote"); }), "/claims/0/quote", "required");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][0]["summary"] = 42; }), "/claims/0/summary",
                   "must be a string, not a whole number");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][0]["summary"] = "   "; }), "/claims/0/summary", "empty");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"] = json::object(); }), "/claims", "must be a list");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][1] = "claim"; }), "/claims/1", "must be an object, not a string");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["actors"][0]["unnamed"] = "yes"; }), "/actors/0/unnamed", "true or false");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][0]["questions"] = "close-early"; }), "/claims/0/questions", "must be a list");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][0]["questions"][0] = 3; }), "/claims/0/questions/0", "must be a string");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["article"] = nullptr; }), "/article", "must be an object, not null");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["format"] = "debatelens/2"; }), "/format", "not a format this version reads");
    // No claims is a draft: a warning (the stances that named claims are errors of their own).
    const LoadResult no_claims = load_mutated(library(), [](json& d) { d["claims"] = json::array(); });
    REQUIRE(find_diag(no_claims, "/claims", "no claims yet"));
    CHECK(find_diag(no_claims, "/claims", "no claims yet")->severity == Severity::Warning);
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d.erase("claims"); }), "/claims", "required field is missing");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][0]["summary"] = std::string("a\0b", 3); }), "/claims/0/summary", "NUL");
}

TEST_CASE("ids are slugs and unique within their list") {
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][1]["id"] = d["claims"][0]["id"]; }), "/claims/1/id",
                   "used twice (first at /claims/0)");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][0]["id"] = "Has Spaces"; }), "/claims/0/id", "not a valid id");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["actors"][0]["id"] = "-lead"; }), "/actors/0/id", "not a valid id");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["id"] = std::string(65, 'a'); }), "/id", "not a valid id");
}

TEST_CASE("every reference resolves") {
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][0]["paragraph"] = "p99"; }), "/claims/0/paragraph", "no paragraph");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][0]["evidence"] = {"ev-x"}; }), "/claims/0/evidence/0", "no evidence item");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["stances"][0]["question"] = "q-x"; }), "/stances/0/question", "no question");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["stances"][0]["claims"][1] = "c-x"; }), "/stances/0/claims/1", "no claim");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) {
                       d["relations"] = {{{"from", "brun-welcome"}, {"to", "c-missing"}, {"type", "rebuts"}}};
                   }),
                   "/relations/0/to", "no claim");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) {
                       d["relations"] = {{{"from", "brun-welcome"}, {"to", "brun-welcome"}, {"type", "rebuts"}}};
                   }),
                   "/relations/0", "cannot relate to itself");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) {
                       d["timeline"] = {{{"id", "t1"}, {"date", "2024-05-02"}, {"label", "x"}, {"claims", {"nope"}}}};
                   }),
                   "/timeline/0/claims/0", "no claim");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) {
                       d["key_quotes"] = {{{"id", "k1"}, {"paragraph", "p02"}, {"actor", "marchand"}}};
                   }),
                   "/key_quotes/0/paragraph", "not a pull_quote paragraph");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) {
                       d["article"]["paragraphs"][1]["section"] = "s-none";
                   }),
                   "/article/paragraphs/1/section", "no section");
}

TEST_CASE("sections and paragraphs agree") {
    const LoadResult r = load_mutated(library(), [](json& d) {
        d["article"]["sections"] = {{{"id", "a"}, {"label", "A"}, {"paragraphs", {"p02"}}},
                                    {{"id", "b"}, {"label", "B"}, {"paragraphs", {"p02", "p03"}}}};
    });
    CHECK_ERROR_AT(r, "/article/sections/1/paragraphs/0", "already belongs to section \"a\"");
}

TEST_CASE("quotes must be verbatim; the closest near-miss is offered") {
    const LoadResult r = load_mutated(library(), [](json& d) { d["claims"][1]["quote"] = "Almost nobody come after six"; });
    CHECK_ERROR_AT(r, "/claims/1/quote", "not in paragraph \"p02\" word for word");
    const Diagnostic* diag = find_diag(r, "/claims/1/quote");
    REQUIRE(diag);
    CHECK(diag->message.find("closest text there (1 characters differ): \"Almost nobody comes after six\"") != std::string::npos);
    // Straight quotes where the article has curly ones are not the same words.
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][2]["quote"] = "\"made to feel welcome\""; }), "/claims/2/quote",
                   "word for word");
    // Nothing like it: no hint, still an error.
    const LoadResult far = load_mutated(library(), [](json& d) { d["claims"][1]["quote"] = "zzzz qqqq xxxx"; });
    CHECK_ERROR_AT(far, "/claims/1/quote", "word for word");
    CHECK(find_diag(far, "/claims/1/quote")->message.find("closest") == std::string::npos);
}

TEST_CASE("explicit ranges: inside the paragraph, on UTF-8 boundaries, equal to the quote") {
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][3]["range"] = {118, 999}; }), "/claims/3/range", "outside paragraph");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][3]["range"] = {50, 50}; }), "/claims/3/range", "or empty");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][3]["range"] = {-1, 5}; }), "/claims/3/range", "two whole numbers");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][3]["range"] = {118}; }), "/claims/3/range", "two whole numbers");
    // Byte 1 of paragraph p03 is inside "É".
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) {
                       d["claims"][3]["range"] = {1, 10};
                       d["claims"][3]["paragraph"] = "p03";
                   }),
                   "/claims/3/range", "cuts through a character");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][3]["range"] = {118, 185}; }), "/claims/3/range", "not the quote");
}

TEST_CASE("occurrence picks the n-th match and must exist") {
    const LoadResult ok = load_mutated(library(), [](json& d) {
        d["claims"][1]["quote"] = "she";
        d["claims"][1]["paragraph"] = "p03";
        d["claims"][1]["occurrence"] = 2;
    });
    REQUIRE_MESSAGE(ok.ok(), ok.summary());
    const Claim& c = ok.debate->claims[1];
    const std::string& p = ok.debate->article.paragraphs[c.paragraph].text;
    CHECK(c.quote_begin == p.rfind("she"));
    CHECK(c.quote_begin != p.find("she"));
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) {
                       d["claims"][1]["quote"] = "she";
                       d["claims"][1]["paragraph"] = "p03";
                       d["claims"][1]["occurrence"] = 3;
                   }),
                   "/claims/1/occurrence", "fewer than 3 times");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["claims"][1]["occurrence"] = 0; }), "/claims/1/occurrence", "from 1");
}

TEST_CASE("dates: ISO 8601, partial allowed, real calendar days") {
    for (const char* good : {"1990", "1990-11", "1990-11-21", "2024-02-29", "2000-02-29"}) {
        CAPTURE(good);
        CHECK(load_mutated(library(), [&](json& d) { d["article"]["date"] = good; }).ok());
    }
    for (const char* bad : {"90", "1990-1", "1990-11-31", "2023-02-29", "1900-02-29", "1990/11/21", "0000", "1990-00", "21 Nov 1990", "1990-11-21T10:00"}) {
        CAPTURE(bad);
        CHECK_ERROR_AT(load_mutated(library(), [&](json& d) { d["article"]["date"] = bad; }), "/article/date", "not a date");
    }
}

TEST_CASE("links: only http and https") {
    CHECK(load_mutated(library(), [](json& d) { d["article"]["url"] = "https://example.org/a?b=c#d"; }).ok());
    for (const char* bad : {"javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org", "//evil.example", "https://",
                            "https://exa mple.org", "https://example.org/\"><script>", "JAVASCRIPT:alert(1)", "file:///etc/passwd"}) {
        CAPTURE(bad);
        CHECK_ERROR_AT(load_mutated(library(), [&](json& d) { d["article"]["url"] = bad; }), "/article/url", "links must be http");
    }
    CHECK(load_mutated(library(), [](json& d) { d["article"]["url"] = "HTTPS://EXAMPLE.ORG/"; }).ok());
}

TEST_CASE("stances: one per subject/commentator and question, grounded unless not addressed") {
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["stances"].erase(1); }), "/stances",
                   "\"brun\" has no stance on question \"close-early\"");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["stances"].push_back(d["stances"][0]); }), "/stances/2", "already has a stance");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["stances"][0]["claims"] = json::array(); }), "/stances/0/claims",
                   "must name the claims");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["stances"][0].erase("position"); }), "/stances/0/position", "required");
    CHECK_ERROR_AT(load_mutated(library(), [](json& d) { d["stances"][0]["leaning"] = "maybe"; }), "/stances/0/leaning", "not one of strong_no");
    // A referenced actor needs no stances.
    CHECK(load_mutated(library(), [](json& d) {
              d["actors"].push_back({{"id", "mayor"}, {"name", "The mayor"}, {"role", "referenced"}});
          }).ok());
}

TEST_CASE("unknown fields are warnings, not errors") {
    const LoadResult r = load_mutated(library(), [](json& d) {
        d["claims"][0]["confidence"] = 0.9;
        d["sponsor"] = "x";
    });
    REQUIRE(r.ok());
    const Diagnostic* w = find_diag(r, "/claims/0/confidence", "unknown field");
    REQUIRE(w);
    CHECK(w->severity == Severity::Warning);
    CHECK(w->format() == "test.json:/claims/0/confidence: warning: unknown field \"confidence\" is not used by DebateLens (the Studio keeps it when it saves)");
    CHECK(find_diag(r, "/sponsor", "unknown field"));
}

TEST_CASE("duplicate keys are errors with their path") {
    const std::string text = library().dump();
    std::string dup = text;
    dup.insert(1, "\"title\": \"first\", ");
    const LoadResult r = load_debate_text(dup, "dup.json");
    CHECK_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].path == "/title");
    CHECK(r.diagnostics[0].message.find("duplicate key \"title\"") != std::string::npos);
}

TEST_CASE("limits: depth, string size, file size, element counts") {
    LoadLimits small;
    small.max_file_bytes = 1000;
    const LoadResult big = load_debate_text(library().dump(), "big.json", small);
    REQUIRE(big.diagnostics.size() == 1);
    CHECK(big.diagnostics[0].message.find("the limit is 1000") != std::string::npos);

    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const LoadResult d = load_debate_text(deep, "deep.json");
    REQUIRE(d.diagnostics.size() == 1);
    CHECK(d.diagnostics[0].message.find("deeper than 64") != std::string::npos);
    CHECK(d.diagnostics[0].path.size() > 64);

    const LoadResult s = load_mutated(library(), [](json& j) { j["summary"] = std::string(70000, 'x'); });
    CHECK_ERROR_AT(s, "/summary", "the limit is 65536");

    LoadLimits few;
    few.max_claims = 3;
    const LoadResult c = load_debate_text(library().dump(), "many.json", few);
    CHECK_ERROR_AT(c, "/claims", "has 4 items; the limit is 3");

    // A section's paragraphs are bounded as the article's are, not as a list of ids inside one item:
    // with max_list 2, a section of the fixture's paragraphs still loads, and a claim's three pieces
    // of evidence do not.
    LoadLimits short_lists;
    short_lists.max_list = 2;
    const LoadResult sec = load_mutated(library(), [](json& j) {
        json& sections = j["article"]["sections"];
        sections = json::array({{{"id", "whole"}, {"label", "The whole article"}, {"paragraphs", json::array()}}});
        for (json& p : j["article"]["paragraphs"]) {
            sections[0]["paragraphs"].push_back(p["id"]);
            p["section"] = "whole";
        }
    }, short_lists);
    for (const Diagnostic& diag : sec.diagnostics) CHECK_MESSAGE(diag.path.find("/article/sections") == std::string::npos, diag.format());
    const LoadResult ev = load_mutated(library(), [](json& j) { j["claims"][0]["evidence"] = json::array({"a", "b", "c"}); }, short_lists);
    CHECK_ERROR_AT(ev, "/claims/0/evidence", "has 3 items; the limit is 2");

    LoadLimits quiet;
    quiet.max_diagnostics = 5;
    const LoadResult flood = load_mutated(library(), [](json& j) {
        for (int i = 0; i < 50; ++i) j["x" + std::to_string(i)] = i;
    });
    CHECK(flood.diagnostics.size() == 50);  // warnings, under the default cap
    json noisy = library();
    for (int i = 0; i < 50; ++i) noisy["claims"][0]["x" + std::to_string(i)] = i;
    const LoadResult capped = load_debate_text(noisy.dump(), "c.json", quiet);
    CHECK(capped.diagnostics.size() == 6);
    CHECK(capped.diagnostics.back().message == "too many problems; stopped reporting here");
}

TEST_CASE("reading a file: missing, a directory, or fine") {
    const LoadResult missing = load_debate_file("/nonexistent/dir/x.json");
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].format() == "/nonexistent/dir/x.json: cannot open the file (missing, or not readable)");
    const LoadResult dir = load_debate_file(source_path("content"));
    REQUIRE(dir.diagnostics.size() == 1);
    CHECK(dir.diagnostics[0].message.find("not a regular file") != std::string::npos);
}

TEST_CASE("partial dates order sensibly and print for readers") {
    PartialDate a{1990, 11, 21}, b{1990, 11, 0}, c{1990, 0, 0}, e{1970, 1, 1};
    CHECK(e.days_since_epoch() == 0);
    CHECK(a.days_since_epoch() == 7629);
    CHECK(c.days_since_epoch() < b.days_since_epoch());
    CHECK(b.days_since_epoch() < a.days_since_epoch());
    CHECK(a.to_display() == "21 November 1990");
    CHECK(b.to_display() == "November 1990");
    CHECK(c.to_string() == "1990");
}

TEST_CASE("a claim's review: rating, reviewer and an http(s) link required, date optional") {
    const LoadResult r = load_debate_text(harbour().dump(), "harbour.json");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    int reviewed = 0;
    for (const Claim& c : r.debate->claims) reviewed += c.review.has_value();
    CHECK(reviewed == 1);
    const Claim& loan = r.debate->claims[r.debate->find_claim("calder-loan")];
    REQUIRE(loan.review);
    CHECK(loan.review->rating == "Half true");
    CHECK(loan.review->reviewer == "Gullhaven Fact Desk (fictional)");
    CHECK(loan.review->url == "https://example.org/gullhaven/fact-check/bridge-loan");
    CHECK(loan.review->date.to_string() == "2023-03-11");

    const json review = {{"rating", "Misleading"}, {"reviewer", "A fact desk"}, {"url", "https://example.org/r"}};
    auto with_review = [&](const std::function<void(json&)>& change) {
        return load_mutated(library(), [&](json& d) {
            d["claims"][0]["review"] = review;
            change(d["claims"][0]["review"]);
        });
    };
    CHECK(with_review([](json& r) { r.erase("url"); }).diagnostics.size() == 1);
    CHECK_ERROR_AT(with_review([](json& r) { r.erase("url"); }), "/claims/0/review/url", "required field is missing");
    CHECK_ERROR_AT(with_review([](json& r) { r.erase("rating"); }), "/claims/0/review/rating", "required field is missing");
    CHECK_ERROR_AT(with_review([](json& r) { r["reviewer"] = " "; }), "/claims/0/review/reviewer", "must not be empty");
    CHECK_ERROR_AT(with_review([](json& r) { r["url"] = "javascript:alert(1)"; }), "/claims/0/review/url", "links must be http");
    CHECK_ERROR_AT(with_review([](json& r) { r["date"] = "11/03/2023"; }), "/claims/0/review/date", "not a date");
    CHECK_ERROR_AT(with_review([](json& r) { r = "Misleading"; }), "/claims/0/review", "must be an object, not a string");
    const LoadResult extra = with_review([](json& r) { r["verdict"] = "false"; });
    CHECK(extra.ok());
    CHECK(find_diag(extra, "/claims/0/review/verdict", "unknown field") != nullptr);
    CHECK(with_review([](json& r) { r["date"] = "2024-05"; }).ok());
}
