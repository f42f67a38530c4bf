// The field table of every kind of item, and reading and writing a field by its place in it.
// [SECTION] The table
// [SECTION] Labels and counts
// [SECTION] Reading
// [SECTION] Writing
// [SECTION] Adding, removing, moving
#include "model/fields.h"

#include "model/enums.h"
#include "model/text.h"

#include <algorithm>

namespace dl {

// ---------------------------------------------------------------------------------------------
// [SECTION] The table
// ---------------------------------------------------------------------------------------------

namespace {
using K = FieldKind;
using E = Entity;

// In FORMAT.md's order (a claim's: what a new one needs first). The claim's quote, paragraph and range are not here: they change only by
// selecting words in the article (add_claim, anchor_claim), so a quote is verbatim by construction.
const std::vector<FieldSpec> kFields[static_cast<size_t>(Entity::Count)] = {
    /* Debate */ {{"id", "Debate id", K::Id, E::Count, false, "used in links: ?debate=ID"},
                  {"content_version", "Content version", K::Text, E::Count, false, "e.g. 1.0.0"},
                  {"title", "Title", K::Text},
                  {"summary", "Summary", K::LongText, E::Count, false, "one or two neutral sentences"},
                  {"article.title", "Article headline", K::Text},
                  {"article.title_note", "Why this headline", K::Text, E::Count, false, "when the source has none: say so here"},
                  {"article.publisher", "Publisher", K::Text},
                  {"article.date", "Publication date", K::Date, E::Count, false, "YYYY, YYYY-MM or YYYY-MM-DD"},
                  {"article.language", "Language", K::Text, E::Count, false, "BCP 47, e.g. en"},
                  {"article.url", "Article URL", K::Text, E::Count, false, "http:// or https://"}},
    /* Paragraph */ {{"id", "Id", K::Id},
                     {"kind", "Kind", K::Enum},
                     {"section", "Section", K::Ref, E::Section, true},
                     {"text", "Text", K::LongText, E::Count, false, "verbatim from the source; quotes in it follow their words"}},
    /* Section */ {{"id", "Id", K::Id}, {"label", "Label", K::Text}, {"actor", "Speaker", K::Ref, E::Actor, true,
                                                                         "claims made from its paragraphs default to this speaker"}},
    /* Actor */ {{"id", "Id", K::Id},
                 {"name", "Name", K::Text},
                 {"role", "Role", K::Enum},
                 {"affiliations", "Affiliations", K::Lines, E::Count, false, "one per line, exactly as the article gives them"},
                 {"description", "Description", K::LongText, E::Count, false, "one neutral line"},
                 {"unnamed", "The source does not name them", K::Flag}},
    /* Question */ {{"id", "Id", K::Id},
                    {"text", "Question", K::Text, E::Count, false, "a yes/no question the experts answer"},
                    {"short", "Short label", K::Text, E::Count, false, "1-4 words for narrow columns"}},
    // A claim's form leads with what every new claim needs (its quote is made by selecting words).
    /* Claim */ {{"summary", "Summary", K::LongText, E::Count, false, "a short neutral restatement"},
                 {"actor", "Speaker", K::Ref, E::Actor},
                 {"kind", "Kind", K::Enum},
                 {"questions", "Bears on", K::RefList, E::Question},
                 {"attribution", "Attribution", K::Enum},
                 {"evidence", "Cites", K::RefList, E::Evidence},
                 {"id", "Id", K::Id},
                 {"review", "A fact-checker has published a review", K::Flag},
                 {"review.rating", "Rating", K::Text, E::Count, false, "in the reviewer's own words"},
                 {"review.reviewer", "Reviewer", K::Text},
                 {"review.url", "Review URL", K::Text},
                 {"review.date", "Review date", K::Date}},
    /* Relation */ {{"from", "From", K::Ref, E::Claim},
                    {"type", "Type", K::Enum},
                    {"to", "To", K::Ref, E::Claim},
                    {"note", "Where the article makes it", K::Text}},
    /* Evidence */ {{"id", "Id", K::Id},
                    {"title", "Title", K::Text},
                    {"kind", "Kind", K::Enum},
                    {"date", "Date", K::Date},
                    {"url", "URL", K::Text},
                    {"description", "Description", K::LongText},
                    {"source", "Source", K::Enum, E::Count, false, "context: added by the editors (say so in the description)"}},
    /* Stance */ {{"leaning", "Leaning", K::Enum},
                  {"position", "Position", K::Text, E::Count, false, "one neutral line"},
                  {"claims", "Grounded in", K::RefList, E::Claim, false, "that person's claims"}},
    /* Timeline */ {{"id", "Id", K::Id},
                    {"date", "Date", K::Date},
                    {"label", "Label", K::Text},
                    {"evidence", "Evidence", K::RefList, E::Evidence},
                    {"claims", "Claims", K::RefList, E::Claim},
                    {"source", "Source", K::Enum}},
    /* KeyQuote */ {{"id", "Id", K::Id}, {"paragraph", "Pull quote", K::Ref, E::Paragraph}, {"actor", "Whose words", K::Ref, E::Actor, true}},
    /* Note */ {{"text", "Note", K::LongText}},
};

template <class Enum>
std::vector<std::string> JsonNames() {
    return std::vector<std::string>(EnumNames<Enum>::names, EnumNames<Enum>::names + EnumNames<Enum>::count);
}
template <class Enum>
std::vector<std::string> Labels() {
    std::vector<std::string> out;
    for (int i = 0; i < EnumNames<Enum>::count; ++i) out.push_back(label(static_cast<Enum>(i)));
    return out;
}

bool Is(const FieldSpec& f, const char* name) { return std::string_view(f.name) == name; }

const FieldSpec* Spec(const Target& t, int field) {
    if (t.entity >= Entity::Count) return nullptr;
    const auto& fields = entity_fields(t.entity);
    return field >= 0 && static_cast<size_t>(field) < fields.size() ? &fields[field] : nullptr;
}
}  // namespace

const std::vector<FieldSpec>& entity_fields(Entity e) { return kFields[static_cast<size_t>(e)]; }

int find_field(Entity e, std::string_view name) {
    const auto& fields = entity_fields(e);
    for (size_t i = 0; i < fields.size(); ++i)
        if (name == fields[i].name) return static_cast<int>(i);
    return -1;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Labels and counts
// ---------------------------------------------------------------------------------------------

const char* entity_noun(Entity e) {
    static constexpr const char* kNouns[] = {"debate", "paragraph", "section", "person", "question", "claim", "relation",
                                             "evidence item", "stance", "timeline event", "key quote", "editorial note"};
    return e < Entity::Count ? kNouns[static_cast<size_t>(e)] : "";
}

const char* entity_title(Entity e) {
    static constexpr const char* kTitles[] = {"Debate and article", "Paragraphs", "Sections", "People", "Questions", "Claims",
                                              "Relations", "Evidence", "Stances", "Timeline", "Key quotes", "Editorial notes"};
    return e < Entity::Count ? kTitles[static_cast<size_t>(e)] : "";
}

size_t entity_count(const Debate& d, Entity e) {
    switch (e) {
        case Entity::Debate: return 1;
        case Entity::Paragraph: return d.article.paragraphs.size();
        case Entity::Section: return d.article.sections.size();
        case Entity::Actor: return d.actors.size();
        case Entity::Question: return d.questions.size();
        case Entity::Claim: return d.claims.size();
        case Entity::Relation: return d.relations.size();
        case Entity::Evidence: return d.evidence.size();
        case Entity::Stance: return d.stances.size();
        case Entity::Timeline: return d.timeline.size();
        case Entity::KeyQuote: return d.key_quotes.size();
        case Entity::Note: return d.editorial_notes.size();
        case Entity::Count: break;
    }
    return 0;
}

namespace {
// A name, or the id when the name is still empty.
std::string Named(const std::string& name, const std::string& id) { return name.empty() ? id + " (no name yet)" : name; }
}  // namespace

std::string item_label(const Debate& d, Entity e, int i) {
    if (i < 0 || static_cast<size_t>(i) >= entity_count(d, e)) return "(none)";
    switch (e) {
        case Entity::Debate: return d.title;
        case Entity::Paragraph: {
            const Paragraph& p = d.article.paragraphs[i];
            return p.id + ": " + elide(p.text, 60);
        }
        case Entity::Section: return Named(d.article.sections[i].label, d.article.sections[i].id);
        case Entity::Actor: return Named(d.actors[i].name, d.actors[i].id);
        case Entity::Question: return Named(d.questions[i].text, d.questions[i].id);
        case Entity::Claim: {
            const Claim& c = d.claims[i];
            const std::string who = c.actor >= 0 && static_cast<size_t>(c.actor) < d.actors.size() ? d.actors[c.actor].name + ": " : "";
            return who + (c.summary.empty() ? "\xE2\x80\x9C" + elide(c.quote, 50) + "\xE2\x80\x9D" : elide(c.summary, 70));
        }
        case Entity::Relation: {
            const Relation& r = d.relations[i];
            return d.claims[r.from].id + " " + label(r.type) + " " + d.claims[r.to].id;
        }
        case Entity::Evidence: return Named(d.evidence[i].title, d.evidence[i].id);
        case Entity::Stance: {
            const Stance& s = d.stances[i];
            return d.actors[s.actor].name + " \xE2\x80\x94 " + d.questions[s.question].short_label;
        }
        case Entity::Timeline: {
            const TimelineEvent& t = d.timeline[i];
            return (t.date.valid() ? t.date.to_string() + " " : "") + Named(t.label, t.id);
        }
        case Entity::KeyQuote: return d.key_quotes[i].id;
        case Entity::Note: return elide(d.editorial_notes[i], 60);
        case Entity::Count: break;
    }
    return "";
}

bool target_exists(const Debate& d, const Target& t) {
    if (t.entity == Entity::Stance)
        return t.index >= 0 && static_cast<size_t>(t.index) < d.actors.size() && t.question >= 0 &&
               static_cast<size_t>(t.question) < d.questions.size();
    return t.entity < Entity::Count && t.index >= 0 && static_cast<size_t>(t.index) < entity_count(d, t.entity);
}

Target target_of_path(const Debate& d, std::string_view path, int* field) {
    static constexpr std::pair<const char*, Entity> kLists[] = {
        {"/article/paragraphs/", Entity::Paragraph}, {"/article/sections/", Entity::Section}, {"/actors/", Entity::Actor},
        {"/questions/", Entity::Question}, {"/claims/", Entity::Claim}, {"/relations/", Entity::Relation},
        {"/evidence/", Entity::Evidence}, {"/stances/", Entity::Stance}, {"/timeline/", Entity::Timeline},
        {"/key_quotes/", Entity::KeyQuote}, {"/editorial_notes/", Entity::Note}};
    if (field) *field = -1;
    for (const auto& [prefix, entity] : kLists) {
        const std::string_view p(prefix);
        if (path.substr(0, p.size()) != p) continue;
        std::string_view rest = path.substr(p.size());
        int index = 0;
        size_t digits = 0;
        while (digits < rest.size() && digits < 9 && rest[digits] >= '0' && rest[digits] <= '9') index = index * 10 + (rest[digits++] - '0');
        if (digits == 0 || static_cast<size_t>(index) >= entity_count(d, entity)) break;
        rest = rest.substr(digits);
        Target t{entity, index, -1};
        if (entity == Entity::Stance) t = {Entity::Stance, d.stances[index].actor, d.stances[index].question};
        if (field && rest.size() > 1 && rest[0] == '/') {
            std::string name(rest.substr(1));
            if (const size_t slash = name.find('/'); slash != std::string::npos) name.resize(slash);
            *field = find_field(entity, name);
        }
        return t;
    }
    Target t{Entity::Debate, 0, -1};
    if (field && path.size() > 1) {
        std::string name(path.substr(1));
        for (char& c : name) c = c == '/' ? '.' : c;  // "/article/title" is the table's "article.title"
        *field = find_field(Entity::Debate, name);
    }
    return t;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Reading
// ---------------------------------------------------------------------------------------------

namespace {
std::string DateText(const PartialDate& date) { return date.valid() ? date.to_string() : ""; }

std::string JoinLines(const std::vector<std::string>& lines) {
    std::string out;
    for (size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
    return out;
}

// A stance a target names, or nullptr when there is none yet.
const Stance* StanceOf(const Debate& d, const Target& t) { return target_exists(d, t) ? d.stance(t.index, t.question) : nullptr; }
}  // namespace

std::string field_text(const Debate& d, const Target& t, int field) {
    const FieldSpec* f = Spec(t, field);
    if (!f || !target_exists(d, t)) return "";
    const int i = t.index;
    switch (t.entity) {
        case Entity::Debate: {
            const Article& a = d.article;
            if (Is(*f, "id")) return d.id;
            if (Is(*f, "content_version")) return d.content_version;
            if (Is(*f, "title")) return d.title;
            if (Is(*f, "summary")) return d.summary;
            if (Is(*f, "article.title")) return a.title;
            if (Is(*f, "article.title_note")) return a.title_note;
            if (Is(*f, "article.publisher")) return a.publisher;
            if (Is(*f, "article.date")) return DateText(a.date);
            if (Is(*f, "article.language")) return a.language;
            if (Is(*f, "article.url")) return a.url;
            break;
        }
        case Entity::Paragraph: {
            const Paragraph& p = d.article.paragraphs[i];
            return Is(*f, "id") ? p.id : Is(*f, "text") ? p.text : "";
        }
        case Entity::Section: {
            const Section& s = d.article.sections[i];
            return Is(*f, "id") ? s.id : Is(*f, "label") ? s.label : "";
        }
        case Entity::Actor: {
            const Actor& a = d.actors[i];
            if (Is(*f, "affiliations")) return JoinLines(a.affiliations);
            return Is(*f, "id") ? a.id : Is(*f, "name") ? a.name : Is(*f, "description") ? a.description : "";
        }
        case Entity::Question: {
            const Question& q = d.questions[i];
            return Is(*f, "id") ? q.id : Is(*f, "text") ? q.text : Is(*f, "short") ? q.short_label : "";
        }
        case Entity::Claim: {
            const Claim& c = d.claims[i];
            if (Is(*f, "id")) return c.id;
            if (Is(*f, "summary")) return c.summary;
            if (!c.review) return "";
            if (Is(*f, "review.rating")) return c.review->rating;
            if (Is(*f, "review.reviewer")) return c.review->reviewer;
            if (Is(*f, "review.url")) return c.review->url;
            if (Is(*f, "review.date")) return DateText(c.review->date);
            break;
        }
        case Entity::Relation: return Is(*f, "note") ? d.relations[i].note : "";
        case Entity::Evidence: {
            const Evidence& e = d.evidence[i];
            if (Is(*f, "date")) return DateText(e.date);
            return Is(*f, "id") ? e.id : Is(*f, "title") ? e.title : Is(*f, "url") ? e.url : Is(*f, "description") ? e.description : "";
        }
        case Entity::Stance: {
            const Stance* s = StanceOf(d, t);
            return s && Is(*f, "position") ? s->position : "";
        }
        case Entity::Timeline: {
            const TimelineEvent& e = d.timeline[i];
            return Is(*f, "id") ? e.id : Is(*f, "label") ? e.label : Is(*f, "date") ? DateText(e.date) : "";
        }
        case Entity::KeyQuote: return Is(*f, "id") ? d.key_quotes[i].id : "";
        case Entity::Note: return d.editorial_notes[i];
        case Entity::Count: break;
    }
    return "";
}

int field_choice(const Debate& d, const Target& t, int field) {
    const FieldSpec* f = Spec(t, field);
    if (!f || !target_exists(d, t)) return -1;
    const int i = t.index;
    switch (t.entity) {
        case Entity::Paragraph: {
            const Paragraph& p = d.article.paragraphs[i];
            return Is(*f, "kind") ? static_cast<int>(p.kind) : Is(*f, "section") ? p.section : -1;
        }
        case Entity::Section: return Is(*f, "actor") ? d.article.sections[i].actor : -1;
        case Entity::Actor: {
            const Actor& a = d.actors[i];
            return Is(*f, "role") ? static_cast<int>(a.role) : Is(*f, "unnamed") ? a.unnamed : -1;
        }
        case Entity::Claim: {
            const Claim& c = d.claims[i];
            if (Is(*f, "actor")) return c.actor;
            if (Is(*f, "attribution")) return static_cast<int>(c.attribution);
            if (Is(*f, "kind")) return static_cast<int>(c.kind);
            if (Is(*f, "review")) return c.review ? 1 : 0;
            break;
        }
        case Entity::Relation: {
            const Relation& r = d.relations[i];
            return Is(*f, "from") ? r.from : Is(*f, "to") ? r.to : Is(*f, "type") ? static_cast<int>(r.type) : -1;
        }
        case Entity::Evidence: {
            const Evidence& e = d.evidence[i];
            return Is(*f, "kind") ? static_cast<int>(e.kind) : Is(*f, "source") ? static_cast<int>(e.source) : -1;
        }
        case Entity::Stance: {
            const Stance* s = StanceOf(d, t);
            return Is(*f, "leaning") ? static_cast<int>(s ? s->leaning : Leaning::NotAddressed) : -1;
        }
        case Entity::Timeline: return Is(*f, "source") ? static_cast<int>(d.timeline[i].source) : -1;
        case Entity::KeyQuote: {
            const KeyQuote& k = d.key_quotes[i];
            return Is(*f, "paragraph") ? k.paragraph : Is(*f, "actor") ? k.actor : -1;
        }
        default: break;
    }
    return -1;
}

std::vector<int> field_refs(const Debate& d, const Target& t, int field) {
    const FieldSpec* f = Spec(t, field);
    if (!f || !target_exists(d, t)) return {};
    switch (t.entity) {
        case Entity::Claim: return Is(*f, "questions") ? d.claims[t.index].questions : Is(*f, "evidence") ? d.claims[t.index].evidence : std::vector<int>{};
        case Entity::Stance: {
            const Stance* s = StanceOf(d, t);
            return s && Is(*f, "claims") ? s->claims : std::vector<int>{};
        }
        case Entity::Timeline: return Is(*f, "evidence") ? d.timeline[t.index].evidence : Is(*f, "claims") ? d.timeline[t.index].claims : std::vector<int>{};
        default: break;
    }
    return {};
}

std::vector<std::string> field_choices(const Debate& d, Entity e, int field) {
    const FieldSpec* f = Spec(Target{e, 0, 0}, field);
    if (!f) return {};
    if (f->kind == FieldKind::Ref || f->kind == FieldKind::RefList) {
        std::vector<std::string> out;
        for (size_t i = 0; i < entity_count(d, f->ref); ++i) out.push_back(item_label(d, f->ref, static_cast<int>(i)));
        return out;
    }
    if (f->kind != FieldKind::Enum) return {};
    const std::string_view n = f->name;
    if (n == "leaning") return Labels<Leaning>();
    if (n == "type") return Labels<RelationType>();
    if (n == "role") return Labels<ActorRole>();
    if (n == "attribution") return JsonNames<Attribution>();
    if (n == "source") return JsonNames<SourceKind>();
    if (e == Entity::Claim) return Labels<ClaimKind>();
    if (e == Entity::Evidence) return JsonNames<EvidenceKind>();
    return JsonNames<ParagraphKind>();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Writing
// ---------------------------------------------------------------------------------------------

namespace {
EditResult Refused(std::string why) { return {false, std::move(why)}; }

// "" or a date; false (and `why`) when the text is neither.
bool ReadDate(const std::string& text, PartialDate& out, std::string& why) {
    out = PartialDate{};
    if (text.empty() || parse_partial_date(text, out)) return true;
    why = "\"" + elide(text, 40) + "\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD";
    return false;
}

std::vector<std::string> SplitLines(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

DebateField DebateFieldOf(const FieldSpec& f) {
    static const std::pair<const char*, DebateField> kMap[] = {
        {"id", DebateField::Id}, {"content_version", DebateField::ContentVersion}, {"title", DebateField::Title},
        {"summary", DebateField::Summary}, {"article.title", DebateField::ArticleTitle},
        {"article.title_note", DebateField::ArticleTitleNote}, {"article.publisher", DebateField::ArticlePublisher},
        {"article.date", DebateField::ArticleDate}, {"article.language", DebateField::ArticleLanguage},
        {"article.url", DebateField::ArticleUrl}};
    for (const auto& [name, field] : kMap)
        if (Is(f, name)) return field;
    return DebateField::Title;
}

void Toggle(std::vector<int>& list, int ref) {
    const auto it = std::find(list.begin(), list.end(), ref);
    if (it != list.end()) list.erase(it);
    else list.push_back(ref);
}
}  // namespace

EditResult set_field_text(DebateDocument& doc, const Target& t, int field, const std::string& v) {
    const FieldSpec* f = Spec(t, field);
    const Debate& d = doc.debate();
    if (!f || !target_exists(d, t)) return Refused("there is no such field");
    const int i = t.index;
    PartialDate date;
    std::string why;
    if (f->kind == FieldKind::Date && !ReadDate(v, date, why)) return Refused(why);
    switch (t.entity) {
        case Entity::Debate: return doc.set_field(DebateFieldOf(*f), v);
        case Entity::Paragraph:
            return doc.edit<Paragraph>(i, [&](Paragraph& p) { (Is(*f, "id") ? p.id : p.text) = v; });
        case Entity::Section: return doc.edit<Section>(i, [&](Section& s) { (Is(*f, "id") ? s.id : s.label) = v; });
        case Entity::Actor:
            return doc.edit<Actor>(i, [&](Actor& a) {
                if (Is(*f, "affiliations")) a.affiliations = SplitLines(v);
                else (Is(*f, "id") ? a.id : Is(*f, "name") ? a.name : a.description) = v;
            });
        case Entity::Question:
            return doc.edit<Question>(i, [&](Question& q) { (Is(*f, "id") ? q.id : Is(*f, "text") ? q.text : q.short_label) = v; });
        case Entity::Claim:
            return doc.edit<Claim>(i, [&](Claim& c) {
                if (Is(*f, "id")) c.id = v;
                else if (Is(*f, "summary")) c.summary = v;
                else {
                    // Writing any part of a review makes one (the flag removes it).
                    Review& r = c.review ? *c.review : c.review.emplace();
                    if (Is(*f, "review.rating")) r.rating = v;
                    if (Is(*f, "review.reviewer")) r.reviewer = v;
                    if (Is(*f, "review.url")) r.url = v;
                    if (Is(*f, "review.date")) r.date = date;
                }
            });
        case Entity::Relation: return doc.edit<Relation>(i, [&](Relation& r) { r.note = v; });
        case Entity::Evidence:
            return doc.edit<Evidence>(i, [&](Evidence& e) {
                if (Is(*f, "date")) e.date = date;
                else (Is(*f, "id") ? e.id : Is(*f, "title") ? e.title : Is(*f, "url") ? e.url : e.description) = v;
            });
        case Entity::Stance: return doc.set_stance(t.index, t.question, [&](Stance& s) { s.position = v; });
        case Entity::Timeline:
            return doc.edit<TimelineEvent>(i, [&](TimelineEvent& e) {
                if (Is(*f, "date")) e.date = date;
                else (Is(*f, "id") ? e.id : e.label) = v;
            });
        case Entity::KeyQuote: return doc.edit<KeyQuote>(i, [&](KeyQuote& k) { k.id = v; });
        case Entity::Note: return doc.edit_note(i, v);
        case Entity::Count: break;
    }
    return Refused("there is no such field");
}

EditResult set_field_choice(DebateDocument& doc, const Target& t, int field, int v) {
    const FieldSpec* f = Spec(t, field);
    const Debate& d = doc.debate();
    if (!f || !target_exists(d, t)) return Refused("there is no such field");
    if (f->kind == FieldKind::Enum && (v < 0 || static_cast<size_t>(v) >= field_choices(d, t.entity, field).size())) return Refused("there is no such choice");
    const int i = t.index;
    switch (t.entity) {
        case Entity::Paragraph:
            if (Is(*f, "section")) return doc.set_paragraph_section(i, v);
            return doc.edit<Paragraph>(i, [&](Paragraph& p) { p.kind = static_cast<ParagraphKind>(v); });
        case Entity::Section: return doc.edit<Section>(i, [&](Section& s) { s.actor = v; });
        case Entity::Actor:
            return doc.edit<Actor>(i, [&](Actor& a) {
                if (Is(*f, "role")) a.role = static_cast<ActorRole>(v);
                else a.unnamed = v != 0;
            });
        case Entity::Claim:
            return doc.edit<Claim>(i, [&](Claim& c) {
                if (Is(*f, "actor")) c.actor = v;
                if (Is(*f, "attribution")) c.attribution = static_cast<Attribution>(v);
                if (Is(*f, "kind")) c.kind = static_cast<ClaimKind>(v);
                if (Is(*f, "review")) {
                    if (!v) c.review.reset();
                    else if (!c.review) c.review.emplace();
                }
            });
        case Entity::Relation:
            return doc.edit<Relation>(i, [&](Relation& r) {
                if (Is(*f, "from")) r.from = v;
                if (Is(*f, "to")) r.to = v;
                if (Is(*f, "type")) r.type = static_cast<RelationType>(v);
            });
        case Entity::Evidence:
            return doc.edit<Evidence>(i, [&](Evidence& e) {
                if (Is(*f, "kind")) e.kind = static_cast<EvidenceKind>(v);
                else e.source = static_cast<SourceKind>(v);
            });
        case Entity::Stance: return doc.set_stance(t.index, t.question, [&](Stance& s) { s.leaning = static_cast<Leaning>(v); });
        case Entity::Timeline: return doc.edit<TimelineEvent>(i, [&](TimelineEvent& e) { e.source = static_cast<SourceKind>(v); });
        case Entity::KeyQuote:
            return doc.edit<KeyQuote>(i, [&](KeyQuote& k) { (Is(*f, "paragraph") ? k.paragraph : k.actor) = v; });
        default: break;
    }
    return Refused("there is no such field");
}

EditResult toggle_field_ref(DebateDocument& doc, const Target& t, int field, int ref) {
    const FieldSpec* f = Spec(t, field);
    const Debate& d = doc.debate();
    if (!f || f->kind != FieldKind::RefList || !target_exists(d, t)) return Refused("there is no such field");
    if (ref < 0 || static_cast<size_t>(ref) >= entity_count(d, f->ref)) return Refused(std::string("there is no such ") + entity_noun(f->ref));
    switch (t.entity) {
        case Entity::Claim:
            return doc.edit<Claim>(t.index, [&](Claim& c) { Toggle(Is(*f, "questions") ? c.questions : c.evidence, ref); });
        case Entity::Stance: return doc.set_stance(t.index, t.question, [&](Stance& s) { Toggle(s.claims, ref); });
        case Entity::Timeline:
            return doc.edit<TimelineEvent>(t.index, [&](TimelineEvent& e) { Toggle(Is(*f, "evidence") ? e.evidence : e.claims, ref); });
        default: break;
    }
    return Refused("there is no such field");
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Adding, removing, moving
// ---------------------------------------------------------------------------------------------

namespace {
ListKind ListOf(Entity e) {
    switch (e) {
        case Entity::Paragraph: return ListKind::Paragraphs;
        case Entity::Section: return ListKind::Sections;
        case Entity::Actor: return ListKind::Actors;
        case Entity::Question: return ListKind::Questions;
        case Entity::Claim: return ListKind::Claims;
        case Entity::Relation: return ListKind::Relations;
        case Entity::Evidence: return ListKind::Evidence;
        case Entity::Stance: return ListKind::Stances;
        case Entity::Timeline: return ListKind::Timeline;
        case Entity::KeyQuote: return ListKind::KeyQuotes;
        default: return ListKind::Notes;
    }
}

}  // namespace

EditResult add_blank_item(DebateDocument& doc, Entity e, int* made) {
    const Debate& d = doc.debate();
    const size_t at = entity_count(d, e);
    auto id = [&](const char* base) { return doc.unused_id(ListOf(e), base); };
    EditResult r{false, std::string("a new ") + entity_noun(e) + " is made elsewhere"};
    switch (e) {
        case Entity::Paragraph: {
            Paragraph p;
            p.id = id("p");
            r = doc.add<Paragraph>(-1, std::move(p));
            break;
        }
        case Entity::Section: {
            Section s;
            s.id = id("section");
            r = doc.add<Section>(-1, std::move(s));
            break;
        }
        case Entity::Actor: {
            Actor a;
            a.id = id("person");
            r = doc.add<Actor>(-1, std::move(a));
            break;
        }
        case Entity::Question: {
            Question q;
            q.id = id("question");
            r = doc.add<Question>(-1, std::move(q));
            break;
        }
        case Entity::Evidence: {
            Evidence ev;
            ev.id = id("evidence");
            r = doc.add<Evidence>(-1, std::move(ev));
            break;
        }
        case Entity::Timeline: {
            TimelineEvent t;
            t.id = id("event");
            r = doc.add<TimelineEvent>(-1, std::move(t));
            break;
        }
        case Entity::KeyQuote: {
            if (d.article.paragraphs.empty()) return Refused("a key quote needs a paragraph: the article has none");
            KeyQuote k;
            k.id = id("kq");
            // The first pull quote no key quote names yet, else the first paragraph.
            k.paragraph = 0;
            for (size_t p = 0; p < d.article.paragraphs.size(); ++p)
                if (d.article.paragraphs[p].kind == ParagraphKind::PullQuote &&
                    std::none_of(d.key_quotes.begin(), d.key_quotes.end(), [&](const KeyQuote& q) { return q.paragraph == static_cast<int>(p); })) {
                    k.paragraph = static_cast<int>(p);
                    break;
                }
            r = doc.add<KeyQuote>(-1, std::move(k));
            break;
        }
        case Entity::Note: r = doc.add_note(-1, ""); break;
        default: break;
    }
    if (r.ok && made) *made = static_cast<int>(at);
    return r;
}

EditResult add_relation(DebateDocument& doc, int from, int to, RelationType type, int* made) {
    Relation rel;
    rel.from = from;
    rel.to = to;
    rel.type = type;
    const size_t at = doc.debate().relations.size();
    EditResult r = doc.add<Relation>(-1, std::move(rel));
    if (r.ok && made) *made = static_cast<int>(at);
    return r;
}

EditResult remove_item(DebateDocument& doc, const Target& t) {
    const Debate& d = doc.debate();
    if (!target_exists(d, t) || t.entity == Entity::Debate) return Refused("there is no such item");
    switch (t.entity) {
        case Entity::Paragraph: return doc.remove<Paragraph>(t.index);
        case Entity::Section: return doc.remove<Section>(t.index);
        case Entity::Actor: return doc.remove<Actor>(t.index);
        case Entity::Question: return doc.remove<Question>(t.index);
        case Entity::Claim: return doc.remove<Claim>(t.index);
        case Entity::Relation: return doc.remove<Relation>(t.index);
        case Entity::Evidence: return doc.remove<Evidence>(t.index);
        case Entity::Stance: {
            const Stance* s = d.stance(t.index, t.question);
            if (!s) return {true, ""};
            return doc.remove<Stance>(static_cast<int>(s - d.stances.data()));
        }
        case Entity::Timeline: return doc.remove<TimelineEvent>(t.index);
        case Entity::KeyQuote: return doc.remove<KeyQuote>(t.index);
        case Entity::Note: return doc.remove_note(t.index);
        default: break;
    }
    return Refused("there is no such item");
}

EditResult move_item_by(DebateDocument& doc, const Target& t, int step) {
    const Debate& d = doc.debate();
    if (!target_exists(d, t) || t.entity == Entity::Debate || t.entity == Entity::Stance) return Refused("that item cannot move");
    const int to = t.index + step;
    if (to < 0 || static_cast<size_t>(to) >= entity_count(d, t.entity)) return {true, ""};
    return doc.move(ListOf(t.entity), t.index, to);
}

}  // namespace dl
