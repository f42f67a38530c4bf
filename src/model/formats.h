// Opening a debate from any file DebateLens reads: its own JSON, or an AIF map, a Kialo export or
// an Argdown document converted on the fly. The native app, --validate and the library use this,
// so an imported file opens, validates and live-reloads like a debate file.
#pragma once

#include "model/load.h"

#include <string>
#include <string_view>

namespace dl {

enum class DebateFormat { DebateLens, Aif, Kialo, Argdown };
const char* format_name(DebateFormat f);  // "debatelens/1", "AIF", "Kialo", "Argdown"

// Decides by the text and the name: Argdown for *.argdown (and *.ad), Kialo for text starting with
// "Discussion Title:", AIF for a JSON object with "nodes" (or an "AIF" object) and no "format",
// debatelens/1 otherwise.
DebateFormat detect_debate_format(const std::string& path, std::string_view text);

// Loads `text` in the format detect_debate_format finds. Messages name `label` (the original file)
// with its JSON path or line; a converted document's own problems carry "(as debatelens/1)".
// `p_debate_json` receives the debatelens/1 text (the input itself for a debate file).
LoadResult load_any_debate_text(std::string_view text, const std::string& label, std::string* p_debate_json = nullptr,
                                const LoadLimits& limits = {}, DebateFormat* p_format = nullptr);
LoadResult load_any_debate_file(const std::string& path, std::string* p_debate_json = nullptr, const LoadLimits& limits = {},
                                DebateFormat* p_format = nullptr);

// A name the library lists from a folder: *.json (not *.schema.json), *.argdown, *.ad, and *.txt
// (a .txt is listed only if it reads as a Kialo export: `head` is the file's first bytes).
bool is_debate_file_name(const std::string& name, std::string_view head);

}  // namespace dl
