// Field-for-field comparison of two debates for the tests: the first difference found, named by
// its place ("claims/3/summary"), or empty when the debates are equal. Written field by field,
// independently of the writer and the loader, so that a round trip through them is really checked.
// The derived data (id maps, graph, stance index) is compared too; source_path is not.
#pragma once

#include "model/debate.h"

#include <sstream>
#include <string>
#include <vector>

namespace dl::test {

class DebateComparer {
public:
    std::string difference;

    template <class T>
    void same(const std::string& place, const T& a, const T& b) {
        if (!difference.empty() || a == b) return;
        std::ostringstream s;
        s << place << ": ";
        print(s, a);
        s << " vs ";
        print(s, b);
        difference = s.str();
    }
    template <class T, class F>
    void same_list(const std::string& place, const std::vector<T>& a, const std::vector<T>& b, F compare_item) {
        same(place + " (count)", a.size(), b.size());
        for (size_t i = 0; i < a.size() && i < b.size() && difference.empty(); ++i) compare_item(place + "/" + std::to_string(i), a[i], b[i]);
    }
    void same_date(const std::string& place, const PartialDate& a, const PartialDate& b) {
        same(place + "/year", a.year, b.year);
        same(place + "/month", a.month, b.month);
        same(place + "/day", a.day, b.day);
    }
    void same_extras(const std::string& place, const Extras& a, const Extras& b) {
        same_list(place + "/extras", a, b, [&](const std::string& p, const ExtraField& x, const ExtraField& y) {
            same(p + "/key", x.key, y.key);
            same(p + "/json", x.json, y.json);
        });
    }

private:
    template <class T>
    static void print(std::ostringstream& s, const T& v) {
        if constexpr (std::is_enum_v<T>) s << static_cast<int>(v);
        else if constexpr (std::is_same_v<T, std::string>) s << '"' << v << '"';
        else if constexpr (std::is_arithmetic_v<T>) s << v;
        else if constexpr (std::is_same_v<T, std::vector<int>>) {
            s << '[';
            for (size_t i = 0; i < v.size(); ++i) s << (i ? "," : "") << v[i];
            s << ']';
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
            s << v.size() << " strings";
        } else {
            s << "(differs)";
        }
    }
};

inline std::string debate_difference(const Debate& a, const Debate& b) {
    DebateComparer c;
    c.same("schema", a.schema, b.schema);
    c.same("id", a.id, b.id);
    c.same("content_version", a.content_version, b.content_version);
    c.same("title", a.title, b.title);
    c.same("summary", a.summary, b.summary);
    c.same("editorial_notes", a.editorial_notes, b.editorial_notes);
    c.same_extras("", a.extras, b.extras);
    const Article &x = a.article, &y = b.article;
    c.same("article/title", x.title, y.title);
    c.same("article/title_note", x.title_note, y.title_note);
    c.same("article/publisher", x.publisher, y.publisher);
    c.same("article/language", x.language, y.language);
    c.same("article/url", x.url, y.url);
    c.same_date("article/date", x.date, y.date);
    c.same_extras("article", x.extras, y.extras);
    c.same_list("article/paragraphs", x.paragraphs, y.paragraphs, [&](const std::string& p, const Paragraph& u, const Paragraph& v) {
        c.same(p + "/id", u.id, v.id);
        c.same(p + "/text", u.text, v.text);
        c.same(p + "/kind", u.kind, v.kind);
        c.same(p + "/section", u.section, v.section);
        c.same_extras(p, u.extras, v.extras);
    });
    c.same_list("article/sections", x.sections, y.sections, [&](const std::string& p, const Section& u, const Section& v) {
        c.same(p + "/id", u.id, v.id);
        c.same(p + "/label", u.label, v.label);
        c.same(p + "/actor", u.actor, v.actor);
        c.same(p + "/paragraphs", u.paragraphs, v.paragraphs);
        c.same_extras(p, u.extras, v.extras);
    });
    c.same_list("actors", a.actors, b.actors, [&](const std::string& p, const Actor& u, const Actor& v) {
        c.same(p + "/id", u.id, v.id);
        c.same(p + "/name", u.name, v.name);
        c.same(p + "/description", u.description, v.description);
        c.same(p + "/role", u.role, v.role);
        c.same(p + "/affiliations", u.affiliations, v.affiliations);
        c.same(p + "/unnamed", u.unnamed, v.unnamed);
        c.same_extras(p, u.extras, v.extras);
    });
    c.same_list("questions", a.questions, b.questions, [&](const std::string& p, const Question& u, const Question& v) {
        c.same(p + "/id", u.id, v.id);
        c.same(p + "/text", u.text, v.text);
        c.same(p + "/short", u.short_label, v.short_label);
        c.same_extras(p, u.extras, v.extras);
    });
    c.same_list("claims", a.claims, b.claims, [&](const std::string& p, const Claim& u, const Claim& v) {
        c.same(p + "/id", u.id, v.id);
        c.same(p + "/actor", u.actor, v.actor);
        c.same(p + "/attribution", u.attribution, v.attribution);
        c.same(p + "/summary", u.summary, v.summary);
        c.same(p + "/kind", u.kind, v.kind);
        c.same(p + "/quote", u.quote, v.quote);
        c.same(p + "/paragraph", u.paragraph, v.paragraph);
        c.same(p + "/quote_begin", u.quote_begin, v.quote_begin);
        c.same(p + "/quote_end", u.quote_end, v.quote_end);
        c.same(p + "/evidence", u.evidence, v.evidence);
        c.same(p + "/questions", u.questions, v.questions);
        c.same(p + "/review (present)", u.review.has_value(), v.review.has_value());
        if (u.review && v.review) {
            c.same(p + "/review/rating", u.review->rating, v.review->rating);
            c.same(p + "/review/reviewer", u.review->reviewer, v.review->reviewer);
            c.same(p + "/review/url", u.review->url, v.review->url);
            c.same_date(p + "/review/date", u.review->date, v.review->date);
            c.same_extras(p + "/review", u.review->extras, v.review->extras);
        }
        c.same_extras(p, u.extras, v.extras);
    });
    c.same_list("relations", a.relations, b.relations, [&](const std::string& p, const Relation& u, const Relation& v) {
        c.same(p + "/from", u.from, v.from);
        c.same(p + "/to", u.to, v.to);
        c.same(p + "/type", u.type, v.type);
        c.same(p + "/note", u.note, v.note);
        c.same_extras(p, u.extras, v.extras);
    });
    c.same_list("evidence", a.evidence, b.evidence, [&](const std::string& p, const Evidence& u, const Evidence& v) {
        c.same(p + "/id", u.id, v.id);
        c.same(p + "/title", u.title, v.title);
        c.same(p + "/url", u.url, v.url);
        c.same(p + "/description", u.description, v.description);
        c.same(p + "/kind", u.kind, v.kind);
        c.same_date(p + "/date", u.date, v.date);
        c.same(p + "/source", u.source, v.source);
        c.same_extras(p, u.extras, v.extras);
    });
    c.same_list("stances", a.stances, b.stances, [&](const std::string& p, const Stance& u, const Stance& v) {
        c.same(p + "/actor", u.actor, v.actor);
        c.same(p + "/question", u.question, v.question);
        c.same(p + "/leaning", u.leaning, v.leaning);
        c.same(p + "/position", u.position, v.position);
        c.same(p + "/claims", u.claims, v.claims);
        c.same_extras(p, u.extras, v.extras);
    });
    c.same_list("timeline", a.timeline, b.timeline, [&](const std::string& p, const TimelineEvent& u, const TimelineEvent& v) {
        c.same(p + "/id", u.id, v.id);
        c.same(p + "/label", u.label, v.label);
        c.same_date(p + "/date", u.date, v.date);
        c.same(p + "/evidence", u.evidence, v.evidence);
        c.same(p + "/claims", u.claims, v.claims);
        c.same(p + "/source", u.source, v.source);
        c.same_extras(p, u.extras, v.extras);
    });
    c.same_list("key_quotes", a.key_quotes, b.key_quotes, [&](const std::string& p, const KeyQuote& u, const KeyQuote& v) {
        c.same(p + "/id", u.id, v.id);
        c.same(p + "/paragraph", u.paragraph, v.paragraph);
        c.same(p + "/actor", u.actor, v.actor);
        c.same_extras(p, u.extras, v.extras);
    });
    // Derived data.
    c.same("graph/outgoing", a.graph.outgoing, b.graph.outgoing);
    c.same("graph/incoming", a.graph.incoming, b.graph.incoming);
    c.same("stance_index", a.stance_index, b.stance_index);
    c.same("claim_ids", a.claim_ids, b.claim_ids);
    c.same("actor_ids", a.actor_ids, b.actor_ids);
    c.same("evidence_ids", a.evidence_ids, b.evidence_ids);
    c.same("question_ids", a.question_ids, b.question_ids);
    c.same("paragraph_ids", a.paragraph_ids, b.paragraph_ids);
    return c.difference;
}

}  // namespace dl::test
