// HTML export: semantic, complete (every quote), and safe (every string escaped, only http(s) links).
#include "test_support.h"
#include "model/export_html.h"

using namespace dl;
using namespace dl::test;
using nlohmann::json;

TEST_CASE("html_escape neutralises markup") {
    CHECK(html_escape("<script>alert('x') & \"y\"</script>") ==
          "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    CHECK(html_escape("Zoë “quoted”") == "Zoë “quoted”");
}

TEST_CASE("the export holds every claim's quote and every question") {
    const LoadResult r = load_debate_file(source_path("content/nato-guarantees-2021.json"));
    REQUIRE(r.ok());
    const std::string html = export_html_document(*r.debate);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    for (const Claim& c : r.debate->claims) {
        CAPTURE(c.id);
        CHECK(html.find(html_escape(c.quote)) != std::string::npos);
        CHECK(html.find("id=\"dl-claim-" + c.id + "\"") != std::string::npos);
    }
    for (const Question& q : r.debate->questions) CHECK(html.find(html_escape(q.text)) != std::string::npos);
    // Relations are in-page links to claims that exist.
    size_t at = 0;
    int links = 0;
    while ((at = html.find("href=\"#dl-claim-", at)) != std::string::npos) {
        const size_t end = html.find('"', at + 6);
        const std::string id = html.substr(at + 16, end - at - 16);
        CHECK(r.debate->find_claim(id) >= 0);
        ++links;
        at = end;
    }
    CHECK(links >= static_cast<int>(r.debate->relations.size()));
}

TEST_CASE("hostile text in every field comes out as text, never markup") {
    const std::string evil = "<img src=x onerror=alert(1)><script>alert(2)</script>\"'&";
    json d = library();
    d["title"] = evil;
    d["summary"] = evil;
    d["editorial_notes"] = {evil};
    d["article"]["title"] = evil;
    d["article"]["publisher"] = evil;
    d["article"]["paragraphs"][1]["text"] = std::string(d["article"]["paragraphs"][1]["text"]) + evil;
    for (auto& a : d["actors"]) {
        a["name"] = evil + a["id"].get<std::string>();
        a["description"] = evil;
        a["affiliations"] = {evil};
    }
    d["questions"][0]["text"] = evil;
    for (auto& c : d["claims"]) c["summary"] = evil;
    d["claims"][1]["quote"] = evil;
    d["claims"][1]["paragraph"] = "p02";
    d["claims"][1].erase("range");
    d["stances"][0]["position"] = evil;
    d["evidence"] = {{{"id", "e1"}, {"title", evil}, {"kind", "document"}, {"description", evil}, {"url", "https://example.org/?a=1&b='x'"}}};
    d["timeline"] = {{{"id", "t1"}, {"date", "2024-05-01"}, {"label", evil}}};
    const LoadResult r = load_debate_text(d.dump(), "evil.json");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    const std::string html = export_html_document(*r.debate);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("onerror=alert(1)>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(2)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("href=\"https://example.org/?a=1&amp;b=&#39;x&#39;\" rel=\"noopener noreferrer\"") != std::string::npos);
}
