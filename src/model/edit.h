// The Studio's document: a debate being edited, every change a small operation with its inverse,
// grouped into undoable steps (after ImHex's undo stack). The UI asks for edits through the
// commands below; it never changes the debate itself. After every step the derived data (id maps,
// graph, stance index) is rebuilt and the semantic rules run (validate_debate), so the problems
// shown are the ones a Save followed by a load would report.
//
// What a command refuses, with a message: what the file could not represent faithfully (an id that
// is not a slug or is taken, a reference out of range, a repeated id in a list, text that is not
// UTF-8 or holds a NUL, a value over the loader's limits, a range outside its paragraph). Everything
// else (an empty summary, a missing stance, an ungrounded one) is allowed and reported by validation.
//
// Referential integrity, one undoable step each, its description naming what it touched:
//   - deleting a claim deletes its relations and takes it out of stances' and timeline events'
//     `claims` (a stance left with no grounding claims stays as it is, and validation reports it);
//   - deleting an actor is refused while they make claims (delete or reassign those first); their
//     stances are deleted, and sections and key quotes that named them name nobody;
//   - deleting a question deletes the stances on it and takes it out of claims' `questions`;
//   - deleting an evidence item takes it out of claims' and timeline events' `evidence`;
//   - deleting a paragraph is refused while claims quote it; its key quotes are deleted and it
//     leaves its section's list;
//   - deleting a section leaves its paragraphs in no section;
//   - renaming an id needs nothing else: references are indices, and the id maps are rebuilt.
// Memory grows with the edits made: an operation holds only what it changed.
#pragma once

#include "model/debate.h"
#include "model/diagnostic.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace dl {

// The lists of a debate whose items can be added, removed and reordered.
enum class ListKind { Paragraphs, Sections, Actors, Questions, Claims, Relations, Evidence, Stances, Timeline, KeyQuotes, Notes };

// The debate's and the article's own fields.
enum class DebateField { Id, ContentVersion, Title, Summary, ArticleTitle, ArticleTitleNote, ArticlePublisher, ArticleDate,
                         ArticleLanguage, ArticleUrl };

// One small change of a debate and its inverse.
class Operation {
public:
    virtual ~Operation() = default;
    virtual void apply(Debate& d) = 0;
    virtual void revert(Debate& d) = 0;
    virtual size_t bytes() const = 0;  // the memory it holds
};

// One undoable step: its operations in the order they were applied, and what it did in plain words.
struct EditStep {
    std::string description;
    std::vector<std::unique_ptr<Operation>> operations;
    uint64_t serial = 0;  // unique in the document's life: tells whether the saved state is current
};

struct EditResult {
    bool ok = false;
    std::string message;  // done: the step's description ("" when nothing changed); refused: why
};

class DebateDocument {
public:
    // `path` is where the document is saved ("" for one never saved) and names it in diagnostics.
    explicit DebateDocument(Debate debate, std::string path = "", LoadLimits limits = {});

    const Debate& debate() const { return *debate_; }
    // The live debate, for views: its content changes with every edit (re-prepare when generation()
    // changes; never keep indices into it across generations).
    std::shared_ptr<const Debate> shared() const { return debate_; }
    // Increments on every change, undo and redo: views key their caches on it.
    uint64_t generation() const { return generation_; }
    bool dirty() const { return current_serial() != saved_serial_; }
    const std::string& path() const { return path_; }
    void set_path(std::string path);
    // After a successful Save of the current state.
    void mark_saved() { saved_serial_ = current_serial(); }
    // The current state is not what its file holds (recovered from an autosave): dirty until saved.
    void mark_unsaved() { saved_serial_ = ~uint64_t{0}; }
    // The semantic problems of the current state (validate_debate), kept up to date after each step.
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    size_t error_count() const;

    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    std::string undo_description() const { return undo_.empty() ? "" : undo_.back().description; }
    std::string redo_description() const { return redo_.empty() ? "" : redo_.back().description; }
    EditResult undo();
    EditResult redo();
    size_t undo_steps() const { return undo_.size(); }
    size_t redo_steps() const { return redo_.size(); }
    // Memory held by the history (both stacks).
    size_t history_bytes() const;

    // Commands between begin_step and end_step make one undoable step (e.g. a typing session, or
    // a form's several fields). Steps nest; the outermost description is the step's.
    void begin_step(std::string description);
    void end_step();

    // ---- commands --------------------------------------------------------------------------
    EditResult set_field(DebateField field, const std::string& value);  // ArticleDate: "YYYY[-MM[-DD]]" or "" for none

    EditResult add_note(int at, std::string text);  // at: index, or -1 for the end
    EditResult edit_note(int index, std::string text);
    EditResult remove_note(int index);
    EditResult move(ListKind list, int from, int to);  // to: the index the item ends at

    // Items of every list but claims (add_claim) and notes: Paragraph, Section, Actor, Question,
    // Relation, Evidence, Stance, TimelineEvent, KeyQuote. `at` is an index or -1 for the end.
    // A Section is added without paragraphs (set_paragraph_section fills it); a Question without a
    // short label gets the one the loader would derive from its text.
    template <class T> EditResult add(int at, T item);
    // Changes one item through `change`, which edits a copy: every field but a paragraph's
    // `section`, a section's `paragraphs` (set_paragraph_section), a claim's quote, paragraph and
    // range (anchor_claim), a stance's actor and question (set_stance) and unknown fields.
    // A paragraph's new text re-anchors the quotes in it (see edit.cpp); a question whose label was
    // derived from its text gets the label of its new text.
    template <class T> EditResult edit(int index, const std::function<void(T&)>& change);
    template <class T> EditResult remove(int index);

    // A claim whose quote is exactly bytes [begin, end) of `paragraph`. `claim` gives the other
    // fields; an empty id gets one made from the speaker and the first words of the quote.
    EditResult add_claim(int at, Claim claim, int paragraph, uint32_t begin, uint32_t end);
    // Moves a claim's quote to bytes [begin, end) of `paragraph` (the quote becomes those bytes).
    EditResult anchor_claim(int claim, int paragraph, uint32_t begin, uint32_t end);
    // Puts a paragraph in a section (-1: in none), taking it out of another section's list.
    EditResult set_paragraph_section(int paragraph, int section);
    // Changes an actor's stance on a question, making the stance row (not_addressed) if there is none.
    EditResult set_stance(int actor, int question, const std::function<void(Stance&)>& change);
    // A not_addressed stance for every subject and commentator on every question that has none.
    EditResult add_missing_stances();

    // A slug made from `text` (lowercase, accents dropped, other characters as '-'), unused in `list`.
    std::string unused_id(ListKind list, const std::string& text) const;

private:
    class Step;
    using Adder = std::function<void(std::unique_ptr<Operation>)>;
    template <class T> EditResult move_item(int from, int to);
    EditResult finish(Step& step);
    // Why deleting item `index` of `list` is refused ("" when it is not).
    static std::string removal_refused(const Debate& d, ListKind list, int index);
    // The operations that keep references whole before item `index` of `list` goes; what they touched.
    static std::vector<std::string> cascade_removal(Debate& d, ListKind list, int index, const Adder& add);
    static std::string reanchor_quotes(Debate& d, int paragraph, const std::string& old_text, const Adder& add);
    void after_change();
    // The step the current state is the result of (an open group counts once it changed something).
    uint64_t current_serial() const {
        if (open_depth_ > 0 && !open_.operations.empty()) return open_.serial;
        return undo_.empty() ? 0 : undo_.back().serial;
    }

    std::shared_ptr<Debate> debate_;
    std::string path_;
    LoadLimits limits_;
    std::vector<EditStep> undo_, redo_;
    EditStep open_;        // the step begin_step opened, while open_depth_ > 0
    int open_depth_ = 0;
    uint64_t next_serial_ = 1, saved_serial_ = 0, generation_ = 0;
    std::vector<Diagnostic> diagnostics_;
};

}  // namespace dl
