// What a Studio panel asks the app to do to the document (views never change the debate): an edit
// request per field write, item added or removed, claim made from a selection; and the Studio's
// commands (undo, redo, save...). Handed back inside UiAction; applied by the app (app/studio_app.cpp).
#pragma once

#include "model/fields.h"

#include <cstdint>
#include <string>

namespace dl {

struct EditRequest {
    enum class Kind : uint8_t {
        SetText,       // field of target := text
        SetChoice,     // field of target := value (an enum's value, a reference's index or -1, a flag)
        ToggleRef,     // value goes in or out of field (a list of references) of target
        AddBlank,      // a blank item of target.entity at the end
        Remove,        // target
        MoveBy,        // target one place up (value -1) or down (+1)
        AddClaim,      // a claim quoting bytes [begin, end) of paragraph, spoken by value (an actor)
        AnchorClaim,   // target (a claim)'s quote becomes bytes [begin, end) of paragraph
        AddRelation,   // a relation from -> to of type value
        AddMissingStances,
    };
    Kind kind = Kind::SetText;
    Target target;
    int field = -1;
    std::string text;
    int value = 0;
    int paragraph = -1;
    uint32_t begin = 0, end = 0;
    int from = -1, to = -1;
    // A combo's choice k (keyboard, assistive technology) is value k + choice_offset (-1: "none" first).
    int choice_offset = 0;
    bool operator==(const EditRequest& o) const;
};

// The Studio's commands besides edits.
enum class StudioCommand : uint8_t {
    None, Undo, Redo, Save, SaveAs, NewFromArticle, Recover, DiscardRecovery,
    // The answers to "unsaved changes: save them first?", asked before closing the window or before
    // another file replaces the document; after Save or Discard that goes ahead, Cancel keeps all as it is.
    UnsavedSave, UnsavedDiscard, UnsavedCancel,
    Open,  // a debate file from the platform's picker (web; natively the Open view lists files)
    // The native toolbar's rows where a path is typed (Save as, New from article): open or closed.
    ToggleSaveAsRow, ToggleNewFromArticleRow
};

// The Studio's drop-downs over its own UI state (which the keyboard's choice sets).
enum class StudioPick : uint8_t { None, RelationType, RelationTo, StanceActor, StanceQuestion };

}  // namespace dl
