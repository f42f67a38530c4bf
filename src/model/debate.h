// The debate content model: typed; immutable for readers, changed only through DebateDocument's
// commands in the Studio (src/model/edit.h). Pure C++ (no ImGui, SDL or emscripten).
// Cross-references are resolved to indices at load time so queries never look ids up by string.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dl {

// A calendar date that may be partial ("1990", "1990-11", "1990-11-21").
struct PartialDate {
    int year = 0;
    int month = 0;  // 0 when unknown
    int day = 0;    // 0 when unknown
    bool valid() const { return year != 0; }
    // Days since 1970-01-01 of the first day the date covers; orders partial dates sensibly.
    int64_t days_since_epoch() const;
    std::string to_string() const;  // ISO form as written ("1990-11")
    std::string to_display() const; // "21 November 1990", "November 1990", "1990"
};
// Reads "1990", "1990-11" or "1990-11-21" (a real calendar day); false for anything else, and then
// `out` is empty.
bool parse_partial_date(std::string_view text, PartialDate& out);

enum class ParagraphKind { Body, Byline, ListItem, PullQuote };
enum class ActorRole { Subject, Commentator, Referenced };
enum class ClaimKind { Demand, Assertion, Interpretation, Prediction, Recommendation, ValueJudgement };
enum class Attribution { Direct, Reported, Paraphrase };
enum class RelationType { Supports, Rebuts, Qualifies, Elaborates, RespondsTo };
enum class EvidenceKind { Document, Treaty, Statement, Event, Article, Report };
enum class SourceKind { Article, Context };
// Ordinal answer to a yes/no question; NotAddressed is explicit, never a missing row.
enum class Leaning { StrongNo, No, Mixed, Yes, StrongYes, NotAddressed };

constexpr int kRelationTypeCount = 5;

// A field this version does not know, kept so that a Save gives it back: its key and its value
// as compact JSON text (write_json). Each object keeps its own, in the order of the file.
struct ExtraField {
    std::string key, json;
    bool operator==(const ExtraField& o) const { return key == o.key && json == o.json; }
};
using Extras = std::vector<ExtraField>;
constexpr int kLeaningCount = 6;
constexpr int kClaimKindCount = 6;

struct Paragraph {
    std::string id;
    std::string text;  // verbatim
    ParagraphKind kind = ParagraphKind::Body;
    int section = -1;
    Extras extras;
};

struct Section {
    std::string id;
    std::string label;
    int actor = -1;
    std::vector<int> paragraphs;  // as the section lists them (a paragraph may instead name its section)
    Extras extras;
};

struct Article {
    std::string title, title_note, publisher, language, url;
    PartialDate date;
    std::vector<Paragraph> paragraphs;
    std::vector<Section> sections;
    Extras extras;
};

struct Actor {
    std::string id, name, description;
    ActorRole role = ActorRole::Commentator;
    std::vector<std::string> affiliations;
    bool unnamed = false;
    Extras extras;
};

struct Question {
    std::string id, text, short_label;
    Extras extras;
};

// A published fact-check of a claim. The reviewer's verdict, never the newsroom's: an explainer
// shows who rated the claim and links to the rating, it does not rate claims itself.
struct Review {
    std::string rating;    // in the reviewer's words ("Misleading", "Half true")
    std::string reviewer;  // the organisation that published the review
    std::string url;
    PartialDate date;      // optional
    Extras extras;
};

struct Claim {
    std::string id;
    int actor = -1;
    Attribution attribution = Attribution::Direct;
    std::string summary;
    ClaimKind kind = ClaimKind::Assertion;
    std::string quote;
    int paragraph = -1;
    // UTF-8 byte range of the quote in its paragraph, end exclusive. In a debate that loaded without
    // errors it holds the quote exactly; in one opened with problems (LoadResult::editable) a range
    // may be stale, and 0, 0 means the loader could not place the quote at all.
    uint32_t quote_begin = 0;
    uint32_t quote_end = 0;
    std::vector<int> evidence;
    std::vector<int> questions;
    std::optional<Review> review;
    Extras extras;
    bool anchored() const { return quote_begin < quote_end; }
};

struct Relation {
    int from = -1;
    int to = -1;
    RelationType type = RelationType::Supports;
    std::string note;
    Extras extras;
};

struct Evidence {
    std::string id, title, url, description;
    EvidenceKind kind = EvidenceKind::Document;
    PartialDate date;
    SourceKind source = SourceKind::Article;
    Extras extras;
};

struct Stance {
    int actor = -1;
    int question = -1;
    Leaning leaning = Leaning::NotAddressed;
    std::string position;
    std::vector<int> claims;
    Extras extras;
};

struct TimelineEvent {
    std::string id, label;
    PartialDate date;
    std::vector<int> evidence;
    std::vector<int> claims;
    SourceKind source = SourceKind::Article;
    Extras extras;
};

struct KeyQuote {
    std::string id;
    int paragraph = -1;
    int actor = -1;
    Extras extras;
};

// Adjacency of the claim graph, built once at load time. Edge lists hold relation indices.
struct ClaimGraph {
    std::vector<std::vector<int>> outgoing;  // per claim: relations where it is `from`
    std::vector<std::vector<int>> incoming;  // per claim: relations where it is `to`
};

struct Debate {
    std::string source_path;  // the file it was loaded from, for messages
    std::string schema;       // the file's "$schema" as JSON text (empty: it had none); Save keeps it
    std::string id, content_version, title, summary;
    std::vector<std::string> editorial_notes;
    Article article;
    std::vector<Actor> actors;
    std::vector<Question> questions;
    std::vector<Claim> claims;
    std::vector<Relation> relations;
    std::vector<Evidence> evidence;
    std::vector<Stance> stances;
    std::vector<TimelineEvent> timeline;
    std::vector<KeyQuote> key_quotes;
    Extras extras;  // unknown top-level fields

    // Derived from the lists above (rebuild_indices); never saved.
    ClaimGraph graph;
    // stance_index[question * actors.size() + actor] = index into stances, or -1.
    std::vector<int> stance_index;

    int find_claim(const std::string& id) const;
    int find_actor(const std::string& id) const;
    int find_evidence(const std::string& id) const;
    int find_question(const std::string& id) const;
    int find_paragraph(const std::string& id) const;
    const Stance* stance(int actor, int question) const;

    std::unordered_map<std::string, int> claim_ids, actor_ids, evidence_ids, question_ids, paragraph_ids;
};

// Rebuilds the derived data of a debate whose references are all in range: the id maps (the first
// item wins where an id repeats), the claim graph and the stance index (the first stance of an
// actor on a question wins). The loader and every edit call it, so both derive the same way.
void rebuild_indices(Debate& d);

const char* to_string(ParagraphKind);
const char* to_string(ActorRole);
const char* to_string(ClaimKind);
const char* to_string(Attribution);
const char* to_string(RelationType);
const char* to_string(EvidenceKind);
const char* to_string(SourceKind);
const char* to_string(Leaning);
// Reader-facing labels ("Strongly no", "Factual assertion", "rebuts").
const char* label(ClaimKind);
const char* label(Leaning);
const char* label(RelationType);
const char* label(ActorRole);
// "Fact-check: Misleading — Gullhaven Fact Desk": how every view and export names a review.
std::string review_label(const Review& review);
// Signed position on the diverging scale: -2..+2; NotAddressed has no position.
int leaning_value(Leaning);

}  // namespace dl
