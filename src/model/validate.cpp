// The semantic rules, item by item in the order of the file, then the checks across items.
// [SECTION] Reporting (skips what the reader already said)
// [SECTION] Items
// [SECTION] Quotes
// [SECTION] Across items: stances, drafts
#include "model/validate.h"

#include "model/json_reader.h"
#include "model/text.h"

#include <algorithm>
#include <cctype>

namespace dl {

bool is_slug(const std::string& s) {
    if (s.empty() || s.size() > 64) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
        if (!ok) return false;
    }
    return true;
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

// ---------------------------------------------------------------------------------------------
// [SECTION] Reporting
// ---------------------------------------------------------------------------------------------

bool is_blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

template <class T>
bool in_range(int i, const std::vector<T>& v) {
    return i >= 0 && static_cast<size_t>(i) < v.size();
}

std::string at(const std::string& path, size_t i) { return path + "/" + std::to_string(i); }

class Rules {
public:
    Rules(const Debate& d, DiagnosticSink& sink, const LoadLimits& limits, const ReaderNotes* notes)
        : d_(d), sink_(sink), limits_(limits), notes_(notes) {}

    void run() {
        top_level();
        article();
        each("/actors", d_.actors, [&](const std::string& p, const Actor& a) {
            required_text({p, "name"}, a.name);
            optional_text({p, "description"}, a.description);
        });
        each("/questions", d_.questions, [&](const std::string& p, const Question& q) {
            required_text({p, "text"}, q.text);
            if (is_blank(q.short_label) && !is_blank(q.text)) error(p + "/short", "must not be empty");
        });
        each("/evidence", d_.evidence, [&](const std::string& p, const Evidence& e) {
            required_text({p, "title"}, e.title);
            url({p, "url"}, e.url, false);
            optional_text({p, "description"}, e.description);
        });
        each("/claims", d_.claims, [&](const std::string& p, const Claim& c) { claim(p, c); });
        each("/relations", d_.relations, [&](const std::string& p, const Relation& r) {
            optional_text({p, "note"}, r.note);
            if (r.from >= 0 && r.from == r.to) error(p, "a claim cannot relate to itself");
        });
        each("/stances", d_.stances, [&](const std::string& p, const Stance& s) {
            const bool addressed = s.leaning != Leaning::NotAddressed;
            if (addressed) required_text({p, "position"}, s.position);
            if (addressed && s.claims.empty()) error(p + "/claims", "a stance other than not_addressed must name the claims that ground it");
        });
        each("/timeline", d_.timeline, [&](const std::string& p, const TimelineEvent& t) {
            required_date(p + "/date", t.date);
            required_text({p, "label"}, t.label);
        });
        each("/key_quotes", d_.key_quotes, [&](const std::string& p, const KeyQuote& k) {
            if (in_range(k.paragraph, d_.article.paragraphs) && d_.article.paragraphs[k.paragraph].kind != ParagraphKind::PullQuote)
                error(p + "/paragraph", "paragraph \"" + d_.article.paragraphs[k.paragraph].id + "\" is not a pull_quote paragraph");
        });
        stances();
        drafts();
    }

private:
    bool reported(const std::string& path) const { return notes_ && notes_->reported.count(path) > 0; }
    bool missing(const std::string& path) const { return notes_ && notes_->missing.count(path) > 0; }
    // Whether the reader reported or noted anything: most debates check no path against the notes.
    bool any_reported() const { return notes_ && !notes_->reported.empty(); }
    bool any_missing() const { return notes_ && !notes_->missing.empty(); }
    void error(const std::string& path, std::string message) {
        if (!reported(path)) sink_.error(path, std::move(message));
    }
    void warn(const std::string& path, std::string message) {
        if (!reported(path)) sink_.warn(path, std::move(message));
    }

    // A field of an item, its JSON path made only when a message (or a note) needs it.
    struct Field {
        const std::string& item;
        const char* name;
        std::string path() const { return item + "/" + name; }
    };
    void required_text(const Field& f, const std::string& value) {
        if (any_missing() && missing(f.path())) error(f.path(), "required field is missing");
        else if (is_blank(value)) error(f.path(), "must not be empty");
    }
    // An empty optional text is an absent one; only white space alone is reported.
    void optional_text(const Field& f, const std::string& value) {
        if (!value.empty() && is_blank(value)) error(f.path(), "must not be empty");
    }
    void required_date(const std::string& path, const PartialDate& date) {
        if (!date.valid()) error(path, "required field is missing");
    }
    void url(const Field& f, const std::string& value, bool required) {
        if (required && ((any_missing() && missing(f.path())) || is_blank(value))) return required_text(f, value);
        if (!value.empty() && !is_web_url(value))
            error(f.path(), "\"" + elide(value, 60) + "\" is not allowed: links must be http:// or https:// URLs");
    }
    void unknown_fields(const std::string& path, const Extras& extras) {
        for (const ExtraField& f : extras) {
            if (sink_.full()) return;  // nothing more can be reported: spare building the messages
            warn(path + "/" + json_pointer_token(f.key), "unknown field \"" + elide(f.key, 40) + "\" is not used by DebateLens (the Studio keeps it when it saves)");
        }
    }
    void required_list(const std::string& path) {
        if (missing(path)) error(path, "required field is missing");
    }

    template <class T, class F>
    void each(const std::string& path, const std::vector<T>& items, F check) {
        std::string p = path + "/";  // one buffer for every item's path
        const size_t base = p.size();
        for (size_t i = 0; i < items.size(); ++i) {
            p.resize(base);
            p += std::to_string(i);
            unknown_fields(p, items[i].extras);
            check(p, items[i]);
        }
    }

    // -----------------------------------------------------------------------------------------
    // [SECTION] Items
    // -----------------------------------------------------------------------------------------

    void top_level() {
        unknown_fields("", d_.extras);
        if (missing("/format")) error("/format", "required field is missing");
        required_text({kTop, "id"}, d_.id);
        if (!d_.id.empty() && !is_blank(d_.id) && !is_slug(d_.id))
            error("/id", "\"" + elide(d_.id, 40) + "\" is not a valid id: use lowercase letters, digits and '-', at most 64 characters");
        required_text({kTop, "content_version"}, d_.content_version);
        required_text({kTop, "title"}, d_.title);
        optional_text({kTop, "summary"}, d_.summary);
        for (const char* list : {"/actors", "/questions", "/claims", "/stances"}) required_list(list);
    }

    void article() {
        const Article& a = d_.article;
        unknown_fields("/article", a.extras);
        required_text({kArticle, "title"}, a.title);
        optional_text({kArticle, "title_note"}, a.title_note);
        required_text({kArticle, "publisher"}, a.publisher);
        // A draft made from an article that gives no date has none yet (--new never invents one).
        if (d_.claims.empty() && !a.date.valid())
            warn("/article/date", "no date yet: this is a draft (set the article's publication date before publishing)");
        else
            required_date("/article/date", a.date);
        required_text({kArticle, "language"}, a.language);
        url({kArticle, "url"}, a.url, false);
        required_list("/article/paragraphs");
        each("/article/paragraphs", a.paragraphs, [&](const std::string& p, const Paragraph& para) { required_text({p, "text"}, para.text); });
        each("/article/sections", a.sections, [&](const std::string& p, const Section& s) { required_text({p, "label"}, s.label); });
    }

    void claim(const std::string& p, const Claim& c) {
        required_text({p, "summary"}, c.summary);
        required_text({p, "quote"}, c.quote);
        const bool reader_said = any_reported() && (reported(p + "/range") || reported(p + "/occurrence") || reported(p + "/paragraph"));
        if (!is_blank(c.quote) && in_range(c.paragraph, d_.article.paragraphs) && !reader_said) quote(p, c);
        if (c.review) {
            const Review& r = *c.review;
            const std::string rp = p + "/review";
            unknown_fields(rp, r.extras);
            required_text({rp, "rating"}, r.rating);
            required_text({rp, "reviewer"}, r.reviewer);
            url({rp, "url"}, r.url, true);
        }
    }

    // -----------------------------------------------------------------------------------------
    // [SECTION] Quotes: the quote must stand in its paragraph character for character, at its range
    // -----------------------------------------------------------------------------------------

    void quote(const std::string& p, const Claim& c) {
        const Paragraph& para = d_.article.paragraphs[c.paragraph];
        const std::string& text = para.text;
        const uint64_t b = c.quote_begin, e = c.quote_end;
        if (b != 0 || e != 0) {
            const std::string rp = p + "/range";
            if (b >= e || e > text.size()) {
                error(rp, "[" + std::to_string(b) + ", " + std::to_string(e) + "] is outside paragraph \"" + para.id + "\" (" +
                              std::to_string(text.size()) + " bytes) or empty");
            } else if (!is_utf8_boundary(text, b) || !is_utf8_boundary(text, e)) {
                error(rp, "[" + std::to_string(b) + ", " + std::to_string(e) + "] cuts through a character: offsets are UTF-8 bytes");
            } else if (text.compare(b, e - b, c.quote) != 0) {
                error(rp, "the text at this range is \"" + elide(text.substr(b, e - b), 80) + "\", not the quote");
            }
            return;
        }
        // A quote nobody placed: the reader searched and did not find it, or (in memory) a search now.
        const size_t index = static_cast<size_t>(&c - d_.claims.data());
        const ReaderNotes::Quote note = notes_ && index < notes_->quotes.size() ? notes_->quotes[index] : ReaderNotes::Quote::Placed;
        if (note == ReaderNotes::Quote::NotChecked) {
            error(p + "/quote", "not checked: finding the quotes of this file takes more than " + std::to_string(notes_->quote_search_budget) +
                                    " bytes of searching, the limit (give the long paragraphs' claims a \"range\")");
            return;
        }
        if (note != ReaderNotes::Quote::NotFound && occurs(text, c.quote)) {
            error(p + "/quote", "the quote is in paragraph \"" + para.id + "\" but not placed: select its words again");
            return;
        }
        not_found(p, para, c.quote);
    }

    bool occurs(const std::string& text, const std::string& quote) {
        if (searched_ + text.size() > limits_.max_quote_search_bytes) return false;  // a hostile debate: say "not found"
        size_t found = 0;
        return find_occurrence(text, quote, 1, found, searched_, kmp_table_) != std::string::npos;
    }

    void not_found(const std::string& p, const Paragraph& para, const std::string& quote) {
        const std::string& text = para.text;
        std::string message = "the quote is not in paragraph \"" + para.id + "\" word for word";
        // The closest text makes the message useful, but costs quote x paragraph steps: only while
        // problems are still being reported, and within a budget for the whole debate.
        const uint64_t cells = static_cast<uint64_t>(text.size()) * quote.size();  // 64-bit: wasm's size_t is not
        if (!sink_.full() && near_miss_cells_ + cells <= kNearMissCells) {
            near_miss_cells_ += cells;
            const NearMiss near = closest_substring(text, quote);
            if (near.distance != SIZE_MAX && near.distance * 3 < quote.size())
                message += "; closest text there (" + std::to_string(near.distance) + " characters differ): \"" +
                           elide(text.substr(near.begin, near.end - near.begin), 160) + "\"";
        }
        error(p + "/quote", message);
    }

    // -----------------------------------------------------------------------------------------
    // [SECTION] Across items
    // -----------------------------------------------------------------------------------------

    // One stance per subject or commentator and question; the first one of a pair counts.
    void stances() {
        const size_t actors = d_.actors.size();
        std::vector<int> first(d_.questions.size() * actors, -1);
        for (size_t i = 0; i < d_.stances.size(); ++i) {
            const Stance& s = d_.stances[i];
            if (!in_range(s.actor, d_.actors) || !in_range(s.question, d_.questions)) continue;
            int& slot = first[static_cast<size_t>(s.question) * actors + s.actor];
            if (slot >= 0)
                error(at("/stances", i), "\"" + d_.actors[s.actor].id + "\" already has a stance on \"" + d_.questions[s.question].id +
                                             "\" (at /stances/" + std::to_string(slot) + ")");
            else
                slot = static_cast<int>(i);
        }
        for (size_t a = 0; a < actors; ++a) {
            if (d_.actors[a].role == ActorRole::Referenced || d_.actors[a].id.empty()) continue;
            for (size_t q = 0; q < d_.questions.size(); ++q)
                if (first[q * actors + a] < 0 && !d_.questions[q].id.empty())
                    error("/stances", "\"" + d_.actors[a].id + "\" has no stance on question \"" + d_.questions[q].id +
                                          "\" (write leaning \"not_addressed\" if the article does not say)");
        }
    }

    // A draft (what --new writes, what the Studio starts from) has no claims yet: a warning, so it opens.
    void drafts() {
        // A draft from an article without bylines has no speakers yet.
        if (d_.actors.empty() && !missing("/actors")) {
            if (d_.claims.empty()) warn("/actors", "no speakers yet: this is a draft (add the people the article quotes)");
            else error("/actors", "a debate needs at least one actor");
        }
        if (d_.claims.empty() && !missing("/claims"))
            warn("/claims", "no claims yet: this is a draft (select words in the article to make the first claim)");
        if (d_.article.paragraphs.empty() && !missing("/article/paragraphs") && !reported("/article"))
            error("/article/paragraphs", "the article needs at least one paragraph");
    }

    static constexpr uint64_t kNearMissCells = 64'000'000;  // ~0.1 s of closest_substring in all
    const std::string kTop, kArticle = "/article";

    const Debate& d_;
    DiagnosticSink& sink_;
    const LoadLimits& limits_;
    const ReaderNotes* notes_;
    size_t searched_ = 0;
    uint64_t near_miss_cells_ = 0;
    std::vector<uint32_t> kmp_table_;
};

}  // namespace

bool ReaderNotes::any_quote_not_checked() const {
    return std::find(quotes.begin(), quotes.end(), Quote::NotChecked) != quotes.end();
}

void validate_debate(const Debate& d, DiagnosticSink& sink, const LoadLimits& limits) { Rules(d, sink, limits, nullptr).run(); }

void validate_debate_read(const Debate& d, DiagnosticSink& sink, const LoadLimits& limits, const ReaderNotes& notes) {
    Rules(d, sink, limits, &notes).run();
}

std::vector<Diagnostic> validate_debate(const Debate& d, const std::string& file_label, const LoadLimits& limits) {
    std::vector<Diagnostic> out;
    DiagnosticSink sink(file_label, limits.max_diagnostics, out);
    validate_debate(d, sink, limits);
    return out;
}

}  // namespace dl
