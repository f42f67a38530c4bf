// Helpers for the model tests: fixture paths, loading mutated documents, finding diagnostics.
#pragma once

#include "model/load.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>

namespace dl::test {

inline std::string source_path(const std::string& rel) { return std::string(DL_SOURCE_DIR) + "/" + rel; }
// A file among the real-world samples beside the repository (../shared, or $DL_SHARED_DIR). Test cases
// that read them belong to the "shared" suite and are marked skip(): CTest's unit.model.shared runs
// them where the folder exists (tests/with_shared.sh) and reports them skipped where it does not.
// There, a missing file is a failure.
inline std::string shared_path(const std::string& rel) {
    const char* dir = std::getenv("DL_SHARED_DIR");
    const std::string path = std::string(dir && *dir ? dir : DL_SHARED_DIR) + "/" + rel;
    REQUIRE_MESSAGE(std::filesystem::exists(path), path << " is missing from the shared folder");
    return path;
}
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
inline nlohmann::json fixture(const std::string& name) {
    return nlohmann::json::parse(read_file(source_path("tests/fixtures/" + name)));
}
inline nlohmann::json library() { return fixture("fictional-library-hours.json"); }
inline nlohmann::json harbour() { return fixture("fictional-harbour-bridge.json"); }

// A file of the source tree that must load; the test stops with its problems if it does not.
inline std::shared_ptr<const Debate> load_source(const std::string& rel) {
    LoadResult r = load_debate_file(source_path(rel));
    REQUIRE_MESSAGE(r.ok(), r.summary());
    return r.debate;
}

// Loads a document after `mutate` changed it.
inline LoadResult load_mutated(nlohmann::json doc, const std::function<void(nlohmann::json&)>& mutate) {
    mutate(doc);
    return load_debate_text(doc.dump(), "test.json");
}

// The first diagnostic at exactly `path` whose message contains `words`, or nullptr.
inline const Diagnostic* find_diag(const LoadResult& r, const std::string& path, const std::string& words = "") {
    for (const auto& d : r.diagnostics)
        if (d.path == path && d.message.find(words) != std::string::npos) return &d;
    return nullptr;
}

// An import that must be refused: not ok, nothing converted, an error whose message holds `words`.
// `import(text, converted)` runs the importer on `text`.
template <class Import>
void check_refused(Import import, const std::string& text, const std::string& words) {
    CAPTURE(text.substr(0, 60));
    std::string converted = "stale";
    const LoadResult r = import(text, converted);
    CHECK_FALSE(r.ok());
    CHECK(converted.empty());
    bool found = false;
    for (const auto& d : r.diagnostics) found = found || (d.severity == Severity::Error && d.message.find(words) != std::string::npos);
    CHECK_MESSAGE(found, "expected an error mentioning '" << words << "', got:\n" << r.summary());
}

}  // namespace dl::test

// Checks that loading failed with an error at PATH mentioning WORDS; prints what was reported if not.
#define CHECK_ERROR_AT(result, path, words)                                                             \
    do {                                                                                                \
        const dl::LoadResult& result_ = (result); /* keeps a temporary alive for the checks */          \
        const auto* found_ = dl::test::find_diag(result_, path, words);                                 \
        CHECK_MESSAGE(found_ != nullptr, "expected error at " << path << " mentioning '" << words       \
                                                              << "', got:\n" << result_.summary());     \
        if (found_) CHECK(found_->severity == dl::Severity::Error);                                     \
        CHECK_FALSE(result_.ok());                                                                      \
    } while (0)
