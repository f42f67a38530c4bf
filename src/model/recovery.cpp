// Autosave files: their folder and names, their first line, and the store that writes and lists them.
#include "model/recovery.h"

#include "model/json_reader.h"
#include "model/save.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace dl {

std::string recovery_folder(const char* xdg_state_home, const char* home) {
    if (xdg_state_home && xdg_state_home[0] == '/') return std::string(xdg_state_home) + "/debatelens/recovery";
    if (home && home[0] == '/') return std::string(home) + "/.local/state/debatelens/recovery";
    return "";
}

std::string recovery_file_name(const std::string& document_path, int untitled_number) {
    if (document_path.empty()) return "untitled-" + std::to_string(untitled_number) + ".json";
    std::string stem = document_path.substr(document_path.rfind('/') + 1);  // npos + 1 == 0
    if (stem.size() >= 5 && stem.compare(stem.size() - 5, 5, ".json") == 0) stem.resize(stem.size() - 5);
    std::string safe;
    for (unsigned char c : stem) {
        if (safe.size() >= 40) break;
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        safe += keep ? static_cast<char>(c) : '-';
    }
    if (safe.empty()) safe = "debate";
    // FNV-1a, 64 bits: stable across runs and builds (std::hash is not).
    uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : document_path) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return safe + "-" + hex + ".json";
}

std::string iso_utc(int64_t unix_time) {
    const std::time_t t = static_cast<std::time_t>(unix_time);
    std::tm tm{};
    if (!gmtime_r(&t, &tm)) return "";
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string format_recovery_text(const Debate& d, const std::string& original_path, int untitled_number, int64_t unix_time) {
    std::string line = "{\"debatelens_recovery\":1,\"path\":";
    append_json_string(line, original_path);
    line += ",\"untitled\":" + std::to_string(untitled_number) + ",\"unix_time\":" + std::to_string(unix_time) + ",\"saved_at\":";
    append_json_string(line, iso_utc(unix_time));
    line += ",\"title\":";
    append_json_string(line, d.title);
    line += "}\n";
    return line + format_debate(d);
}

bool parse_recovery_text(std::string_view text, RecoveryEntry& entry, std::string_view& debate_text) {
    const size_t newline = text.find('\n');
    if (newline == std::string_view::npos) return false;
    LoadLimits limits;
    limits.max_depth = 2;
    JsonDocument doc;
    std::vector<Diagnostic> ignored;
    if (!parse_json(text.substr(0, newline), "recovery", limits, doc, ignored) || !doc.root.is_object()) return false;
    const JsonValue* marker = doc.root.find("debatelens_recovery");
    const JsonValue* path = doc.root.find("path");
    const JsonValue* untitled = doc.root.find("untitled");
    const JsonValue* time = doc.root.find("unix_time");
    const JsonValue* saved = doc.root.find("saved_at");
    const JsonValue* title = doc.root.find("title");
    if (!marker || !marker->is_number_unsigned() || marker->unsigned_value() != 1) return false;
    if (!path || !path->is_string() || !untitled || !untitled->is_whole_number() || !time || !time->is_whole_number()) return false;
    entry.original_path = std::string(path->str());
    entry.untitled_number = static_cast<int>(untitled->integer_value());
    entry.unix_time = time->integer_value();
    entry.saved_at = saved && saved->is_string() ? std::string(saved->str()) : iso_utc(entry.unix_time);
    entry.title = title && title->is_string() ? std::string(title->str()) : "";
    debate_text = text.substr(newline + 1);
    return true;
}

RecoveryStore::RecoveryStore(std::string folder, FileSystem& fs) : folder_(std::move(folder)), fs_(fs) {}

std::string RecoveryStore::file_for(const std::string& document_path, int untitled_number) const {
    return folder_ + "/" + recovery_file_name(document_path, untitled_number);
}

WriteResult RecoveryStore::autosave(const Debate& d, const std::string& document_path, int untitled_number, int64_t unix_time) {
    WriteOptions options;
    options.create_folder = true;
    return write_file_atomically(file_for(document_path, untitled_number),
                                 format_recovery_text(d, document_path, untitled_number, unix_time), options, fs_);
}

std::vector<RecoveryEntry> RecoveryStore::list(size_t max_file_bytes) const {
    std::vector<RecoveryEntry> out;
    std::vector<std::string> names;
    if (fs_.list_folder(folder_, names) != 0) return out;  // no folder: nothing to recover
    for (const std::string& name : names) {
        // Only finished autosaves: a temporary file is an autosave that never completed.
        if (name.size() < 5 || name.compare(name.size() - 5, 5, ".json") != 0) continue;
        std::string text;
        const std::string file = folder_ + "/" + name;
        if (fs_.read_file(file, max_file_bytes + 4096, text) != 0) continue;
        RecoveryEntry entry;
        std::string_view debate_text;
        if (!parse_recovery_text(text, entry, debate_text)) continue;
        entry.file = file;
        out.push_back(std::move(entry));
    }
    std::stable_sort(out.begin(), out.end(), [](const RecoveryEntry& a, const RecoveryEntry& b) { return a.unix_time > b.unix_time; });
    return out;
}

LoadResult RecoveryStore::recover(const RecoveryEntry& entry, const LoadLimits& limits) const {
    LoadResult result;
    std::string text;
    const int rc = fs_.read_file(entry.file, limits.max_file_bytes + 4096, text);
    RecoveryEntry header;
    std::string_view debate_text;
    if (rc != 0 || !parse_recovery_text(text, header, debate_text)) {
        result.diagnostics.push_back({Severity::Error, entry.file, "", 0, 0,
                                      rc != 0 ? "cannot read the autosave: " + describe_file_error(rc) : "this is not an autosave"});
        return result;
    }
    return load_debate_text(debate_text, entry.file, limits);
}

bool RecoveryStore::discard(const std::string& document_path, int untitled_number) {
    return fs_.remove(file_for(document_path, untitled_number)) == 0;
}

WriteResult save_document(DebateDocument& doc, RecoveryStore* recovery, int untitled_number, FileSystem& fs) {
    if (doc.path().empty()) {
        WriteResult r;
        r.message = "cannot save: the document has no file yet (choose where to save it)";
        return r;
    }
    WriteResult r = save_debate_file(doc.debate(), doc.path(), fs);
    if (!r.ok) return r;
    doc.mark_saved();
    if (recovery) {
        recovery->discard(doc.path(), 0);
        if (untitled_number > 0) recovery->discard("", untitled_number);
    }
    return r;
}

}  // namespace dl
