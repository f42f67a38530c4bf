// Format detection and the one entry point that opens any supported file.
#include "model/formats.h"
#include "model/aif.h"
#include "model/argdown.h"
#include "model/import_support.h"
#include "model/json_reader.h"
#include "model/kialo.h"

namespace dl {

namespace {
bool ends_with(const std::string& s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool is_argdown_name(const std::string& name) { return ends_with(name, ".argdown") || ends_with(name, ".ad"); }

// An AIF map: an object without "format" holding "nodes" or an "AIF" object. Only asked of JSON that
// failed to load as a debate, so the common case parses once.
bool looks_like_aif(std::string_view text, const LoadLimits& limits) {
    JsonDocument doc;
    std::vector<Diagnostic> ignored;
    if (!parse_json(text, "", limits, doc, ignored) || !doc.root.is_object() || doc.root.find("format")) return false;
    const JsonValue* wrapped = doc.root.find("AIF");
    return doc.root.find("nodes") || (wrapped && wrapped->is_object());
}
}  // namespace

const char* format_name(DebateFormat f) {
    switch (f) {
        case DebateFormat::DebateLens: return "debatelens/1";
        case DebateFormat::Aif: return "AIF";
        case DebateFormat::Kialo: return "Kialo";
        case DebateFormat::Argdown: return "Argdown";
    }
    return "";
}

DebateFormat detect_debate_format(const std::string& path, std::string_view text) {
    if (is_argdown_name(path)) return DebateFormat::Argdown;
    if (looks_like_kialo(text)) return DebateFormat::Kialo;
    if (looks_like_aif(text, LoadLimits{})) return DebateFormat::Aif;
    return DebateFormat::DebateLens;
}

LoadResult load_any_debate_text(std::string_view text, const std::string& label, std::string* p_debate_json,
                                const LoadLimits& limits, DebateFormat* p_format) {
    auto as = [&](DebateFormat f) {
        if (p_format) *p_format = f;
    };
    if (is_argdown_name(label)) {
        as(DebateFormat::Argdown);
        return import_argdown_text(text, label, p_debate_json, limits);
    }
    if (looks_like_kialo(text)) {
        as(DebateFormat::Kialo);
        return import_kialo_text(text, label, p_debate_json, limits);
    }
    LoadResult r = load_debate_text(text, label, limits);
    if (!r.ok() && looks_like_aif(text, limits)) {
        as(DebateFormat::Aif);
        return import_aif_text(text, label, p_debate_json, limits);
    }
    as(DebateFormat::DebateLens);
    if (p_debate_json) p_debate_json->assign(text.data(), text.size());
    return r;
}

LoadResult load_any_debate_file(const std::string& path, std::string* p_debate_json, const LoadLimits& limits,
                                DebateFormat* p_format) {
    return import_file(path, limits, [&](std::string_view text) { return load_any_debate_text(text, path, p_debate_json, limits, p_format); });
}

bool is_debate_file_name(const std::string& name, std::string_view head) {
    if (ends_with(name, ".json")) return name.find(".schema.") == std::string::npos;
    if (is_argdown_name(name)) return true;
    return ends_with(name, ".txt") && looks_like_kialo(head);
}

}  // namespace dl
