// Drafts made from articles (debatelens --new): the same article as plain text, hard-wrapped text,
// Markdown and a news page gives the same paragraphs; metadata, bylines and sections are exactly
// what the fixtures say; the seed article's three bylines are found and nothing else; hostile input
// gives diagnostics, never a crash. Expected values are written out here from the fixture texts.
#include "debate_compare.h"
#include "test_support.h"
#include "model/draft.h"
#include "model/save.h"

#include <filesystem>
#include <sstream>

using namespace dl;
using namespace dl::test;

namespace {

std::string article_fixture(const std::string& name) { return read_file(source_path("tests/fixtures/articles/" + name)); }

std::string diagnostics_of(const DraftResult& r) {
    std::string s;
    for (const auto& d : r.diagnostics) s += d.format() + "\n";
    return s;
}

// The one diagnostic a result holds, as the command line prints it.
std::string only_diagnostic(const DraftResult& r) {
    REQUIRE_MESSAGE(r.diagnostics.size() == 1, diagnostics_of(r));
    return r.diagnostics[0].format();
}

DraftResult draft_of(const std::string& name) {
    DraftResult r = draft_from_article(article_fixture(name), name);
    REQUIRE_MESSAGE(r.ok(), diagnostics_of(r));
    return r;
}

bool has_note(const Debate& d, const std::string& note) {
    return std::find(d.editorial_notes.begin(), d.editorial_notes.end(), note) != d.editorial_notes.end();
}

// The fixture article's paragraphs, read from its plain-text form (a paragraph per line) with the
// two edits FORMAT.md allows done by hand here: the bullets' "- " dropped, the shortcode reduced.
struct Expected {
    std::string text;
    ParagraphKind kind;
};
std::vector<Expected> old_town_paragraphs() {
    std::vector<Expected> out;
    std::istringstream in(article_fixture("old-town-cars.txt"));
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("- ", 0) == 0) out.push_back({line.substr(2), ParagraphKind::ListItem});
        else if (line.rfind("[bctt", 0) == 0)
            out.push_back({"A car-free centre is not a gift to pedestrians; it is a bet on the shops that survive by people "
                           "lingering.",
                           ParagraphKind::PullQuote});
        else out.push_back({line, ParagraphKind::Body});
    }
    for (int byline : {2, 7, 14}) out[static_cast<size_t>(byline)].kind = ParagraphKind::Byline;
    return out;
}

void check_same_paragraphs(const Debate& d, const std::vector<Expected>& expected) {
    REQUIRE(d.article.paragraphs.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(d.article.paragraphs[i].text == expected[i].text);
        CHECK(to_string(d.article.paragraphs[i].kind) == std::string(to_string(expected[i].kind)));
    }
}

struct ExpectedSection {
    std::string id, label, actor;  // actor id, empty for none
    size_t first, last;            // paragraph indices, inclusive
};
void check_sections(const Debate& d, const std::vector<ExpectedSection>& expected) {
    REQUIRE(d.article.sections.size() == expected.size());
    for (size_t k = 0; k < expected.size(); ++k) {
        const Section& s = d.article.sections[k];
        CAPTURE(expected[k].id);
        CHECK(s.id == expected[k].id);
        CHECK(s.label == expected[k].label);
        CHECK((s.actor < 0 ? std::string() : d.actors[static_cast<size_t>(s.actor)].id) == expected[k].actor);
        std::vector<int> want;
        for (size_t i = expected[k].first; i <= expected[k].last; ++i) want.push_back(static_cast<int>(i));
        CHECK(s.paragraphs == want);
        for (size_t i = expected[k].first; i <= expected[k].last; ++i) CHECK(d.article.paragraphs[i].section == static_cast<int>(k));
    }
}

bool shared_seed_present() { return std::filesystem::exists(std::string(DL_SHARED_DIR) + "/seed/article.txt"); }

}  // namespace

TEST_SUITE("draft") {

TEST_CASE("the same article as a news page, Markdown, plain text and hard-wrapped text gives the same paragraphs") {
    const std::vector<Expected> expected = old_town_paragraphs();
    REQUIRE(expected.size() == 20);
    for (const char* name : {"old-town-cars.html", "old-town-cars.md", "old-town-cars.txt", "old-town-cars-wrapped.txt"}) {
        CAPTURE(name);
        const DraftResult r = draft_of(name);
        check_same_paragraphs(*r.debate, expected);
        CHECK(r.debate->article.paragraphs.front().id == "p01");
        CHECK(r.debate->article.paragraphs.back().id == "p20");
    }
}

TEST_CASE("each form of the article is read as what it is") {
    CHECK(draft_of("old-town-cars.html").format == ArticleFormat::Html);
    CHECK(draft_of("old-town-cars.md").format == ArticleFormat::Markdown);
    CHECK(draft_of("old-town-cars.txt").format == ArticleFormat::PlainText);
    // Without a telling extension the content decides.
    CHECK(detect_article_format(article_fixture("old-town-cars.html"), "article") == ArticleFormat::Html);
    CHECK(detect_article_format(article_fixture("old-town-cars.md"), "article.dat") == ArticleFormat::Markdown);
    CHECK(detect_article_format(article_fixture("old-town-cars.txt"), "article") == ArticleFormat::PlainText);
    // A saved page with the wrong extension is still a page; a .txt with "<" in it is still text.
    CHECK(detect_article_format("  <!DOCTYPE html><p>x</p>", "page.txt") == ArticleFormat::Html);
    CHECK(detect_article_format("a < b and c > d", "notes.txt") == ArticleFormat::PlainText);
    CHECK(detect_article_format("<p>x</p>", "PAGE.HTM") == ArticleFormat::Html);
}

TEST_CASE("news page metadata: JSON-LD first, then the meta tags, exactly as the page gives them") {
    const DraftResult r = draft_of("old-town-cars.html");
    const Debate& d = *r.debate;
    CHECK(d.title == "Should Norrvik close its old town to cars? Three experts answer");
    CHECK(d.article.title == d.title);
    CHECK(d.article.title_note.empty());
    CHECK(d.id == "should-norrvik-close-its-old-town-to-cars-three-experts-answer");
    CHECK(d.content_version == "0.1.0");
    CHECK(d.article.date.to_string() == "2024-03-14");  // JSON-LD's 2024-03-14T08:30:00+01:00, not og's 2024-03-13
    CHECK(d.article.publisher == "The Norrvik Courier");  // not og:site_name "Norrvik Courier"
    CHECK(d.article.language == "en-GB");                 // not <html lang="en">
    CHECK(d.article.url == "https://courier.example/2024/03/14/old-town-cars");
    CHECK(r.title_source == "JSON-LD NewsArticle");
    CHECK(r.url_source == "JSON-LD NewsArticle");
    CHECK(has_note(d, "Metadata as the file gives it: title, date, publisher, language and address from JSON-LD NewsArticle."));
    CHECK(has_note(d, "The file names the article's author: Elin Berg (not made a speaker: add them if they argue in the text)."));
    CHECK(has_note(d, "Link in p04 (candidate evidence): \"closed its centre to cars\" https://example.org/pontevedra-study"));
    CHECK(has_note(d, "Block quotations in the article: p18 (kept as body paragraphs)."));
    CHECK(d.questions.empty());
    CHECK(d.claims.empty());
    CHECK(d.stances.empty());
    CHECK(r.diagnostics.empty());
}

TEST_CASE("JSON-LD in an @graph with @type lists and publisher and author given by @id") {
    const DraftResult r = draft_of("graph-jsonld.html");
    const Debate& d = *r.debate;
    CHECK(d.title == "Ferry prices: what the new contract means");
    CHECK(d.article.date.to_string() == "2023-11-02");
    CHECK(d.article.publisher == "Valley Gazette");
    CHECK(d.article.language == "nb");
    CHECK(d.article.url.empty());
    CHECK(r.title_source == "JSON-LD ReportageNewsArticle");
    CHECK(has_note(d, "The file names the article's author: Ola Dahl, Kari Nygaard (not made a speaker: add them if they argue in the text)."));
    CHECK(has_note(d, "The article's address (URL) was not in the page: add it if the article is online."));
    // No <article>: the column with most paragraph text, not the side column.
    REQUIRE(d.article.paragraphs.size() == 6);
    CHECK(d.article.paragraphs[0].text == "The contract");
    CHECK(d.article.paragraphs[5].text ==
          "The operator says the price includes the cost of charging stations at both quays, which the old contract did not.");
    // The embedded tweet is kept as one paragraph and flagged.
    CHECK(d.article.paragraphs[3].text ==
          "Our new ferries will be electric from day one. pic.twitter.com/abc \xE2\x80\x94 County Transport (@countytransport) November 1, 2023");
    CHECK(has_note(d, "p04 is an embedded post (twitter-tweet, https://twitter.com/countytransport/status/1234567890), not the "
                      "article's own text: keep it as the words the article shows, or delete it."));
    CHECK(has_note(d, "Subheads in the article: p01, p05 (kept as body paragraphs)."));
}

TEST_CASE("a page with only a <title>: honest placeholders and a note for each missing value") {
    const DraftResult r = draft_of("title-only.html");
    const Debate& d = *r.debate;
    CHECK(d.title == "Harbour fees rise again");
    CHECK(r.title_source == "<title>");
    CHECK_FALSE(d.article.date.valid());
    CHECK(d.article.publisher == "Unknown (not in the article file)");
    CHECK(d.article.language == "und");
    CHECK(has_note(d, "The article's date was not in the file: set it before publishing."));
    CHECK(has_note(d, "The publisher was not in the file: set it before publishing."));
    CHECK(has_note(d, "The article's language was not in the file: it is \"und\" (undetermined) until set."));
    REQUIRE(d.article.paragraphs.size() == 2);
    CHECK(d.article.sections.empty());
    CHECK(d.actors.empty());
}

TEST_CASE("meta tags stand in for JSON-LD, and a <title> loses the site name it ends with") {
    const std::string page =
        "<!doctype html><html lang='de-AT'><head><title>Kein Krieg | Tagesblatt</title>"
        "<meta property='og:site_name' content='Tagesblatt'>"
        "<meta property='article:published_time' content='2021-12-01T10:00:00+02:00'>"
        "<meta property='og:url' content='https://tagesblatt.example/a/1'>"
        "<link rel='canonical' href='https://tagesblatt.example/canonical'>"
        "<script type='application/ld+json'>{not json</script></head>"
        "<body><p>Erster Absatz.</p></body></html>";
    const DraftResult r = draft_from_article(page, "page.html");
    REQUIRE(r.ok());
    const Debate& d = *r.debate;
    CHECK(d.title == "Kein Krieg");
    CHECK(d.article.publisher == "Tagesblatt");
    CHECK(d.article.date.to_string() == "2021-12-01");
    CHECK(d.article.url == "https://tagesblatt.example/a/1");
    CHECK(d.article.language == "de-AT");
    CHECK(r.date_source == "article:published_time");
    CHECK(has_note(d, "Metadata as the file gives it: title from <title>; date from article:published_time; publisher "
                      "from og:site_name; language from <html lang>; address from og:url."));
    CHECK(has_note(d, "The page's <title> ends with the site's name (\"Tagesblatt\"): that ending is not part of the title."));
    // The broken JSON-LD is a warning on its line, not a failure.
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].line == 1);
    CHECK(r.diagnostics[0].message.find("JSON-LD metadata is not valid JSON") != std::string::npos);
}

TEST_CASE("a date that is not a calendar date is reported, not guessed") {
    const DraftResult r = draft_from_article(
        "<html><head><meta property='article:published_time' content='1 December 2021'></head><body><p>Text.</p></body></html>",
        "page.html");
    REQUIRE(r.ok());
    CHECK_FALSE(r.debate->article.date.valid());
    CHECK(has_note(*r.debate, "The article's date is given as \"1 December 2021\" (article:published_time), which is not a "
                              "calendar date (YYYY-MM-DD): set it before publishing."));
}

TEST_CASE("a date that is almost a calendar date (month 43, 30 February) leaves no half of it behind: the draft saves and loads") {
    // Found by fuzz_draft: the year and month of "2024-43-13" stayed in the draft and were written as "2024-43".
    for (const char* date : {"2024-43-13T22:00:00Z", "2021-02-30", "2021-12-1x", "2021-00"}) {
        CAPTURE(date);
        const DraftResult r = draft_from_article(std::string("<html><head><meta property='article:published_time' content='") + date +
                                                     "'></head><body><p>Text.</p></body></html>",
                                                 "page.html");
        REQUIRE(r.ok());
        CHECK_FALSE(r.debate->article.date.valid());
        CHECK(r.debate->article.date.year == 0);
        CHECK(r.debate->article.date.month == 0);
        const std::string note = std::string("The article's date is given as \"") + date + "\"";
        CHECK(std::any_of(r.debate->editorial_notes.begin(), r.debate->editorial_notes.end(),
                          [&](const std::string& n) { return n.rfind(note, 0) == 0; }));
        const LoadResult reopened = load_debate_text(format_debate(*r.debate), "draft.json");
        CHECK(reopened.error_count() == 0);
        CHECK(reopened.ok());
    }
}

TEST_CASE("the fixture article's three bylines become speakers with their affiliations as written, and sections") {
    for (const char* name : {"old-town-cars.html", "old-town-cars.md", "old-town-cars.txt", "old-town-cars-wrapped.txt"}) {
        CAPTURE(name);
        const DraftResult r = draft_of(name);
        const Debate& d = *r.debate;
        REQUIRE(d.actors.size() == 3);
        CHECK(d.actors[0].id == "karin-lund");
        CHECK(d.actors[0].name == "Karin Lund");
        CHECK(d.actors[0].role == ActorRole::Commentator);
        CHECK(d.actors[0].affiliations == std::vector<std::string>{"Professor of Urban Planning, Norrvik University of Technology",
                                                                   "Associate Fellow, Nordic Mobility Institute, Oslo"});
        CHECK(d.actors[1].id == "tomas-eklund");
        CHECK(d.actors[1].affiliations == std::vector<std::string>{"Chief Economist at the Norrvik Chamber of Commerce"});
        CHECK(d.actors[2].id == "amira-haddad");
        CHECK(d.actors[2].affiliations == std::vector<std::string>{"former Head of Road Safety at the Swedish Transport Agency",
                                                                   "adviser to the European Transport Safety Council"});
        check_sections(d, {{"sec-intro", "Introduction", "", 0, 1},
                           {"sec-karin-lund", "Karin Lund", "karin-lund", 2, 6},
                           {"sec-tomas-eklund", "Tomas Eklund", "tomas-eklund", 7, 13},
                           {"sec-amira-haddad", "Amira Haddad", "amira-haddad", 14, 19}});
        // The pull quote in Lund's section is proposed as her key quote.
        REQUIRE(d.key_quotes.size() == 1);
        CHECK(d.key_quotes[0].id == "kq-karin-lund");
        CHECK(d.key_quotes[0].paragraph == 4);
        CHECK(d.key_quotes[0].actor == 0);
    }
}

TEST_CASE("lines that only look a little like bylines are not bylines") {
    const std::string text =
        "Stoltenberg, NATO Secretary General\n"                  // one word is not a name
        "Reply one.\n"
        "United States, Europe and the Arctic\n"                 // no title after the name
        "Reply two.\n"
        "The View From Here, Editor at Large\n"                  // a sentence's first word
        "Reply three.\n"
        "NATO Allies, Member States\n"                           // capitals throughout
        "Reply four.\n"
        "Karin Lund, Professor of Urban Planning.\n"             // ends as a sentence
        "Reply five.\n"
        "However, the Director said no\n"                        // one word before the comma
        "- Jane Doe, Senior Fellow at X\n"                       // a list item
        "Jane Roe, Senior Fellow at Y\n";                        // nothing follows it
    const DraftResult r = draft_from_article(text, "tricky.txt");
    REQUIRE(r.ok());
    CHECK(r.debate->actors.empty());
    CHECK(r.debate->article.sections.empty());
    for (const Paragraph& p : r.debate->article.paragraphs) CHECK(p.kind != ParagraphKind::Byline);
}

TEST_CASE("names with particles, initials and accents are bylines; ids are slugs, unique") {
    const std::string text =
        "Intro.\n"
        "Ursula von der Leyen, President of the European Commission\n"
        "Text one.\n"
        "J. R. Okafor, Senior Analyst, Lagos\n"
        "Text two.\n"
        "Jos\xC3\xA9 N\xC3\xBA\xC3\xB1""ez, Director, Instituto Elcano\n"
        "Text three.\n"
        "Jos\xC3\xA9 Nunez, Fellow\n"
        "Text four.\n";
    const DraftResult r = draft_from_article(text, "names.txt");
    REQUIRE(r.ok());
    const Debate& d = *r.debate;
    REQUIRE(d.actors.size() == 4);
    CHECK(d.actors[0].name == "Ursula von der Leyen");
    CHECK(d.actors[0].id == "ursula-von-der-leyen");
    CHECK(d.actors[1].name == "J. R. Okafor");
    CHECK(d.actors[1].affiliations == std::vector<std::string>{"Senior Analyst, Lagos"});
    CHECK(d.actors[2].id == "jose-nunez");
    CHECK(d.actors[3].id == "jose-nunez-2");
    CHECK(d.article.sections[4].id == "sec-jose-nunez-2");
}

TEST_CASE("the seed article: the three bylines and nothing else, paragraphs as in the shipped debate" *
          doctest::skip(!shared_seed_present())) {
    const std::string seed = read_file(std::string(DL_SHARED_DIR) + "/seed/article.txt");
    const DraftResult r = draft_from_article(seed, "article.txt");
    REQUIRE(r.ok());
    const Debate& d = *r.debate;
    const LoadResult shipped = load_debate_file(source_path("content/nato-guarantees-2021.json"));
    REQUIRE(shipped.ok());
    const Article& want = shipped.debate->article;
    // The shipped content's paragraphs are the seed's lines, bullets and shortcodes reduced as here.
    REQUIRE(d.article.paragraphs.size() == want.paragraphs.size());
    for (size_t i = 0; i < want.paragraphs.size(); ++i) {
        CAPTURE(want.paragraphs[i].id);
        CHECK(d.article.paragraphs[i].id == want.paragraphs[i].id);
        CHECK(d.article.paragraphs[i].text == want.paragraphs[i].text);
        CHECK(to_string(d.article.paragraphs[i].kind) == std::string(to_string(want.paragraphs[i].kind)));
    }
    REQUIRE(d.actors.size() == 3);
    const char* names[] = {"James Sherr", "Maria Avdeeva", "Hans Petter Midttun"};
    for (size_t k = 0; k < 3; ++k) {
        CAPTURE(names[k]);
        CHECK(d.actors[k].name == names[k]);
        const Actor& shipped_actor = shipped.debate->actors[static_cast<size_t>(shipped.debate->find_actor(
            k == 0 ? "sherr" : k == 1 ? "avdeeva" : "midttun"))];
        CHECK(d.actors[k].affiliations == shipped_actor.affiliations);
    }
    // Sections run to the next byline: the final bullets (p24-p26, which the editors gave an unnamed
    // author) stay in Midttun's section, with a note about the blank line before them.
    check_sections(d, {{"sec-intro", "Introduction", "", 0, 1},
                       {"sec-james-sherr", "James Sherr", "james-sherr", 2, 6},
                       {"sec-maria-avdeeva", "Maria Avdeeva", "maria-avdeeva", 7, 13},
                       {"sec-hans-petter-midttun", "Hans Petter Midttun", "hans-petter-midttun", 14, 25}});
    CHECK(has_note(d, "A blank line comes before p24 inside Hans Petter Midttun's section: check whether p24 onwards is still theirs."));
    CHECK(has_note(d, "The pull-quote shortcodes name the account \"euromaidanpress\": perhaps the publisher's (not used as the publisher)."));
    CHECK(d.article.title == "Draft from article");
    CHECK(d.article.title_note == "Working title from the file name: the article file has no headline.");
}

TEST_CASE("input that is not an article is refused with a message saying why") {
    struct Case {
        std::string bytes, name, words;
    };
    const Case cases[] = {
        {"", "empty.txt", "the file is empty"},
        {" \n\t\r\n", "blank.md", "the file is empty"},
        {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "article.pdf", "a PDF document"},
        {std::string("PK\x03\x04\x14\x00", 6) + "word/document.xml", "article.docx", "a Word .docx"},
        {std::string("\xFF\xFEH\0e\0l\0l\0o\0", 12), "utf16.txt", "UTF-16"},
        {std::string(4000, '\0') + "text", "zeros.bin", "binary data"},
        {"<html><head><title>t</title></head><body><nav><p>Home</p></nav></body></html>", "menu.html", "no article text found"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        const DraftResult r = draft_from_article(c.bytes, c.name);
        CHECK_FALSE(r.ok());
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].severity == Severity::Error);
        CHECK(r.diagnostics[0].file == c.name);
        CHECK_MESSAGE(r.diagnostics[0].message.find(c.words) != std::string::npos, r.diagnostics[0].message);
    }
}

TEST_CASE("hostile input gives diagnostics and a bounded draft, never a crash") {
    SUBCASE("deep nesting: not read past 256 levels inside the article, not parsed past 8192 open elements") {
        std::string page = "<html><body><article><p>Before.</p>\n";
        for (int i = 0; i < 50000; ++i) page += "<div>";
        page += "<p>Deep.</p>";
        const DraftResult r = draft_from_article(page, "deep.html");
        REQUIRE(r.ok());
        CHECK(r.debate->article.paragraphs.size() == 1);
        CHECK(r.debate->article.paragraphs[0].text == "Before.");
        REQUIRE(r.diagnostics.size() == 2);
        CHECK(r.diagnostics[0].format() ==
              "deep.html:2: warning: the page has elements nested more than 8192 deep here (no real page does): the rest of the "
              "page was not read");
        CHECK(r.diagnostics[1].format() ==
              "deep.html:2: warning: the page nests its markup more than 256 elements deep here: the text inside was left out");
        CHECK(has_note(*r.debate, "The page was read only up to line 2, where it has elements nested more than 8192 deep."));
    }
    SUBCASE("a tag with a hundred thousand attributes is not parsed (gumbo checks each against all before it)") {
        std::string page = "<p>Kept.</p>\n<p";
        for (int i = 0; i < 100000; ++i) page += " a" + std::to_string(i) + "='v>'";
        page += ">Lost.</p>";
        const DraftResult r = draft_from_article(page, "attributes.html");
        REQUIRE(r.ok());
        REQUIRE(r.debate->article.paragraphs.size() == 1);
        CHECK(r.debate->article.paragraphs[0].text == "Kept.");
        CHECK(only_diagnostic(r) ==
              "attributes.html:2: warning: the page has a tag with more than 1000 attributes here (no real page does): the rest "
              "of the page was not read");
    }
    SUBCASE("what looks like tags inside scripts and comments is not counted") {
        std::string page = "<script>var s = '";
        for (int i = 0; i < 20000; ++i) page += "<div>";
        page += "';</script><!-- ";
        for (int i = 0; i < 20000; ++i) page += "<b>";
        page += " --><p>Read.</p>";
        const DraftResult r = draft_from_article(page, "script.html");
        REQUIRE(r.ok());
        CHECK(r.diagnostics.empty());
        REQUIRE(r.debate->article.paragraphs.size() == 1);
        CHECK(r.debate->article.paragraphs[0].text == "Read.");
    }
    SUBCASE("a block inside a link ends the paragraph the link began in (found by fuzz_draft)") {
        const DraftResult r = draft_from_article("<p><a href='https://x.example/a'>one<div>two</div>three</a></p>", "link.html");
        REQUIRE(r.ok());
        REQUIRE(r.debate->article.paragraphs.size() == 3);
        CHECK(r.debate->article.paragraphs[2].text == "three");
    }
    SUBCASE("a Markdown link to an address of invalid UTF-8 (found by fuzz_draft): the draft still reloads") {
        const DraftResult r = draft_from_article("Text with [a link](https://x.example/\xA9\xA9) and [a ftp](ftp://y).\n", "links.md");
        REQUIRE(r.ok());
        CHECK(has_note(*r.debate, "Link in p01 (candidate evidence): \"a link\" https://x.example/\xEF\xBF\xBD\xEF\xBF\xBD"));
        CHECK_FALSE(has_note(*r.debate, "Link in p01 (candidate evidence): \"a ftp\" ftp://y"));
        CHECK(load_debate_text(format_debate(*r.debate), "links.json").error_count() == 0);
    }
    SUBCASE("inline nesting, unclosed formatting tags") {
        std::string page = "<p>";
        for (int i = 0; i < 20000; ++i) page += "<b><i>x";
        const DraftResult r = draft_from_article(page, "bold.html");
        REQUIRE(r.ok());
        CHECK(r.debate->article.paragraphs.size() == 1);
    }
    SUBCASE("a huge attribute and NUL bytes") {
        std::string page = "<html><body><p title=\"" + std::string(4u << 20, 'a') + "\">Te";
        page += std::string("\0", 1) + "xt</p><p>Second" + std::string("\0\0", 2) + " one</p>";
        const DraftResult r = draft_from_article(page, "huge.html");
        REQUIRE(r.ok());
        REQUIRE(r.debate->article.paragraphs.size() == 2);
        CHECK(r.debate->article.paragraphs[0].text.find('\0') == std::string::npos);
        CHECK(r.debate->article.paragraphs[1].text.find('\0') == std::string::npos);
    }
    SUBCASE("invalid UTF-8 becomes U+FFFD, with one warning at the first bad byte") {
        const std::string text = "Fine line.\nCaf\xE9 cr\xE8me and \xC3\xA9 ok.\nLast \xFF line.\n";
        const DraftResult r = draft_from_article(text, "latin1.txt");
        REQUIRE(r.ok());
        REQUIRE(r.debate->article.paragraphs.size() == 3);
        CHECK(r.debate->article.paragraphs[1].text == "Caf\xEF\xBF\xBD cr\xEF\xBF\xBDme and \xC3\xA9 ok.");
        CHECK(only_diagnostic(r) ==
              "latin1.txt:2: warning: the file is not valid UTF-8 here (3 bad bytes in all); each became \xEF\xBF\xBD. Was it "
              "saved in another encoding, such as Windows-1252? Save it as UTF-8 and make the draft again");
    }
    SUBCASE("more paragraphs than a debate may hold") {
        LoadLimits limits;
        limits.max_paragraphs = 100;
        std::string text;
        for (int i = 0; i < 150; ++i) text += "Paragraph " + std::to_string(i) + ".\n";
        const DraftResult r = draft_from_article(text, "long.txt", limits);
        CHECK_FALSE(r.ok());
        CHECK(only_diagnostic(r) ==
              "long.txt:101: the article has more than 100 paragraphs, the most a debate can hold: no draft is made (split the "
              "article?)");
    }
    SUBCASE("a paragraph longer than a debate allows is cut, said in a warning and a note") {
        LoadLimits limits;
        limits.max_string_bytes = 1000;
        const DraftResult r = draft_from_article("Short.\n" + std::string(5000, 'w') + "\n", "wide.txt", limits);
        REQUIRE(r.ok());
        CHECK(r.debate->article.paragraphs[1].text.size() <= 1000);
        CHECK(only_diagnostic(r).rfind("wide.txt:2: warning: a paragraph of 5000 bytes is longer than the 1000", 0) == 0);
        CHECK(has_note(*r.debate, "The paragraph from line 2 was cut to 1000 bytes, the longest a paragraph may be: it is not verbatim any more."));
    }
    SUBCASE("a file over the size limit") {
        LoadLimits limits;
        limits.max_file_bytes = 64;
        const DraftResult r = draft_from_article(std::string(100, 'a'), "big.txt", limits);
        CHECK_FALSE(r.ok());
        CHECK(only_diagnostic(r) == "big.txt: the file is 100 bytes; the limit is 64");
    }
    SUBCASE("Markdown nested ten thousand quotes deep, and JSON-LD nested past the reader's depth") {
        const DraftResult md = draft_from_article(std::string(10000, '>') + " deep\n\nflat\n", "deep.md");
        REQUIRE(md.ok());
        CHECK(md.debate->article.paragraphs.back().text == "flat");
        std::string ld = "<script type='application/ld+json'>" + std::string(5000, '[') + "</script><p>Body.</p>";
        const DraftResult html = draft_from_article(ld, "ld.html");
        REQUIRE(html.ok());
        REQUIRE(html.diagnostics.size() == 1);
        CHECK(html.diagnostics[0].message.find("JSON-LD metadata is not valid JSON") != std::string::npos);
    }
}

TEST_CASE("every draft, written in the canonical layout, loads with warnings and no errors") {
    struct Case {
        std::string name;
        std::vector<std::string> warnings;  // the diagnostics of the reloaded draft, in order
    };
    const std::string claims = "draft.json:/claims: warning: no claims yet: this is a draft (select words in the article to make the first claim)";
    const std::string date = "draft.json:/article/date: warning: no date yet: this is a draft (set the article's publication date before publishing)";
    const std::string actors = "draft.json:/actors: warning: no speakers yet: this is a draft (add the people the article quotes)";
    const Case cases[] = {{"old-town-cars.html", {claims}},
                          {"old-town-cars.md", {date, claims}},
                          {"old-town-cars.txt", {date, claims}},
                          {"old-town-cars-wrapped.txt", {date, claims}},
                          {"graph-jsonld.html", {actors, claims}},
                          {"title-only.html", {date, actors, claims}}};
    for (const Case& c : cases) {
        CAPTURE(c.name);
        const DraftResult r = draft_of(c.name);
        const LoadResult reopened = load_debate_text(format_debate(*r.debate), "draft.json");
        CHECK(reopened.error_count() == 0);
        REQUIRE_MESSAGE(reopened.ok(), reopened.summary());
        std::vector<std::string> got;
        for (const auto& d : reopened.diagnostics) got.push_back(d.format());
        CHECK(got == c.warnings);
        // Field for field, the derived indexes too: the struct the draft maker builds is the debate.
        CHECK(debate_difference(*r.debate, *reopened.debate) == "");
    }
}

}  // TEST_SUITE
