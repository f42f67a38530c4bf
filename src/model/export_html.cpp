// HTML export: headings, the questions with each actor's position, the claims with their exact
// quotes and attributions, relations as in-page links, evidence and timeline.
#include "model/export_html.h"
#include "model/query.h"
#include "model/text.h"

namespace dl {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

namespace {
// Only http(s) links leave the page (the loader already refuses others; this is the second lock).
std::string link(const std::string& url, const std::string& text) {
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return html_escape(text);
    return "<a href=\"" + html_escape(url) + "\" rel=\"noopener noreferrer\" target=\"_blank\">" + html_escape(text) + "</a>";
}

std::string claim_anchor(const Debate& d, int c) { return "dl-claim-" + d.claims[c].id; }
// How much of another item's text a cross-reference repeats: keeps the page linear in the file.
constexpr size_t kRefBytes = 160;
}  // namespace

std::string export_html_fragment(const Debate& d) {
    std::string h;
    const Article& a = d.article;
    h += "<section class=\"debatelens-text\" lang=\"" + html_escape(a.language) + "\">\n";
    h += "<h2>" + html_escape(d.title) + "</h2>\n";
    h += "<p>From " + link(a.url, "\u201C" + a.title + "\u201D") + ", " + html_escape(a.publisher) + ", " +
         html_escape(a.date.to_display()) + ".</p>\n";
    if (!d.summary.empty()) h += "<p>" + html_escape(d.summary) + "</p>\n";

    h += "<h3>Who takes part</h3>\n<ul>\n";
    for (const Actor& actor : d.actors) {
        h += "<li><strong>" + html_escape(actor.name) + "</strong> (" + html_escape(label(actor.role));
        for (const auto& f : actor.affiliations) h += "; " + html_escape(f);
        h += ")";
        if (!actor.description.empty()) h += ": " + html_escape(actor.description);
        h += "</li>\n";
    }
    h += "</ul>\n";

    h += "<h3>The questions and where each stands</h3>\n";
    const std::vector<int> actors = stance_matrix_actors(d);
    for (size_t q = 0; q < d.questions.size(); ++q) {
        h += "<h4>" + html_escape(d.questions[q].text) + "</h4>\n<dl>\n";
        for (int actor : actors) {
            const Stance* s = d.stance(actor, static_cast<int>(q));
            if (!s) continue;
            h += "<dt>" + html_escape(d.actors[actor].name) + ": " + html_escape(label(s->leaning)) + "</dt>\n<dd>" +
                 html_escape(s->position);
            // Each link says where it leads: the claim, by its summary.
            for (int c : s->claims)
                h += " <a href=\"#" + claim_anchor(d, c) + "\">(the quote: " + html_escape(d.claims[c].summary) + ")</a>";
            h += "</dd>\n";
        }
        h += "</dl>\n";
    }

    h += "<h3>Claims, in the article's words</h3>\n<ol>\n";
    for (size_t i = 0; i < d.claims.size(); ++i) {
        const Claim& c = d.claims[i];
        h += "<li id=\"" + claim_anchor(d, static_cast<int>(i)) + "\"><p><strong>" + html_escape(d.actors[c.actor].name) +
             "</strong> (" + html_escape(label(c.kind));
        if (c.attribution == Attribution::Paraphrase) h += ", paraphrased by the article";
        h += "): " + html_escape(c.summary) + "</p>\n<blockquote><p>" + html_escape(c.quote) + "</p></blockquote>\n";
        if (c.review) {
            // The reviewer's verdict in their words, linked to where they publish it.
            h += "<p class=\"debatelens-review\">" + link(c.review->url, review_label(*c.review));
            if (c.review->date.valid())
                h += " (<time datetime=\"" + c.review->date.to_string() + "\">" + html_escape(c.review->date.to_display()) + "</time>)";
            h += ".</p>\n";
        }
        const auto& out = d.graph.outgoing[i];
        if (!out.empty()) {
            h += "<p>";
            for (size_t k = 0; k < out.size(); ++k) {
                const Relation& r = d.relations[out[k]];
                // Cross-references quote the other claim's summary only in part (it is given in full at
                // its anchor): 400 000 relations to one claim with a 64 KiB summary would be 26 GB.
                h += std::string(k ? "; " : "") + "It " + html_escape(label(r.type)) + " <a href=\"#" + claim_anchor(d, r.to) +
                     "\">" + html_escape(elide(d.actors[d.claims[r.to].actor].name, kRefBytes)) + ": " +
                     html_escape(elide(d.claims[r.to].summary, kRefBytes)) + "</a>";
            }
            h += ".</p>\n";
        }
        if (!c.evidence.empty()) {
            h += "<p>Evidence cited: ";
            for (size_t k = 0; k < c.evidence.size(); ++k)
                h += std::string(k ? "; " : "") + html_escape(elide(d.evidence[c.evidence[k]].title, kRefBytes));
            h += ".</p>\n";
        }
        h += "</li>\n";
    }
    h += "</ol>\n";

    if (!d.evidence.empty()) {
        h += "<h3>Evidence</h3>\n<ul>\n";
        for (const Evidence& e : d.evidence) {
            h += "<li>" + link(e.url, e.title);
            if (e.date.valid()) h += " (" + html_escape(e.date.to_display()) + ")";
            if (!e.description.empty()) h += ": " + html_escape(e.description);
            h += "</li>\n";
        }
        h += "</ul>\n";
    }
    if (!d.timeline.empty()) {
        h += "<h3>Timeline</h3>\n<ul>\n";
        const TimelineAxis axis = timeline_axis(d);
        for (int e : axis.order)
            h += "<li><time datetime=\"" + d.timeline[e].date.to_string() + "\">" + html_escape(d.timeline[e].date.to_display()) +
                 "</time>: " + html_escape(d.timeline[e].label) + "</li>\n";
        h += "</ul>\n";
    }
    if (!d.editorial_notes.empty()) {
        h += "<h3>Editorial notes</h3>\n<ul>\n";
        for (const auto& n : d.editorial_notes) h += "<li>" + html_escape(n) + "</li>\n";
        h += "</ul>\n";
    }
    h += "<p>Content version " + html_escape(d.content_version) + ".</p>\n</section>\n";
    return h;
}

std::string export_html_document(const Debate& d) {
    return "<!DOCTYPE html>\n<html lang=\"" + html_escape(d.article.language) +
           "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
           html_escape(d.title) + "</title>\n</head>\n<body>\n<main>\n" + export_html_fragment(d) + "</main>\n</body>\n</html>\n";
}

}  // namespace dl
