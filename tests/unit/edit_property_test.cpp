// A property of the whole command set: a thousand random edits of every kind (cascading deletes,
// id renames, paragraph texts that move quotes, refusals among them), seeded, then undoing them all
// gives back exactly the original (canonical text byte-identical, every field equal) and redoing
// them all gives the final state. On the way, the document keeps saying what its saved file says.
#include "debate_compare.h"
#include "search_compare.h"
#include "test_support.h"
#include "model/edit.h"
#include "model/query.h"
#include "model/save.h"
#include "model/text.h"

#include <random>

using namespace dl;
using namespace dl::test;
using nlohmann::json;

namespace {

class RandomEditor {
public:
    RandomEditor(DebateDocument& doc, uint32_t seed) : doc_(doc), rng_(seed) {}

    // One random command; returns its result.
    EditResult step() {
        switch (pick(17)) {
            case 0: return doc_.set_field(static_cast<DebateField>(pick(10)), field_value());
            case 1: return notes();
            case 2: return paragraphs();
            case 3: return paragraph_text();
            case 4: return doc_.set_paragraph_section(index(d().article.paragraphs.size()), index(d().article.sections.size()) - (coin() ? 0 : 1));
            case 5: return sections();
            case 6: return actors();
            case 7: return questions();
            case 8: return add_claim();
            case 9: return edit_claim();
            case 10: return doc_.remove<Claim>(index(d().claims.size()));
            case 11: return relations();
            case 12: return evidence();
            case 13: return stances();
            case 14: return timeline();
            case 15: return key_quotes();
            default: return doc_.move(static_cast<ListKind>(pick(11)), pick(8), pick(8));
        }
    }

private:
    const Debate& d() const { return doc_.debate(); }
    int pick(int n) { return static_cast<int>(rng_() % static_cast<uint32_t>(n)); }
    bool coin() { return pick(2) == 0; }
    // Mostly a valid index of a list of n items, sometimes one past the end or -1 (refused).
    int index(size_t n) {
        const int r = pick(20);
        if (r == 0) return -1;
        if (r == 1 || n == 0) return static_cast<int>(n);
        return pick(static_cast<int>(n));
    }
    std::string words() {
        static const char* const pool[] = {"toll", "bridge", "“quoted”", "é", "—", "Keep", "it", "free.", "a", "the", "Ďábel", "x", "£2"};
        std::string s;
        const int n = pick(6);
        for (int i = 0; i < n; ++i) s += (i ? " " : "") + std::string(pool[pick(13)]);
        if (pick(15) == 0) s = "  ";
        return s;
    }
    std::string id() {
        const int r = pick(10);
        if (r == 0) return "Bad Id";
        if (r == 1 && !d().claims.empty()) return d().claims[pick(static_cast<int>(d().claims.size()))].id;  // may be taken
        if (r == 2 && !d().actors.empty()) return d().actors[pick(static_cast<int>(d().actors.size()))].id;
        return "r" + std::to_string(next_id_++);
    }
    std::string field_value() {
        static const char* const values[] = {"2024", "2024-02", "2024-02-29", "2023-02-29", "", "new-id", "Not A Slug", "https://example.org/x", "ftp://x"};
        return coin() ? values[pick(9)] : words();
    }
    std::vector<int> subset(size_t n) {
        std::vector<int> out;
        for (size_t i = 0; i < n && out.size() < 4; ++i)
            if (pick(4) == 0) out.push_back(static_cast<int>(i));
        std::shuffle(out.begin(), out.end(), rng_);
        if (pick(30) == 0 && !out.empty()) out.push_back(out[0]);  // a repeat: refused
        return out;
    }
    PartialDate date() {
        const PartialDate dates[] = {{2023, 3, 7}, {2023, 0, 0}, {2024, 2, 29}, {0, 0, 0}, {2023, 2, 30}};
        return dates[pick(5)];
    }
    // Byte offsets on character boundaries of a paragraph's text.
    std::vector<uint32_t> boundaries(const std::string& text) {
        std::vector<uint32_t> out;
        for (size_t i = 0; i <= text.size(); ++i)
            if (is_utf8_boundary(text, i)) out.push_back(static_cast<uint32_t>(i));
        return out;
    }

    EditResult notes() {
        const size_t n = d().editorial_notes.size();
        switch (pick(4)) {
            case 0: return doc_.add_note(index(n + 1), words());
            case 1: return doc_.edit_note(index(n), words());
            case 2: return doc_.remove_note(index(n));
            default: return doc_.move(ListKind::Notes, index(n), index(n));
        }
    }
    EditResult paragraphs() {
        const size_t n = d().article.paragraphs.size();
        if (coin()) {
            Paragraph p;
            p.id = id();
            p.text = "Added: " + words();
            p.kind = static_cast<ParagraphKind>(pick(4));
            return doc_.add<Paragraph>(index(n + 1), p);
        }
        if (coin()) return doc_.remove<Paragraph>(index(n));
        return doc_.edit<Paragraph>(index(n), [&](Paragraph& p) {
            if (coin()) p.kind = static_cast<ParagraphKind>(pick(4));
            else p.id = id();
        });
    }
    // A random paragraph and a span of it between character boundaries (possibly empty).
    struct Selection {
        int paragraph = -1;
        uint32_t begin = 0, end = 0;
    };
    bool select(Selection& s) {
        const size_t n = d().article.paragraphs.size();
        if (n == 0) return false;
        s.paragraph = pick(static_cast<int>(n));
        const std::vector<uint32_t> cuts = boundaries(d().article.paragraphs[s.paragraph].text);
        s.begin = cuts[pick(static_cast<int>(cuts.size()))];
        s.end = cuts[pick(static_cast<int>(cuts.size()))];
        if (s.begin > s.end) std::swap(s.begin, s.end);
        return true;
    }
    // Inserts or deletes text at character boundaries: the quotes in the paragraph follow or are lost.
    EditResult paragraph_text() {
        Selection sel;
        if (!select(sel)) return {false, ""};
        const std::string inserted = coin() ? words() : "";
        return doc_.edit<Paragraph>(sel.paragraph, [&](Paragraph& para) { para.text.replace(sel.begin, sel.end - sel.begin, inserted); });
    }
    // Adds an item made by `make`, changes one with `change`, or removes one, at random.
    template <class T, class Make, class Change>
    EditResult add_edit_or_remove(size_t n, Make make, Change change) {
        switch (pick(3)) {
            case 0: return doc_.add<T>(index(n + 1), make());
            case 1: return doc_.edit<T>(index(n), change);
            default: return doc_.remove<T>(index(n));
        }
    }
    EditResult sections() {
        return add_edit_or_remove<Section>(
            d().article.sections.size(),
            [&] {
                Section s;
                s.id = id();
                s.label = words();
                s.actor = index(d().actors.size());
                return s;
            },
            [&](Section& s) {
                s.label = words();
                if (coin()) s.actor = index(d().actors.size());
                if (pick(6) == 0) s.id = id();
            });
    }
    EditResult actors() {
        return add_edit_or_remove<Actor>(
            d().actors.size(),
            [&] {
                Actor a;
                a.id = id();
                a.name = words();
                a.role = static_cast<ActorRole>(pick(3));
                if (coin()) a.affiliations = {words()};
                return a;
            },
            [&](Actor& a) {
                switch (pick(5)) {
                    case 0: a.id = id(); break;
                    case 1: a.role = static_cast<ActorRole>(pick(3)); break;
                    case 2: a.affiliations.push_back(words()); break;
                    case 3: a.unnamed = !a.unnamed; break;
                    default: a.description = words();
                }
            });
    }
    EditResult questions() {
        return add_edit_or_remove<Question>(
            d().questions.size(),
            [&] {
                Question q;
                q.id = id();
                q.text = words() + "?";
                return q;
            },
            [&](Question& q) {
                if (coin()) q.text = words() + "?";
                else if (coin()) q.short_label = words();
                else q.id = id();
            });
    }
    EditResult add_claim() {
        Selection sel;
        if (!select(sel)) return {false, ""};
        if (coin()) return doc_.anchor_claim(index(d().claims.size()), sel.paragraph, sel.begin, sel.end);
        Claim c;
        c.actor = index(d().actors.size());
        c.summary = words();
        c.kind = static_cast<ClaimKind>(pick(kClaimKindCount));
        c.questions = subset(d().questions.size());
        if (pick(3) == 0) c.id = id();
        return doc_.add_claim(index(d().claims.size() + 1), c, sel.paragraph, sel.begin, sel.end);
    }
    EditResult edit_claim() {
        return doc_.edit<Claim>(index(d().claims.size()), [&](Claim& c) {
            switch (pick(8)) {
                case 0: c.id = id(); break;
                case 1: c.actor = index(d().actors.size()); break;
                case 2: c.attribution = static_cast<Attribution>(pick(3)); break;
                case 3: c.kind = static_cast<ClaimKind>(pick(kClaimKindCount)); break;
                case 4: c.questions = subset(d().questions.size()); break;
                case 5: c.evidence = subset(d().evidence.size()); break;
                case 6:
                    if (c.review && coin()) c.review.reset();
                    else c.review = Review{words(), words(), coin() ? "https://example.org/r" : "", date(), {}};
                    break;
                default: c.summary = words();
            }
        });
    }
    EditResult relations() {
        const size_t claims = d().claims.size();
        return add_edit_or_remove<Relation>(
            d().relations.size(),
            [&] {
                Relation r;
                r.from = index(claims);
                r.to = index(claims);
                r.type = static_cast<RelationType>(pick(kRelationTypeCount));
                return r;
            },
            [&](Relation& r) {
                if (coin()) r.type = static_cast<RelationType>(pick(kRelationTypeCount));
                else r.note = words();
            });
    }
    EditResult evidence() {
        return add_edit_or_remove<Evidence>(
            d().evidence.size(),
            [&] {
                Evidence e;
                e.id = id();
                e.title = words();
                e.kind = static_cast<EvidenceKind>(pick(6));
                e.date = date();
                return e;
            },
            [&](Evidence& e) {
                switch (pick(4)) {
                    case 0: e.id = id(); break;
                    case 1: e.date = date(); break;
                    case 2: e.url = coin() ? "https://example.org/e" : "javascript:x"; break;
                    default: e.source = static_cast<SourceKind>(pick(2));
                }
            });
    }
    EditResult stances() {
        switch (pick(4)) {
            case 0: return doc_.add_missing_stances();
            case 1: return doc_.remove<Stance>(index(d().stances.size()));
            default: return doc_.set_stance(index(d().actors.size()), index(d().questions.size()), [&](Stance& s) {
                s.leaning = static_cast<Leaning>(pick(kLeaningCount));
                s.position = words();
                s.claims = subset(d().claims.size());
            });
        }
    }
    EditResult timeline() {
        return add_edit_or_remove<TimelineEvent>(
            d().timeline.size(),
            [&] {
                TimelineEvent t;
                t.id = id();
                t.label = words();
                t.date = date();
                t.claims = subset(d().claims.size());
                t.evidence = subset(d().evidence.size());
                return t;
            },
            [&](TimelineEvent& t) {
                if (coin()) t.claims = subset(d().claims.size());
                else t.date = date();
            });
    }
    EditResult key_quotes() {
        return add_edit_or_remove<KeyQuote>(
            d().key_quotes.size(),
            [&] {
                KeyQuote k;
                k.id = id();
                k.paragraph = index(d().article.paragraphs.size());
                k.actor = index(d().actors.size());
                return k;
            },
            [&](KeyQuote& k) { k.actor = index(d().actors.size()); });
    }

    DebateDocument& doc_;
    std::mt19937 rng_;
    int next_id_ = 1;
};

std::vector<std::string> formatted(const std::vector<Diagnostic>& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags) out.push_back(d.format());
    return out;
}

void run_property(const std::string& fixture_path, uint32_t seed, int edits) {
    const LoadResult loaded = load_debate_file(source_path(fixture_path));
    REQUIRE_MESSAGE(loaded.editable, loaded.summary());
    DebateDocument doc(*loaded.editable, "doc.json");
    const Debate original = doc.debate();
    const std::string original_text = format_debate(original);
    RandomEditor editor(doc, seed);
    // The Studio rebuilds the search index from the one before each edit: it must always equal a
    // build from scratch.
    SearchIndex index = build_search_index(doc.debate());
    auto search_follows = [&] {
        SearchIndex next = build_search_index(doc.debate(), &index);
        REQUIRE(search_index_difference(next, build_search_index(doc.debate())) == "");
        index = std::move(next);
    };
    int steps = 0, refused = 0;
    for (int i = 0; i < edits; ++i) {
        CAPTURE(i);
        const size_t before_steps = doc.undo_steps();
        const uint64_t before_generation = doc.generation();
        const EditResult r = editor.step();
        search_follows();
        if (r.ok && !r.message.empty()) {
            ++steps;
            REQUIRE(doc.undo_steps() == before_steps + 1);
        } else {
            refused += r.ok ? 0 : 1;
            REQUIRE(doc.undo_steps() == before_steps);  // refused, or nothing to change: no step, no change
            REQUIRE(doc.generation() == before_generation);
        }
        if (i % 50 == 49) {
            // What the document says is what its saved file says when loaded.
            const LoadResult again = load_debate_text(format_debate(doc.debate()), "doc.json");
            REQUIRE_MESSAGE(again.editable, again.summary());
            REQUIRE(debate_difference(*again.editable, doc.debate()) == "");
            REQUIRE(formatted(again.diagnostics) == formatted(doc.diagnostics()));
        }
    }
    MESSAGE(fixture_path << ": " << steps << " steps, " << refused << " refused, " << doc.history_bytes() << " bytes of history");
    CHECK(steps > edits / 4);
    CHECK(refused > edits / 20);
    const Debate final_state = doc.debate();
    const std::string final_text = format_debate(final_state);
    CHECK(final_text != original_text);
    int undone = 0;
    while (doc.can_undo()) {
        REQUIRE(doc.undo().ok);
        search_follows();
        ++undone;
    }
    CHECK(undone == steps);
    CHECK(format_debate(doc.debate()) == original_text);
    CHECK(debate_difference(doc.debate(), original) == "");
    int redone = 0;
    while (doc.can_redo()) {
        REQUIRE(doc.redo().ok);
        ++redone;
    }
    CHECK(redone == steps);
    CHECK(format_debate(doc.debate()) == final_text);
    CHECK(debate_difference(doc.debate(), final_state) == "");
}

}  // namespace

TEST_CASE("1 000 random edits, undone, give back the original; redone, the final state") {
    run_property("tests/fixtures/fictional-harbour-bridge.json", 20251201, 1000);
}

TEST_CASE("random edits of a file with unknown fields everywhere, and of the shipped debate") {
    run_property("tests/fixtures/future-fields.json", 7, 400);
    run_property("content/nato-guarantees-2021.json", 11, 400);
}
