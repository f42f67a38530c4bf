// ClaimReview attach: records in each shape (one object, a list, a @graph with @id references; @type
// a string or a list; http, https and @vocab contexts) matched exactly, then normalised; one review
// per claim, the most recent; every record not attached reported with its path.
#include "test_support.h"
#include "model/claimreview.h"
#include "model/json_ld.h"

using namespace dl;
using namespace dl::test;
using nlohmann::json;

namespace {

const std::string kHarbour = "tests/fixtures/fictional-harbour-bridge.json";

struct Attached {
    LoadResult result;
    ReviewAttachStats stats;
    std::string converted;
};

Attached attach(const std::string& debate_text, const std::string& reviews_file) {
    Attached a;
    a.result = attach_claim_reviews(debate_text, "harbour.json", read_file(source_path("tests/fixtures/claimreview/" + reviews_file)),
                                    reviews_file, &a.converted, LoadLimits{}, &a.stats);
    return a;
}

const Review& review_of(const LoadResult& r, const std::string& claim) {
    REQUIRE_MESSAGE(r.ok(), r.summary());
    const int c = r.debate->find_claim(claim);
    REQUIRE(c >= 0);
    REQUIRE_MESSAGE(r.debate->claims[c].review.has_value(), claim << " has no review");
    return *r.debate->claims[c].review;
}

bool has_review(const LoadResult& r, const std::string& claim) { return r.debate->claims[r.debate->find_claim(claim)].review.has_value(); }

const Diagnostic* warning(const LoadResult& r, const std::string& path, const std::string& words) {
    const Diagnostic* d = find_diag(r, path, words);
    return d && d->severity == Severity::Warning ? d : nullptr;
}

#define CHECK_REVIEW_WARNING(result, path, words) \
    CHECK_MESSAGE(warning(result, path, words) != nullptr, "expected a warning at " << path << " mentioning '" << words << "', got:\n" << (result).summary())

}  // namespace

TEST_CASE("normalise_claim_text: case, white space, curly and straight quotes around the whole") {
    CHECK(normalise_claim_text("  \u201CA TAX on the people   who\n can\u2019t \u201D ") == "a tax on the people who can't");
    CHECK(normalise_claim_text("\"Keep it free.\"") == "keep it free.");
    CHECK(normalise_claim_text("\u201EDie Maut\u201C") == "die maut");
    CHECK(normalise_claim_text("'") == "");
    CHECK(normalise_claim_text("keep \"it\" free") == "keep \"it\" free");  // quotes inside stay
}

TEST_CASE("ClaimReview: one object with an exact quote attaches its rating, reviewer, link and date") {
    const Attached a = attach(read_file(source_path(kHarbour)), "single.json");
    const Review& r = review_of(a.result, "penhale-retail-park");
    CHECK(r.rating == "Unproven");
    CHECK(r.reviewer == "Harbour Fact Desk (fictional)");
    CHECK(r.url == "https://example.org/factdesk/retail-park");
    CHECK(r.date.to_string() == "2023-03-12");
    CHECK(a.stats.records == 1);
    CHECK(a.stats.matched == 1);
    CHECK(a.stats.attached == 1);
    CHECK_MESSAGE(a.result.diagnostics.empty(), a.result.summary());
    // The written debate is the input with one review more: it loads, and keeps the fixture's own review.
    const LoadResult again = load_debate_text(a.converted, "again.json");
    REQUIRE(again.ok());
    CHECK(review_of(again, "calder-loan").rating == "Half true");
    CHECK(review_of(again, "penhale-retail-park").rating == "Unproven");
}

TEST_CASE("ClaimReview: a list, @type as a list, the http context, normalised text, numeric ratings, records not attached") {
    const Attached a = attach(read_file(source_path(kHarbour)), "list.json");
    const Review& tax = review_of(a.result, "okafor-tax-poor");  // curly quotes, capitals, spaces
    CHECK(tax.rating == "Needs context");
    CHECK(tax.reviewer == "County Check (fictional)");
    CHECK(tax.date.to_string() == "2023-03-13");
    const Review& traffic = review_of(a.result, "auditor-traffic");  // matched on the summary
    CHECK(traffic.rating == "4 on a scale from 1 to 5");
    CHECK(traffic.reviewer == "Numbers Desk (fictional)");
    CHECK_FALSE(traffic.date.valid());
    CHECK(a.stats.records == 3);
    CHECK(a.stats.matched == 2);
    CHECK_REVIEW_WARNING(a.result, "/2/claimReviewed", "no claim's quote or summary is \"The ferry runs every hour.\": not attached");
    CHECK_REVIEW_WARNING(a.result, "/3/@type", "is not ClaimReview");
    for (const Diagnostic& d : a.result.diagnostics) CHECK(d.format().rfind("list.json:/", 0) == 0);
}

TEST_CASE("ClaimReview: a @graph with @id references; the most recent review of a claim wins, the others are reported") {
    const Attached a = attach(read_file(source_path(kHarbour)), "graph.jsonld");
    // "Keep it free." is said twice (two claims): the newer record reviews both.
    for (const char* claim : {"okafor-keep-free", "penhale-keep-free"}) {
        const Review& r = review_of(a.result, claim);
        CHECK(r.rating == "2 out of 3");
        CHECK(r.reviewer == "Gullhaven Fact Desk (fictional)");
        CHECK(r.url == "https://example.org/factdesk/keep-free-2023-03-20");
    }
    CHECK_REVIEW_WARNING(a.result, "/@graph/2", "takes the more recent /@graph/3 (2023-03-20) instead of /@graph/2 (2023-03-14)");
    // The debate's own review of calder-loan (2023-03-11) is newer than the record's (2023-03-01).
    CHECK(review_of(a.result, "calder-loan").rating == "Half true");
    CHECK_REVIEW_WARNING(a.result, "/@graph/4", "keeps the more recent the debate's own review (2023-03-11)");
    CHECK_REVIEW_WARNING(a.result, "/@graph/5", "has no url");
    CHECK(a.stats.records == 3);
    CHECK(a.stats.attached == 2);
    CHECK(warning(a.result, "", "no @context") == nullptr);  // @vocab names schema.org
}

TEST_CASE("ClaimReview: the JSON-LD export's reviews come back onto a debate without them") {
    json stripped = harbour();
    for (json& c : stripped["claims"]) c.erase("review");
    const LoadResult original = load_debate_file(source_path(kHarbour));
    REQUIRE(original.ok());
    std::string converted;
    ReviewAttachStats stats;
    const LoadResult r = attach_claim_reviews(stripped.dump(), "stripped.json", export_json_ld(*original.debate), "export.jsonld",
                                              &converted, LoadLimits{}, &stats);
    const Review& back = review_of(r, "calder-loan");
    CHECK(back.rating == "Half true");
    CHECK(back.reviewer == "Gullhaven Fact Desk (fictional)");
    CHECK(back.url == "https://example.org/gullhaven/fact-check/bridge-loan");
    CHECK(back.date.to_string() == "2023-03-11");
    CHECK(stats.attached == 1);
}

TEST_CASE("ClaimReview: unreadable records and debates are refused with a message, never a crash") {
    const std::string debate = read_file(source_path(kHarbour));
    const std::pair<std::string, std::string> cases[] = {
        {"", "syntax error"},
        {"{\n  \"@type\": \"ClaimReview\",\n  \"url\" 1\n}", "syntax error"},
        {"\"a string\"", "a JSON object or list, not a string"},
        {std::string(100, '[') + std::string(100, ']'), "nesting is deeper"},
    };
    for (const auto& [text, words] : cases)
        check_refused([&](const std::string& t, std::string& out) { return attach_claim_reviews(debate, "harbour.json", t, "bad.json", &out); },
                      text, words);
    const LoadResult syntax = attach_claim_reviews(debate, "harbour.json", "{\n  \"@type\": \"ClaimReview\",\n  \"url\" 1\n}", "bad.json");
    CHECK(syntax.summary().find("bad.json:3:") != std::string::npos);
    const LoadResult broken = attach_claim_reviews("{\"format\": 1}", "broken.json", "[]", "r.json");
    CHECK_FALSE(broken.ok());
    CHECK(broken.summary().find("broken.json:/format") != std::string::npos);
    // Records of the wrong shape are reported and skipped; the debate is still written.
    const LoadResult odd = attach_claim_reviews(debate, "harbour.json", "[1, {\"@type\": \"ClaimReview\"}, {\"@type\": [\"ClaimReview\"], \"claimReviewed\": \"Keep it free.\", \"author\": \"X\", \"reviewRating\": {\"alternateName\": \"Y\"}, \"url\": \"javascript:alert(1)\"}]", "odd.json");
    REQUIRE_MESSAGE(odd.ok(), odd.summary());
    CHECK_REVIEW_WARNING(odd, "/0", "must be an object, not a whole number");
    CHECK_REVIEW_WARNING(odd, "/1", "has no claimReviewed");
    CHECK_REVIEW_WARNING(odd, "/2", "has no url");
    CHECK_REVIEW_WARNING(odd, "", "no @context names schema.org");
    CHECK_FALSE(has_review(odd, "okafor-keep-free"));
}
