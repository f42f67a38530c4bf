// Debate loader and validator.
// [SECTION] Bounded JSON parsing (depth, string size, duplicate keys, syntax positions)
// [SECTION] Field readers that record problems with their JSON path
// [SECTION] Reading each part of the debate
// [SECTION] Cross-checks (stances complete, quotes verbatim) and derived indices
#include "model/load.h"
#include "model/enums.h"
#include "model/text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>

namespace dl {

using json = nlohmann::json;

std::string Diagnostic::format() const {
    std::string s = file;
    if (line > 0)
        s += ":" + std::to_string(line) + ":" + std::to_string(column);
    else if (!path.empty())
        s += ":" + path;
    s += ": ";
    if (severity == Severity::Warning) s += "warning: ";
    return s + message;
}

size_t LoadResult::error_count() const {
    return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                              [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::string LoadResult::summary() const {
    std::string s;
    for (const auto& d : diagnostics) s += d.format() + "\n";
    return s;
}

namespace {

std::string pointer_token(std::string_view key) {
    std::string t;
    for (char c : key) {
        if (c == '~') t += "~0";
        else if (c == '/') t += "~1";
        else t += c;
    }
    return t;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Bounded JSON parsing
// ---------------------------------------------------------------------------------------------

// Wraps nlohmann's DOM builder to enforce the limits while parsing (so a 100 000-deep file
// never reaches a recursive destructor) and to catch duplicate keys, which JSON allows but
// which silently drop an editor's text.
class BoundedSax {
public:
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    BoundedSax(json& root, const LoadLimits& limits) : dom_(root, false), limits_(limits) {}

    bool null() { return scalar() && dom_.null() && done(); }
    bool boolean(bool v) { return scalar() && dom_.boolean(v) && done(); }
    bool number_integer(number_integer_t v) { return scalar() && dom_.number_integer(v) && done(); }
    bool number_unsigned(number_unsigned_t v) { return scalar() && dom_.number_unsigned(v) && done(); }
    bool number_float(number_float_t v, const string_t& s) { return scalar() && dom_.number_float(v, s) && done(); }
    bool binary(binary_t& v) { return scalar() && dom_.binary(v) && done(); }
    bool string(string_t& v) {
        if (!scalar()) return false;
        if (v.size() > limits_.max_string_bytes)
            return fail("string is " + std::to_string(v.size()) + " bytes long; the limit is " +
                        std::to_string(limits_.max_string_bytes));
        return dom_.string(v) && done();
    }
    bool start_object(std::size_t n) {
        if (!open()) return false;
        frames_.push_back({false, 0, {}, {}});
        return dom_.start_object(n);
    }
    bool key(string_t& k) {
        Frame& f = frames_.back();
        if (k.size() > limits_.max_string_bytes) return fail("a key is longer than the string limit");
        if (!f.keys.insert(k).second) {
            f.key = k;
            return fail("duplicate key \"" + elide(k, 60) + "\": JSON keeps only one of them, so say it once");
        }
        f.key = k;
        return dom_.key(k);
    }
    bool end_object() {
        frames_.pop_back();
        return dom_.end_object() && done();
    }
    bool start_array(std::size_t n) {
        if (!open()) return false;
        frames_.push_back({true, 0, {}, {}});
        return dom_.start_array(n);
    }
    bool end_array() {
        frames_.pop_back();
        return dom_.end_array() && done();
    }
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& ex) {
        syntax_error_ = true;
        error_position_ = position;
        error_token_ = last_token;
        // nlohmann prefixes "[json.exception...] parse error at line L, column C: "; we print our own.
        std::string what = ex.what();
        const auto colon = what.find(": ", what.find("column"));
        error_message_ = colon == std::string::npos ? what : what.substr(colon + 2);
        return false;
    }

    bool syntax_error() const { return syntax_error_; }
    // nlohmann's position is just past the offending token; editors want where it starts. The token
    // string is not always the literal text (for bad literals it is what the lexer buffered).
    size_t error_start(std::string_view text) const {
        const std::string& t = error_token_;
        const bool buffered = error_message_.find("last read:") != std::string::npos;
        if (!buffered && !t.empty() && error_position_ >= t.size() && error_position_ <= text.size() &&
            text.compare(error_position_ - t.size(), t.size(), t) == 0)
            return error_position_ - t.size();
        // Otherwise back up over blanks to the start of the offending word ("tru", "nul").
        size_t p = std::min(error_position_, text.size());
        while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t' || text[p - 1] == '\r' || text[p - 1] == '\n')) --p;
        while (p > 0 && std::isalnum(static_cast<unsigned char>(text[p - 1]))) --p;
        return p;
    }
    const std::string& error_message() const { return error_message_; }
    const std::string& error_path() const { return error_path_; }

private:
    struct Frame {
        bool is_array;
        size_t index;
        std::string key;
        std::unordered_set<std::string> keys;
    };

    std::string current_path() const {
        std::string p;
        for (const auto& f : frames_) p += "/" + (f.is_array ? std::to_string(f.index) : pointer_token(f.key));
        return p;
    }
    bool fail(std::string message) {
        error_path_ = current_path();
        error_message_ = std::move(message);
        return false;
    }
    bool scalar() { return true; }
    bool open() {
        if (frames_.size() >= limits_.max_depth)
            return fail("nesting is deeper than " + std::to_string(limits_.max_depth) + " levels");
        return true;
    }
    // A value just finished: the next array element gets the next index.
    bool done() {
        if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
        return true;
    }

    nlohmann::detail::json_sax_dom_parser<json> dom_;
    const LoadLimits& limits_;
    std::vector<Frame> frames_;
    bool syntax_error_ = false;
    size_t error_position_ = 0;
    std::string error_message_, error_path_, error_token_;
};

void line_and_column(std::string_view text, size_t position, int& line, int& column) {
    line = 1;
    column = 1;
    const size_t end = std::min(position, text.size());
    for (size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') { ++line; column = 1; }
        else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Field readers
// ---------------------------------------------------------------------------------------------

const char* type_name(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "an array";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "an integer";
        case json::value_t::number_float: return "a number";
        default: return "a value of another type";
    }
}

bool is_slug(const std::string& s) {
    if (s.empty() || s.size() > 64) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
        if (!ok) return false;
    }
    return true;
}

bool parse_date(const std::string& s, PartialDate& d) {
    auto digits = [&](size_t at, size_t n, int& out) {
        if (at + n > s.size()) return false;
        out = 0;
        for (size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    d = PartialDate{};
    if (!(s.size() == 4 || s.size() == 7 || s.size() == 10)) return false;
    if (!digits(0, 4, d.year) || d.year == 0) return false;
    if (s.size() >= 7 && (s[4] != '-' || !digits(5, 2, d.month) || d.month < 1 || d.month > 12)) return false;
    if (s.size() == 10) {
        if (s[7] != '-' || !digits(8, 2, d.day)) return false;
        static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
        const int max = days[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
        if (d.day < 1 || d.day > max) return false;
    }
    return true;
}

bool is_web_url(const std::string& s) {
    auto starts = [&](const char* p) {
        const size_t n = std::char_traits<char>::length(p);
        if (s.size() <= n) return false;
        for (size_t i = 0; i < n; ++i)
            if (std::tolower(static_cast<unsigned char>(s[i])) != p[i]) return false;
        return true;
    };
    if (!starts("http://") && !starts("https://")) return false;
    for (unsigned char c : s)
        if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\') return false;
    return true;
}

class Checker {
public:
    Checker(std::string file, const LoadLimits& limits, std::vector<Diagnostic>& out)
        : file_(std::move(file)), limits_(limits), out_(out) {}

    void error(const std::string& path, std::string message) { add(Severity::Error, path, std::move(message)); }
    void warn(const std::string& path, std::string message) { add(Severity::Warning, path, std::move(message)); }

    // Warn about fields this version does not know (newer files stay readable).
    void known_keys(const json& obj, const std::string& path, std::initializer_list<const char*> known) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const bool ok = std::any_of(known.begin(), known.end(), [&](const char* k) { return it.key() == k; });
            if (!ok) warn(path + "/" + pointer_token(it.key()), "unknown field \"" + elide(it.key(), 40) + "\" is ignored");
        }
    }

    const json* field(const json& obj, const char* key, const std::string& path, bool required) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) error(path + "/" + key, "required field is missing");
            return nullptr;
        }
        return &*it;
    }

    bool text(const json& obj, const char* key, const std::string& path, std::string& out, bool required,
              bool allow_empty = false) {
        const json* v = field(obj, key, path, required);
        if (!v) return false;
        const std::string p = path + "/" + key;
        if (!v->is_string()) {
            error(p, std::string("must be a string, not ") + type_name(*v));
            return false;
        }
        const auto& s = v->get_ref<const std::string&>();
        if (s.find('\0') != std::string::npos) {
            error(p, "contains a NUL character");
            return false;
        }
        if (!allow_empty && s.find_first_not_of(" \t\r\n") == std::string::npos) {
            error(p, "must not be empty");
            return false;
        }
        out = s;
        return true;
    }

    bool id(const json& obj, const std::string& path, std::string& out) {
        if (!text(obj, "id", path, out, true)) return false;
        if (!is_slug(out)) {
            error(path + "/id", "\"" + elide(out, 40) +
                                    "\" is not a valid id: use lowercase letters, digits and '-', at most 64 characters");
            return false;
        }
        return true;
    }

    template <class E>
    bool choice(const json& obj, const char* key, const std::string& path, E& out, bool required) {
        std::string s;
        if (!text(obj, key, path, s, required)) return false;
        if (!parse_enum(s, out)) {
            error(path + "/" + key, "\"" + elide(s, 40) + "\" is not one of " + enum_choices<E>());
            return false;
        }
        return true;
    }

    bool flag(const json& obj, const char* key, const std::string& path, bool& out) {
        const json* v = field(obj, key, path, false);
        if (!v) return false;
        if (!v->is_boolean()) {
            error(path + "/" + key, std::string("must be true or false, not ") + type_name(*v));
            return false;
        }
        out = v->get<bool>();
        return true;
    }

    bool date(const json& obj, const char* key, const std::string& path, PartialDate& out, bool required) {
        std::string s;
        if (!text(obj, key, path, s, required)) return false;
        if (!parse_date(s, out)) {
            error(path + "/" + key, "\"" + elide(s, 40) + "\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
            return false;
        }
        return true;
    }

    bool url(const json& obj, const char* key, const std::string& path, std::string& out) {
        std::string s;
        if (!text(obj, key, path, s, false)) return false;
        if (!is_web_url(s)) {
            error(path + "/" + key, "\"" + elide(s, 60) + "\" is not allowed: links must be http:// or https:// URLs");
            return false;
        }
        out = s;
        return true;
    }

    const json* array(const json& obj, const char* key, const std::string& path, bool required, size_t max) {
        const json* v = field(obj, key, path, required);
        if (!v) return nullptr;
        const std::string p = path + "/" + key;
        if (!v->is_array()) {
            error(p, std::string("must be a list, not ") + type_name(*v));
            return nullptr;
        }
        if (v->size() > max) {
            error(p, "has " + std::to_string(v->size()) + " items; the limit is " + std::to_string(max));
            return nullptr;
        }
        return v;
    }

    bool object(const json& v, const std::string& path) {
        if (v.is_object()) return true;
        error(path, std::string("must be an object, not ") + type_name(v));
        return false;
    }

    std::vector<std::string> strings(const json& obj, const char* key, const std::string& path) {
        std::vector<std::string> out;
        const json* a = array(obj, key, path, false, limits_.max_list);
        if (!a) return out;
        for (size_t i = 0; i < a->size(); ++i) {
            const json& v = (*a)[i];
            if (!v.is_string()) {
                error(path + "/" + key + "/" + std::to_string(i), std::string("must be a string, not ") + type_name(v));
                continue;
            }
            out.push_back(v.get<std::string>());
        }
        return out;
    }

    // Resolves a list of ids against an index; reports each one that does not exist.
    std::vector<int> refs(const json& obj, const char* key, const std::string& path,
                          const std::unordered_map<std::string, int>& index, const char* what) {
        std::vector<int> out;
        const auto ids = strings(obj, key, path);
        for (size_t i = 0; i < ids.size(); ++i) {
            const int r = resolve(ids[i], index);
            if (r < 0)
                error(path + "/" + key + "/" + std::to_string(i), "no " + std::string(what) + " has the id \"" + elide(ids[i], 40) + "\"");
            else if (std::find(out.begin(), out.end(), r) == out.end())
                out.push_back(r);
        }
        return out;
    }

    int ref(const json& obj, const char* key, const std::string& path, const std::unordered_map<std::string, int>& index,
            const char* what, bool required) {
        std::string s;
        if (!text(obj, key, path, s, required)) return -1;
        const int r = resolve(s, index);
        if (r < 0) error(path + "/" + key, "no " + std::string(what) + " has the id \"" + elide(s, 40) + "\"");
        return r;
    }

    static int resolve(const std::string& id, const std::unordered_map<std::string, int>& index) {
        auto it = index.find(id);
        return it == index.end() ? -1 : it->second;
    }

    const LoadLimits& limits() const { return limits_; }

private:
    void add(Severity s, const std::string& path, std::string message) {
        if (out_.size() >= limits_.max_diagnostics) {
            if (out_.size() == limits_.max_diagnostics)
                out_.push_back({Severity::Error, file_, "", 0, 0, "too many problems; stopped reporting here"});
            return;
        }
        out_.push_back({s, file_, path, 0, 0, std::move(message)});
    }

    std::string file_;
    const LoadLimits& limits_;
    std::vector<Diagnostic>& out_;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Reading each part of the debate
// ---------------------------------------------------------------------------------------------

// First pass over a list of items: record their ids so that any item may refer to any other.
std::unordered_map<std::string, int> collect_ids(Checker& c, const json* list, const std::string& path,
                                                 std::vector<std::string>& ids_out) {
    std::unordered_map<std::string, int> index;
    if (!list) return index;
    ids_out.assign(list->size(), std::string());
    for (size_t i = 0; i < list->size(); ++i) {
        const json& item = (*list)[i];
        const std::string p = path + "/" + std::to_string(i);
        if (!item.is_object()) continue;  // reported in the second pass
        std::string id;
        if (!c.id(item, p, id)) continue;
        if (!index.emplace(id, static_cast<int>(i)).second)
            c.error(p + "/id", "the id \"" + id + "\" is used twice (first at " + path + "/" + std::to_string(index[id]) + ")");
        ids_out[i] = id;
    }
    return index;
}

class DebateReader {
public:
    DebateReader(Checker& c, Debate& d) : c_(c), d_(d) {}

    void read(const json& root) {
        c_.known_keys(root, "", {"$schema", "format", "id", "content_version", "title", "summary", "editorial_notes",
                                 "article", "actors", "questions", "claims", "relations", "evidence", "stances",
                                 "timeline", "key_quotes"});
        std::string format;
        if (c_.text(root, "format", "", format, true) && format != "debatelens/1") {
            c_.error("/format", "\"" + elide(format, 40) + "\" is not a format this version reads (expected \"debatelens/1\")");
        }
        if (c_.id(root, "", d_.id)) {}
        c_.text(root, "content_version", "", d_.content_version, true);
        c_.text(root, "title", "", d_.title, true);
        c_.text(root, "summary", "", d_.summary, false);
        d_.editorial_notes = c_.strings(root, "editorial_notes", "");

        const auto& L = c_.limits();
        const json* article = c_.field(root, "article", "", true);
        if (article && !c_.object(*article, "/article")) article = nullptr;
        const json* paragraphs = article ? c_.array(*article, "paragraphs", "/article", true, L.max_paragraphs) : nullptr;
        const json* sections = article ? c_.array(*article, "sections", "/article", false, L.max_paragraphs) : nullptr;
        const json* actors = c_.array(root, "actors", "", true, L.max_actors);
        const json* questions = c_.array(root, "questions", "", true, L.max_questions);
        const json* claims = c_.array(root, "claims", "", true, L.max_claims);
        const json* relations = c_.array(root, "relations", "", false, L.max_relations);
        const json* evidence = c_.array(root, "evidence", "", false, L.max_evidence);
        const json* stances = c_.array(root, "stances", "", true, L.max_claims);
        const json* timeline = c_.array(root, "timeline", "", false, L.max_timeline);
        const json* key_quotes = c_.array(root, "key_quotes", "", false, L.max_paragraphs);

        std::vector<std::string> ids;
        d_.paragraph_ids = collect_ids(c_, paragraphs, "/article/paragraphs", ids);
        section_ids_ = collect_ids(c_, sections, "/article/sections", ids);
        d_.actor_ids = collect_ids(c_, actors, "/actors", ids);
        d_.question_ids = collect_ids(c_, questions, "/questions", ids);
        d_.claim_ids = collect_ids(c_, claims, "/claims", ids);
        d_.evidence_ids = collect_ids(c_, evidence, "/evidence", ids);
        std::vector<std::string> ignored;
        collect_ids(c_, timeline, "/timeline", ignored);
        collect_ids(c_, key_quotes, "/key_quotes", ignored);

        if (article) read_article(*article, paragraphs, sections);
        each(actors, "/actors", d_.actors, [&](const json& o, const std::string& p, Actor& a) { read_actor(o, p, a); });
        each(questions, "/questions", d_.questions, [&](const json& o, const std::string& p, Question& q) { read_question(o, p, q); });
        each(evidence, "/evidence", d_.evidence, [&](const json& o, const std::string& p, Evidence& e) { read_evidence(o, p, e); });
        each(claims, "/claims", d_.claims, [&](const json& o, const std::string& p, Claim& cl) { read_claim(o, p, cl); });
        each(relations, "/relations", d_.relations, [&](const json& o, const std::string& p, Relation& r) { read_relation(o, p, r); });
        each(stances, "/stances", d_.stances, [&](const json& o, const std::string& p, Stance& s) { read_stance(o, p, s); });
        each(timeline, "/timeline", d_.timeline, [&](const json& o, const std::string& p, TimelineEvent& t) { read_event(o, p, t); });
        each(key_quotes, "/key_quotes", d_.key_quotes, [&](const json& o, const std::string& p, KeyQuote& k) { read_key_quote(o, p, k); });

        if (actors && actors->empty()) c_.error("/actors", "a debate needs at least one actor");
        if (claims && claims->empty()) c_.error("/claims", "a debate needs at least one claim");
        if (paragraphs && paragraphs->empty()) c_.error("/article/paragraphs", "the article needs at least one paragraph");
    }

private:
    template <class T, class F>
    void each(const json* list, const std::string& path, std::vector<T>& out, F read_item) {
        if (!list) return;
        out.resize(list->size());
        for (size_t i = 0; i < list->size(); ++i) {
            const std::string p = path + "/" + std::to_string(i);
            if (c_.object((*list)[i], p)) read_item((*list)[i], p, out[i]);
        }
    }

    void read_article(const json& a, const json* paragraphs, const json* sections) {
        c_.known_keys(a, "/article", {"title", "title_note", "publisher", "date", "language", "url", "paragraphs", "sections"});
        Article& art = d_.article;
        c_.text(a, "title", "/article", art.title, true);
        c_.text(a, "title_note", "/article", art.title_note, false);
        c_.text(a, "publisher", "/article", art.publisher, true);
        c_.date(a, "date", "/article", art.date, true);
        c_.text(a, "language", "/article", art.language, true);
        c_.url(a, "url", "/article", art.url);
        each(paragraphs, "/article/paragraphs", art.paragraphs, [&](const json& o, const std::string& p, Paragraph& para) {
            c_.known_keys(o, p, {"id", "text", "kind", "section"});
            c_.id(o, p, para.id);
            c_.text(o, "text", p, para.text, true);
            c_.choice(o, "kind", p, para.kind, false);
            para.section = c_.ref(o, "section", p, section_ids_, "section", false);
        });
        each(sections, "/article/sections", art.sections, [&](const json& o, const std::string& p, Section& s) {
            c_.known_keys(o, p, {"id", "label", "actor", "paragraphs"});
            c_.id(o, p, s.id);
            c_.text(o, "label", p, s.label, true);
            s.actor = c_.ref(o, "actor", p, d_.actor_ids, "actor", false);
            s.paragraphs = c_.refs(o, "paragraphs", p, d_.paragraph_ids, "paragraph");
        });
        // A section may list its paragraphs, or paragraphs may name their section: both must agree.
        for (size_t si = 0; si < art.sections.size(); ++si) {
            for (size_t k = 0; k < art.sections[si].paragraphs.size(); ++k) {
                Paragraph& para = art.paragraphs[art.sections[si].paragraphs[k]];
                if (para.section >= 0 && para.section != static_cast<int>(si))
                    c_.error("/article/sections/" + std::to_string(si) + "/paragraphs/" + std::to_string(k),
                             "paragraph \"" + para.id + "\" already belongs to section \"" + art.sections[para.section].id + "\"");
                else
                    para.section = static_cast<int>(si);
            }
        }
    }

    void read_actor(const json& o, const std::string& p, Actor& a) {
        c_.known_keys(o, p, {"id", "name", "role", "affiliations", "description", "unnamed"});
        c_.id(o, p, a.id);
        c_.text(o, "name", p, a.name, true);
        c_.choice(o, "role", p, a.role, true);
        a.affiliations = c_.strings(o, "affiliations", p);
        c_.text(o, "description", p, a.description, false);
        c_.flag(o, "unnamed", p, a.unnamed);
    }

    void read_question(const json& o, const std::string& p, Question& q) {
        c_.known_keys(o, p, {"id", "text", "short"});
        c_.id(o, p, q.id);
        c_.text(o, "text", p, q.text, true);
        if (!c_.text(o, "short", p, q.short_label, false)) q.short_label = elide(q.text, 24);
    }

    void read_evidence(const json& o, const std::string& p, Evidence& e) {
        c_.known_keys(o, p, {"id", "title", "kind", "date", "url", "description", "source"});
        c_.id(o, p, e.id);
        c_.text(o, "title", p, e.title, true);
        c_.choice(o, "kind", p, e.kind, true);
        c_.date(o, "date", p, e.date, false);
        c_.url(o, "url", p, e.url);
        c_.text(o, "description", p, e.description, false);
        c_.choice(o, "source", p, e.source, false);
    }

    void read_claim(const json& o, const std::string& p, Claim& cl) {
        c_.known_keys(o, p, {"id", "actor", "attribution", "summary", "kind", "quote", "paragraph", "range",
                             "occurrence", "evidence", "questions"});
        c_.id(o, p, cl.id);
        cl.actor = c_.ref(o, "actor", p, d_.actor_ids, "actor", true);
        c_.choice(o, "attribution", p, cl.attribution, false);
        c_.text(o, "summary", p, cl.summary, true);
        c_.choice(o, "kind", p, cl.kind, true);
        cl.evidence = c_.refs(o, "evidence", p, d_.evidence_ids, "evidence item");
        cl.questions = c_.refs(o, "questions", p, d_.question_ids, "question");
        const bool has_quote = c_.text(o, "quote", p, cl.quote, true);
        cl.paragraph = c_.ref(o, "paragraph", p, d_.paragraph_ids, "paragraph", true);
        if (has_quote && cl.paragraph >= 0 && cl.paragraph < static_cast<int>(d_.article.paragraphs.size()))
            locate_quote(o, p, cl);
    }

    // The quote must stand in its paragraph character for character: that is the product's promise.
    void locate_quote(const json& o, const std::string& p, Claim& cl) {
        const Paragraph& para = d_.article.paragraphs[cl.paragraph];
        const std::string& text = para.text;
        if (const json* range = c_.field(o, "range", p, false)) {
            const std::string rp = p + "/range";
            if (!range->is_array() || range->size() != 2 || !(*range)[0].is_number_unsigned() ||
                !(*range)[1].is_number_unsigned()) {
                c_.error(rp, "must be [start, end]: two whole numbers (UTF-8 byte offsets)");
                return;
            }
            const auto b = (*range)[0].get<uint64_t>(), e = (*range)[1].get<uint64_t>();
            if (b >= e || e > text.size()) {
                c_.error(rp, "[" + std::to_string(b) + ", " + std::to_string(e) + "] is outside paragraph \"" + para.id +
                                 "\" (" + std::to_string(text.size()) + " bytes) or empty");
                return;
            }
            if (!is_utf8_boundary(text, b) || !is_utf8_boundary(text, e)) {
                c_.error(rp, "[" + std::to_string(b) + ", " + std::to_string(e) + "] cuts through a character: offsets are UTF-8 bytes");
                return;
            }
            if (text.compare(b, e - b, cl.quote) != 0) {
                c_.error(rp, "the text at this range is \"" + elide(text.substr(b, e - b), 80) + "\", not the quote");
                return;
            }
            cl.quote_begin = static_cast<uint32_t>(b);
            cl.quote_end = static_cast<uint32_t>(e);
            return;
        }
        uint64_t occurrence = 1;
        if (const json* occ = c_.field(o, "occurrence", p, false)) {
            if (!occ->is_number_unsigned() || occ->get<uint64_t>() < 1) {
                c_.error(p + "/occurrence", "must be a whole number from 1");
                return;
            }
            occurrence = occ->get<uint64_t>();
        }
        size_t at = std::string::npos, from = 0;
        for (uint64_t k = 0; k < occurrence; ++k) {
            at = text.find(cl.quote, from);
            if (at == std::string::npos) break;
            from = at + 1;
        }
        if (at != std::string::npos) {
            cl.quote_begin = static_cast<uint32_t>(at);
            cl.quote_end = static_cast<uint32_t>(at + cl.quote.size());
            return;
        }
        if (occurrence > 1 && text.find(cl.quote) != std::string::npos) {
            c_.error(p + "/occurrence", "the quote occurs fewer than " + std::to_string(occurrence) + " times in paragraph \"" + para.id + "\"");
            return;
        }
        std::string message = "the quote is not in paragraph \"" + para.id + "\" word for word";
        const NearMiss near = closest_substring(text, cl.quote);
        if (near.distance != SIZE_MAX && near.distance * 3 < cl.quote.size())
            message += "; closest text there (" + std::to_string(near.distance) + " characters differ): \"" +
                       elide(text.substr(near.begin, near.end - near.begin), 160) + "\"";
        c_.error(p + "/quote", message);
    }

    void read_relation(const json& o, const std::string& p, Relation& r) {
        c_.known_keys(o, p, {"from", "to", "type", "note"});
        r.from = c_.ref(o, "from", p, d_.claim_ids, "claim", true);
        r.to = c_.ref(o, "to", p, d_.claim_ids, "claim", true);
        c_.choice(o, "type", p, r.type, true);
        c_.text(o, "note", p, r.note, false);
        if (r.from >= 0 && r.from == r.to) c_.error(p, "a claim cannot relate to itself");
    }

    void read_stance(const json& o, const std::string& p, Stance& s) {
        c_.known_keys(o, p, {"actor", "question", "leaning", "position", "claims"});
        s.actor = c_.ref(o, "actor", p, d_.actor_ids, "actor", true);
        s.question = c_.ref(o, "question", p, d_.question_ids, "question", true);
        const bool has_leaning = c_.choice(o, "leaning", p, s.leaning, true);
        const bool addressed = has_leaning && s.leaning != Leaning::NotAddressed;
        c_.text(o, "position", p, s.position, addressed, !addressed);
        s.claims = c_.refs(o, "claims", p, d_.claim_ids, "claim");
        if (addressed && s.claims.empty())
            c_.error(p + "/claims", "a stance other than not_addressed must name the claims that ground it");
    }

    void read_event(const json& o, const std::string& p, TimelineEvent& t) {
        c_.known_keys(o, p, {"id", "date", "label", "evidence", "claims", "source"});
        c_.id(o, p, t.id);
        c_.date(o, "date", p, t.date, true);
        c_.text(o, "label", p, t.label, true);
        t.evidence = c_.refs(o, "evidence", p, d_.evidence_ids, "evidence item");
        t.claims = c_.refs(o, "claims", p, d_.claim_ids, "claim");
        c_.choice(o, "source", p, t.source, false);
    }

    void read_key_quote(const json& o, const std::string& p, KeyQuote& k) {
        c_.known_keys(o, p, {"id", "paragraph", "actor"});
        c_.id(o, p, k.id);
        k.paragraph = c_.ref(o, "paragraph", p, d_.paragraph_ids, "paragraph", true);
        k.actor = c_.ref(o, "actor", p, d_.actor_ids, "actor", false);
        if (k.paragraph >= 0 && k.paragraph < static_cast<int>(d_.article.paragraphs.size()) &&
            d_.article.paragraphs[k.paragraph].kind != ParagraphKind::PullQuote)
            c_.error(p + "/paragraph", "paragraph \"" + d_.article.paragraphs[k.paragraph].id + "\" is not a pull_quote paragraph");
    }

    Checker& c_;
    Debate& d_;
    std::unordered_map<std::string, int> section_ids_;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Cross-checks and derived indices
// ---------------------------------------------------------------------------------------------

void check_stances(Checker& c, Debate& d) {
    d.stance_index.assign(d.questions.size() * d.actors.size(), -1);
    for (size_t i = 0; i < d.stances.size(); ++i) {
        const Stance& s = d.stances[i];
        if (s.actor < 0 || s.question < 0) continue;
        int& slot = d.stance_index[static_cast<size_t>(s.question) * d.actors.size() + s.actor];
        if (slot >= 0)
            c.error("/stances/" + std::to_string(i), "\"" + d.actors[s.actor].id + "\" already has a stance on \"" +
                                                         d.questions[s.question].id + "\" (at /stances/" + std::to_string(slot) + ")");
        else
            slot = static_cast<int>(i);
    }
    for (size_t a = 0; a < d.actors.size(); ++a) {
        if (d.actors[a].role == ActorRole::Referenced || d.actors[a].id.empty()) continue;
        for (size_t q = 0; q < d.questions.size(); ++q)
            if (d.stance_index[q * d.actors.size() + a] < 0 && !d.questions[q].id.empty())
                c.error("/stances", "\"" + d.actors[a].id + "\" has no stance on question \"" + d.questions[q].id +
                                        "\" (write leaning \"not_addressed\" if the article does not say)");
    }
}

void build_graph(Debate& d) {
    d.graph.outgoing.assign(d.claims.size(), {});
    d.graph.incoming.assign(d.claims.size(), {});
    for (size_t i = 0; i < d.relations.size(); ++i) {
        const Relation& r = d.relations[i];
        d.graph.outgoing[r.from].push_back(static_cast<int>(i));
        d.graph.incoming[r.to].push_back(static_cast<int>(i));
    }
}

}  // namespace

LoadResult load_debate_text(std::string_view text, const std::string& file_label, const LoadLimits& limits) {
    LoadResult result;
    auto& diags = result.diagnostics;
    if (text.size() > limits.max_file_bytes) {
        diags.push_back({Severity::Error, file_label, "", 0, 0,
                         "file is " + std::to_string(text.size()) + " bytes; the limit is " + std::to_string(limits.max_file_bytes)});
        return result;
    }
    json root;
    BoundedSax sax(root, limits);
    const bool parsed = json::sax_parse(text.begin(), text.end(), &sax, json::input_format_t::json, true);
    if (!parsed) {
        Diagnostic d{Severity::Error, file_label, "", 0, 0, sax.error_message()};
        if (sax.syntax_error())
            line_and_column(text, sax.error_start(text), d.line, d.column);
        else
            d.path = sax.error_path();
        diags.push_back(std::move(d));
        return result;
    }
    if (!root.is_object()) {
        diags.push_back({Severity::Error, file_label, "", 0, 0, std::string("the file must hold a JSON object, not ") + type_name(root)});
        return result;
    }

    auto debate = std::make_shared<Debate>();
    debate->source_path = file_label;
    Checker checker(file_label, limits, diags);
    DebateReader(checker, *debate).read(root);
    check_stances(checker, *debate);
    if (result.error_count() == 0) {
        build_graph(*debate);
        result.debate = std::move(debate);
    }
    return result;
}

LoadResult load_debate_file(const std::string& path, const LoadLimits& limits) {
    LoadResult result;
    std::error_code ec;
    if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec)) {
        result.diagnostics.push_back({Severity::Error, path, "", 0, 0, "cannot read it: not a regular file (a directory?)"});
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.diagnostics.push_back({Severity::Error, path, "", 0, 0, "cannot open the file (missing, or not readable)"});
        return result;
    }
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0) {
        result.diagnostics.push_back({Severity::Error, path, "", 0, 0, "cannot read the file (is it a directory?)"});
        return result;
    }
    if (static_cast<uint64_t>(size) > limits.max_file_bytes) {
        result.diagnostics.push_back({Severity::Error, path, "", 0, 0,
                                      "file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(limits.max_file_bytes)});
        return result;
    }
    in.seekg(0);
    std::string text(static_cast<size_t>(size), '\0');
    if (!in.read(&text[0], size)) {
        result.diagnostics.push_back({Severity::Error, path, "", 0, 0, "cannot read the file"});
        return result;
    }
    return load_debate_text(text, path, limits);
}

}  // namespace dl
