// The Studio's part of the UI state: what the app tells the panels about the document each frame
// (StudioStatus), the words selected in the article, the item being edited and the text fields'
// buffers. Only in Studio builds (DL_STUDIO); the reader's widget carries none of it.
#pragma once

#include "model/diagnostic.h"
#include "model/fields.h"
#include "ui/edit_request.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace dl {

// Set by the app before each frame.
struct StudioStatus {
    std::string path;              // where Save writes ("" until Save As names it); on the web page, the file's name
    bool dirty = false;
    std::string undo, redo;        // the steps' descriptions ("" : nothing to undo / redo)
    std::vector<Diagnostic> problems;  // the validator's, after the last edit
    std::string message;           // what the last command did or why it was refused
    std::string recovery_time;     // an autosave to offer back ("" : none), as "2026-12-01 11:20 UTC"
    std::string unsaved_question;  // "" or the question before unsaved changes would go (closing, opening)
};

// Words selected in one paragraph of the article: bytes [min, max) of its text, always on UTF-8
// character boundaries (text_layout.h), from the anchor (where the drag or Shift began) to the caret.
struct ArticleSelection {
    int paragraph = -1;
    uint32_t anchor = 0, caret = 0;
    bool dragging = false;
    uint32_t begin() const { return anchor < caret ? anchor : caret; }
    uint32_t end() const { return anchor < caret ? caret : anchor; }
    bool empty() const { return paragraph < 0 || anchor == caret; }
};

struct StudioUi {
    bool enabled = false;  // the app runs as the Studio
    // The web page: Save downloads the file, Open and New from article use the page's file picker
    // (no path fields: the page has no file system to name).
    bool web_files = false;
    StudioStatus status;
    ArticleSelection selection;
    Target target{Entity::Debate, 0, -1};  // the item the editor shows
    int focus_field = -1;                  // one-shot: the form scrolls to this field and focuses it
    // A text field's text while it is being typed in, by its ImGui id; the field being typed in and
    // the edit its text makes, written when the field loses the keys (Enter, Tab, a click elsewhere,
    // its form closing, Ctrl+S).
    std::unordered_map<uint32_t, std::string> buffers;
    uint32_t typing_in = 0;
    EditRequest typed;
    std::string typed_over;  // the value it had when typing began
    std::string save_as_path, article_path;  // the path fields of Save As and New from article
    bool show_save_as = false, show_new = false;
    // The items of the path rows drawn last frame, each with the button that opens its row: when a
    // row closes with the focus in it, the focus goes back to that button.
    std::vector<std::pair<uint32_t, uint32_t>> path_row_items;
    int relation_type = 0;  // the type the "Add relation" row makes
    int relation_to = 0;    // and the claim it answers, among the claims but the edited one
    int relation_for = -1;  // the claim whose form the row was last drawn in
    int map_link_from = -1;  // the claim a drag on the map started on (a relation being drawn)
};

}  // namespace dl
