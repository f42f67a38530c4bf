// Diagnostics, their sink, and reading a content file whole.
#include "model/diagnostic.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>

namespace dl {

std::string Diagnostic::format() const {
    std::string s = file;
    if (line > 0) {
        s += ":" + std::to_string(line);
        if (column > 0) s += ":" + std::to_string(column);
    } else if (!path.empty()) {
        s += ":" + path;
    }
    s += ": ";
    if (severity == Severity::Warning) s += "warning: ";
    return s + message;
}

DiagnosticSink::DiagnosticSink(std::string file, size_t max_diagnostics, std::vector<Diagnostic>& out)
    : file_(std::move(file)), max_(max_diagnostics), out_(out) {}

void DiagnosticSink::add(Severity s, const std::string& path, std::string message, int line) {
    if (full()) {
        // One line says the list stops here; it is an error if any problem left out is one,
        // so a file with many warnings (unknown fields from a newer format) still loads.
        if (s == Severity::Error) out_[static_cast<size_t>(capped_)].severity = Severity::Error;
        return;
    }
    if (out_.size() >= max_) {
        capped_ = static_cast<std::ptrdiff_t>(out_.size());
        out_.push_back({s, file_, "", 0, 0, "too many problems; stopped reporting here"});
        return;
    }
    out_.push_back({s, file_, path, line, 0, std::move(message)});
}

namespace {
// Reads up to `limit` bytes of an open file; false on a read error.
bool read_all(FILE* f, size_t limit, std::string& out) {
    char buf[65536];
    while (out.size() < limit) {
        const size_t want = std::min(sizeof buf, limit - out.size());
        const size_t n = std::fread(buf, 1, want, f);
        out.append(buf, n);
        if (n < want) break;  // the end of the file, or an error
    }
    return !std::ferror(f);
}
}  // namespace

bool read_content_file(const std::string& path, const LoadLimits& limits, std::string& text, std::vector<Diagnostic>& diagnostics) {
    auto fail = [&](std::string message) {
        diagnostics.push_back({Severity::Error, path, "", 0, 0, std::move(message)});
        return false;
    };
    struct stat st;
    if (stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
        return fail(S_ISDIR(st.st_mode) ? "cannot read it: it is a folder, not a regular file" : "cannot read it: not a regular file");
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return fail("cannot open the file (missing, or not readable)");
    if (fstat(fileno(f), &st) == 0 && static_cast<uint64_t>(st.st_size) > limits.max_file_bytes) {
        std::fclose(f);
        return fail("file is " + std::to_string(st.st_size) + " bytes; the limit is " + std::to_string(limits.max_file_bytes));
    }
    text.clear();
    // One byte past the limit tells a file that grew while it was read from one that fits.
    const bool ok = read_all(f, limits.max_file_bytes + 1, text);
    std::fclose(f);
    if (!ok) return fail("cannot read the file");
    if (text.size() > limits.max_file_bytes)
        return fail("file is over " + std::to_string(limits.max_file_bytes) + " bytes, the limit (it grew while it was read)");
    return true;
}

std::string read_file_prefix(const std::string& path, size_t max_bytes) {
    std::string out;
    if (FILE* f = std::fopen(path.c_str(), "rb")) {
        if (!read_all(f, max_bytes, out)) out.clear();
        std::fclose(f);
    }
    return out;
}

}  // namespace dl
