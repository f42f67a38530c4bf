// ClaimReview attach: records read from schema.org JSON(-LD), matched to claims, the most recent
// kept per claim, the debate written back whole with its reviews.
// [SECTION] Reading the records
// [SECTION] Matching and choosing
// [SECTION] Writing the debate back
#include "model/claimreview.h"
#include "model/import_support.h"
#include "model/json_reader.h"
#include "model/text.h"

#include <unordered_map>

namespace dl {

namespace {
using ordered = nlohmann::ordered_json;

// ---------------------------------------------------------------------------------------------
// [SECTION] Reading the records
// ---------------------------------------------------------------------------------------------

struct Record {
    std::string path;  // in the reviews file
    std::string claim_reviewed, rating, reviewer, url;
    PartialDate date;
};

bool is_schema_org(std::string_view s) {
    while (!s.empty() && s.back() == '/') s.remove_suffix(1);
    return s == "https://schema.org" || s == "http://schema.org" || s == "https://www.schema.org" || s == "http://www.schema.org";
}

// A @context names schema.org as a string, in a list, or as an object's @vocab.
bool context_is_schema_org(const JsonValue& c) {
    if (c.is_string()) return is_schema_org(c.str());
    if (c.is_array()) {
        for (size_t i = 0; i < c.size(); ++i)
            if (context_is_schema_org(c[i])) return true;
        return false;
    }
    if (c.is_object()) {
        const JsonValue* vocab = c.find("@vocab");
        return vocab && vocab->is_string() && is_schema_org(vocab->str());
    }
    return false;
}

bool has_type(const JsonValue& item, std::string_view type) {
    const JsonValue* t = item.find("@type");
    if (!t) return false;
    auto is = [&](const JsonValue& v) {
        std::string_view s = v.str();
        if (s.rfind("schema:", 0) == 0) s.remove_prefix(7);
        const size_t slash = s.rfind('/');
        if (slash != std::string_view::npos && is_schema_org(s.substr(0, slash))) s.remove_prefix(slash + 1);
        return s == type;
    };
    if (t->is_string()) return is(*t);
    if (t->is_array())
        for (size_t i = 0; i < t->size(); ++i)
            if ((*t)[i].is_string() && is((*t)[i])) return true;
    return false;
}

std::string text_of(const JsonValue* v) {
    if (!v) return "";
    if (v->is_string()) return std::string(v->str());
    if (v->is_number()) return write_json(*v);
    return "";
}

class RecordReader {
public:
    RecordReader(DiagnosticSink& sink) : sink_(sink) {}

    // Every ClaimReview of the document, in file order; the graph's other nodes only answer @id references.
    void read(const JsonValue& root) {
        const JsonValue* graph = root.is_object() ? root.find("@graph") : nullptr;
        if (root.is_object()) note_context(root, "");
        if (graph && graph->is_array()) {
            for (size_t i = 0; i < graph->size(); ++i) index((*graph)[i]);
            for (size_t i = 0; i < graph->size(); ++i) item((*graph)[i], "/@graph/" + std::to_string(i), true);
        } else if (root.is_array()) {
            for (size_t i = 0; i < root.size(); ++i) index(root[i]);
            for (size_t i = 0; i < root.size(); ++i) item(root[i], "/" + std::to_string(i), false);
        } else if (root.is_object()) {
            item(root, "", false);
        }
        if (!context_seen_) sink_.warn("", "no @context names schema.org: the records are read as schema.org's");
    }

    std::vector<Record> records;

private:
    void note_context(const JsonValue& obj, const std::string& path) {
        const JsonValue* c = obj.find("@context");
        if (!c) return;
        if (context_is_schema_org(*c)) context_seen_ = true;
        else sink_.warn(path + "/@context", "is not schema.org's context (http:// or https://schema.org): read as schema.org anyway");
    }

    void index(const JsonValue& v) {
        if (!v.is_object()) return;
        const JsonValue* id = v.find("@id");
        if (id && id->is_string()) by_id_.emplace(std::string(id->str()), &v);
    }

    // An Organization (or Person) given inline, as a name, or as an @id of a node in the graph.
    std::string name_of(const JsonValue* v) {
        if (!v) return "";
        if (v->is_array()) return v->empty() ? "" : name_of(&(*v)[0]);
        if (v->is_string()) return std::string(v->str());
        if (!v->is_object()) return "";
        const std::string name = text_of(v->find("name"));
        if (!name.empty()) return name;
        const JsonValue* id = v->find("@id");
        if (id && id->is_string()) {
            const auto it = by_id_.find(std::string(id->str()));
            if (it != by_id_.end() && it->second != v) return text_of(it->second->find("name"));
        }
        return "";
    }

    // The verdict in the reviewer's words: alternateName, else the number with its scale.
    static std::string rating_of(const JsonValue* r) {
        if (!r || !r->is_object()) return "";
        const std::string words = text_of(r->find("alternateName"));
        if (!words.empty()) return words;
        const std::string value = text_of(r->find("ratingValue")), best = text_of(r->find("bestRating")),
                          worst = text_of(r->find("worstRating"));
        if (value.empty()) return "";
        if (!best.empty() && !worst.empty()) return value + " on a scale from " + worst + " to " + best;
        if (!best.empty()) return value + " out of " + best;
        return value;
    }

    void item(const JsonValue& v, const std::string& path, bool in_graph) {
        if (!v.is_object()) {
            sink_.warn(path, std::string("must be an object, not ") + json_type_name(v) + ": ignored");
            return;
        }
        if (!has_type(v, "ClaimReview")) {
            if (!in_graph) sink_.warn(path + "/@type", "is not ClaimReview: ignored");
            return;
        }
        note_context(v, path);
        Record r;
        r.path = path;
        r.claim_reviewed = text_of(v.find("claimReviewed"));
        const JsonValue* rating = v.find("reviewRating");
        if (rating && rating->is_object() && rating->find("@id") && !rating->find("alternateName") && !rating->find("ratingValue")) {
            const auto it = by_id_.find(text_of(rating->find("@id")));
            if (it != by_id_.end()) rating = it->second;
        }
        r.rating = plain_text(rating_of(rating));
        r.reviewer = plain_text(name_of(v.find("author")));
        if (r.reviewer.empty()) r.reviewer = plain_text(name_of(v.find("publisher")));
        r.url = text_of(v.find("url"));
        const std::string date = text_of(v.find("datePublished"));
        if (!date.empty() && !parse_partial_date(std::string_view(date).substr(0, 10), r.date))
            sink_.warn(path + "/datePublished", "\"" + elide(date, 40) + "\" is not a date (YYYY-MM-DD): the review is undated");
        const char* missing = r.claim_reviewed.empty() ? "claimReviewed"
                              : r.rating.empty()       ? "reviewRating (alternateName or ratingValue)"
                              : r.reviewer.empty()     ? "author (the reviewer's name)"
                              : !is_web_url(r.url)     ? "url (an http:// or https:// address readers can check)"
                                                       : nullptr;
        if (missing) {
            sink_.warn(path, std::string("has no ") + missing + ": not attached");
            return;
        }
        records.push_back(std::move(r));
    }

    DiagnosticSink& sink_;
    std::unordered_map<std::string, const JsonValue*> by_id_;
    bool context_seen_ = false;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Matching and choosing
// ---------------------------------------------------------------------------------------------

using TextIndex = std::unordered_map<std::string, std::vector<int>>;

// The claims a record reviews: exact quote, exact summary, normalised quote, normalised summary;
// the first of these that matches any claim decides.
const std::vector<int>* match(const Record& r, const TextIndex* indices) {
    const std::string normal = normalise_claim_text(r.claim_reviewed);
    for (int stage = 0; stage < 4; ++stage) {
        const auto it = indices[stage].find(stage < 2 ? r.claim_reviewed : normal);
        if (it != indices[stage].end()) return &it->second;
    }
    return nullptr;
}

// The more recent of two reviews; an undated one is older than any dated one.
bool newer(const PartialDate& a, const PartialDate& b) {
    if (!a.valid()) return false;
    return !b.valid() || a.days_since_epoch() > b.days_since_epoch();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Writing the debate back
// ---------------------------------------------------------------------------------------------

// The debate as the bounded reader read it, as nlohmann's ordered JSON, so the editor's field order stays.
ordered to_ordered(const JsonValue& v) {
    switch (v.type()) {
        case JsonValue::Type::Null: return nullptr;
        case JsonValue::Type::Boolean: return v.boolean();
        case JsonValue::Type::Integer: return v.integer_value();
        case JsonValue::Type::Unsigned: return v.unsigned_value();
        case JsonValue::Type::Float: return v.number();
        case JsonValue::Type::String: return std::string(v.str());
        case JsonValue::Type::Array: {
            ordered a = ordered::array();
            for (size_t i = 0; i < v.size(); ++i) a.push_back(to_ordered(v[i]));
            return a;
        }
        case JsonValue::Type::Object: {
            ordered o = ordered::object();
            for (size_t i = 0; i < v.size(); ++i) o[std::string(v.key(i))] = to_ordered(v.member(i));
            return o;
        }
    }
    return nullptr;
}

}  // namespace

std::string normalise_claim_text(std::string_view text) {
    std::string folded = fold_for_search(text), out;
    out.reserve(folded.size());
    for (char c : folded) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    // Quote marks around the whole (fold_for_search made curly ones straight; „ and ‚ open German quotes).
    auto strip = [&](bool front) {
        for (bool again = true; again && !out.empty();) {
            again = false;
            for (std::string_view q : {"\"", "'", "\xE2\x80\x9E", "\xE2\x80\x9A", " "}) {
                if (out.size() < q.size()) continue;
                const size_t at = front ? 0 : out.size() - q.size();
                if (out.compare(at, q.size(), q) == 0) {
                    out.erase(at, q.size());
                    again = true;
                }
            }
        }
    };
    strip(true);
    strip(false);
    return out;
}

LoadResult attach_claim_reviews(std::string_view debate_text, const std::string& debate_label, std::string_view reviews_text,
                                const std::string& reviews_label, std::string* p_debate_json, const LoadLimits& limits,
                                ReviewAttachStats* p_stats) {
    LoadResult result;
    if (p_debate_json) p_debate_json->clear();
    ReviewAttachStats stats;
    LoadResult debate = load_debate_text(debate_text, debate_label, limits);
    if (!debate.ok()) return debate;  // the debate's own problems, as --validate gives them
    // Its warnings come again from the final load (finish_import): not kept twice.
    JsonDocument reviews_doc, debate_doc;
    if (!parse_json(reviews_text, reviews_label, limits, reviews_doc, result.diagnostics)) return result;
    if (!parse_json(debate_text, debate_label, limits, debate_doc, result.diagnostics)) return result;  // loaded above: never fails
    DiagnosticSink sink(reviews_label, limits.max_diagnostics, result.diagnostics);
    if (!reviews_doc.root.is_object() && !reviews_doc.root.is_array()) {
        sink.error("", std::string("ClaimReview records are a JSON object or list, not ") + json_type_name(reviews_doc.root));
        return result;
    }
    RecordReader reader(sink);
    reader.read(reviews_doc.root);
    stats.records = reader.records.size();

    const Debate& d = *debate.debate;
    TextIndex indices[4];  // exact quote, exact summary, normalised quote, normalised summary
    for (size_t c = 0; c < d.claims.size(); ++c) {
        const int k = static_cast<int>(c);
        indices[0][d.claims[c].quote].push_back(k);
        indices[1][d.claims[c].summary].push_back(k);
        indices[2][normalise_claim_text(d.claims[c].quote)].push_back(k);
        indices[3][normalise_claim_text(d.claims[c].summary)].push_back(k);
    }
    // Per claim, the record chosen so far (-1: the debate's own review, or none).
    std::vector<int> chosen(d.claims.size(), -1);
    std::vector<PartialDate> chosen_date(d.claims.size());
    for (size_t c = 0; c < d.claims.size(); ++c)
        if (d.claims[c].review) chosen_date[c] = d.claims[c].review->date;
    auto describe = [&](int record, size_t claim) {
        if (record < 0) return std::string("the debate's own review (") + (chosen_date[claim].valid() ? chosen_date[claim].to_string() : "undated") + ")";
        const Record& r = reader.records[record];
        return r.path + " (" + (r.date.valid() ? r.date.to_string() : "undated") + ")";
    };
    for (size_t k = 0; k < reader.records.size(); ++k) {
        const Record& r = reader.records[k];
        const std::vector<int>* claims = match(r, indices);
        if (!claims) {
            sink.warn(r.path + "/claimReviewed", "no claim's quote or summary is \"" + elide(r.claim_reviewed, 120) + "\": not attached");
            continue;
        }
        ++stats.matched;
        for (int c : *claims) {
            const bool has = chosen[c] >= 0 || d.claims[c].review.has_value();
            if (has && !newer(r.date, chosen_date[c])) {
                sink.warn(r.path, "claim \"" + d.claims[c].id + "\" keeps the more recent " + describe(chosen[c], c) +
                                      " (the format holds one review per claim): not attached to it");
                continue;
            }
            if (has)
                sink.warn(chosen[c] >= 0 ? reader.records[chosen[c]].path : r.path,
                          "claim \"" + d.claims[c].id + "\" takes the more recent " + describe(static_cast<int>(k), c) + " instead of " +
                              describe(chosen[c], c) + " (the format holds one review per claim)");
            chosen[c] = static_cast<int>(k);
            chosen_date[c] = r.date;
        }
    }
    ordered doc = to_ordered(debate_doc.root);
    for (size_t c = 0; c < d.claims.size(); ++c) {
        if (chosen[c] < 0) continue;
        const Record& r = reader.records[chosen[c]];
        ordered review = {{"rating", elide(r.rating, 200)}, {"reviewer", elide(r.reviewer, 200)}, {"url", r.url}};
        if (r.date.valid()) review["date"] = r.date.to_string();
        doc["claims"][c]["review"] = std::move(review);
        ++stats.attached;
    }
    if (p_stats) *p_stats = stats;
    return finish_import(std::move(result), dump_debate_json(doc), debate_label, p_debate_json, limits);
}

}  // namespace dl
