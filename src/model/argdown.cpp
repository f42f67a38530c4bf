// Argdown export. Argdown defines support (+>), attack (->), undercut (_>, against an inference)
// and contradiction (><) only; DebateLens's qualifies, elaborates and responds_to are none of
// these, so they are written as comments rather than given a sign the article does not make.
#include "model/argdown.h"
#include "model/text.h"

#include <cstring>

namespace dl {

namespace {
// Line breaks end a statement and a `//` comment, so every kind of break becomes a space; runs of
// spaces become one, as Argdown reads them after its special characters anyway.
std::string one_line(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const size_t at = i;
        const uint32_t cp = utf8_next(s, i);
        const bool blank = cp <= 0x20 || cp == 0x7F || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
        if (!blank) out.append(s.data() + at, i - at);
        else if (out.empty() || out.back() != ' ') out += ' ';
    }
    return out;
}

// The sign Argdown gives a relation from the statement it sits under, or nullptr for a comment.
const char* argdown_sign(RelationType t) {
    switch (t) {
        case RelationType::Supports: return "+>";
        case RelationType::Rebuts: return "->";
        default: return nullptr;
    }
}
}  // namespace

std::string argdown_escape(std::string_view text) {
    const std::string line = one_line(text);
    std::string out;
    out.reserve(line.size() + line.size() / 16);
    for (char c : line) {
        if (c != '\0' && std::strchr("\\[]<>#@*_/{}=", c)) out += '\\';
        out += c;
    }
    return out;
}

std::string export_argdown(const Debate& d) {
    const Article& a = d.article;
    std::string out;
    // Line comments: Argdown skips them, and a URL in one needs no escaping.
    out += "// " + one_line(d.title) + "\n";
    out += "// Source: \u201C" + one_line(a.title) + "\u201D, " + one_line(a.publisher) + ", " + a.date.to_string();
    if (!a.url.empty()) out += ", " + a.url;
    out += "\n// Exported from DebateLens (" + one_line(d.id) + ", content version " + one_line(d.content_version) +
           "). Statements are the article's verbatim quotes, tagged with the speaker's id;\n"
           "// +> supports, -> rebuts; qualifies, elaborates and responds_to are comments (Argdown has no such relations).\n";
    // One heading per actor that speaks, in the order of the actor list; each claim is defined once.
    std::vector<std::vector<int>> by_actor(d.actors.size());
    for (size_t c = 0; c < d.claims.size(); ++c) by_actor[d.claims[c].actor].push_back(static_cast<int>(c));
    for (size_t actor = 0; actor < d.actors.size(); ++actor) {
        if (by_actor[actor].empty()) continue;
        out += "\n# " + argdown_escape(d.actors[actor].name) + "\n";
        for (int c : by_actor[actor]) {
            const Claim& claim = d.claims[c];
            out += "\n[" + claim.id + "]: " + argdown_escape(claim.quote) + " #" + d.actors[actor].id + "\n";
            // Relations first, then the comments, so each statement's Argdown relations stay together.
            std::string relations, comments;
            for (int r : d.graph.outgoing[c]) {
                const Relation& rel = d.relations[r];
                const std::string target = " [" + d.claims[rel.to].id + "]\n";
                if (const char* sign = argdown_sign(rel.type)) relations += std::string("  ") + sign + target;
                else comments += std::string("  // ") + to_string(rel.type) + target;
            }
            out += relations + comments;
        }
    }
    return out;
}

}  // namespace dl
