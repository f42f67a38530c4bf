// The shipped debate against its source: every paragraph verbatim and in order, every quote found
// word for word, every argumentative paragraph covered, every commentator's stance given.
#include "test_support.h"
#include "model/query.h"

#include <filesystem>
#include <set>
#include <sstream>

using namespace dl;
using namespace dl::test;

namespace {
std::shared_ptr<const Debate> nato() {
    LoadResult r = load_debate_file(source_path("content/nato-guarantees-2021.json"));
    REQUIRE_MESSAGE(r.ok(), r.summary());
    return r.debate;
}

// The article's paragraphs as the source writes them, with the pull-quote shortcodes reduced to
// their words and the bullets' "- " dropped, as FORMAT.md prescribes.
std::vector<std::string> source_paragraphs(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        if (line.rfind("[bctt tweet=\"", 0) == 0) {
            const size_t end = line.find("\" username=");
            line = line.substr(13, end - 13);
            while (!line.empty() && line.back() == ' ') line.pop_back();
        } else if (line.rfind("- ", 0) == 0) {
            line = line.substr(2);
        }
        out.push_back(line);
    }
    return out;
}
}  // namespace

TEST_CASE("every paragraph of the source article is present verbatim and in order" * doctest::test_suite("shared") *
          doctest::skip()) {
    const std::string article_path = shared_path("seed/article.txt");
    const auto d = nato();
    const auto expected = source_paragraphs(read_file(article_path));
    REQUIRE(expected.size() == 26);
    REQUIRE(d->article.paragraphs.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(d->article.paragraphs[i].text == expected[i]);
    }
}

TEST_CASE("every quote in the shipped debate stands word for word in its paragraph") {
    const auto d = nato();
    for (const Claim& c : d->claims) {
        CAPTURE(c.id);
        const std::string& p = d->article.paragraphs[c.paragraph].text;
        REQUIRE(c.quote_end <= p.size());
        CHECK(p.compare(c.quote_begin, c.quote_end - c.quote_begin, c.quote) == 0);
        CHECK(p.find(c.quote) != std::string::npos);
    }
}

TEST_CASE("every argumentative paragraph of every speaker is covered by a claim") {
    const auto d = nato();
    std::set<int> covered;
    for (const Claim& c : d->claims) covered.insert(c.paragraph);
    for (size_t i = 0; i < d->article.paragraphs.size(); ++i) {
        const Paragraph& p = d->article.paragraphs[i];
        CAPTURE(p.id);
        if (p.kind == ParagraphKind::Byline) continue;
        // The article's own framing ("We asked several security experts...") states no position.
        if (p.text.rfind("The statement comes after", 0) == 0) continue;
        CHECK(covered.count(static_cast<int>(i)) == 1);
    }
}

TEST_CASE("the debate is shaped as the newsroom brief asks") {
    const auto d = nato();
    CHECK(d->questions.size() >= 5);
    CHECK(d->questions.size() <= 8);
    // The last block of bullets has no named author: an explicit unnamed actor, no invented name.
    int unnamed = 0;
    for (const Actor& a : d->actors)
        if (a.unnamed) {
            ++unnamed;
            CHECK(a.role == ActorRole::Commentator);
            CHECK(a.name.find("Unnamed") != std::string::npos);
        }
    CHECK(unnamed == 1);
    for (const char* who : {"putin", "sherr", "avdeeva", "midttun"}) CHECK(d->find_actor(who) >= 0);
    // The rebuttal of the "verbal commitments" claim is there, with the evidence cited against it.
    bool rebutted = false;
    for (const Relation& r : d->relations)
        if (r.type == RelationType::Rebuts && d->claims[r.to].actor == d->find_actor("putin") &&
            d->claims[r.from].actor == d->find_actor("sherr") && !d->claims[r.from].evidence.empty())
            rebutted = true;
    CHECK(rebutted);
    // Pull quotes keep the words and drop the WordPress markup.
    CHECK(d->key_quotes.size() == 2);
    for (const Paragraph& p : d->article.paragraphs) CHECK(p.text.find("[bctt") == std::string::npos);
    // Every subject and commentator has a stance on every question (the loader enforces it; the
    // matrix must show all of them).
    CHECK(stance_matrix_actors(*d).size() * d->questions.size() <= d->stances.size());
}
