// The Studio's field table (fields.h): every field FORMAT.md documents is in it, values read back as
// the fixture's JSON gives them, and writes go through the document (one undoable step, the saved
// file saying what was written); the text-selection helpers never split a UTF-8 character.
#include "test_support.h"
#include "model/enums.h"
#include "model/fields.h"
#include "model/save.h"
#include "model/text.h"
#include "model/text_layout.h"

#include <set>

using namespace dl;
using namespace dl::test;
using nlohmann::json;

namespace {
DebateDocument Harbour() {
    const LoadResult r = load_debate_text(harbour().dump(), "harbour.json");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    return DebateDocument(*r.debate, "harbour.json");
}
int F(Entity e, const char* name) {
    const int f = find_field(e, name);
    REQUIRE_MESSAGE(f >= 0, name);
    return f;
}
json Saved(const DebateDocument& doc) { return json::parse(format_debate(doc.debate())); }
}  // namespace

TEST_CASE("fields: the table holds every field of FORMAT.md but the quote's own (made by selecting words)") {
    // Written out from FORMAT.md's tables, independently of the table under test.
    const std::vector<std::pair<Entity, std::set<std::string>>> expected = {
        {Entity::Debate, {"id", "content_version", "title", "summary", "article.title", "article.title_note", "article.publisher",
                          "article.date", "article.language", "article.url"}},
        {Entity::Paragraph, {"id", "text", "kind", "section"}},
        {Entity::Section, {"id", "label", "actor"}},
        {Entity::Actor, {"id", "name", "role", "affiliations", "description", "unnamed"}},
        {Entity::Question, {"id", "text", "short"}},
        {Entity::Claim, {"id", "actor", "attribution", "summary", "kind", "evidence", "questions", "review", "review.rating",
                         "review.reviewer", "review.url", "review.date"}},
        {Entity::Relation, {"from", "to", "type", "note"}},
        {Entity::Evidence, {"id", "title", "kind", "date", "url", "description", "source"}},
        {Entity::Stance, {"leaning", "position", "claims"}},
        {Entity::Timeline, {"id", "date", "label", "evidence", "claims", "source"}},
        {Entity::KeyQuote, {"id", "paragraph", "actor"}},
    };
    for (const auto& [entity, names] : expected) {
        std::set<std::string> got;
        for (const FieldSpec& f : entity_fields(entity)) got.insert(f.name);
        CAPTURE(entity_noun(entity));
        CHECK(got == names);
    }
}

TEST_CASE("fields: values read back as the fixture's JSON has them") {
    const json j = harbour();
    DebateDocument doc = Harbour();
    const Debate& d = doc.debate();
    const Target claim{Entity::Claim, 0};
    CHECK(field_text(d, claim, F(Entity::Claim, "summary")) == j["claims"][0]["summary"].get<std::string>());
    CHECK(field_text(d, claim, F(Entity::Claim, "id")) == j["claims"][0]["id"].get<std::string>());
    const int actor = field_choice(d, claim, F(Entity::Claim, "actor"));
    REQUIRE(actor >= 0);
    CHECK(d.actors[actor].id == j["claims"][0]["actor"].get<std::string>());
    CHECK(field_text(d, {Entity::Debate, 0}, F(Entity::Debate, "article.publisher")) == j["article"]["publisher"].get<std::string>());
    CHECK(field_text(d, {Entity::Debate, 0}, F(Entity::Debate, "article.date")) == j["article"]["date"].get<std::string>());
    // A stance is addressed by actor and question, as in the Positions matrix.
    const json& s = j["stances"][0];
    const Target stance{Entity::Stance, d.find_actor(s["actor"]), d.find_question(s["question"])};
    CHECK(field_text(d, stance, F(Entity::Stance, "position")) == s["position"].get<std::string>());
    const std::vector<std::string> leanings = field_choices(d, Entity::Stance, F(Entity::Stance, "leaning"));
    REQUIRE(leanings.size() == 6);
    Leaning in_file;
    REQUIRE(parse_enum(s["leaning"].get<std::string>(), in_file));
    CHECK(leanings[field_choice(d, stance, F(Entity::Stance, "leaning"))] == std::string(label(in_file)));
}

TEST_CASE("fields: writes are undoable steps and reach the saved file") {
    DebateDocument doc = Harbour();
    const json before = Saved(doc);
    const Target claim{Entity::Claim, 1};
    // Text, an enum, a reference list, a rename.
    REQUIRE(set_field_text(doc, claim, F(Entity::Claim, "summary"), "A new neutral summary.").ok);
    REQUIRE(set_field_choice(doc, claim, F(Entity::Claim, "kind"), static_cast<int>(ClaimKind::Prediction)).ok);
    const int q = 0;
    const bool had = Saved(doc)["claims"][1].value("questions", json::array()).dump().find("\"" + before["questions"][q]["id"].get<std::string>() + "\"") != std::string::npos;
    REQUIRE(toggle_field_ref(doc, claim, F(Entity::Claim, "questions"), q).ok);
    REQUIRE(set_field_text(doc, claim, F(Entity::Claim, "id"), "renamed-claim").ok);
    const json after = Saved(doc);
    CHECK(after["claims"][1]["summary"] == "A new neutral summary.");
    CHECK(after["claims"][1]["kind"] == "prediction");
    CHECK(after["claims"][1]["id"] == "renamed-claim");
    const std::string qid = before["questions"][q]["id"];
    const std::string qs = after["claims"][1].value("questions", json::array()).dump();
    CHECK((qs.find("\"" + qid + "\"") != std::string::npos) == !had);
    // The rename reached every reference: no relation or stance names the old id any more.
    const std::string old_id = before["claims"][1]["id"];
    CHECK(after.dump().find("\"" + old_id + "\"") == std::string::npos);
    CHECK(doc.undo_steps() == 4);
    for (int k = 0; k < 4; ++k) REQUIRE(doc.undo().ok);
    CHECK(Saved(doc) == before);
}

TEST_CASE("fields: refusals say why and change nothing") {
    DebateDocument doc = Harbour();
    const std::string before = format_debate(doc.debate());
    const EditResult date = set_field_text(doc, {Entity::Debate, 0}, F(Entity::Debate, "article.date"), "next Tuesday");
    CHECK_FALSE(date.ok);
    CHECK(date.message == "\"next Tuesday\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
    const EditResult id = set_field_text(doc, {Entity::Claim, 0}, F(Entity::Claim, "id"), "Not A Slug");
    CHECK_FALSE(id.ok);
    CHECK(id.message.find("not a valid id") != std::string::npos);
    CHECK_FALSE(set_field_choice(doc, {Entity::Claim, 0}, F(Entity::Claim, "kind"), 99).ok);
    CHECK(format_debate(doc.debate()) == before);
    CHECK(doc.undo_steps() == 0);
}

TEST_CASE("fields: a stance cell without a stance gets one; blank items and relations are added at the end") {
    const LoadResult r = load_debate_text(read_file(source_path("tests/fixtures/studio-draft.json")), "draft.json");
    REQUIRE(r.editable);
    DebateDocument doc(*r.editable, "draft.json");
    int q = -1;
    REQUIRE(add_blank_item(doc, Entity::Question, &q).ok);
    CHECK(q == 0);
    REQUIRE(set_field_text(doc, {Entity::Question, q}, F(Entity::Question, "text"), "Should the rule pass?").ok);
    const Target cell{Entity::Stance, doc.debate().find_actor("sole"), q};
    REQUIRE(set_field_choice(doc, cell, F(Entity::Stance, "leaning"), static_cast<int>(Leaning::StrongNo)).ok);
    const json saved = Saved(doc);
    REQUIRE(saved["stances"].size() == 1);
    CHECK(saved["stances"][0]["actor"] == "sole");
    CHECK(saved["stances"][0]["leaning"] == "strong_no");
    CHECK(saved["questions"][0]["text"] == "Should the rule pass?");
    // Removing the stance through its cell.
    REQUIRE(remove_item(doc, cell).ok);
    CHECK(Saved(doc)["stances"].empty());
}

TEST_CASE("selection: offsets at points and carets fall on character boundaries of UTF-8 text") {
    // Fixed advance: every byte 1 unit wide, so a 3-byte curly quote is 3 units.
    const MeasureText measure = [](std::string_view s) { return static_cast<float>(s.size()); };
    const std::string text = "He said \xE2\x80\x9Cno\xE2\x80\x9D \xE2\x80\x94 twice.";
    const WrappedText w = wrap_text(text, {}, 1000, measure);
    // x = 9 is inside the opening quote's bytes 8..10: the nearest boundary is 8 or 11, never inside.
    for (float x = 0; x < 30; x += 0.5f) {
        const uint32_t at = offset_at_point(text, w, 0, x, measure);
        CAPTURE(x);
        CHECK(is_utf8_boundary(text, at));
    }
    CHECK(offset_at_point(text, w, 0, 9.4f, measure) == 8);
    CHECK(offset_at_point(text, w, 0, 10.0f, measure) == 11);
    CHECK(next_char(text, 8) == 11);
    CHECK(previous_char(text, 11) == 8);
    CHECK(next_char(text, static_cast<uint32_t>(text.size())) == text.size());
    CHECK(previous_char(text, 0) == 0);
    CHECK(next_word(text, 0) == 2);
    CHECK(previous_word(text, 7) == 3);
    // Past the end of the line: the text's end.
    CHECK(offset_at_point(text, w, 0, 500, measure) == text.size());
}

TEST_CASE("selection: spans cover the selected bytes on each wrapped line") {
    const MeasureText measure = [](std::string_view s) { return static_cast<float>(s.size()); };
    const std::string text = "aaaa bbbb cccc dddd";
    const WrappedText w = wrap_text(text, {}, 10, measure);  // "aaaa bbbb " / "cccc dddd"
    REQUIRE(w.lines == 2);
    const std::vector<LineSpan> spans = selection_spans(text, w, 5, 14, measure);  // "bbbb cccc"
    REQUIRE(spans.size() == 2);
    CHECK(spans[0].line == 0);
    CHECK(spans[0].x0 == 5);
    CHECK(spans[0].x1 == 10);
    CHECK(spans[1].line == 1);
    CHECK(spans[1].x0 == 0);
    CHECK(spans[1].x1 == 4);
    CHECK(caret_point(text, w, 12, measure).line == 1);
    CHECK(caret_point(text, w, 12, measure).x == 2);
    CHECK(offset_at_point(text, w, 1, 2.2f, measure) == 12);
}
