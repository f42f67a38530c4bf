// Every field FORMAT.md documents, per kind of item, as one table: what the Studio's editors draw for
// it (a label, the kind of control, the list a reference points into) and how its value is read
// from a debate and written through a DebateDocument's commands. The editors are drawn from this
// table, so no field is left to hand-editing and no field needs editor code of its own.
#pragma once

#include "model/debate.h"
#include "model/edit.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// The kinds of item a debate holds (Debate: its own and its article's fields, one item).
enum class Entity : uint8_t { Debate, Paragraph, Section, Actor, Question, Claim, Relation, Evidence, Stance, Timeline, KeyQuote, Note, Count };

enum class FieldKind : uint8_t {
    Id,        // a slug; renaming updates every reference (references are indices)
    Text,      // one line
    LongText,  // wrapped, several lines
    Lines,     // a list of strings, one per line (affiliations)
    Enum,      // one of a fixed set (field_choices)
    Ref,       // an item of `ref` (or none, when optional)
    RefList,   // items of `ref`, each on or off
    Date,      // YYYY, YYYY-MM or YYYY-MM-DD, or empty
    Flag,      // on or off
};

struct FieldSpec {
    const char* name;   // its JSON name ("summary"; a claim's review's rating is "review.rating")
    const char* label;  // what the editor calls it
    FieldKind kind;
    Entity ref = Entity::Count;  // Ref and RefList: the list it points into
    bool optional = false;       // Ref: may point at nothing
    const char* hint = "";       // one line of help under the field
};

// Which item: `index` in its entity's list. A stance is addressed by its actor (`index`) and its
// `question`, so a Positions cell without a stance yet can be edited (the edit makes the stance).
struct Target {
    Entity entity = Entity::Count;
    int index = -1;
    int question = -1;
    bool operator==(const Target& o) const { return entity == o.entity && index == o.index && question == o.question; }
    bool operator!=(const Target& o) const { return !(*this == o); }
};

const std::vector<FieldSpec>& entity_fields(Entity e);
// The field named `name`, or -1.
int find_field(Entity e, std::string_view name);
const char* entity_noun(Entity e);   // "claim", "timeline event"
const char* entity_title(Entity e);  // "Claims", "Timeline"
size_t entity_count(const Debate& d, Entity e);
// The item as a list shows it: "Ana Ruiz", "p02: Engineer Ana Ruiz said…", a claim's speaker and summary.
std::string item_label(const Debate& d, Entity e, int index);
bool target_exists(const Debate& d, const Target& t);
// The item a diagnostic's JSON path points into ("/claims/3/summary": claim 3, and its field in
// `field`, or -1 when the path names no field of the table); the Debate for a path outside any list.
Target target_of_path(const Debate& d, std::string_view path, int* field = nullptr);

// The value of field `field` (an index into entity_fields) of the target.
std::string field_text(const Debate& d, const Target& t, int field);  // Id, Text, LongText, Date; Lines joined with '\n'
int field_choice(const Debate& d, const Target& t, int field);        // Enum: its value; Ref: the index or -1; Flag: 0 or 1
std::vector<int> field_refs(const Debate& d, const Target& t, int field);  // RefList
// What an Enum or Ref field can be, in value order (a Ref's items by item_label).
std::vector<std::string> field_choices(const Debate& d, Entity e, int field);

// Writing, one undoable step each (nothing when the value is unchanged); refused with a message when
// the value cannot be written (an id that is not a slug or is taken, a date that is not one).
EditResult set_field_text(DebateDocument& doc, const Target& t, int field, const std::string& value);
EditResult set_field_choice(DebateDocument& doc, const Target& t, int field, int value);
EditResult toggle_field_ref(DebateDocument& doc, const Target& t, int field, int ref);

// A new, blank item at the end of its list (an id made from its noun), which validation then asks
// to fill in. Not for claims (they come from a selection of the article: add_claim), relations
// (add_relation) or stances (the Positions cells). `made` receives its index.
EditResult add_blank_item(DebateDocument& doc, Entity e, int* made = nullptr);
// A relation between two claims.
EditResult add_relation(DebateDocument& doc, int from, int to, RelationType type, int* made = nullptr);
EditResult remove_item(DebateDocument& doc, const Target& t);
// Moves an item one place up (-1) or down (+1) in its list.
EditResult move_item_by(DebateDocument& doc, const Target& t, int step);

}  // namespace dl
