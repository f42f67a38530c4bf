// Helpers every importer shares: ids, names from labels, the date of an import, the loader's last word.
#include "model/import_support.h"

#include <cctype>
#include <ctime>

namespace dl {

std::string slug(std::string_view text, size_t max_bytes) {
    std::string s;
    for (char c : text) {
        if (s.size() >= max_bytes) break;
        const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) s += lower;
        else if (!s.empty() && s.back() != '-') s += '-';
    }
    while (!s.empty() && s.back() == '-') s.pop_back();
    return s;
}

std::string UniqueIds::make(const std::string& wanted) {
    const std::string base = wanted.substr(0, 56);
    std::string id = base;
    for (int& n = last_suffix_[base]; !used_.insert(id).second;) id = base + "-" + std::to_string(++n + 1);
    return id;
}

std::string file_name(const std::string& label) {
    const size_t slash = label.find_last_of("/\\");
    return slash == std::string::npos ? label : label.substr(slash + 1);
}

std::string debate_id_from_label(const std::string& label, const char* fallback) {
    const std::string name = file_name(label);
    const std::string id = slug(name.substr(0, name.find('.')), 64);
    return id.empty() ? fallback : id;
}

std::string count_of(size_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

PartialDate today_utc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    PartialDate today;
    today.year = utc.tm_year + 1900, today.month = utc.tm_mon + 1, today.day = utc.tm_mday;
    return today;
}

LoadResult finish_import(LoadResult result, const std::string& debate_text, const std::string& source_label,
                         std::string* p_debate_json, const LoadLimits& limits) {
    LoadResult loaded = load_debate_text(debate_text, source_label + " (as debatelens/1)", limits);
    result.diagnostics.insert(result.diagnostics.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    // An import with errors of its own (reported before the conversion) never opens, whatever the loader says.
    if (result.error_count() == 0) result.debate = std::move(loaded.debate);
    if (p_debate_json) *p_debate_json = debate_text;
    return result;
}

bool split_lines(std::string_view text, size_t max_lines, std::vector<std::string_view>& lines) {
    lines.clear();
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n' && text[i] != '\r') continue;
        if (lines.size() >= max_lines) return false;
        lines.push_back(text.substr(start, i - start));
        if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    return true;
}

}  // namespace dl
