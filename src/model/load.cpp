// Debate loader and validator: the bounded JSON reader's document, read field by field.
// [SECTION] Field readers that record problems with their JSON path
// [SECTION] Reading each part of the debate
// [SECTION] Cross-checks (stances complete, quotes verbatim) and derived indices
#include "model/load.h"
#include "model/enums.h"
#include "model/json_reader.h"
#include "model/text.h"

#include <algorithm>
#include <memory>
#include <unordered_set>

namespace dl {

size_t LoadResult::error_count() const {
    return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                              [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::string LoadResult::summary() const {
    std::string s;
    for (const auto& d : diagnostics) s += d.format() + "\n";
    return s;
}

bool is_web_url(const std::string& s) {
    auto starts = [&](const char* p) {
        const size_t n = std::char_traits<char>::length(p);
        if (s.size() <= n) return false;
        for (size_t i = 0; i < n; ++i)
            if (std::tolower(static_cast<unsigned char>(s[i])) != p[i]) return false;
        return true;
    };
    if (!starts("http://") && !starts("https://")) return false;
    for (unsigned char c : s)
        if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\') return false;
    return true;
}

namespace {

bool is_slug(const std::string& s) {
    if (s.empty() || s.size() > 64) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
        if (!ok) return false;
    }
    return true;
}

class Checker {
public:
    Checker(std::string file, const LoadLimits& limits, std::vector<Diagnostic>& out)
        : limits_(limits), sink_(std::move(file), limits.max_diagnostics, out) {}

    void error(const std::string& path, std::string message) { sink_.error(path, std::move(message)); }
    void warn(const std::string& path, std::string message) { sink_.warn(path, std::move(message)); }

    // Warn about fields this version does not know (newer files stay readable).
    void known_keys(const JsonValue& obj, const std::string& path, std::initializer_list<const char*> known) {
        for (size_t i = 0; i < obj.size(); ++i) {
            if (full()) return;  // nothing more can be reported: spare building the messages
            const std::string_view key = obj.key(i);
            const bool ok = std::any_of(known.begin(), known.end(), [&](const char* k) { return key == k; });
            if (!ok) warn(path + "/" + json_pointer_token(key), "unknown field \"" + elide(key, 40) + "\" is ignored");
        }
    }

    const JsonValue* field(const JsonValue& obj, const char* key, const std::string& path, bool required) {
        const JsonValue* v = obj.find(key);
        if (!v && required) error(path + "/" + key, "required field is missing");
        return v;
    }

    bool text(const JsonValue& obj, const char* key, const std::string& path, std::string& out, bool required,
              bool allow_empty = false) {
        const JsonValue* v = field(obj, key, path, required);
        if (!v) return false;
        if (!v->is_string()) {
            error(path + "/" + key, std::string("must be a string, not ") + json_type_name(*v));
            return false;
        }
        const std::string_view s = v->str();
        if (s.find('\0') != std::string::npos) {
            error(path + "/" + key, "contains a NUL character");
            return false;
        }
        if (!allow_empty && s.find_first_not_of(" \t\r\n") == std::string::npos) {
            error(path + "/" + key, "must not be empty");
            return false;
        }
        out.assign(s.data(), s.size());
        return true;
    }

    bool id(const JsonValue& obj, const std::string& path, std::string& out) {
        if (!text(obj, "id", path, out, true)) return false;
        if (!is_slug(out)) {
            error(path + "/id", "\"" + elide(out, 40) +
                                    "\" is not a valid id: use lowercase letters, digits and '-', at most 64 characters");
            return false;
        }
        return true;
    }

    template <class E>
    bool choice(const JsonValue& obj, const char* key, const std::string& path, E& out, bool required) {
        std::string s;
        if (!text(obj, key, path, s, required)) return false;
        if (!parse_enum(s, out)) {
            error(path + "/" + key, "\"" + elide(s, 40) + "\" is not one of " + enum_choices<E>());
            return false;
        }
        return true;
    }

    bool flag(const JsonValue& obj, const char* key, const std::string& path, bool& out) {
        const JsonValue* v = field(obj, key, path, false);
        if (!v) return false;
        if (!v->is_boolean()) {
            error(path + "/" + key, std::string("must be true or false, not ") + json_type_name(*v));
            return false;
        }
        out = v->boolean();
        return true;
    }

    bool date(const JsonValue& obj, const char* key, const std::string& path, PartialDate& out, bool required) {
        std::string s;
        if (!text(obj, key, path, s, required)) return false;
        if (!parse_partial_date(s, out)) {
            error(path + "/" + key, "\"" + elide(s, 40) + "\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
            return false;
        }
        return true;
    }

    bool url(const JsonValue& obj, const char* key, const std::string& path, std::string& out, bool required = false) {
        std::string s;
        if (!text(obj, key, path, s, required)) return false;
        if (!is_web_url(s)) {
            error(path + "/" + key, "\"" + elide(s, 60) + "\" is not allowed: links must be http:// or https:// URLs");
            return false;
        }
        out = s;
        return true;
    }

    const JsonValue* array(const JsonValue& obj, const char* key, const std::string& path, bool required, size_t max) {
        const JsonValue* v = field(obj, key, path, required);
        if (!v) return nullptr;
        const std::string p = path + "/" + key;
        if (!v->is_array()) {
            error(p, std::string("must be a list, not ") + json_type_name(*v));
            return nullptr;
        }
        if (v->size() > max) {
            error(p, "has " + std::to_string(v->size()) + " items; the limit is " + std::to_string(max));
            return nullptr;
        }
        return v;
    }

    bool object(const JsonValue& v, const std::string& path) {
        if (v.is_object()) return true;
        error(path, std::string("must be an object, not ") + json_type_name(v));
        return false;
    }

    std::vector<std::string> strings(const JsonValue& obj, const char* key, const std::string& path) {
        std::vector<std::string> out;
        const JsonValue* a = array(obj, key, path, false, limits_.max_list);
        if (!a) return out;
        for (size_t i = 0; i < a->size(); ++i) {
            const JsonValue& v = (*a)[i];
            if (!v.is_string()) {
                error(path + "/" + key + "/" + std::to_string(i), std::string("must be a string, not ") + json_type_name(v));
                continue;
            }
            if (v.str().find('\0') != std::string_view::npos) {
                error(path + "/" + key + "/" + std::to_string(i), "contains a NUL character");
                continue;
            }
            out.emplace_back(v.str());
        }
        return out;
    }

    // Resolves a list of ids against an index; reports each one that does not exist.
    std::vector<int> refs(const JsonValue& obj, const char* key, const std::string& path,
                          const std::unordered_map<std::string, int>& index, const char* what) {
        std::vector<int> out;
        const auto ids = strings(obj, key, path);
        std::unordered_set<int> seen;  // for long lists only: a linear scan is quicker for short ones
        for (size_t i = 0; i < ids.size(); ++i) {
            const int r = resolve(ids[i], index);
            if (r < 0) {
                if (!full())
                    error(path + "/" + key + "/" + std::to_string(i), "no " + std::string(what) + " has the id \"" + elide(ids[i], 40) + "\"");
                else
                    error(path, "");  // counted, not shown
                continue;
            }
            const bool repeated = ids.size() <= 16 ? std::find(out.begin(), out.end(), r) != out.end() : !seen.insert(r).second;
            if (!repeated) out.push_back(r);
        }
        return out;
    }

    int ref(const JsonValue& obj, const char* key, const std::string& path, const std::unordered_map<std::string, int>& index,
            const char* what, bool required) {
        std::string s;
        if (!text(obj, key, path, s, required)) return -1;
        const int r = resolve(s, index);
        if (r < 0) error(path + "/" + key, "no " + std::string(what) + " has the id \"" + elide(s, 40) + "\"");
        return r;
    }

    static int resolve(const std::string& id, const std::unordered_map<std::string, int>& index) {
        auto it = index.find(id);
        return it == index.end() ? -1 : it->second;
    }

    const LoadLimits& limits() const { return limits_; }
    // True once max_diagnostics were reported: later problems are only counted.
    bool full() const { return sink_.full(); }

private:
    const LoadLimits& limits_;
    DiagnosticSink sink_;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Reading each part of the debate
// ---------------------------------------------------------------------------------------------

// First pass over a list of items: record their ids so that any item may refer to any other.
std::unordered_map<std::string, int> collect_ids(Checker& c, const JsonValue* list, const std::string& path,
                                                 std::vector<std::string>& ids_out) {
    std::unordered_map<std::string, int> index;
    if (!list) return index;
    ids_out.assign(list->size(), std::string());
    for (size_t i = 0; i < list->size(); ++i) {
        const JsonValue& item = (*list)[i];
        const std::string p = path + "/" + std::to_string(i);
        if (!item.is_object()) continue;  // reported in the second pass
        std::string id;
        if (!c.id(item, p, id)) continue;
        if (!index.emplace(id, static_cast<int>(i)).second)
            c.error(p + "/id", "the id \"" + id + "\" is used twice (first at " + path + "/" + std::to_string(index[id]) + ")");
        ids_out[i] = id;
    }
    return index;
}

class DebateReader {
public:
    DebateReader(Checker& c, Debate& d) : c_(c), d_(d) {}

    void read(const JsonValue& root) {
        c_.known_keys(root, "", {"$schema", "format", "id", "content_version", "title", "summary", "editorial_notes",
                                 "article", "actors", "questions", "claims", "relations", "evidence", "stances",
                                 "timeline", "key_quotes"});
        std::string format;
        if (c_.text(root, "format", "", format, true) && format != "debatelens/1") {
            c_.error("/format", "\"" + elide(format, 40) + "\" is not a format this version reads (expected \"debatelens/1\")");
        }
        if (c_.id(root, "", d_.id)) {}
        c_.text(root, "content_version", "", d_.content_version, true);
        c_.text(root, "title", "", d_.title, true);
        c_.text(root, "summary", "", d_.summary, false);
        d_.editorial_notes = c_.strings(root, "editorial_notes", "");

        const auto& L = c_.limits();
        const JsonValue* article = c_.field(root, "article", "", true);
        if (article && !c_.object(*article, "/article")) article = nullptr;
        const JsonValue* paragraphs = article ? c_.array(*article, "paragraphs", "/article", true, L.max_paragraphs) : nullptr;
        const JsonValue* sections = article ? c_.array(*article, "sections", "/article", false, L.max_paragraphs) : nullptr;
        const JsonValue* actors = c_.array(root, "actors", "", true, L.max_actors);
        const JsonValue* questions = c_.array(root, "questions", "", true, L.max_questions);
        const JsonValue* claims = c_.array(root, "claims", "", true, L.max_claims);
        const JsonValue* relations = c_.array(root, "relations", "", false, L.max_relations);
        const JsonValue* evidence = c_.array(root, "evidence", "", false, L.max_evidence);
        const JsonValue* stances = c_.array(root, "stances", "", true, L.max_claims);
        const JsonValue* timeline = c_.array(root, "timeline", "", false, L.max_timeline);
        const JsonValue* key_quotes = c_.array(root, "key_quotes", "", false, L.max_paragraphs);

        std::vector<std::string> ids;
        d_.paragraph_ids = collect_ids(c_, paragraphs, "/article/paragraphs", ids);
        section_ids_ = collect_ids(c_, sections, "/article/sections", ids);
        d_.actor_ids = collect_ids(c_, actors, "/actors", ids);
        d_.question_ids = collect_ids(c_, questions, "/questions", ids);
        d_.claim_ids = collect_ids(c_, claims, "/claims", ids);
        d_.evidence_ids = collect_ids(c_, evidence, "/evidence", ids);
        std::vector<std::string> ignored;
        collect_ids(c_, timeline, "/timeline", ignored);
        collect_ids(c_, key_quotes, "/key_quotes", ignored);

        if (article) read_article(*article, paragraphs, sections);
        each(actors, "/actors", d_.actors, [&](const JsonValue& o, const std::string& p, Actor& a) { read_actor(o, p, a); });
        each(questions, "/questions", d_.questions, [&](const JsonValue& o, const std::string& p, Question& q) { read_question(o, p, q); });
        each(evidence, "/evidence", d_.evidence, [&](const JsonValue& o, const std::string& p, Evidence& e) { read_evidence(o, p, e); });
        each(claims, "/claims", d_.claims, [&](const JsonValue& o, const std::string& p, Claim& cl) { read_claim(o, p, cl); });
        each(relations, "/relations", d_.relations, [&](const JsonValue& o, const std::string& p, Relation& r) { read_relation(o, p, r); });
        each(stances, "/stances", d_.stances, [&](const JsonValue& o, const std::string& p, Stance& s) { read_stance(o, p, s); });
        each(timeline, "/timeline", d_.timeline, [&](const JsonValue& o, const std::string& p, TimelineEvent& t) { read_event(o, p, t); });
        each(key_quotes, "/key_quotes", d_.key_quotes, [&](const JsonValue& o, const std::string& p, KeyQuote& k) { read_key_quote(o, p, k); });

        if (actors && actors->empty()) c_.error("/actors", "a debate needs at least one actor");
        if (claims && claims->empty()) c_.error("/claims", "a debate needs at least one claim");
        if (paragraphs && paragraphs->empty()) c_.error("/article/paragraphs", "the article needs at least one paragraph");
    }

private:
    template <class T, class F>
    void each(const JsonValue* list, const std::string& path, std::vector<T>& out, F read_item) {
        if (!list) return;
        out.resize(list->size());
        for (size_t i = 0; i < list->size(); ++i) {
            const std::string p = path + "/" + std::to_string(i);
            if (c_.object((*list)[i], p)) read_item((*list)[i], p, out[i]);
        }
    }

    void read_article(const JsonValue& a, const JsonValue* paragraphs, const JsonValue* sections) {
        c_.known_keys(a, "/article", {"title", "title_note", "publisher", "date", "language", "url", "paragraphs", "sections"});
        Article& art = d_.article;
        c_.text(a, "title", "/article", art.title, true);
        c_.text(a, "title_note", "/article", art.title_note, false);
        c_.text(a, "publisher", "/article", art.publisher, true);
        c_.date(a, "date", "/article", art.date, true);
        c_.text(a, "language", "/article", art.language, true);
        c_.url(a, "url", "/article", art.url);
        each(paragraphs, "/article/paragraphs", art.paragraphs, [&](const JsonValue& o, const std::string& p, Paragraph& para) {
            c_.known_keys(o, p, {"id", "text", "kind", "section"});
            c_.id(o, p, para.id);
            c_.text(o, "text", p, para.text, true);
            c_.choice(o, "kind", p, para.kind, false);
            para.section = c_.ref(o, "section", p, section_ids_, "section", false);
        });
        each(sections, "/article/sections", art.sections, [&](const JsonValue& o, const std::string& p, Section& s) {
            c_.known_keys(o, p, {"id", "label", "actor", "paragraphs"});
            c_.id(o, p, s.id);
            c_.text(o, "label", p, s.label, true);
            s.actor = c_.ref(o, "actor", p, d_.actor_ids, "actor", false);
            s.paragraphs = c_.refs(o, "paragraphs", p, d_.paragraph_ids, "paragraph");
        });
        // A section may list its paragraphs, or paragraphs may name their section: both must agree.
        for (size_t si = 0; si < art.sections.size(); ++si) {
            for (size_t k = 0; k < art.sections[si].paragraphs.size(); ++k) {
                Paragraph& para = art.paragraphs[art.sections[si].paragraphs[k]];
                if (para.section >= 0 && para.section != static_cast<int>(si))
                    c_.error("/article/sections/" + std::to_string(si) + "/paragraphs/" + std::to_string(k),
                             "paragraph \"" + para.id + "\" already belongs to section \"" + art.sections[para.section].id + "\"");
                else
                    para.section = static_cast<int>(si);
            }
        }
    }

    void read_actor(const JsonValue& o, const std::string& p, Actor& a) {
        c_.known_keys(o, p, {"id", "name", "role", "affiliations", "description", "unnamed"});
        c_.id(o, p, a.id);
        c_.text(o, "name", p, a.name, true);
        c_.choice(o, "role", p, a.role, true);
        a.affiliations = c_.strings(o, "affiliations", p);
        c_.text(o, "description", p, a.description, false);
        c_.flag(o, "unnamed", p, a.unnamed);
    }

    void read_question(const JsonValue& o, const std::string& p, Question& q) {
        c_.known_keys(o, p, {"id", "text", "short"});
        c_.id(o, p, q.id);
        c_.text(o, "text", p, q.text, true);
        if (!c_.text(o, "short", p, q.short_label, false)) q.short_label = elide(q.text, 24);
    }

    void read_evidence(const JsonValue& o, const std::string& p, Evidence& e) {
        c_.known_keys(o, p, {"id", "title", "kind", "date", "url", "description", "source"});
        c_.id(o, p, e.id);
        c_.text(o, "title", p, e.title, true);
        c_.choice(o, "kind", p, e.kind, true);
        c_.date(o, "date", p, e.date, false);
        c_.url(o, "url", p, e.url);
        c_.text(o, "description", p, e.description, false);
        c_.choice(o, "source", p, e.source, false);
    }

    void read_claim(const JsonValue& o, const std::string& p, Claim& cl) {
        c_.known_keys(o, p, {"id", "actor", "attribution", "summary", "kind", "quote", "paragraph", "range",
                             "occurrence", "evidence", "questions", "review"});
        c_.id(o, p, cl.id);
        cl.actor = c_.ref(o, "actor", p, d_.actor_ids, "actor", true);
        c_.choice(o, "attribution", p, cl.attribution, false);
        c_.text(o, "summary", p, cl.summary, true);
        c_.choice(o, "kind", p, cl.kind, true);
        cl.evidence = c_.refs(o, "evidence", p, d_.evidence_ids, "evidence item");
        cl.questions = c_.refs(o, "questions", p, d_.question_ids, "question");
        const bool has_quote = c_.text(o, "quote", p, cl.quote, true);
        cl.paragraph = c_.ref(o, "paragraph", p, d_.paragraph_ids, "paragraph", true);
        if (has_quote && cl.paragraph >= 0 && cl.paragraph < static_cast<int>(d_.article.paragraphs.size()))
            locate_quote(o, p, cl);
        if (const JsonValue* review = c_.field(o, "review", p, false)) read_review(*review, p + "/review", cl);
    }

    void read_review(const JsonValue& o, const std::string& p, Claim& cl) {
        if (!c_.object(o, p)) return;
        c_.known_keys(o, p, {"rating", "reviewer", "url", "date"});
        Review r;
        c_.text(o, "rating", p, r.rating, true);
        c_.text(o, "reviewer", p, r.reviewer, true);
        c_.url(o, "url", p, r.url, true);
        c_.date(o, "date", p, r.date, false);
        cl.review = std::move(r);
    }

    // The quote must stand in its paragraph character for character: that is the product's promise.
    void locate_quote(const JsonValue& o, const std::string& p, Claim& cl) {
        const Paragraph& para = d_.article.paragraphs[cl.paragraph];
        const std::string& text = para.text;
        if (const JsonValue* range = c_.field(o, "range", p, false)) {
            const std::string rp = p + "/range";
            if (!range->is_array() || range->size() != 2 || !(*range)[0].is_number_unsigned() ||
                !(*range)[1].is_number_unsigned()) {
                c_.error(rp, "must be [start, end]: two whole numbers (UTF-8 byte offsets)");
                return;
            }
            const uint64_t b = (*range)[0].unsigned_value(), e = (*range)[1].unsigned_value();
            if (b >= e || e > text.size()) {
                c_.error(rp, "[" + std::to_string(b) + ", " + std::to_string(e) + "] is outside paragraph \"" + para.id +
                                 "\" (" + std::to_string(text.size()) + " bytes) or empty");
                return;
            }
            if (!is_utf8_boundary(text, b) || !is_utf8_boundary(text, e)) {
                c_.error(rp, "[" + std::to_string(b) + ", " + std::to_string(e) + "] cuts through a character: offsets are UTF-8 bytes");
                return;
            }
            quote_work_ += e - b;
            if (text.compare(b, e - b, cl.quote) != 0) {
                c_.error(rp, "the text at this range is \"" + elide(text.substr(b, e - b), 80) + "\", not the quote");
                return;
            }
            cl.quote_begin = static_cast<uint32_t>(b);
            cl.quote_end = static_cast<uint32_t>(e);
            return;
        }
        uint64_t occurrence = 1;
        if (const JsonValue* occ = c_.field(o, "occurrence", p, false)) {
            if (!occ->is_number_unsigned() || occ->unsigned_value() < 1) {
                c_.error(p + "/occurrence", "must be a whole number from 1");
                return;
            }
            occurrence = occ->unsigned_value();
        }
        const size_t budget = c_.limits().max_quote_search_bytes;
        if (quote_work_ >= budget) {
            c_.error(p + "/quote", "not checked: finding the quotes of this file takes more than " + std::to_string(budget) +
                                       " bytes of searching, the limit (give the long paragraphs' claims a \"range\")");
            return;
        }
        size_t found = 0;
        const size_t at = find_occurrence(text, cl.quote, occurrence, found, quote_work_, kmp_table_);
        if (at != std::string::npos) {
            cl.quote_begin = static_cast<uint32_t>(at);
            cl.quote_end = static_cast<uint32_t>(at + cl.quote.size());
            return;
        }
        if (found > 0) {
            c_.error(p + "/occurrence", "the quote occurs fewer than " + std::to_string(occurrence) + " times in paragraph \"" + para.id + "\"");
            return;
        }
        std::string message = "the quote is not in paragraph \"" + para.id + "\" word for word";
        // The closest text makes the message useful, but costs quote x paragraph steps: only while
        // problems are still being reported, and within a budget for the whole file.
        const uint64_t cells = static_cast<uint64_t>(text.size()) * cl.quote.size();  // 64-bit: wasm's size_t is not
        if (!c_.full() && near_miss_cells_ + cells <= kNearMissCells) {
            near_miss_cells_ += cells;
            const NearMiss near = closest_substring(text, cl.quote);
            if (near.distance != SIZE_MAX && near.distance * 3 < cl.quote.size())
                message += "; closest text there (" + std::to_string(near.distance) + " characters differ): \"" +
                           elide(text.substr(near.begin, near.end - near.begin), 160) + "\"";
        }
        c_.error(p + "/quote", message);
    }

    void read_relation(const JsonValue& o, const std::string& p, Relation& r) {
        c_.known_keys(o, p, {"from", "to", "type", "note"});
        r.from = c_.ref(o, "from", p, d_.claim_ids, "claim", true);
        r.to = c_.ref(o, "to", p, d_.claim_ids, "claim", true);
        c_.choice(o, "type", p, r.type, true);
        c_.text(o, "note", p, r.note, false);
        if (r.from >= 0 && r.from == r.to) c_.error(p, "a claim cannot relate to itself");
    }

    void read_stance(const JsonValue& o, const std::string& p, Stance& s) {
        c_.known_keys(o, p, {"actor", "question", "leaning", "position", "claims"});
        s.actor = c_.ref(o, "actor", p, d_.actor_ids, "actor", true);
        s.question = c_.ref(o, "question", p, d_.question_ids, "question", true);
        const bool has_leaning = c_.choice(o, "leaning", p, s.leaning, true);
        const bool addressed = has_leaning && s.leaning != Leaning::NotAddressed;
        c_.text(o, "position", p, s.position, addressed, !addressed);
        s.claims = c_.refs(o, "claims", p, d_.claim_ids, "claim");
        if (addressed && s.claims.empty())
            c_.error(p + "/claims", "a stance other than not_addressed must name the claims that ground it");
    }

    void read_event(const JsonValue& o, const std::string& p, TimelineEvent& t) {
        c_.known_keys(o, p, {"id", "date", "label", "evidence", "claims", "source"});
        c_.id(o, p, t.id);
        c_.date(o, "date", p, t.date, true);
        c_.text(o, "label", p, t.label, true);
        t.evidence = c_.refs(o, "evidence", p, d_.evidence_ids, "evidence item");
        t.claims = c_.refs(o, "claims", p, d_.claim_ids, "claim");
        c_.choice(o, "source", p, t.source, false);
    }

    void read_key_quote(const JsonValue& o, const std::string& p, KeyQuote& k) {
        c_.known_keys(o, p, {"id", "paragraph", "actor"});
        c_.id(o, p, k.id);
        k.paragraph = c_.ref(o, "paragraph", p, d_.paragraph_ids, "paragraph", true);
        k.actor = c_.ref(o, "actor", p, d_.actor_ids, "actor", false);
        if (k.paragraph >= 0 && k.paragraph < static_cast<int>(d_.article.paragraphs.size()) &&
            d_.article.paragraphs[k.paragraph].kind != ParagraphKind::PullQuote)
            c_.error(p + "/paragraph", "paragraph \"" + d_.article.paragraphs[k.paragraph].id + "\" is not a pull_quote paragraph");
    }

    static constexpr uint64_t kNearMissCells = 64'000'000;  // ~0.1 s of closest_substring in all

    Checker& c_;
    Debate& d_;
    std::unordered_map<std::string, int> section_ids_;
    size_t quote_work_ = 0;       // bytes examined so far to locate quotes (max_quote_search_bytes)
    uint64_t near_miss_cells_ = 0;  // closest_substring steps so far
    std::vector<uint32_t> kmp_table_;  // find_occurrence's scratch table, kept between claims
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Cross-checks and derived indices
// ---------------------------------------------------------------------------------------------

void check_stances(Checker& c, Debate& d) {
    d.stance_index.assign(d.questions.size() * d.actors.size(), -1);
    for (size_t i = 0; i < d.stances.size(); ++i) {
        const Stance& s = d.stances[i];
        if (s.actor < 0 || s.question < 0) continue;
        int& slot = d.stance_index[static_cast<size_t>(s.question) * d.actors.size() + s.actor];
        if (slot >= 0)
            c.error("/stances/" + std::to_string(i), "\"" + d.actors[s.actor].id + "\" already has a stance on \"" +
                                                         d.questions[s.question].id + "\" (at /stances/" + std::to_string(slot) + ")");
        else
            slot = static_cast<int>(i);
    }
    for (size_t a = 0; a < d.actors.size(); ++a) {
        if (d.actors[a].role == ActorRole::Referenced || d.actors[a].id.empty()) continue;
        for (size_t q = 0; q < d.questions.size(); ++q)
            if (d.stance_index[q * d.actors.size() + a] < 0 && !d.questions[q].id.empty())
                c.error("/stances", "\"" + d.actors[a].id + "\" has no stance on question \"" + d.questions[q].id +
                                        "\" (write leaning \"not_addressed\" if the article does not say)");
    }
}

void build_graph(Debate& d) {
    d.graph.outgoing.assign(d.claims.size(), {});
    d.graph.incoming.assign(d.claims.size(), {});
    for (size_t i = 0; i < d.relations.size(); ++i) {
        const Relation& r = d.relations[i];
        d.graph.outgoing[r.from].push_back(static_cast<int>(i));
        d.graph.incoming[r.to].push_back(static_cast<int>(i));
    }
}

}  // namespace

LoadResult load_debate_text(std::string_view text, const std::string& file_label, const LoadLimits& limits) {
    LoadResult result;
    auto& diags = result.diagnostics;
    JsonDocument doc;
    if (!parse_json(text, file_label, limits, doc, diags)) return result;
    const JsonValue& root = doc.root;
    if (!root.is_object()) {
        diags.push_back({Severity::Error, file_label, "", 0, 0, std::string("the file must hold a JSON object, not ") + json_type_name(root)});
        return result;
    }

    auto debate = std::make_shared<Debate>();
    debate->source_path = file_label;
    Checker checker(file_label, limits, diags);
    DebateReader(checker, *debate).read(root);
    check_stances(checker, *debate);
    if (result.error_count() == 0) {
        build_graph(*debate);
        result.debate = std::move(debate);
    }
    return result;
}

LoadResult load_debate_file(const std::string& path, const LoadLimits& limits) {
    LoadResult result;
    std::string text;
    if (!read_content_file(path, limits, text, result.diagnostics)) return result;
    return load_debate_text(text, path, limits);
}

}  // namespace dl
