// What every loader and importer reports, and the bounds that keep hostile files harmless.
// Shared by the JSON reader, the debate loader and the importers, so messages read the same everywhere.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace dl {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    std::string path;  // JSON pointer, e.g. "/claims/12/quote"; empty for file-level problems
    int line = 0;      // set for syntax errors and line-based formats
    int column = 0;
    std::string message;
    // "file:/claims/12/quote: message", "file:3:14: message" or "file: message";
    // warnings carry "warning: " before the message.
    std::string format() const;
};

// Collects a file's diagnostics up to a maximum, then one line saying the list stops there (an
// error if any problem left out is one), so a hostile file cannot flood memory or the terminal.
class DiagnosticSink {
public:
    DiagnosticSink(std::string file, size_t max_diagnostics, std::vector<Diagnostic>& out);
    void error(const std::string& path, std::string message) { add(Severity::Error, path, std::move(message)); }
    void warn(const std::string& path, std::string message) { add(Severity::Warning, path, std::move(message)); }
    // For line-based formats (Kialo, Argdown): the place is a line, not a JSON path.
    void error_at_line(int line, std::string message) { add(Severity::Error, "", std::move(message), line); }
    void warn_at_line(int line, std::string message) { add(Severity::Warning, "", std::move(message), line); }
    // True once the maximum was reached: later problems are only counted.
    bool full() const { return capped_ >= 0; }
    const std::string& file() const { return file_; }

private:
    void add(Severity severity, const std::string& path, std::string message, int line = 0);
    std::string file_;
    size_t max_;
    std::vector<Diagnostic>& out_;
    std::ptrdiff_t capped_ = -1;  // index of the "too many problems" line
};

// Bounds that keep hostile files harmless. Each one exceeded is a clean error.
struct LoadLimits {
    size_t max_file_bytes = 32u << 20;
    size_t max_depth = 64;
    size_t max_string_bytes = 64u << 10;
    size_t max_paragraphs = 20'000;
    size_t max_claims = 100'000;
    size_t max_relations = 400'000;
    size_t max_actors = 1'000;
    size_t max_questions = 200;
    size_t max_evidence = 20'000;
    size_t max_timeline = 20'000;
    size_t max_list = 1'000;  // ids listed inside one item (a claim's evidence, a stance's claims...)
    size_t max_diagnostics = 500;
    // JSON values in the whole file (objects, lists, strings, numbers...): bounds the memory a
    // small file of tiny values ("[{},{},...]") can take. The largest valid debate has about 2.5 million.
    size_t max_values = 4'000'000;
    // Paragraph bytes examined, over all claims, to find quotes given without a `range`: bounds the
    // time a file of many claims quoting one long paragraph can take (a `range` costs only its length).
    size_t max_quote_search_bytes = 128u << 20;
};

// Reads a whole file (a regular file of at most max_file_bytes) for a loader or importer; on failure
// adds an error naming the path and returns false, so every file format reports the same way.
bool read_content_file(const std::string& path, const LoadLimits& limits, std::string& text, std::vector<Diagnostic>& diagnostics);
// At most max_bytes of a file, or "" when it cannot be read (for files whose absence is no error:
// settings, a font handed to the page). C stdio: the web build then carries no iostreams.
std::string read_file_prefix(const std::string& path, size_t max_bytes);

}  // namespace dl
