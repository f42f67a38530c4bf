// Argdown (https://argdown.org) both ways. Export: one statement per claim, titled with the claim's
// id and worded with its verbatim quote, grouped under a heading per actor, with the relations
// Argdown can express as relations and the others as comments. Import: statements and arguments as
// claims, relations and premise-conclusion structures as relations (mappings in content/FORMAT.md).
#pragma once

#include "model/debate.h"
#include "model/load.h"

#include <string>
#include <string_view>

namespace dl {

std::string export_argdown(const Debate& debate);

// Text Argdown reads back as the same words: on one line, with a backslash before each character
// that could start Argdown syntax inside a line (references, tags, mentions, links, emphasis,
// comments, metadata, front matter).
std::string argdown_escape(std::string_view text);

// Converts an Argdown document into a debatelens/1 document and loads that with the ordinary
// loader. Whatever has no DebateLens counterpart (undercuts, tags, data, inference rules, front
// matter fields other than title, author, date and model.mode) is a warning naming the line
// ("map.argdown:12: warning: ..."). `p_debate_json`, when given, receives the converted document.
LoadResult import_argdown_text(std::string_view text, const std::string& source_label, std::string* p_debate_json = nullptr,
                               const LoadLimits& limits = {});
LoadResult import_argdown_file(const std::string& path, std::string* p_debate_json = nullptr, const LoadLimits& limits = {});

}  // namespace dl
