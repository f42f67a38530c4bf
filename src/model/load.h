// Loading and validating debate files. Every problem is reported at once, each naming the file,
// the JSON path (or line and column for syntax errors) and what is wrong. Never throws.
// The semantic rules are validate_debate's (validate.h), the same the Studio runs after each edit.
#pragma once

#include "model/debate.h"
#include "model/diagnostic.h"
#include "model/validate.h"  // is_slug, is_web_url: importers check their ids and links with them

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

struct LoadResult {
    // Set only when there were no errors: views never see a half-valid debate.
    std::shared_ptr<const Debate> debate;
    // The debate as read, for the Studio to open and fix: set when the file has no structural
    // errors (its only errors are semantic ones, such as a missing stance or a misquote), and also
    // when it has no errors at all (then the same as `debate`). Never give it to the reader-facing views.
    std::shared_ptr<const Debate> editable;
    std::vector<Diagnostic> diagnostics;
    size_t error_count() const;
    bool ok() const { return debate != nullptr; }
    std::string summary() const;  // every diagnostic, one per line
};

// `file_label` names the source in messages (a path, or a URL on the web).
LoadResult load_debate_text(std::string_view text, const std::string& file_label, const LoadLimits& limits = {});
LoadResult load_debate_file(const std::string& path, const LoadLimits& limits = {});

}  // namespace dl
