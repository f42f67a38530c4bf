// Kialo's "export discussion" text as a debate: the thesis and every argument a claim, Pro and Con
// the supports and rebuts of the tree, cross references further relations. The mapping is
// documented in content/FORMAT.md ("Kialo").
#pragma once

#include "model/load.h"

#include <string>
#include <string_view>

namespace dl {

// True when the text (after a byte order mark and blank lines) starts with "Discussion Title:",
// the first line of every Kialo export.
bool looks_like_kialo(std::string_view text);

// Converts a Kialo export into a debatelens/1 document and loads that with the ordinary loader.
// Problems name the source and the line ("debate.txt:12: warning: ..."). `p_debate_json`, when
// given, receives the converted document (empty when the export was unreadable).
LoadResult import_kialo_text(std::string_view text, const std::string& source_label, std::string* p_debate_json = nullptr,
                             const LoadLimits& limits = {});
LoadResult import_kialo_file(const std::string& path, std::string* p_debate_json = nullptr, const LoadLimits& limits = {});

}  // namespace dl
