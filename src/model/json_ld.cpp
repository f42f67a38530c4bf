// JSON-LD export. Each node is written once in the @graph and referred to by @id, so the output
// stays linear in the debate however many claims share an author or an article.
#include "model/json_ld.h"

#include <nlohmann/json.hpp>

namespace dl {

namespace {
using nlohmann::json;

// The IRI every node hangs from: the article's URL without its fragment, or a URN naming the
// debate when the content gives no URL (an invented web address would point readers nowhere).
std::string base_iri(const Debate& d) {
    if (d.article.url.empty()) return "urn:debatelens:" + d.id;
    return d.article.url.substr(0, d.article.url.find('#'));
}

std::string article_iri(const Debate& d) { return d.article.url.empty() ? base_iri(d) + "#article" : base_iri(d); }
std::string actor_iri(const Debate& d, const Actor& a) { return base_iri(d) + "#actor-" + a.id; }
std::string claim_iri(const Debate& d, const Claim& c) { return base_iri(d) + "#claim-" + c.id; }
json node_ref(const std::string& iri) { return {{"@id", iri}}; }

json news_article(const Debate& d) {
    const Article& a = d.article;
    json n = {{"@type", "NewsArticle"},
              {"@id", article_iri(d)},
              {"headline", a.title},
              {"publisher", {{"@type", "Organization"}, {"name", a.publisher}}},
              {"datePublished", a.date.to_string()},
              {"inLanguage", a.language}};
    if (!a.url.empty()) n["url"] = a.url;
    return n;
}

// The format does not say whether an actor is a person or an organisation; those it holds speak
// for themselves, so Person. An unnamed actor gets no name at all: the description says what the
// source does and does not tell.
json person(const Debate& d, const Actor& a) {
    json p = {{"@type", "Person"}, {"@id", actor_iri(d, a)}};
    if (a.unnamed) {
        p["description"] = "Unattributed: the source does not name this author. " + a.description;
        return p;
    }
    p["name"] = a.name;
    if (!a.description.empty()) p["description"] = a.description;
    std::string affiliations;
    for (const auto& f : a.affiliations) affiliations += (affiliations.empty() ? "" : "; ") + f;
    if (!affiliations.empty()) p["disambiguatingDescription"] = affiliations;
    return p;
}

json claim(const Debate& d, const Claim& c) {
    json n = {{"@type", "Claim"},
              {"@id", claim_iri(d, c)},
              {"text", c.quote},
              {"abstract", c.summary},
              {"author", node_ref(actor_iri(d, d.actors[c.actor]))},
              {"appearance", node_ref(article_iri(d))},
              {"firstAppearance", node_ref(article_iri(d))},
              {"inLanguage", d.article.language}};
    if (c.attribution == Attribution::Paraphrase)
        n["description"] = "The text is the article's paraphrase of the author's words, not a quotation.";
    return n;
}

json claim_review(const Debate& d, const Claim& c) {
    const Review& r = *c.review;
    json n = {{"@type", "ClaimReview"},
              {"@id", base_iri(d) + "#review-" + c.id},
              {"claimReviewed", c.quote},
              {"itemReviewed", node_ref(claim_iri(d, c))},
              {"reviewRating", {{"@type", "Rating"}, {"alternateName", r.rating}}},
              {"author", {{"@type", "Organization"}, {"name", r.reviewer}}},
              {"url", r.url}};
    if (r.date.valid()) n["datePublished"] = r.date.to_string();
    return n;
}
}  // namespace

std::string export_json_ld(const Debate& d) {
    json graph = json::array({news_article(d)});
    std::vector<bool> speaks(d.actors.size(), false);
    for (const Claim& c : d.claims) speaks[c.actor] = true;
    for (size_t a = 0; a < d.actors.size(); ++a)
        if (speaks[a]) graph.push_back(person(d, d.actors[a]));
    for (const Claim& c : d.claims) {
        graph.push_back(claim(d, c));
        if (c.review) graph.push_back(claim_review(d, c));
    }
    const json doc = {{"@context", "https://schema.org"}, {"@graph", std::move(graph)}};
    // The loader only admits valid UTF-8; replacing bad bytes is the second lock, as dump() would abort.
    return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace dl
