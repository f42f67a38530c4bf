// Diagnostics, their sink, and reading a content file whole.
#include "model/diagnostic.h"

#include <sys/stat.h>

#include <fstream>

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

bool read_content_file(const std::string& path, const LoadLimits& limits, std::string& text, std::vector<Diagnostic>& diagnostics) {
    auto fail = [&](std::string message) {
        diagnostics.push_back({Severity::Error, path, "", 0, 0, std::move(message)});
        return false;
    };
    struct stat st;
    if (stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
        return fail(S_ISDIR(st.st_mode) ? "cannot read it: it is a folder, not a regular file" : "cannot read it: not a regular file");
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail("cannot open the file (missing, or not readable)");
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0) return fail("cannot read the file (is it a directory?)");
    if (static_cast<uint64_t>(size) > limits.max_file_bytes)
        return fail("file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(limits.max_file_bytes));
    in.seekg(0);
    text.assign(static_cast<size_t>(size), '\0');
    // A file that shrank while it was read (truncated in place) gives fewer bytes than its size said.
    if (size > 0 && !in.read(&text[0], size))
        return fail(in.gcount() < size ? "cannot read the whole file: it got shorter while it was read" : "cannot read the file");
    return true;
}

}  // namespace dl
