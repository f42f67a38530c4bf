// AIF, the Argument Interchange Format, in the JSON that AIFdb and OVA write: a debate exported as
// an argument map, and an argument map imported as a debate. The mapping both ways is documented in
// content/FORMAT.md ("AIF").
#pragma once

#include "model/load.h"

#include <string>
#include <string_view>

namespace dl {

// {"nodes": [...], "edges": [...], "locutions": [...], "participants": [...]}: per claim an I-node
// (its summary), an L-node ("Speaker : quote") and a YA "Asserting" between them; RA, CA and MA
// nodes for supports, rebuts (and qualifies) and elaborates; TA nodes between L-nodes for responds_to.
std::string export_aif(const Debate& debate);

// Converts an AIF map (plain, or the xAIF wrapper {"AIF": {...}, "text": ..., "OVA": ...}) into a
// debatelens/1 document and loads that with the ordinary loader, so an imported debate meets every
// rule a hand-written one does. Problems with the AIF name the source and its JSON path
// ("map.json:/AIF/edges/3/toID: warning: ..."); whatever has no DebateLens counterpart (unknown node
// types, dangling edges, relations aimed at relations...) is a warning, never dropped unsaid.
// `p_debate_json`, when given, receives the converted document (empty when the AIF was unreadable).
LoadResult import_aif_text(std::string_view text, const std::string& source_label, std::string* p_debate_json = nullptr,
                           const LoadLimits& limits = {});
LoadResult import_aif_file(const std::string& path, std::string* p_debate_json = nullptr, const LoadLimits& limits = {});

}  // namespace dl
