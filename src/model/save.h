// Writing debates: the one canonical layout (what Save, --rewrite and --new write) and saving it to
// a file atomically, keeping the previous version beside it. The layout is documented in
// content/FORMAT.md ("What the Studio writes").
#pragma once

#include "model/debate.h"
#include "model/file_io.h"

#include <string>

namespace dl {

// The canonical layout: what Save, --rewrite and --new write. Fields in the order FORMAT.md
// documents them, 2-space indent, UTF-8 as is, lists in the debate's own order, optional fields
// omitted when empty or default, every placed quote with its byte `range`, unknown fields after the
// known ones, one trailing newline. load_debate_text(format_debate(d)) gives d back field for field.
std::string format_debate(const Debate& d);

// Saves `d` in the canonical layout over `path`: the text goes to a temporary file in the same
// folder, is flushed to disk, and replaces `path` in one rename, after the previous version was
// kept as `path.bak`. On any failure `path` is left as it was and the temporary file is removed.
WriteResult save_debate_file(const Debate& d, const std::string& path, FileSystem& fs = system_file_system());

}  // namespace dl
