// The debates an editor can open: files found in the given folders, each described by its title,
// date and validation status, and the bookkeeping live reload needs (has the file changed? where
// does a problem in the new version point in the last good one?). Pure C++, no UI.
#pragma once

#include "model/debate.h"
#include "model/load.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

// What the file system says about a file; two equal stamps mean "unchanged".
struct FileStamp {
    bool exists = false;
    int64_t modified = 0;  // file time in its clock's ticks
    uint64_t size = 0;
    bool operator==(const FileStamp& o) const { return exists == o.exists && modified == o.modified && size == o.size; }
    bool operator!=(const FileStamp& o) const { return !(*this == o); }
};
FileStamp file_stamp(const std::string& path);
bool is_directory(const std::string& path);

// A FILE gives itself; a DIR gives the files it holds that DebateLens opens (is_debate_file_name:
// *.json but not *.schema.json, *.argdown, Kialo exports in *.txt), sorted, not recursive.
// A path that does not exist is returned as is, so opening it reports the problem.
std::vector<std::string> list_debate_files(const std::string& path);

struct LibraryEntry {
    std::string path;
    std::string id, title, publisher;
    PartialDate date;
    size_t claims = 0;
    size_t errors = 0, warnings = 0;
    std::string first_problem;  // formatted, when there are errors
    FileStamp stamp;
    bool valid() const { return errors == 0; }
};
// Loads (converting imports) and validates the file to describe it (the same checks as opening it).
LibraryEntry describe_debate_file(const std::string& path, const LoadLimits& limits = {});
// The same description from a load already done.
LibraryEntry describe_load(const std::string& path, const LoadResult& result, const FileStamp& stamp);

// An item of a debate a problem can lead the reader to.
struct ItemRef {
    enum class Kind { None, Claim, Actor, Question, Evidence, Paragraph, Timeline };
    Kind kind = Kind::None;
    int index = -1;  // in the debate it was located in
};
// For each diagnostic of a failed reload, the item of `last_good` it concerns: the JSON path names
// an item of the new text ("/claims/12/quote"), whose id is looked up in the last good version.
// A relation's problems point at its `from` claim. Kind::None where nothing matches (a new item, a
// syntax error, a text over `max_bytes` that is not parsed again).
std::vector<ItemRef> locate_problems(std::string_view new_text, const std::vector<Diagnostic>& problems,
                                     const Debate& last_good, size_t max_bytes = 8u << 20);

}  // namespace dl
