// Loading and validating debate files. Every problem is reported at once, each naming the file,
// the JSON path (or line and column for syntax errors) and what is wrong. Never throws.
#pragma once

#include "model/debate.h"
#include "model/diagnostic.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

struct LoadResult {
    // Set only when there were no errors: views never see a half-valid debate.
    std::shared_ptr<const Debate> debate;
    std::vector<Diagnostic> diagnostics;
    size_t error_count() const;
    bool ok() const { return debate != nullptr; }
    std::string summary() const;  // every diagnostic, one per line
};

// `file_label` names the source in messages (a path, or a URL on the web).
LoadResult load_debate_text(std::string_view text, const std::string& file_label, const LoadLimits& limits = {});
LoadResult load_debate_file(const std::string& path, const LoadLimits& limits = {});

// A link the format admits: http:// or https://, with no white space, control characters, quotes,
// angle brackets or backslashes. Importers check their links with it before offering them.
bool is_web_url(const std::string& s);

}  // namespace dl
