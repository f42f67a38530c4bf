// Library listing, file stamps for live reload, and locating reload problems in the last good version.
#include "model/library.h"
#include "model/formats.h"
#include "model/json_reader.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>

namespace dl {

// POSIX stat and readdir rather than std::filesystem: the same calls work in the browser's
// in-memory file system, and the web build does not carry std::filesystem for them.
FileStamp file_stamp(const std::string& path) {
    FileStamp s;
    struct stat st;
    if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return s;
    s.exists = true;
    s.size = static_cast<uint64_t>(st.st_size);
    s.modified = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return s;
}

bool is_directory(const std::string& path) {
    struct stat st;
    return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::vector<std::string> list_debate_files(const std::string& path) {
    if (!is_directory(path)) return {path};
    std::vector<std::string> found;
    DIR* dir = opendir(path.c_str());
    if (!dir) return found;
    const std::string prefix = path.empty() || path.back() == '/' ? path : path + "/";
    while (const dirent* entry = readdir(dir)) {
        const std::string name = entry->d_name;
        const std::string full = prefix + name;
        if (!file_stamp(full).exists) continue;
        // A .txt is a debate only if it starts as a Kialo export does: its first bytes decide.
        std::string head;
        if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0) {
            if (std::FILE* f = std::fopen(full.c_str(), "rb")) {
                head.resize(256);
                head.resize(std::fread(&head[0], 1, head.size(), f));
                std::fclose(f);
            }
        }
        if (is_debate_file_name(name, head)) found.push_back(full);
    }
    closedir(dir);
    std::sort(found.begin(), found.end());
    return found;
}

LibraryEntry describe_debate_file(const std::string& path, const LoadLimits& limits) {
    const FileStamp stamp = file_stamp(path);
    return describe_load(path, load_any_debate_file(path, nullptr, limits), stamp);
}

LibraryEntry describe_load(const std::string& path, const LoadResult& r, const FileStamp& stamp) {
    LibraryEntry e;
    e.path = path;
    e.stamp = stamp;
    e.errors = r.error_count();
    e.warnings = r.diagnostics.size() - e.errors;
    for (const Diagnostic& d : r.diagnostics)
        if (d.severity == Severity::Error) {
            e.first_problem = d.format();
            break;
        }
    if (r.debate) {
        e.id = r.debate->id;
        e.title = r.debate->title;
        e.publisher = r.debate->article.publisher;
        e.date = r.debate->article.date;
        e.claims = r.debate->claims.size();
    }
    return e;
}

namespace {

// "/claims/12/quote" -> {"claims", "12", "quote"}, with ~1 and ~0 decoded.
std::vector<std::string> pointer_tokens(const std::string& path) {
    std::vector<std::string> tokens;
    if (path.empty() || path[0] != '/') return tokens;
    std::string t;
    for (size_t i = 1; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/') {
            tokens.push_back(t);
            t.clear();
        } else if (path[i] == '~' && i + 1 < path.size() && (path[i + 1] == '0' || path[i + 1] == '1')) {
            t += path[++i] == '0' ? '~' : '/';
        } else {
            t += path[i];
        }
    }
    return tokens;
}

const JsonValue* item_at(const JsonValue* list, const std::string& index) {
    if (!list || !list->is_array() || index.empty() || index.size() > 9 ||
        !std::all_of(index.begin(), index.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return nullptr;
    const size_t i = std::stoul(index);
    return i < list->size() ? &(*list)[i] : nullptr;
}

std::string string_field(const JsonValue* item, const char* key) {
    const JsonValue* v = item && item->is_object() ? item->find(key) : nullptr;
    return v && v->is_string() ? std::string(v->str()) : "";
}

int find_timeline(const Debate& d, const std::string& id) {
    for (size_t i = 0; i < d.timeline.size(); ++i)
        if (d.timeline[i].id == id) return static_cast<int>(i);
    return -1;
}

ItemRef locate(const JsonValue& doc, const std::string& path, const Debate& d) {
    using K = ItemRef::Kind;
    const std::vector<std::string> t = pointer_tokens(path);
    if (t.size() < 2 || !doc.is_object()) return {};
    auto ref = [](K kind, int index) { return index >= 0 ? ItemRef{kind, index} : ItemRef{}; };
    auto field = [&](const std::string& list, const std::string& index, const char* key) {
        return string_field(item_at(doc.find(list), index), key);
    };
    const std::string& list = t[0];
    if (list == "claims") return ref(K::Claim, d.find_claim(field(list, t[1], "id")));
    if (list == "relations") return ref(K::Claim, d.find_claim(field(list, t[1], "from")));
    if (list == "actors") return ref(K::Actor, d.find_actor(field(list, t[1], "id")));
    if (list == "questions") return ref(K::Question, d.find_question(field(list, t[1], "id")));
    if (list == "evidence") return ref(K::Evidence, d.find_evidence(field(list, t[1], "id")));
    if (list == "timeline") return ref(K::Timeline, find_timeline(d, field(list, t[1], "id")));
    if (list == "stances") return ref(K::Question, d.find_question(field(list, t[1], "question")));
    if (list == "article" && t.size() >= 3 && t[1] == "paragraphs") {
        const JsonValue* article = doc.find("article");
        if (!article || !article->is_object()) return {};
        return ref(K::Paragraph, d.find_paragraph(string_field(item_at(article->find("paragraphs"), t[2]), "id")));
    }
    return {};
}

}  // namespace

std::vector<ItemRef> locate_problems(std::string_view new_text, const std::vector<Diagnostic>& problems,
                                     const Debate& last_good, size_t max_bytes) {
    std::vector<ItemRef> refs(problems.size());
    if (new_text.size() > max_bytes) return refs;
    // The broken text is parsed again, with the loader's limits, only to find the items its problems name.
    LoadLimits limits;
    limits.max_file_bytes = max_bytes;
    JsonDocument doc;
    std::vector<Diagnostic> ignored;
    if (!parse_json(new_text, "", limits, doc, ignored)) return refs;
    for (size_t i = 0; i < problems.size(); ++i) refs[i] = locate(doc.root, problems[i].path, last_good);
    return refs;
}

}  // namespace dl
