// The canonical writer. One rule for lists: a list of ids and a quote's `range` sit on one line
// (`["a", "b"]`); every other list (of objects, of free text) has one item per line.
#include "model/save.h"

#include "model/enums.h"
#include "model/json_reader.h"
#include "model/text.h"

#include <vector>

namespace dl {

namespace {

// A pretty-printer that keeps track of commas and indentation; objects always open a new line per member.
class CanonicalWriter {
public:
    std::string text;

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    // The next member of the open object; its value follows.
    void key(std::string_view k) {
        next_line();
        append_json_string(text, k);
        text += ": ";
    }
    // The next element of the open array; its value follows.
    void element() { next_line(); }
    void string(std::string_view s) { append_json_string(text, s); }
    void raw(std::string_view json) { text += json; }

    void field(std::string_view k, std::string_view value) {
        key(k);
        string(value);
    }
    void optional_field(std::string_view k, std::string_view value) {
        if (!value.empty()) field(k, value);
    }
    void date_field(std::string_view k, const PartialDate& date) {
        if (date.valid()) field(k, date.to_string());
    }
    template <class E>
    void choice(std::string_view k, E value) {
        field(k, EnumNames<E>::names[static_cast<int>(value)]);
    }
    template <class E>
    void optional_choice(std::string_view k, E value, E default_value) {
        if (value != default_value) choice(k, value);
    }
    // A list of ids, on one line.
    template <class T>
    void id_list(std::string_view k, const std::vector<int>& refs, const std::vector<T>& items) {
        if (refs.empty()) return;
        key(k);
        text += '[';
        for (size_t i = 0; i < refs.size(); ++i) {
            if (i) text += ", ";
            string(id_of(items, refs[i]));
        }
        text += ']';
    }
    void text_list(std::string_view k, const std::vector<std::string>& values) {
        if (values.empty()) return;
        key(k);
        begin_array();
        for (const std::string& v : values) {
            element();
            string(v);
        }
        end_array();
    }
    void extras(const Extras& fields) {
        for (const ExtraField& f : fields) {
            key(f.key);
            raw(f.json);
        }
    }

    template <class T>
    static std::string_view id_of(const std::vector<T>& items, int i) {
        return i >= 0 && static_cast<size_t>(i) < items.size() ? std::string_view(items[i].id) : std::string_view();
    }

private:
    void open(char c) {
        text += c;
        first_.push_back(true);
    }
    void close(char c) {
        const bool empty = first_.back();
        first_.pop_back();
        if (!empty) {
            text += '\n';
            text.append(2 * first_.size(), ' ');
        }
        text += c;
    }
    void next_line() {
        if (!first_.back()) text += ',';
        first_.back() = false;
        text += '\n';
        text.append(2 * first_.size(), ' ');
    }
    std::vector<bool> first_;  // per open container: no member written yet
};

// Writes `items` under `k`, each as an object filled by `write_item`; a required list is written even when empty.
template <class T, class F>
void object_list(CanonicalWriter& w, std::string_view k, const std::vector<T>& items, bool required, F write_item) {
    if (items.empty() && !required) return;
    w.key(k);
    w.begin_array();
    for (const T& item : items) {
        w.element();
        w.begin_object();
        write_item(item);
        w.end_object();
    }
    w.end_array();
}

void write_article(CanonicalWriter& w, const Debate& d) {
    const Article& a = d.article;
    w.key("article");
    w.begin_object();
    w.field("title", a.title);
    w.optional_field("title_note", a.title_note);
    w.field("publisher", a.publisher);
    w.date_field("date", a.date);
    w.field("language", a.language);
    w.optional_field("url", a.url);
    object_list(w, "paragraphs", a.paragraphs, true, [&](const Paragraph& p) {
        w.field("id", p.id);
        w.field("text", p.text);
        w.optional_choice("kind", p.kind, ParagraphKind::Body);
        if (p.section >= 0) w.field("section", CanonicalWriter::id_of(a.sections, p.section));
        w.extras(p.extras);
    });
    object_list(w, "sections", a.sections, false, [&](const Section& s) {
        w.field("id", s.id);
        w.field("label", s.label);
        if (s.actor >= 0) w.field("actor", CanonicalWriter::id_of(d.actors, s.actor));
        w.id_list("paragraphs", s.paragraphs, a.paragraphs);
        w.extras(s.extras);
    });
    w.extras(a.extras);
    w.end_object();
}

void write_claim(CanonicalWriter& w, const Debate& d, const Claim& c) {
    w.field("id", c.id);
    w.field("actor", CanonicalWriter::id_of(d.actors, c.actor));
    w.optional_choice("attribution", c.attribution, Attribution::Direct);
    w.field("summary", c.summary);
    w.choice("kind", c.kind);
    w.field("quote", c.quote);
    w.field("paragraph", CanonicalWriter::id_of(d.article.paragraphs, c.paragraph));
    // 0, 0 is a quote the loader could not place: without a range, loading searches for it again.
    if (c.quote_begin != 0 || c.quote_end != 0) {
        w.key("range");
        w.raw("[" + std::to_string(c.quote_begin) + ", " + std::to_string(c.quote_end) + "]");
    }
    w.id_list("evidence", c.evidence, d.evidence);
    w.id_list("questions", c.questions, d.questions);
    if (c.review) {
        const Review& r = *c.review;
        w.key("review");
        w.begin_object();
        w.field("rating", r.rating);
        w.field("reviewer", r.reviewer);
        w.field("url", r.url);
        w.date_field("date", r.date);
        w.extras(r.extras);
        w.end_object();
    }
    w.extras(c.extras);
}

}  // namespace

std::string format_debate(const Debate& d) {
    CanonicalWriter w;
    w.begin_object();
    if (!d.schema.empty()) {
        w.key("$schema");
        w.raw(d.schema);
    }
    w.field("format", "debatelens/1");
    w.field("id", d.id);
    w.field("content_version", d.content_version);
    w.field("title", d.title);
    w.optional_field("summary", d.summary);
    w.text_list("editorial_notes", d.editorial_notes);
    write_article(w, d);
    object_list(w, "actors", d.actors, true, [&](const Actor& a) {
        w.field("id", a.id);
        w.field("name", a.name);
        w.choice("role", a.role);
        w.text_list("affiliations", a.affiliations);
        w.optional_field("description", a.description);
        if (a.unnamed) {
            w.key("unnamed");
            w.raw("true");
        }
        w.extras(a.extras);
    });
    object_list(w, "questions", d.questions, true, [&](const Question& q) {
        w.field("id", q.id);
        w.field("text", q.text);
        // The loader derives a missing label from the text; only a label of the author's own is written.
        if (q.short_label != elide(q.text, 24)) w.field("short", q.short_label);
        w.extras(q.extras);
    });
    object_list(w, "claims", d.claims, true, [&](const Claim& c) { write_claim(w, d, c); });
    object_list(w, "relations", d.relations, false, [&](const Relation& r) {
        w.field("from", CanonicalWriter::id_of(d.claims, r.from));
        w.field("to", CanonicalWriter::id_of(d.claims, r.to));
        w.choice("type", r.type);
        w.optional_field("note", r.note);
        w.extras(r.extras);
    });
    object_list(w, "evidence", d.evidence, false, [&](const Evidence& e) {
        w.field("id", e.id);
        w.field("title", e.title);
        w.choice("kind", e.kind);
        w.date_field("date", e.date);
        w.optional_field("url", e.url);
        w.optional_field("description", e.description);
        w.optional_choice("source", e.source, SourceKind::Article);
        w.extras(e.extras);
    });
    object_list(w, "stances", d.stances, true, [&](const Stance& s) {
        w.field("actor", CanonicalWriter::id_of(d.actors, s.actor));
        w.field("question", CanonicalWriter::id_of(d.questions, s.question));
        w.choice("leaning", s.leaning);
        // Required unless not_addressed: written even when empty, so that validation names it.
        if (s.leaning != Leaning::NotAddressed || !s.position.empty()) w.field("position", s.position);
        w.id_list("claims", s.claims, d.claims);
        w.extras(s.extras);
    });
    object_list(w, "timeline", d.timeline, false, [&](const TimelineEvent& t) {
        w.field("id", t.id);
        w.date_field("date", t.date);
        w.field("label", t.label);
        w.id_list("evidence", t.evidence, d.evidence);
        w.id_list("claims", t.claims, d.claims);
        w.optional_choice("source", t.source, SourceKind::Article);
        w.extras(t.extras);
    });
    object_list(w, "key_quotes", d.key_quotes, false, [&](const KeyQuote& k) {
        w.field("id", k.id);
        w.field("paragraph", CanonicalWriter::id_of(d.article.paragraphs, k.paragraph));
        if (k.actor >= 0) w.field("actor", CanonicalWriter::id_of(d.actors, k.actor));
        w.extras(k.extras);
    });
    w.extras(d.extras);
    w.end_object();
    w.text += '\n';
    return std::move(w.text);
}

WriteResult save_debate_file(const Debate& d, const std::string& path, FileSystem& fs) {
    WriteOptions options;
    options.keep_backup = true;
    return write_file_atomically(path, format_debate(d), options, fs);
}

}  // namespace dl
