// Debate loader: the bounded JSON reader's document, read field by field into a Debate. The reader
// reports what is structurally wrong (wrong types, unknown enum names, bad or repeated ids, dangling
// references); the semantic rules run afterwards on the debate in memory (validate.h), the same
// rules the Studio runs after every edit.
// [SECTION] Field readers that record problems with their JSON path
// [SECTION] Reading each part of the debate
// [SECTION] Loading: read, then validate
#include "model/load.h"
#include "model/enums.h"
#include "model/json_reader.h"
#include "model/text.h"
#include "model/validate.h"

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

namespace {

// How a missing field counts: an optional one is simply absent; a required text or list is noted
// for the semantic rules to report (the Studio can open the file and fill it in); a required choice,
// id or reference is a structural error (the debate cannot be represented without guessing).
enum class Need { Optional, Required, Structural };

class Checker {
public:
    Checker(DiagnosticSink& sink, const LoadLimits& limits, ReaderNotes& notes) : limits_(limits), sink_(sink), notes_(notes) {}

    // A structural error: the debate as read is not offered for editing.
    void error(const std::string& path, std::string message) {
        notes_.reported.insert(path);
        sink_.error(path, std::move(message));
    }
    // Reports a missing field according to `need`; returns false (there is no value).
    bool absent(const std::string& path, Need need) {
        if (need == Need::Required) notes_.missing.insert(path);
        if (need == Need::Structural) error(path, "required field is missing");
        return false;
    }

    // Fields this version does not know: kept in `extras`, so that a Save writes them back (the
    // semantic rules report them as warnings: newer files stay readable).
    void known_keys(const JsonValue& obj, std::initializer_list<const char*> known, Extras& extras) {
        for (size_t i = 0; i < obj.size(); ++i) {
            const std::string_view key = obj.key(i);
            const bool ok = std::any_of(known.begin(), known.end(), [&](const char* k) { return key == k; });
            if (ok) continue;
            extras.push_back({std::string(key), write_json(obj.member(i))});  // reported by the semantic rules
        }
    }

    const JsonValue* field(const JsonValue& obj, const char* key, const std::string& path, Need need) {
        const JsonValue* v = obj.find(key);
        if (!v) absent(path + "/" + key, need);
        return v;
    }

    // A string, empty or not (whether it may be empty is a semantic rule).
    bool text(const JsonValue& obj, const char* key, const std::string& path, std::string& out, Need need) {
        const JsonValue* v = field(obj, key, path, need);
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
        out.assign(s.data(), s.size());
        return true;
    }

    bool id(const JsonValue& obj, const std::string& path, std::string& out) {
        if (!text(obj, "id", path, out, Need::Structural)) return false;
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
        if (!text(obj, key, path, s, required ? Need::Structural : Need::Optional)) return false;
        if (!parse_enum(s, out)) {
            error(path + "/" + key, "\"" + elide(s, 40) + "\" is not one of " + enum_choices<E>());
            return false;
        }
        return true;
    }

    bool flag(const JsonValue& obj, const char* key, const std::string& path, bool& out) {
        const JsonValue* v = field(obj, key, path, Need::Optional);
        if (!v) return false;
        if (!v->is_boolean()) {
            error(path + "/" + key, std::string("must be true or false, not ") + json_type_name(*v));
            return false;
        }
        out = v->boolean();
        return true;
    }

    // A missing date stays invalid in memory; the semantic rules say when one is required.
    bool date(const JsonValue& obj, const char* key, const std::string& path, PartialDate& out) {
        std::string s;
        if (!text(obj, key, path, s, Need::Optional)) return false;
        if (!parse_partial_date(s, out)) {
            error(path + "/" + key, "\"" + elide(s, 40) + "\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
            return false;
        }
        return true;
    }

    const JsonValue* array(const JsonValue& obj, const char* key, const std::string& path, Need need, size_t max) {
        const JsonValue* v = field(obj, key, path, need);
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

    // `max`: how many items the list may hold (0: LoadLimits::max_list, the ids inside one item).
    std::vector<std::string> strings(const JsonValue& obj, const char* key, const std::string& path, size_t max = 0) {
        std::vector<std::string> out;
        const JsonValue* a = array(obj, key, path, Need::Optional, max ? max : limits_.max_list);
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
                          const std::unordered_map<std::string, int>& index, const char* what, size_t max = 0) {
        std::vector<int> out;
        const auto ids = strings(obj, key, path, max);
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
        if (!text(obj, key, path, s, required ? Need::Structural : Need::Optional)) return -1;
        const int r = resolve(s, index);
        if (r < 0) error(path + "/" + key, "no " + std::string(what) + " has the id \"" + elide(s, 40) + "\"");
        return r;
    }

    static int resolve(const std::string& id, const std::unordered_map<std::string, int>& index) {
        auto it = index.find(id);
        return it == index.end() ? -1 : it->second;
    }

    const LoadLimits& limits() const { return limits_; }
    ReaderNotes& notes() { return notes_; }
    // True once max_diagnostics were reported: later problems are only counted.
    bool full() const { return sink_.full(); }

private:
    const LoadLimits& limits_;
    DiagnosticSink& sink_;
    ReaderNotes& notes_;
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
        c_.known_keys(root, {"$schema", "format", "id", "content_version", "title", "summary", "editorial_notes", "article",
                             "actors", "questions", "claims", "relations", "evidence", "stances", "timeline", "key_quotes"},
                      d_.extras);
        if (const JsonValue* schema = root.find("$schema")) d_.schema = write_json(*schema);
        std::string format;
        if (c_.text(root, "format", "", format, Need::Required) && format != "debatelens/1") {
            c_.error("/format", "\"" + elide(format, 40) + "\" is not a format this version reads (expected \"debatelens/1\")");
        }
        // The debate's own id is a semantic rule: nothing in the file refers to it.
        c_.text(root, "id", "", d_.id, Need::Required);
        c_.text(root, "content_version", "", d_.content_version, Need::Required);
        c_.text(root, "title", "", d_.title, Need::Required);
        c_.text(root, "summary", "", d_.summary, Need::Optional);
        d_.editorial_notes = c_.strings(root, "editorial_notes", "");

        const auto& L = c_.limits();
        const JsonValue* article = c_.field(root, "article", "", Need::Structural);
        if (article && !c_.object(*article, "/article")) article = nullptr;
        const JsonValue* paragraphs = article ? c_.array(*article, "paragraphs", "/article", Need::Required, L.max_paragraphs) : nullptr;
        const JsonValue* sections = article ? c_.array(*article, "sections", "/article", Need::Optional, L.max_paragraphs) : nullptr;
        const JsonValue* actors = c_.array(root, "actors", "", Need::Required, L.max_actors);
        const JsonValue* questions = c_.array(root, "questions", "", Need::Required, L.max_questions);
        const JsonValue* claims = c_.array(root, "claims", "", Need::Required, L.max_claims);
        const JsonValue* relations = c_.array(root, "relations", "", Need::Optional, L.max_relations);
        const JsonValue* evidence = c_.array(root, "evidence", "", Need::Optional, L.max_evidence);
        const JsonValue* stances = c_.array(root, "stances", "", Need::Required, L.max_claims);
        const JsonValue* timeline = c_.array(root, "timeline", "", Need::Optional, L.max_timeline);
        const JsonValue* key_quotes = c_.array(root, "key_quotes", "", Need::Optional, L.max_paragraphs);

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
        c_.notes().quotes.assign(claims ? claims->size() : 0, ReaderNotes::Quote::Placed);
        each(claims, "/claims", d_.claims, [&](const JsonValue& o, const std::string& p, Claim& cl) { read_claim(o, p, cl); });
        each(relations, "/relations", d_.relations, [&](const JsonValue& o, const std::string& p, Relation& r) { read_relation(o, p, r); });
        each(stances, "/stances", d_.stances, [&](const JsonValue& o, const std::string& p, Stance& s) { read_stance(o, p, s); });
        each(timeline, "/timeline", d_.timeline, [&](const JsonValue& o, const std::string& p, TimelineEvent& t) { read_event(o, p, t); });
        each(key_quotes, "/key_quotes", d_.key_quotes, [&](const JsonValue& o, const std::string& p, KeyQuote& k) { read_key_quote(o, p, k); });
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
        Article& art = d_.article;
        c_.known_keys(a, {"title", "title_note", "publisher", "date", "language", "url", "paragraphs", "sections"}, art.extras);
        c_.text(a, "title", "/article", art.title, Need::Required);
        c_.text(a, "title_note", "/article", art.title_note, Need::Optional);
        c_.text(a, "publisher", "/article", art.publisher, Need::Required);
        c_.date(a, "date", "/article", art.date);
        c_.text(a, "language", "/article", art.language, Need::Required);
        c_.text(a, "url", "/article", art.url, Need::Optional);
        each(paragraphs, "/article/paragraphs", art.paragraphs, [&](const JsonValue& o, const std::string& p, Paragraph& para) {
            c_.known_keys(o, {"id", "text", "kind", "section"}, para.extras);
            c_.id(o, p, para.id);
            c_.text(o, "text", p, para.text, Need::Required);
            c_.choice(o, "kind", p, para.kind, false);
            para.section = c_.ref(o, "section", p, section_ids_, "section", false);
        });
        each(sections, "/article/sections", art.sections, [&](const JsonValue& o, const std::string& p, Section& s) {
            c_.known_keys(o, {"id", "label", "actor", "paragraphs"}, s.extras);
            c_.id(o, p, s.id);
            c_.text(o, "label", p, s.label, Need::Required);
            s.actor = c_.ref(o, "actor", p, d_.actor_ids, "actor", false);
            // A section may run as long as the article (a long report), not only as long as a list of ids.
            s.paragraphs = c_.refs(o, "paragraphs", p, d_.paragraph_ids, "paragraph", c_.limits().max_paragraphs);
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
        c_.known_keys(o, {"id", "name", "role", "affiliations", "description", "unnamed"}, a.extras);
        c_.id(o, p, a.id);
        c_.text(o, "name", p, a.name, Need::Required);
        c_.choice(o, "role", p, a.role, true);
        a.affiliations = c_.strings(o, "affiliations", p);
        c_.text(o, "description", p, a.description, Need::Optional);
        c_.flag(o, "unnamed", p, a.unnamed);
    }

    void read_question(const JsonValue& o, const std::string& p, Question& q) {
        c_.known_keys(o, {"id", "text", "short"}, q.extras);
        c_.id(o, p, q.id);
        c_.text(o, "text", p, q.text, Need::Required);
        if (!c_.text(o, "short", p, q.short_label, Need::Optional)) q.short_label = elide(q.text, 24);
    }

    void read_evidence(const JsonValue& o, const std::string& p, Evidence& e) {
        c_.known_keys(o, {"id", "title", "kind", "date", "url", "description", "source"}, e.extras);
        c_.id(o, p, e.id);
        c_.text(o, "title", p, e.title, Need::Required);
        c_.choice(o, "kind", p, e.kind, true);
        c_.date(o, "date", p, e.date);
        c_.text(o, "url", p, e.url, Need::Optional);
        c_.text(o, "description", p, e.description, Need::Optional);
        c_.choice(o, "source", p, e.source, false);
    }

    void read_claim(const JsonValue& o, const std::string& p, Claim& cl) {
        c_.known_keys(o, {"id", "actor", "attribution", "summary", "kind", "quote", "paragraph", "range", "occurrence", "evidence",
                          "questions", "review"},
                      cl.extras);
        c_.id(o, p, cl.id);
        cl.actor = c_.ref(o, "actor", p, d_.actor_ids, "actor", true);
        c_.choice(o, "attribution", p, cl.attribution, false);
        c_.text(o, "summary", p, cl.summary, Need::Required);
        c_.choice(o, "kind", p, cl.kind, true);
        cl.evidence = c_.refs(o, "evidence", p, d_.evidence_ids, "evidence item");
        cl.questions = c_.refs(o, "questions", p, d_.question_ids, "question");
        c_.text(o, "quote", p, cl.quote, Need::Required);
        cl.paragraph = c_.ref(o, "paragraph", p, d_.paragraph_ids, "paragraph", true);
        if (cl.paragraph >= 0 && cl.paragraph < static_cast<int>(d_.article.paragraphs.size()))
            locate_quote(o, p, cl);
        if (const JsonValue* review = c_.field(o, "review", p, Need::Optional)) read_review(*review, p + "/review", cl);
    }

    void read_review(const JsonValue& o, const std::string& p, Claim& cl) {
        if (!c_.object(o, p)) return;
        Review r;
        c_.known_keys(o, {"rating", "reviewer", "url", "date"}, r.extras);
        c_.text(o, "rating", p, r.rating, Need::Required);
        c_.text(o, "reviewer", p, r.reviewer, Need::Required);
        c_.text(o, "url", p, r.url, Need::Required);
        c_.date(o, "date", p, r.date);
        cl.review = std::move(r);
    }

    // Where the quote stands in its paragraph: the `range` as given (whether the text there is the
    // quote is a semantic rule), or the `occurrence`-th match found here. A quote that is not in its
    // paragraph at all stays at 0, 0, noted for the semantic rules to report; an occurrence that does
    // not exist is an error here (the debate could only guess where), and so is a search over the
    // budget (noted, and reported in claim order with the quotes not found).
    void locate_quote(const JsonValue& o, const std::string& p, Claim& cl) {
        const Paragraph& para = d_.article.paragraphs[cl.paragraph];
        const std::string& text = para.text;
        if (const JsonValue* range = c_.field(o, "range", p, Need::Optional)) {
            const std::string rp = p + "/range";
            if (!range->is_array() || range->size() != 2 || !(*range)[0].is_number_unsigned() ||
                !(*range)[1].is_number_unsigned()) {
                c_.error(rp, "must be [start, end]: two whole numbers (UTF-8 byte offsets)");
                return;
            }
            const uint64_t b = (*range)[0].unsigned_value(), e = (*range)[1].unsigned_value();
            // An empty range cannot be told from "not placed" in memory, and offsets past 4 GiB do
            // not fit: both are refused here rather than kept.
            if (b >= e || e > UINT32_MAX) {
                c_.error(rp, "[" + std::to_string(b) + ", " + std::to_string(e) + "] is outside paragraph \"" + para.id + "\" (" +
                                 std::to_string(text.size()) + " bytes) or empty");
                return;
            }
            quote_work_ += std::min<uint64_t>(e - b, text.size());
            cl.quote_begin = static_cast<uint32_t>(b);
            cl.quote_end = static_cast<uint32_t>(e);
            return;
        }
        uint64_t occurrence = 1;
        if (const JsonValue* occ = c_.field(o, "occurrence", p, Need::Optional)) {
            if (!occ->is_number_unsigned() || occ->unsigned_value() < 1) {
                c_.error(p + "/occurrence", "must be a whole number from 1");
                return;
            }
            occurrence = occ->unsigned_value();
        }
        if (cl.quote.find_first_not_of(" \t\r\n") == std::string::npos) return;  // an empty quote is a semantic problem
        ReaderNotes::Quote& note = c_.notes().quotes[static_cast<size_t>(&cl - d_.claims.data())];
        if (quote_work_ >= c_.limits().max_quote_search_bytes) {
            note = ReaderNotes::Quote::NotChecked;
            return;
        }
        size_t found = 0;
        const size_t where = find_occurrence(text, cl.quote, occurrence, found, quote_work_, kmp_table_);
        if (where != std::string::npos) {
            cl.quote_begin = static_cast<uint32_t>(where);
            cl.quote_end = static_cast<uint32_t>(where + cl.quote.size());
        } else if (found > 0) {
            c_.error(p + "/occurrence", "the quote occurs fewer than " + std::to_string(occurrence) + " times in paragraph \"" + para.id + "\"");
        } else {
            note = ReaderNotes::Quote::NotFound;
        }
    }

    void read_relation(const JsonValue& o, const std::string& p, Relation& r) {
        c_.known_keys(o, {"from", "to", "type", "note"}, r.extras);
        r.from = c_.ref(o, "from", p, d_.claim_ids, "claim", true);
        r.to = c_.ref(o, "to", p, d_.claim_ids, "claim", true);
        c_.choice(o, "type", p, r.type, true);
        c_.text(o, "note", p, r.note, Need::Optional);
    }

    void read_stance(const JsonValue& o, const std::string& p, Stance& s) {
        c_.known_keys(o, {"actor", "question", "leaning", "position", "claims"}, s.extras);
        s.actor = c_.ref(o, "actor", p, d_.actor_ids, "actor", true);
        s.question = c_.ref(o, "question", p, d_.question_ids, "question", true);
        const bool has_leaning = c_.choice(o, "leaning", p, s.leaning, true);
        const bool addressed = has_leaning && s.leaning != Leaning::NotAddressed;
        c_.text(o, "position", p, s.position, addressed ? Need::Required : Need::Optional);
        s.claims = c_.refs(o, "claims", p, d_.claim_ids, "claim");
    }

    void read_event(const JsonValue& o, const std::string& p, TimelineEvent& t) {
        c_.known_keys(o, {"id", "date", "label", "evidence", "claims", "source"}, t.extras);
        c_.id(o, p, t.id);
        c_.date(o, "date", p, t.date);
        c_.text(o, "label", p, t.label, Need::Required);
        t.evidence = c_.refs(o, "evidence", p, d_.evidence_ids, "evidence item");
        t.claims = c_.refs(o, "claims", p, d_.claim_ids, "claim");
        c_.choice(o, "source", p, t.source, false);
    }

    void read_key_quote(const JsonValue& o, const std::string& p, KeyQuote& k) {
        c_.known_keys(o, {"id", "paragraph", "actor"}, k.extras);
        c_.id(o, p, k.id);
        k.paragraph = c_.ref(o, "paragraph", p, d_.paragraph_ids, "paragraph", true);
        k.actor = c_.ref(o, "actor", p, d_.actor_ids, "actor", false);
    }

    Checker& c_;
    Debate& d_;
    std::unordered_map<std::string, int> section_ids_;
    size_t quote_work_ = 0;            // bytes examined so far to locate quotes (max_quote_search_bytes)
    std::vector<uint32_t> kmp_table_;  // find_occurrence's scratch table, kept between claims
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Loading: read, then validate
// ---------------------------------------------------------------------------------------------

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
    DiagnosticSink sink(file_label, limits.max_diagnostics, diags);
    ReaderNotes notes;
    notes.quote_search_budget = limits.max_quote_search_bytes;
    Checker checker(sink, limits, notes);
    DebateReader(checker, *debate).read(root);
    const bool structural = result.error_count() > 0 || notes.any_quote_not_checked();
    // The semantic rules run even after structural errors, so that every problem is reported at once.
    validate_debate_read(*debate, sink, limits, notes);
    if (structural) return result;
    rebuild_indices(*debate);
    result.editable = debate;
    if (result.error_count() == 0) result.debate = std::move(debate);
    return result;
}

LoadResult load_debate_file(const std::string& path, const LoadLimits& limits) {
    LoadResult result;
    std::string text;
    if (!read_content_file(path, limits, text, result.diagnostics)) return result;
    return load_debate_text(text, path, limits);
}

}  // namespace dl
