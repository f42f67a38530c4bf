// Crash recovery for the Studio: while a document has unsaved edits the app autosaves it every few
// seconds into a recovery folder; at start it lists what can be recovered (original path, time);
// a successful Save discards the autosave. The path logic is pure; the file I/O goes through the
// injectable FileSystem. The web build keeps the same text in browser storage.
#pragma once

#include "model/debate.h"
#include "model/edit.h"
#include "model/file_io.h"
#include "model/load.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// $XDG_STATE_HOME/debatelens/recovery, else $HOME/.local/state/debatelens/recovery (the XDG rules:
// a relative XDG_STATE_HOME is ignored); empty when neither is usable.
std::string recovery_folder(const char* xdg_state_home, const char* home);

// The autosave's file name for a document: its file name's stem made safe (letters, digits, '-' and
// '_'; at most 40 bytes) and a hash of the whole path, so two "debate.json" in different folders do
// not meet ("debate-8c3f...e1.json"); "untitled-N.json" for a document never saved (empty path).
// Give the document's absolute path: the same document then always has the same autosave.
std::string recovery_file_name(const std::string& document_path, int untitled_number);

// What the first line of an autosave says about it.
struct RecoveryEntry {
    std::string file;           // the autosave itself
    std::string original_path;  // the document's path; empty for an untitled one
    int untitled_number = 0;
    int64_t unix_time = 0;      // when it was autosaved (seconds since 1970, UTC)
    std::string saved_at;       // the same as ISO 8601, "2025-12-01T07:30:00Z"
    std::string title;          // the debate's title, for the list
};

// The autosave text: one line of JSON saying what it is, then the debate exactly as Save writes it
// (format_debate), so the rest of the file can be opened, or copied out, as a debate file.
//   {"debatelens_recovery":1,"path":"/home/ed/debate.json","untitled":0,"unix_time":1764574200,"saved_at":"...","title":"..."}
std::string format_recovery_text(const Debate& d, const std::string& original_path, int untitled_number, int64_t unix_time);
// Reads the first line of an autosave into `entry` (not `file`) and gives the debate's text after
// it; false when the text is not an autosave.
bool parse_recovery_text(std::string_view text, RecoveryEntry& entry, std::string_view& debate_text);
// "2025-12-01T07:30:00Z".
std::string iso_utc(int64_t unix_time);

class RecoveryStore {
public:
    explicit RecoveryStore(std::string folder, FileSystem& fs = system_file_system());
    const std::string& folder() const { return folder_; }
    std::string file_for(const std::string& document_path, int untitled_number) const;
    // Writes the unsaved document atomically (making the folder if needed).
    WriteResult autosave(const Debate& d, const std::string& document_path, int untitled_number, int64_t unix_time);
    // Every autosave in the folder, newest first; files that are not autosaves are left alone.
    std::vector<RecoveryEntry> list(size_t max_file_bytes = LoadLimits{}.max_file_bytes) const;
    // The autosaved debate, loaded as a file would be (LoadResult::editable even when it has problems).
    LoadResult recover(const RecoveryEntry& entry, const LoadLimits& limits = {}) const;
    // After a successful Save: the autosave is no longer needed. True when there was one to remove.
    bool discard(const std::string& document_path, int untitled_number);

private:
    std::string folder_;
    FileSystem& fs_;
};

// The Studio's Save: writes the document to its path (save_debate_file: atomic, with a .bak), marks
// it saved, and discards its autosave from `recovery` (the one under its path, and the "untitled-N"
// one when `untitled_number` says it had no path before this Save). On failure nothing changes:
// the document stays unsaved and its autosave stays.
WriteResult save_document(DebateDocument& doc, RecoveryStore* recovery = nullptr, int untitled_number = 0,
                          FileSystem& fs = system_file_system());

}  // namespace dl
