// Argdown (https://argdown.org) text of a debate: one statement per claim, titled with the claim's
// id and worded with its verbatim quote, grouped under a heading per actor, with the relations
// Argdown can express as relations and the others as comments (mapping in content/FORMAT.md).
#pragma once

#include "model/debate.h"

#include <string>
#include <string_view>

namespace dl {

std::string export_argdown(const Debate& debate);

// Text Argdown reads back as the same words: on one line, with a backslash before each character
// that could start Argdown syntax inside a line (references, tags, mentions, links, emphasis,
// comments, metadata, front matter).
std::string argdown_escape(std::string_view text);

}  // namespace dl
