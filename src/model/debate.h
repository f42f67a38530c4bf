// The debate content model: typed, immutable after loading. Pure C++ (no ImGui, SDL or emscripten).
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
// Reads "1990", "1990-11" or "1990-11-21" (a real calendar day); false for anything else.
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
constexpr int kLeaningCount = 6;
constexpr int kClaimKindCount = 6;

struct Paragraph {
    std::string id;
    std::string text;  // verbatim
    ParagraphKind kind = ParagraphKind::Body;
    int section = -1;
};

struct Section {
    std::string id;
    std::string label;
    int actor = -1;
    std::vector<int> paragraphs;
};

struct Article {
    std::string title, title_note, publisher, language, url;
    PartialDate date;
    std::vector<Paragraph> paragraphs;
    std::vector<Section> sections;
};

struct Actor {
    std::string id, name, description;
    ActorRole role = ActorRole::Commentator;
    std::vector<std::string> affiliations;
    bool unnamed = false;
};

struct Question {
    std::string id, text, short_label;
};

// A published fact-check of a claim. The reviewer's verdict, never the newsroom's: an explainer
// shows who rated the claim and links to the rating, it does not rate claims itself.
struct Review {
    std::string rating;    // in the reviewer's words ("Misleading", "Half true")
    std::string reviewer;  // the organisation that published the review
    std::string url;
    PartialDate date;      // optional
};

struct Claim {
    std::string id;
    int actor = -1;
    Attribution attribution = Attribution::Direct;
    std::string summary;
    ClaimKind kind = ClaimKind::Assertion;
    std::string quote;
    int paragraph = -1;
    uint32_t quote_begin = 0;  // UTF-8 byte range of the quote in its paragraph, end exclusive
    uint32_t quote_end = 0;
    std::vector<int> evidence;
    std::vector<int> questions;
    std::optional<Review> review;
};

struct Relation {
    int from = -1;
    int to = -1;
    RelationType type = RelationType::Supports;
    std::string note;
};

struct Evidence {
    std::string id, title, url, description;
    EvidenceKind kind = EvidenceKind::Document;
    PartialDate date;
    SourceKind source = SourceKind::Article;
};

struct Stance {
    int actor = -1;
    int question = -1;
    Leaning leaning = Leaning::NotAddressed;
    std::string position;
    std::vector<int> claims;
};

struct TimelineEvent {
    std::string id, label;
    PartialDate date;
    std::vector<int> evidence;
    std::vector<int> claims;
    SourceKind source = SourceKind::Article;
};

struct KeyQuote {
    std::string id;
    int paragraph = -1;
    int actor = -1;
};

// Adjacency of the claim graph, built once at load time. Edge lists hold relation indices.
struct ClaimGraph {
    std::vector<std::vector<int>> outgoing;  // per claim: relations where it is `from`
    std::vector<std::vector<int>> incoming;  // per claim: relations where it is `to`
};

struct Debate {
    std::string source_path;  // the file it was loaded from, for messages
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
