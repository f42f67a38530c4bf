// The Studio's document: operations, the checks commands make, and the commands themselves.
// [SECTION] Lists and references: each item type's list, every reference to a list
// [SECTION] Operations (each with its inverse)
// [SECTION] Checks: what a command refuses
// [SECTION] Descriptions
// [SECTION] The document: steps, undo, redo
// [SECTION] Commands
// [SECTION] Cascades (referential integrity) and re-anchoring
#include "model/edit.h"

#include "model/text.h"
#include "model/validate.h"

#include <algorithm>
#include <type_traits>

namespace dl {

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Lists and references
// ---------------------------------------------------------------------------------------------

template <class T> struct Items;
#define DL_ITEMS(T, KIND, NOUN, MEMBER, LIMIT)                                                  \
    template <> struct Items<T> {                                                               \
        static constexpr ListKind kind = ListKind::KIND;                                        \
        static constexpr const char* noun = NOUN;                                               \
        static std::vector<T>& of(Debate& d) { return d.MEMBER; }                               \
        static const std::vector<T>& of(const Debate& d) { return d.MEMBER; }                   \
        static size_t limit(const LoadLimits& l) { return l.LIMIT; }                            \
    }
DL_ITEMS(Paragraph, Paragraphs, "paragraph", article.paragraphs, max_paragraphs);
DL_ITEMS(Section, Sections, "section", article.sections, max_paragraphs);
DL_ITEMS(Actor, Actors, "actor", actors, max_actors);
DL_ITEMS(Question, Questions, "question", questions, max_questions);
DL_ITEMS(Claim, Claims, "claim", claims, max_claims);
DL_ITEMS(Relation, Relations, "relation", relations, max_relations);
DL_ITEMS(Evidence, Evidence, "evidence item", evidence, max_evidence);
DL_ITEMS(Stance, Stances, "stance", stances, max_claims);
DL_ITEMS(TimelineEvent, Timeline, "timeline event", timeline, max_timeline);
DL_ITEMS(KeyQuote, KeyQuotes, "key quote", key_quotes, max_paragraphs);
DL_ITEMS(std::string, Notes, "editorial note", editorial_notes, max_list);
#undef DL_ITEMS

template <class T> struct Type {
    using Item = T;
};
// Calls f(Type<T>{}) with the item type of `list`.
template <class F>
auto with_item_type(ListKind list, F f) {
    switch (list) {
        case ListKind::Paragraphs: return f(Type<Paragraph>{});
        case ListKind::Sections: return f(Type<Section>{});
        case ListKind::Actors: return f(Type<Actor>{});
        case ListKind::Questions: return f(Type<Question>{});
        case ListKind::Claims: return f(Type<Claim>{});
        case ListKind::Relations: return f(Type<Relation>{});
        case ListKind::Evidence: return f(Type<Evidence>{});
        case ListKind::Stances: return f(Type<Stance>{});
        case ListKind::Timeline: return f(Type<TimelineEvent>{});
        case ListKind::KeyQuotes: return f(Type<KeyQuote>{});
        case ListKind::Notes: break;
    }
    return f(Type<std::string>{});
}

// Calls f(int&) for every reference (an index) into `list`, wherever it is held. -1 ("none") included.
template <class F>
void for_each_ref(Debate& d, ListKind list, F f) {
    auto all = [&](std::vector<int>& refs) {
        for (int& r : refs) f(r);
    };
    switch (list) {
        case ListKind::Paragraphs:
            for (Claim& c : d.claims) f(c.paragraph);
            for (Section& s : d.article.sections) all(s.paragraphs);
            for (KeyQuote& k : d.key_quotes) f(k.paragraph);
            break;
        case ListKind::Sections:
            for (Paragraph& p : d.article.paragraphs) f(p.section);
            break;
        case ListKind::Actors:
            for (Section& s : d.article.sections) f(s.actor);
            for (Claim& c : d.claims) f(c.actor);
            for (Stance& s : d.stances) f(s.actor);
            for (KeyQuote& k : d.key_quotes) f(k.actor);
            break;
        case ListKind::Questions:
            for (Claim& c : d.claims) all(c.questions);
            for (Stance& s : d.stances) f(s.question);
            break;
        case ListKind::Claims:
            for (Relation& r : d.relations) f(r.from), f(r.to);
            for (Stance& s : d.stances) all(s.claims);
            for (TimelineEvent& t : d.timeline) all(t.claims);
            break;
        case ListKind::Evidence:
            for (Claim& c : d.claims) all(c.evidence);
            for (TimelineEvent& t : d.timeline) all(t.evidence);
            break;
        default: break;  // nothing refers to relations, stances, timeline events, key quotes or notes
    }
}

// Renumbers every reference into `list` (those that point somewhere) through `map`.
template <class F>
void remap_refs(Debate& d, ListKind list, F map) {
    for_each_ref(d, list, [&](int& r) {
        if (r >= 0) r = map(r);
    });
}

// Lists of ids held by an item, and single references held by an item: what cascades change.
enum class RefList { ClaimQuestions, ClaimEvidence, StanceClaims, EventClaims, EventEvidence, SectionParagraphs };
enum class RefField { SectionActor, KeyQuoteActor, ParagraphSection };

std::vector<int>& ref_list(Debate& d, RefList which, int item) {
    switch (which) {
        case RefList::ClaimQuestions: return d.claims[item].questions;
        case RefList::ClaimEvidence: return d.claims[item].evidence;
        case RefList::StanceClaims: return d.stances[item].claims;
        case RefList::EventClaims: return d.timeline[item].claims;
        case RefList::EventEvidence: return d.timeline[item].evidence;
        case RefList::SectionParagraphs: return d.article.sections[item].paragraphs;
    }
    return d.claims[item].questions;
}

int& ref_field(Debate& d, RefField which, int item) {
    switch (which) {
        case RefField::SectionActor: return d.article.sections[item].actor;
        case RefField::KeyQuoteActor: return d.key_quotes[item].actor;
        case RefField::ParagraphSection: return d.article.paragraphs[item].section;
    }
    return d.article.paragraphs[item].section;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Operations
// ---------------------------------------------------------------------------------------------

size_t deep_size(const std::string& s) { return sizeof s + s.capacity(); }
size_t deep_size(const std::vector<int>& v) { return sizeof v + v.capacity() * sizeof(int); }
size_t deep_size(const std::vector<std::string>& v) {
    size_t n = sizeof v;
    for (const auto& s : v) n += deep_size(s);
    return n;
}
size_t deep_size(const Extras& e) {
    size_t n = sizeof e;
    for (const auto& f : e) n += deep_size(f.key) + deep_size(f.json);
    return n;
}
size_t deep_size(const Paragraph& p) { return sizeof p + p.id.capacity() + p.text.capacity() + deep_size(p.extras); }
size_t deep_size(const Section& s) { return sizeof s + s.id.capacity() + s.label.capacity() + deep_size(s.paragraphs) + deep_size(s.extras); }
size_t deep_size(const Actor& a) {
    return sizeof a + a.id.capacity() + a.name.capacity() + a.description.capacity() + deep_size(a.affiliations) + deep_size(a.extras);
}
size_t deep_size(const Question& q) { return sizeof q + q.id.capacity() + q.text.capacity() + q.short_label.capacity() + deep_size(q.extras); }
size_t deep_size(const Claim& c) {
    size_t n = sizeof c + c.id.capacity() + c.summary.capacity() + c.quote.capacity() + deep_size(c.evidence) +
               deep_size(c.questions) + deep_size(c.extras);
    if (c.review) n += c.review->rating.capacity() + c.review->reviewer.capacity() + c.review->url.capacity() + deep_size(c.review->extras);
    return n;
}
size_t deep_size(const Relation& r) { return sizeof r + r.note.capacity() + deep_size(r.extras); }
size_t deep_size(const Evidence& e) {
    return sizeof e + e.id.capacity() + e.title.capacity() + e.url.capacity() + e.description.capacity() + deep_size(e.extras);
}
size_t deep_size(const Stance& s) { return sizeof s + s.position.capacity() + deep_size(s.claims) + deep_size(s.extras); }
size_t deep_size(const TimelineEvent& t) {
    return sizeof t + t.id.capacity() + t.label.capacity() + deep_size(t.evidence) + deep_size(t.claims) + deep_size(t.extras);
}
size_t deep_size(const KeyQuote& k) { return sizeof k + k.id.capacity() + deep_size(k.extras); }

// An item's new value.
template <class T>
class ReplaceItem : public Operation {
public:
    ReplaceItem(int index, T before, T after) : index_(index), before_(std::move(before)), after_(std::move(after)) {}
    void apply(Debate& d) override { Items<T>::of(d)[index_] = after_; }
    void revert(Debate& d) override { Items<T>::of(d)[index_] = before_; }
    size_t bytes() const override { return sizeof *this + deep_size(before_) + deep_size(after_); }

private:
    int index_;
    T before_, after_;
};

// An item inserted at `index` (or, as a removal, taken out): references after it move along.
// A removal expects that nothing refers to the item any more (the cascade went first).
template <class T>
class InsertItem : public Operation {
public:
    InsertItem(int index, T item, bool removal) : index_(index), item_(std::move(item)), removal_(removal) {}
    void apply(Debate& d) override { removal_ ? erase(d) : insert(d); }
    void revert(Debate& d) override { removal_ ? insert(d) : erase(d); }
    size_t bytes() const override { return sizeof *this + deep_size(item_); }

private:
    void insert(Debate& d) {
        const int i = index_;
        remap_refs(d, Items<T>::kind, [i](int r) { return r >= i ? r + 1 : r; });
        auto& list = Items<T>::of(d);
        list.insert(list.begin() + i, item_);
    }
    void erase(Debate& d) {
        const int i = index_;
        auto& list = Items<T>::of(d);
        list.erase(list.begin() + i);
        remap_refs(d, Items<T>::kind, [i](int r) { return r > i ? r - 1 : r; });
    }
    int index_;
    T item_;
    bool removal_;
};

// An item moved from one place in its list to another; references follow it.
template <class T>
class MoveItem : public Operation {
public:
    MoveItem(int from, int to) : from_(from), to_(to) {}
    void apply(Debate& d) override { move(d, from_, to_); }
    void revert(Debate& d) override { move(d, to_, from_); }
    size_t bytes() const override { return sizeof *this; }

private:
    static void move(Debate& d, int from, int to) {
        auto& list = Items<T>::of(d);
        T item = std::move(list[from]);
        list.erase(list.begin() + from);
        list.insert(list.begin() + to, std::move(item));
        remap_refs(d, Items<T>::kind, [from, to](int r) {
            if (r == from) return to;
            if (from < to && r > from && r <= to) return r - 1;
            if (to < from && r >= to && r < from) return r + 1;
            return r;
        });
    }
    int from_, to_;
};

// One id inserted into (or, as a removal, taken out of) an item's list of ids.
class ListEntry : public Operation {
public:
    ListEntry(RefList list, int item, int position, int value, bool removal)
        : list_(list), item_(item), position_(position), value_(value), removal_(removal) {}
    void apply(Debate& d) override { removal_ ? erase(d) : insert(d); }
    void revert(Debate& d) override { removal_ ? insert(d) : erase(d); }
    size_t bytes() const override { return sizeof *this; }

private:
    void insert(Debate& d) {
        auto& v = ref_list(d, list_, item_);
        v.insert(v.begin() + position_, value_);
    }
    void erase(Debate& d) {
        auto& v = ref_list(d, list_, item_);
        v.erase(v.begin() + position_);
    }
    RefList list_;
    int item_, position_, value_;
    bool removal_;
};

// One reference held by an item, changed.
class SetRef : public Operation {
public:
    SetRef(RefField field, int item, int before, int after) : field_(field), item_(item), before_(before), after_(after) {}
    void apply(Debate& d) override { ref_field(d, field_, item_) = after_; }
    void revert(Debate& d) override { ref_field(d, field_, item_) = before_; }
    size_t bytes() const override { return sizeof *this; }

private:
    RefField field_;
    int item_, before_, after_;
};

// A claim's quote moved with its paragraph's text (the quote itself is unchanged).
class MoveQuote : public Operation {
public:
    MoveQuote(int claim, uint32_t b0, uint32_t e0, uint32_t b1, uint32_t e1) : claim_(claim), before_{b0, e0}, after_{b1, e1} {}
    void apply(Debate& d) override { set(d, after_); }
    void revert(Debate& d) override { set(d, before_); }
    size_t bytes() const override { return sizeof *this; }

private:
    struct Range {
        uint32_t begin, end;
    };
    void set(Debate& d, Range r) {
        d.claims[claim_].quote_begin = r.begin;
        d.claims[claim_].quote_end = r.end;
    }
    int claim_;
    Range before_, after_;
};

// The debate's and the article's own fields.
std::string* text_field(Debate& d, DebateField f) {
    switch (f) {
        case DebateField::Id: return &d.id;
        case DebateField::ContentVersion: return &d.content_version;
        case DebateField::Title: return &d.title;
        case DebateField::Summary: return &d.summary;
        case DebateField::ArticleTitle: return &d.article.title;
        case DebateField::ArticleTitleNote: return &d.article.title_note;
        case DebateField::ArticlePublisher: return &d.article.publisher;
        case DebateField::ArticleLanguage: return &d.article.language;
        case DebateField::ArticleUrl: return &d.article.url;
        case DebateField::ArticleDate: return nullptr;
    }
    return nullptr;
}
const char* field_name(DebateField f) {
    switch (f) {
        case DebateField::Id: return "the debate's id";
        case DebateField::ContentVersion: return "the content version";
        case DebateField::Title: return "the debate's title";
        case DebateField::Summary: return "the debate's summary";
        case DebateField::ArticleTitle: return "the article's title";
        case DebateField::ArticleTitleNote: return "the note on the article's title";
        case DebateField::ArticlePublisher: return "the publisher";
        case DebateField::ArticleDate: return "the article's date";
        case DebateField::ArticleLanguage: return "the article's language";
        case DebateField::ArticleUrl: return "the article's link";
    }
    return "a field";
}

class SetField : public Operation {
public:
    SetField(DebateField field, std::string before, std::string after, PartialDate date_before, PartialDate date_after)
        : field_(field), before_(std::move(before)), after_(std::move(after)), date_before_(date_before), date_after_(date_after) {}
    void apply(Debate& d) override { set(d, after_, date_after_); }
    void revert(Debate& d) override { set(d, before_, date_before_); }
    size_t bytes() const override { return sizeof *this + before_.capacity() + after_.capacity(); }

private:
    void set(Debate& d, const std::string& text, PartialDate date) {
        if (std::string* s = text_field(d, field_)) *s = text;
        else d.article.date = date;
    }
    DebateField field_;
    std::string before_, after_;
    PartialDate date_before_, date_after_;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Checks: what a command refuses (what the file could not represent faithfully)
// ---------------------------------------------------------------------------------------------

template <class T>
const std::string* id_of(const T& item) {
    if constexpr (std::is_same_v<T, Relation> || std::is_same_v<T, Stance> || std::is_same_v<T, std::string>) return nullptr;
    else return &item.id;
}

template <class T>
bool id_taken(const Debate& d, const std::string& id, int self) {
    const auto& list = Items<T>::of(d);
    for (size_t i = 0; i < list.size(); ++i)
        if (static_cast<int>(i) != self && *id_of(list[i]) == id) return true;
    return false;
}

class Check {
public:
    Check(const Debate& d, const LoadLimits& limits) : d_(d), limits_(limits) {}
    const std::string& problem() const { return problem_; }
    bool ok() const { return problem_.empty(); }
    void fail(std::string message) {
        if (problem_.empty()) problem_ = std::move(message);
    }

    void text(const char* field, const std::string& s) {
        if (s.size() > limits_.max_string_bytes)
            fail(std::string(field) + " is " + std::to_string(s.size()) + " bytes long; the limit is " + std::to_string(limits_.max_string_bytes));
        else if (s.find('\0') != std::string::npos) fail(std::string(field) + " contains a NUL character");
        else if (!is_valid_utf8(s)) fail(std::string(field) + " is not valid UTF-8 text");
    }
    void texts(const char* field, const std::vector<std::string>& v) {
        if (v.size() > limits_.max_list) fail(std::string(field) + " has " + std::to_string(v.size()) + " items; the limit is " + std::to_string(limits_.max_list));
        for (const auto& s : v) text(field, s);
    }
    template <class T>
    void id(const std::string& id, int self) {
        if (!is_slug(id))
            fail("\"" + elide(id, 40) + "\" is not a valid id: use lowercase letters, digits and '-', at most 64 characters");
        else if (id_taken<T>(d_, id, self))
            fail("the id \"" + id + "\" is already used by another " + Items<T>::noun);
    }
    template <class V>
    void ref(const char* field, int r, const std::vector<V>& list, bool optional) {
        if (optional && r == -1) return;
        if (r < 0 || static_cast<size_t>(r) >= list.size()) fail(std::string(field) + " refers to nothing (index " + std::to_string(r) + ")");
    }
    // `max`: how many the list may hold (0: LoadLimits::max_list), as the loader counts them.
    template <class V>
    void refs(const char* field, const std::vector<int>& rs, const std::vector<V>& list, size_t max = 0) {
        const size_t limit = max ? max : limits_.max_list;
        if (rs.size() > limit) fail(std::string(field) + " has " + std::to_string(rs.size()) + " items; the limit is " + std::to_string(limit));
        for (size_t i = 0; i < rs.size(); ++i) {
            ref(field, rs[i], list, false);
            if (std::find(rs.begin(), rs.begin() + static_cast<std::ptrdiff_t>(i), rs[i]) != rs.begin() + static_cast<std::ptrdiff_t>(i))
                fail(std::string(field) + " lists the same item twice");
        }
    }
    template <class E>
    void choice(const char* field, E value) {
        const int v = static_cast<int>(value);
        if (v < 0 || v >= EnumCount<E>()) fail(std::string(field) + " has no such value");
    }
    void date(const char* field, const PartialDate& date) {
        PartialDate back;
        if (date.year == 0 && date.month == 0 && date.day == 0) return;  // none
        if (!parse_partial_date(date.to_string(), back) || back.year != date.year || back.month != date.month || back.day != date.day)
            fail(std::string(field) + " is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    void extras_kept(const Extras& before, const Extras& after) {
        if (!(before == after)) fail("unknown fields are kept as the file had them; they cannot be edited here");
    }
    // A quote is exactly the bytes of its range, which is inside its paragraph on character boundaries.
    void anchor(int paragraph, uint32_t begin, uint32_t end) {
        ref("paragraph", paragraph, d_.article.paragraphs, false);
        if (!ok()) return;
        const std::string& text = d_.article.paragraphs[paragraph].text;
        if (begin >= end || end > text.size())
            fail("[" + std::to_string(begin) + ", " + std::to_string(end) + "] is not a range of paragraph \"" +
                 d_.article.paragraphs[paragraph].id + "\" (" + std::to_string(text.size()) + " bytes)");
        else if (!is_utf8_boundary(text, begin) || !is_utf8_boundary(text, end))
            fail("[" + std::to_string(begin) + ", " + std::to_string(end) + "] cuts through a character");
    }

    const Debate& d_;
    const LoadLimits& limits_;

private:
    template <class E>
    static constexpr int EnumCount() {
        if constexpr (std::is_same_v<E, ParagraphKind>) return 4;
        else if constexpr (std::is_same_v<E, ActorRole>) return 3;
        else if constexpr (std::is_same_v<E, ClaimKind>) return kClaimKindCount;
        else if constexpr (std::is_same_v<E, Attribution>) return 3;
        else if constexpr (std::is_same_v<E, RelationType>) return kRelationTypeCount;
        else if constexpr (std::is_same_v<E, EvidenceKind>) return 6;
        else if constexpr (std::is_same_v<E, SourceKind>) return 2;
        else return kLeaningCount;
    }
    std::string problem_;
};

void check_item(Check& c, const Paragraph& p, int self) {
    c.id<Paragraph>(p.id, self);
    c.text("text", p.text);
    c.choice("kind", p.kind);
    c.ref("section", p.section, c.d_.article.sections, true);
}
void check_item(Check& c, const Section& s, int self) {
    c.id<Section>(s.id, self);
    c.text("label", s.label);
    c.ref("actor", s.actor, c.d_.actors, true);
    c.refs("paragraphs", s.paragraphs, c.d_.article.paragraphs, c.limits_.max_paragraphs);
}
void check_item(Check& c, const Actor& a, int self) {
    c.id<Actor>(a.id, self);
    c.text("name", a.name);
    c.text("description", a.description);
    c.choice("role", a.role);
    c.texts("affiliations", a.affiliations);
}
void check_item(Check& c, const Question& q, int self) {
    c.id<Question>(q.id, self);
    c.text("text", q.text);
    c.text("short label", q.short_label);
}
void check_item(Check& c, const Claim& cl, int self) {
    c.id<Claim>(cl.id, self);
    c.ref("actor", cl.actor, c.d_.actors, false);
    c.choice("attribution", cl.attribution);
    c.text("summary", cl.summary);
    c.choice("kind", cl.kind);
    c.refs("evidence", cl.evidence, c.d_.evidence);
    c.refs("questions", cl.questions, c.d_.questions);
    if (cl.review) {
        c.text("the review's rating", cl.review->rating);
        c.text("the review's reviewer", cl.review->reviewer);
        c.text("the review's link", cl.review->url);
        c.date("the review's date", cl.review->date);
    }
}
void check_item(Check& c, const Relation& r, int) {
    c.ref("from", r.from, c.d_.claims, false);
    c.ref("to", r.to, c.d_.claims, false);
    c.choice("type", r.type);
    c.text("note", r.note);
}
void check_item(Check& c, const Evidence& e, int self) {
    c.id<Evidence>(e.id, self);
    c.text("title", e.title);
    c.text("link", e.url);
    c.text("description", e.description);
    c.choice("kind", e.kind);
    c.choice("source", e.source);
    c.date("date", e.date);
}
void check_item(Check& c, const Stance& s, int) {
    c.ref("actor", s.actor, c.d_.actors, false);
    c.ref("question", s.question, c.d_.questions, false);
    c.choice("leaning", s.leaning);
    c.text("position", s.position);
    c.refs("claims", s.claims, c.d_.claims);
}
void check_item(Check& c, const TimelineEvent& t, int self) {
    c.id<TimelineEvent>(t.id, self);
    c.text("label", t.label);
    c.date("date", t.date);
    c.refs("evidence", t.evidence, c.d_.evidence);
    c.refs("claims", t.claims, c.d_.claims);
    c.choice("source", t.source);
}
void check_item(Check& c, const KeyQuote& k, int self) {
    c.id<KeyQuote>(k.id, self);
    c.ref("paragraph", k.paragraph, c.d_.article.paragraphs, false);
    c.ref("actor", k.actor, c.d_.actors, true);
}
void check_item(Check& c, const std::string& note, int) { c.text("the note", note); }

const Extras* extras_of(const std::string&) { return nullptr; }
template <class T>
const Extras* extras_of(const T& item) {
    return &item.extras;
}

// Fields a generic edit must leave alone: they change through their own commands.
std::string frozen(const Paragraph& a, const Paragraph& b) {
    return a.section != b.section ? "a paragraph's section changes with set_paragraph_section" : "";
}
std::string frozen(const Section& a, const Section& b) {
    return a.paragraphs != b.paragraphs ? "a section's paragraphs change with set_paragraph_section" : "";
}
std::string frozen(const Claim& a, const Claim& b) {
    if (a.quote != b.quote || a.paragraph != b.paragraph || a.quote_begin != b.quote_begin || a.quote_end != b.quote_end)
        return "a claim's quote changes by selecting its words again (anchor_claim)";
    return "";
}
std::string frozen(const Stance& a, const Stance& b) {
    return a.actor != b.actor || a.question != b.question ? "a stance's actor and question are fixed (set_stance makes another)" : "";
}
template <class T>
std::string frozen(const T&, const T&) {
    return "";
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Descriptions
// ---------------------------------------------------------------------------------------------

template <class V>
std::string id_at(const std::vector<V>& list, int i) {
    return i >= 0 && static_cast<size_t>(i) < list.size() ? list[i].id : "?";
}

std::string name_of(const Debate& d, const Relation& r) {
    return id_at(d.claims, r.from) + " " + label(r.type) + " " + id_at(d.claims, r.to);
}
std::string name_of(const Debate& d, const Stance& s) { return id_at(d.actors, s.actor) + " on " + id_at(d.questions, s.question); }
std::string name_of(const Debate&, const std::string& note) { return "\"" + elide(note, 40) + "\""; }
template <class T>
std::string name_of(const Debate&, const T& item) {
    return item.id;
}

// "3 relations", "1 stance reference".
std::string count(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

std::string join(const std::vector<std::string>& parts, const char* sep = ", ") {
    std::string s;
    for (const auto& p : parts) s += (s.empty() ? "" : sep) + p;
    return s;
}

void changed(std::vector<std::string>& out, const char* name, bool differs) {
    if (differs) out.push_back(name);
}
std::vector<std::string> changed_fields(const Paragraph& a, const Paragraph& b) {
    std::vector<std::string> f;
    changed(f, "text", a.text != b.text);
    changed(f, "kind", a.kind != b.kind);
    return f;
}
std::vector<std::string> changed_fields(const Section& a, const Section& b) {
    std::vector<std::string> f;
    changed(f, "label", a.label != b.label);
    changed(f, "speaker", a.actor != b.actor);
    return f;
}
std::vector<std::string> changed_fields(const Actor& a, const Actor& b) {
    std::vector<std::string> f;
    changed(f, "name", a.name != b.name);
    changed(f, "role", a.role != b.role);
    changed(f, "affiliations", a.affiliations != b.affiliations);
    changed(f, "description", a.description != b.description);
    changed(f, "unnamed", a.unnamed != b.unnamed);
    return f;
}
std::vector<std::string> changed_fields(const Question& a, const Question& b) {
    std::vector<std::string> f;
    changed(f, "text", a.text != b.text);
    changed(f, "short label", a.short_label != b.short_label);
    return f;
}
bool same_review(const std::optional<Review>& a, const std::optional<Review>& b) {
    if (a.has_value() != b.has_value()) return false;
    if (!a) return true;
    return a->rating == b->rating && a->reviewer == b->reviewer && a->url == b->url && a->date.year == b->date.year &&
           a->date.month == b->date.month && a->date.day == b->date.day && a->extras == b->extras;
}
std::vector<std::string> changed_fields(const Claim& a, const Claim& b) {
    std::vector<std::string> f;
    changed(f, "speaker", a.actor != b.actor);
    changed(f, "attribution", a.attribution != b.attribution);
    changed(f, "summary", a.summary != b.summary);
    changed(f, "kind", a.kind != b.kind);
    changed(f, "evidence", a.evidence != b.evidence);
    changed(f, "questions", a.questions != b.questions);
    if (!same_review(a.review, b.review)) f.push_back(!a.review ? "review added" : !b.review ? "review removed" : "review");
    return f;
}
std::vector<std::string> changed_fields(const Relation& a, const Relation& b) {
    std::vector<std::string> f;
    changed(f, "from", a.from != b.from);
    changed(f, "to", a.to != b.to);
    changed(f, "type", a.type != b.type);
    changed(f, "note", a.note != b.note);
    return f;
}
bool same_date(const PartialDate& a, const PartialDate& b) { return a.year == b.year && a.month == b.month && a.day == b.day; }
std::vector<std::string> changed_fields(const Evidence& a, const Evidence& b) {
    std::vector<std::string> f;
    changed(f, "title", a.title != b.title);
    changed(f, "kind", a.kind != b.kind);
    changed(f, "date", !same_date(a.date, b.date));
    changed(f, "link", a.url != b.url);
    changed(f, "description", a.description != b.description);
    changed(f, "source", a.source != b.source);
    return f;
}
std::vector<std::string> changed_fields(const Stance& a, const Stance& b) {
    std::vector<std::string> f;
    changed(f, "leaning", a.leaning != b.leaning);
    changed(f, "position", a.position != b.position);
    changed(f, "grounding claims", a.claims != b.claims);
    return f;
}
std::vector<std::string> changed_fields(const TimelineEvent& a, const TimelineEvent& b) {
    std::vector<std::string> f;
    changed(f, "date", !same_date(a.date, b.date));
    changed(f, "label", a.label != b.label);
    changed(f, "evidence", a.evidence != b.evidence);
    changed(f, "claims", a.claims != b.claims);
    changed(f, "source", a.source != b.source);
    return f;
}
std::vector<std::string> changed_fields(const KeyQuote& a, const KeyQuote& b) {
    std::vector<std::string> f;
    changed(f, "paragraph", a.paragraph != b.paragraph);
    changed(f, "speaker", a.actor != b.actor);
    return f;
}
std::vector<std::string> changed_fields(const std::string& a, const std::string& b) {
    std::vector<std::string> f;
    changed(f, "text", a != b);
    return f;
}


int end_or(int at, size_t size) { return at < 0 || static_cast<size_t>(at) > size ? static_cast<int>(size) : at; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] The document: steps, undo, redo
// ---------------------------------------------------------------------------------------------

// The operations of one command, applied as they are added (so that each sees the state the ones
// before it made), and what the command did.
class DebateDocument::Step {
public:
    explicit Step(Debate& d) : d_(d) {}
    void add(std::unique_ptr<Operation> op) {
        op->apply(d_);
        operations.push_back(std::move(op));
    }
    std::vector<std::unique_ptr<Operation>> operations;
    std::string description;

private:
    Debate& d_;
};

DebateDocument::DebateDocument(Debate debate, std::string path, LoadLimits limits)
    : debate_(std::make_shared<Debate>(std::move(debate))), path_(std::move(path)), limits_(limits) {
    debate_->source_path = path_;
    after_change();
    generation_ = 0;
}

void DebateDocument::set_path(std::string path) {
    path_ = std::move(path);
    debate_->source_path = path_;
    after_change();  // messages name the file
}

size_t DebateDocument::error_count() const {
    return static_cast<size_t>(std::count_if(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

size_t DebateDocument::history_bytes() const {
    size_t n = 0;
    auto add = [&](const EditStep& s) {
        n += sizeof s + s.description.capacity();
        for (const auto& op : s.operations) n += op->bytes();
    };
    for (const auto* stack : {&undo_, &redo_})
        for (const EditStep& s : *stack) add(s);
    add(open_);
    return n;
}

void DebateDocument::after_change() {
    rebuild_indices(*debate_);
    diagnostics_ = validate_debate(*debate_, path_.empty() ? "untitled" : path_, limits_);
    ++generation_;
}

EditResult DebateDocument::finish(Step& step) {
    if (step.operations.empty()) return {true, ""};  // nothing changed: no step
    if (open_depth_ > 0) {
        for (auto& op : step.operations) open_.operations.push_back(std::move(op));
        if (open_.description.empty()) open_.description = step.description;
        redo_.clear();
    } else {
        EditStep s;
        s.description = step.description;
        s.operations = std::move(step.operations);
        s.serial = next_serial_++;
        undo_.push_back(std::move(s));
        redo_.clear();
    }
    after_change();
    return {true, step.description};
}

void DebateDocument::begin_step(std::string description) {
    if (open_depth_++ == 0) {
        open_ = EditStep{};
        open_.description = std::move(description);
        open_.serial = next_serial_++;
    }
}

void DebateDocument::end_step() {
    if (open_depth_ == 0 || --open_depth_ > 0) return;
    if (open_.operations.empty()) return;
    undo_.push_back(std::move(open_));
    open_ = EditStep{};
}

EditResult DebateDocument::undo() {
    while (open_depth_ > 0) end_step();
    if (undo_.empty()) return {false, "nothing to undo"};
    EditStep s = std::move(undo_.back());
    undo_.pop_back();
    for (auto it = s.operations.rbegin(); it != s.operations.rend(); ++it) (*it)->revert(*debate_);
    const std::string message = "Undid: " + s.description;
    redo_.push_back(std::move(s));
    after_change();
    return {true, message};
}

EditResult DebateDocument::redo() {
    while (open_depth_ > 0) end_step();
    if (redo_.empty()) return {false, "nothing to redo"};
    EditStep s = std::move(redo_.back());
    redo_.pop_back();
    for (auto& op : s.operations) op->apply(*debate_);
    const std::string message = "Redid: " + s.description;
    undo_.push_back(std::move(s));
    after_change();
    return {true, message};
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Commands
// ---------------------------------------------------------------------------------------------

EditResult DebateDocument::set_field(DebateField field, const std::string& value) {
    Debate& d = *debate_;
    Check c(d, limits_);
    c.text(field_name(field), value);
    PartialDate date_after;
    if (field == DebateField::Id && !is_slug(value)) c.fail("\"" + elide(value, 40) + "\" is not a valid id: use lowercase letters, digits and '-', at most 64 characters");
    if (field == DebateField::ArticleDate && !value.empty() && !parse_partial_date(value, date_after))
        c.fail("\"" + elide(value, 40) + "\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
    if (!c.ok()) return {false, c.problem()};
    const std::string* text = text_field(d, field);
    if (text ? *text == value : same_date(d.article.date, date_after)) return {true, ""};
    Step step(d);
    step.description = "Changed " + std::string(field_name(field));
    step.add(std::make_unique<SetField>(field, text ? *text : "", text ? value : "", d.article.date, date_after));
    return finish(step);
}

EditResult DebateDocument::add_note(int at, std::string text) { return add<std::string>(at, std::move(text)); }
EditResult DebateDocument::edit_note(int index, std::string text) {
    return edit<std::string>(index, [&](std::string& note) { note = text; });
}
EditResult DebateDocument::remove_note(int index) { return remove<std::string>(index); }

namespace {
template <class T>
bool in_list(const Debate& d, int i) {
    return i >= 0 && static_cast<size_t>(i) < Items<T>::of(d).size();
}
template <class T>
std::string no_such(int i) {
    return std::string("there is no ") + Items<T>::noun + " " + std::to_string(i);
}
}  // namespace

template <class T>
EditResult DebateDocument::add(int at, T item) {
    Debate& d = *debate_;
    auto& list = Items<T>::of(d);
    Check c(d, limits_);
    if (list.size() >= Items<T>::limit(limits_))
        c.fail(std::string("there are ") + std::to_string(list.size()) + " of them; the limit is " + std::to_string(Items<T>::limit(limits_)));
    check_item(c, item, -1);
    if (const Extras* e = extras_of(item); e && !e->empty()) c.fail("a new item has no unknown fields");
    if constexpr (std::is_same_v<T, Section>)
        if (!item.paragraphs.empty()) c.fail("a new section starts with no paragraphs (set_paragraph_section puts them in)");
    if constexpr (std::is_same_v<T, Claim>) {
        c.anchor(item.paragraph, item.quote_begin, item.quote_end);
        if (c.ok() && d.article.paragraphs[item.paragraph].text.compare(item.quote_begin, item.quote_end - item.quote_begin, item.quote) != 0)
            c.fail("the quote must be exactly the text at its range");
    }
    if (!c.ok()) return {false, c.problem()};
    if constexpr (std::is_same_v<T, Question>)
        if (item.short_label.empty()) item.short_label = elide(item.text, 24);  // as the loader derives it
    const int index = end_or(at, list.size());
    Step step(d);
    step.description = "Added " + std::string(Items<T>::noun) + " " + name_of(d, item);
    step.add(std::make_unique<InsertItem<T>>(index, std::move(item), false));
    return finish(step);
}

template <class T>
EditResult DebateDocument::edit(int index, const std::function<void(T&)>& change) {
    Debate& d = *debate_;
    if (!in_list<T>(d, index)) return {false, no_such<T>(index)};
    const T before = Items<T>::of(d)[index];
    T after = before;
    change(after);
    if constexpr (std::is_same_v<T, Question>) {
        // A label the loader derived from the text follows the text.
        if (after.text != before.text && after.short_label == before.short_label && before.short_label == elide(before.text, 24))
            after.short_label = elide(after.text, 24);
    }
    Check c(d, limits_);
    if (const std::string f = frozen(before, after); !f.empty()) c.fail(f);
    if (const Extras* e = extras_of(before)) c.extras_kept(*e, *extras_of(after));
    check_item(c, after, index);
    if (!c.ok()) return {false, c.problem()};
    const std::vector<std::string> fields = changed_fields(before, after);
    const std::string* old_id = id_of(before);
    const bool renamed = old_id && *old_id != *id_of(after);
    if (fields.empty() && !renamed) return {true, ""};
    const std::string noun = Items<T>::noun;
    Step step(d);
    if (renamed) step.description = "Renamed " + noun + " " + *old_id + " to " + *id_of(after) + (fields.empty() ? "" : "; edited " + join(fields));
    else step.description = "Edited " + noun + " " + name_of(d, before) + ": " + join(fields);
    step.add(std::make_unique<ReplaceItem<T>>(index, before, std::move(after)));
    if constexpr (std::is_same_v<T, Paragraph>) {
        if (Items<T>::of(d)[index].text != before.text)
            step.description += reanchor_quotes(d, index, before.text, [&](std::unique_ptr<Operation> op) { step.add(std::move(op)); });
    }
    return finish(step);
}

template <class T>
EditResult DebateDocument::remove(int index) {
    Debate& d = *debate_;
    if (!in_list<T>(d, index)) return {false, no_such<T>(index)};
    const std::string refusal = removal_refused(d, Items<T>::kind, index);
    if (!refusal.empty()) return {false, refusal};
    Step step(d);
    const std::string name = name_of(d, Items<T>::of(d)[index]);
    const std::vector<std::string> touched =
        cascade_removal(d, Items<T>::kind, index, [&](std::unique_ptr<Operation> op) { step.add(std::move(op)); });
    step.description = "Deleted " + std::string(Items<T>::noun) + " " + name + (touched.empty() ? "" : ", " + join(touched));
    T item = Items<T>::of(d)[index];
    step.add(std::make_unique<InsertItem<T>>(index, std::move(item), true));
    return finish(step);
}

EditResult DebateDocument::move(ListKind list, int from, int to) {
    return with_item_type(list, [&](auto type) {
        using T = typename decltype(type)::Item;
        return move_item<T>(from, to);
    });
}

template <class T>
EditResult DebateDocument::move_item(int from, int to) {
    Debate& d = *debate_;
    if (!in_list<T>(d, from)) return {false, no_such<T>(from)};
    if (!in_list<T>(d, to)) return {false, std::string("position ") + std::to_string(to) + " is outside the list"};
    if (from == to) return {true, ""};
    Step step(d);
    step.description = "Moved " + std::string(Items<T>::noun) + " " + name_of(d, Items<T>::of(d)[from]) + " to position " + std::to_string(to + 1);
    step.add(std::make_unique<MoveItem<T>>(from, to));
    return finish(step);
}

EditResult DebateDocument::add_claim(int at, Claim claim, int paragraph, uint32_t begin, uint32_t end) {
    Debate& d = *debate_;
    Check c(d, limits_);
    c.anchor(paragraph, begin, end);
    if (!c.ok()) return {false, c.problem()};
    claim.paragraph = paragraph;
    claim.quote_begin = begin;
    claim.quote_end = end;
    claim.quote = d.article.paragraphs[paragraph].text.substr(begin, end - begin);
    if (claim.id.empty()) {
        const std::string speaker = claim.actor >= 0 && static_cast<size_t>(claim.actor) < d.actors.size() ? d.actors[claim.actor].id : "claim";
        std::string words;
        size_t n = 0;
        for (size_t i = 0; i < claim.quote.size() && n < 4; ++i) {
            if (claim.quote[i] == ' ' && !words.empty() && words.back() != ' ') ++n;
            words += claim.quote[i];
        }
        claim.id = unused_id(ListKind::Claims, speaker + " " + words);
    }
    return add<Claim>(at, std::move(claim));
}

EditResult DebateDocument::anchor_claim(int claim, int paragraph, uint32_t begin, uint32_t end) {
    Debate& d = *debate_;
    if (!in_list<Claim>(d, claim)) return {false, no_such<Claim>(claim)};
    Check c(d, limits_);
    c.anchor(paragraph, begin, end);
    if (!c.ok()) return {false, c.problem()};
    const Claim& before = d.claims[claim];
    Claim after = before;
    after.paragraph = paragraph;
    after.quote_begin = begin;
    after.quote_end = end;
    after.quote = d.article.paragraphs[paragraph].text.substr(begin, end - begin);
    if (after.paragraph == before.paragraph && after.quote_begin == before.quote_begin && after.quote_end == before.quote_end &&
        after.quote == before.quote)
        return {true, ""};
    Step step(d);
    step.description = "Re-anchored claim " + before.id + " to \"" + elide(after.quote, 40) + "\" in paragraph " + d.article.paragraphs[paragraph].id;
    step.add(std::make_unique<ReplaceItem<Claim>>(claim, before, std::move(after)));
    return finish(step);
}

EditResult DebateDocument::set_paragraph_section(int paragraph, int section) {
    Debate& d = *debate_;
    if (!in_list<Paragraph>(d, paragraph)) return {false, no_such<Paragraph>(paragraph)};
    if (section != -1 && !in_list<Section>(d, section)) return {false, no_such<Section>(section)};
    Step step(d);
    // A paragraph another section lists leaves that list: sections and paragraphs must agree.
    for (size_t s = 0; s < d.article.sections.size(); ++s) {
        if (static_cast<int>(s) == section) continue;
        const auto& list = d.article.sections[s].paragraphs;
        const auto it = std::find(list.begin(), list.end(), paragraph);
        if (it != list.end())
            step.add(std::make_unique<ListEntry>(RefList::SectionParagraphs, static_cast<int>(s), static_cast<int>(it - list.begin()), paragraph, true));
    }
    const int before = d.article.paragraphs[paragraph].section;
    if (before != section) step.add(std::make_unique<SetRef>(RefField::ParagraphSection, paragraph, before, section));
    const std::string& id = d.article.paragraphs[paragraph].id;
    step.description = section < 0 ? "Took paragraph " + id + " out of its section"
                                    : "Put paragraph " + id + " in section " + d.article.sections[section].id;
    return finish(step);
}

EditResult DebateDocument::set_stance(int actor, int question, const std::function<void(Stance&)>& change) {
    Debate& d = *debate_;
    if (!in_list<Actor>(d, actor)) return {false, no_such<Actor>(actor)};
    if (!in_list<Question>(d, question)) return {false, no_such<Question>(question)};
    if (const Stance* existing = d.stance(actor, question))
        return edit<Stance>(static_cast<int>(existing - d.stances.data()), change);
    Stance s;
    s.actor = actor;
    s.question = question;
    change(s);
    if (s.actor != actor || s.question != question) return {false, frozen(Stance{}, s)};
    return add<Stance>(-1, std::move(s));
}

EditResult DebateDocument::add_missing_stances() {
    Debate& d = *debate_;
    std::vector<Stance> missing;
    for (size_t a = 0; a < d.actors.size(); ++a) {
        if (d.actors[a].role == ActorRole::Referenced) continue;
        for (size_t q = 0; q < d.questions.size(); ++q)
            if (!d.stance(static_cast<int>(a), static_cast<int>(q))) {
                Stance s;
                s.actor = static_cast<int>(a);
                s.question = static_cast<int>(q);
                missing.push_back(s);
            }
    }
    if (missing.empty()) return {true, ""};
    if (d.stances.size() + missing.size() > limits_.max_claims) return {false, "too many stances: the limit is " + std::to_string(limits_.max_claims)};
    Step step(d);
    step.description = "Added " + count(missing.size(), "missing stance", "missing stances") + " (not addressed)";
    for (Stance& s : missing) step.add(std::make_unique<InsertItem<Stance>>(static_cast<int>(d.stances.size()), std::move(s), false));
    return finish(step);
}

std::string DebateDocument::unused_id(ListKind list, const std::string& text) const {
    std::string slug;
    for (char ch : fold_for_search(text)) {
        const bool keep = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        if (keep) slug += ch;
        else if (!slug.empty() && slug.back() != '-') slug += '-';
        if (slug.size() >= 48) break;
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    if (slug.empty()) slug = "item";
    const Debate& d = *debate_;
    auto taken = [&](const std::string& id) {
        return with_item_type(list, [&](auto type) {
            using T = typename decltype(type)::Item;
            if constexpr (std::is_same_v<T, Relation> || std::is_same_v<T, Stance> || std::is_same_v<T, std::string>) return false;
            else return id_taken<T>(d, id, -1);
        });
    };
    std::string id = slug;
    for (int n = 2; taken(id); ++n) id = slug + "-" + std::to_string(n);
    return id;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Cascades (referential integrity) and re-anchoring
// ---------------------------------------------------------------------------------------------

std::string DebateDocument::removal_refused(const Debate& d, ListKind list, int index) {
    auto users = [&](auto pick) {
        std::vector<std::string> ids;
        for (const Claim& c : d.claims)
            if (pick(c)) ids.push_back(c.id);
        return ids;
    };
    std::vector<std::string> claims;
    std::string who;
    if (list == ListKind::Actors) {
        claims = users([&](const Claim& c) { return c.actor == index; });
        who = "actor " + d.actors[index].id + " still makes ";
    } else if (list == ListKind::Paragraphs) {
        claims = users([&](const Claim& c) { return c.paragraph == index; });
        who = "paragraph " + d.article.paragraphs[index].id + " is still quoted by ";
    }
    if (claims.empty()) return "";
    return who + count(claims.size(), "claim", "claims") + " (" + elide(join(claims), 80) + "): delete them, or move them elsewhere, first";
}

std::vector<std::string> DebateDocument::cascade_removal(Debate& d, ListKind list, int index, const Adder& add) {
    std::vector<std::string> touched;
    // Ids taken out of items' lists, last first so that the positions recorded stay right.
    auto drop_from_lists = [&](RefList which, size_t items, const char* one, const char* many) {
        size_t n = 0;
        for (size_t i = items; i-- > 0;) {
            const auto& v = ref_list(d, which, static_cast<int>(i));
            const auto it = std::find(v.begin(), v.end(), index);
            if (it == v.end()) continue;
            add(std::make_unique<ListEntry>(which, static_cast<int>(i), static_cast<int>(it - v.begin()), index, true));
            ++n;
        }
        if (n) touched.push_back(count(n, one, many));
    };
    // Whole items removed, last first.
    auto drop_items = [&](auto& items, auto matches, const char* one, const char* many) {
        using Item = typename std::decay_t<decltype(items)>::value_type;
        size_t n = 0;
        for (size_t i = items.size(); i-- > 0;) {
            if (!matches(items[i])) continue;
            add(std::make_unique<InsertItem<Item>>(static_cast<int>(i), items[i], true));
            ++n;
        }
        if (n) touched.push_back(count(n, one, many));
    };
    auto clear_refs = [&](RefField which, size_t items, const char* one, const char* many) {
        size_t n = 0;
        for (size_t i = 0; i < items; ++i) {
            if (ref_field(d, which, static_cast<int>(i)) != index) continue;
            add(std::make_unique<SetRef>(which, static_cast<int>(i), index, -1));
            ++n;
        }
        if (n) touched.push_back(count(n, one, many));
    };
    switch (list) {
        case ListKind::Claims:
            drop_items(d.relations, [&](const Relation& r) { return r.from == index || r.to == index; }, "relation", "relations");
            drop_from_lists(RefList::StanceClaims, d.stances.size(), "stance reference", "stance references");
            drop_from_lists(RefList::EventClaims, d.timeline.size(), "timeline reference", "timeline references");
            break;
        case ListKind::Actors:
            drop_items(d.stances, [&](const Stance& s) { return s.actor == index; }, "stance", "stances");
            clear_refs(RefField::SectionActor, d.article.sections.size(), "section's speaker", "sections' speaker");
            clear_refs(RefField::KeyQuoteActor, d.key_quotes.size(), "key quote's speaker", "key quotes' speaker");
            break;
        case ListKind::Questions:
            drop_items(d.stances, [&](const Stance& s) { return s.question == index; }, "stance", "stances");
            drop_from_lists(RefList::ClaimQuestions, d.claims.size(), "claim reference", "claim references");
            break;
        case ListKind::Evidence:
            drop_from_lists(RefList::ClaimEvidence, d.claims.size(), "claim reference", "claim references");
            drop_from_lists(RefList::EventEvidence, d.timeline.size(), "timeline reference", "timeline references");
            break;
        case ListKind::Paragraphs:
            drop_items(d.key_quotes, [&](const KeyQuote& k) { return k.paragraph == index; }, "key quote", "key quotes");
            drop_from_lists(RefList::SectionParagraphs, d.article.sections.size(), "section membership", "section memberships");
            break;
        case ListKind::Sections:
            clear_refs(RefField::ParagraphSection, d.article.paragraphs.size(), "paragraph", "paragraphs");
            break;
        default: break;  // nothing refers to relations, stances, timeline events, key quotes or notes
    }
    return touched;
}

// After a paragraph's text changed (from `old_text`): a quote before the changed part stays, one
// after it moves by the change in length, and one the change touched (or that was not at its range
// before) goes to the occurrence of its words in or next to the changed part nearest to where it
// was; one whose words are gone from there keeps its range, and validation reports it (another
// occurrence elsewhere in the paragraph is never taken: it may be someone else's words).
// Says what it did.
std::string DebateDocument::reanchor_quotes(Debate& d, int paragraph, const std::string& old_text, const Adder& add) {
    const std::string& text = d.article.paragraphs[paragraph].text;
    // The changed part: what the old and new texts do not share at the start and at the end.
    size_t prefix = 0;
    while (prefix < old_text.size() && prefix < text.size() && old_text[prefix] == text[prefix]) ++prefix;
    size_t suffix = 0;
    while (suffix < old_text.size() - prefix && suffix < text.size() - prefix &&
           old_text[old_text.size() - 1 - suffix] == text[text.size() - 1 - suffix])
        ++suffix;
    const int64_t shift = static_cast<int64_t>(text.size()) - static_cast<int64_t>(old_text.size());
    const size_t changed_end = text.size() - suffix;  // the changed part of the new text is [prefix, changed_end)
    std::vector<std::string> moved, lost;
    for (size_t i = 0; i < d.claims.size(); ++i) {
        const Claim& c = d.claims[i];
        if (c.paragraph != paragraph || c.quote.empty()) continue;
        const size_t b = c.quote_begin, e = c.quote_end;
        const bool was_placed = c.anchored() && e <= old_text.size() && old_text.compare(b, e - b, c.quote) == 0;
        size_t to = std::string::npos;
        if (was_placed && e <= prefix) continue;  // before the change: where it was
        if (was_placed && b >= old_text.size() - suffix) {
            to = static_cast<size_t>(static_cast<int64_t>(b) + shift);  // after the change: moved along
        } else {
            // Only words the change made or moved can be this quote's: an occurrence wholly in the
            // unchanged text was there before, and is some other claim's (or nobody's) words.
            int64_t best = INT64_MAX;
            for (size_t at = text.find(c.quote); at != std::string::npos; at = text.find(c.quote, at + 1)) {
                if (at > changed_end) break;
                if (at + c.quote.size() < prefix) continue;
                const int64_t distance = std::llabs(static_cast<int64_t>(at) - static_cast<int64_t>(b));
                if (distance < best) to = at, best = distance;
            }
        }
        if (to == std::string::npos) {
            lost.push_back(c.id);
            continue;
        }
        if (to == b && c.anchored()) continue;
        add(std::make_unique<MoveQuote>(static_cast<int>(i), c.quote_begin, c.quote_end, static_cast<uint32_t>(to),
                                        static_cast<uint32_t>(to + c.quote.size())));
        moved.push_back(c.id);
    }
    std::string said;
    if (!moved.empty()) said += "; " + count(moved.size(), "quote", "quotes") + " moved with the text";
    if (!lost.empty())
        said += "; " + count(lost.size(), "quote is", "quotes are") + " no longer in it (" + elide(join(lost), 80) + "): select their words again";
    return said;
}

// The item types the templates serve.
#define DL_ITEM_COMMANDS(T)                                                                    \
    template EditResult DebateDocument::add<T>(int, T);                                        \
    template EditResult DebateDocument::edit<T>(int, const std::function<void(T&)>&);          \
    template EditResult DebateDocument::remove<T>(int);                                        \
    template EditResult DebateDocument::move_item<T>(int, int)
DL_ITEM_COMMANDS(Paragraph);
DL_ITEM_COMMANDS(Section);
DL_ITEM_COMMANDS(Actor);
DL_ITEM_COMMANDS(Question);
DL_ITEM_COMMANDS(Claim);
DL_ITEM_COMMANDS(Relation);
DL_ITEM_COMMANDS(Evidence);
DL_ITEM_COMMANDS(Stance);
DL_ITEM_COMMANDS(TimelineEvent);
DL_ITEM_COMMANDS(KeyQuote);
DL_ITEM_COMMANDS(std::string);
#undef DL_ITEM_COMMANDS

}  // namespace dl
