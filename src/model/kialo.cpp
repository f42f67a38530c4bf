// Kialo import: the export's numbered lines read into a tree, then written as a debatelens/1
// document (one paragraph and one claim per argument, the tree as relations) for the loader.
// [SECTION] Reading the lines: numbers, Pro and Con, cross references, continuation lines
// [SECTION] Resolving the tree: parents, cross reference targets
// [SECTION] Writing the debate
#include "model/kialo.h"
#include "model/import_support.h"
#include "model/text.h"

#include <unordered_map>
#include <unordered_set>

namespace dl {

namespace {
using nlohmann::json;

constexpr std::string_view kTitlePrefix = "Discussion Title:";
constexpr std::string_view kSeePrefix = "-> See ";

std::string_view trim(std::string_view s) { return trim_blanks(s); }

// "1.2.3." at the start of a line (a number of at most 9 digits per part), returned as "1.2.3"
// with its depth; `rest` is what follows the space after it.
bool read_number(std::string_view line, std::string& number, size_t& depth, std::string_view& rest) {
    size_t i = 0;
    number.clear();
    depth = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') {
        const size_t start = i;
        while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
        if (i - start > 9 || i >= line.size() || line[i] != '.') return false;
        if (!number.empty()) number += '.';
        number.append(line.substr(start, i - start));
        ++depth;
        ++i;  // the dot
    }
    if (depth == 0 || (i < line.size() && line[i] != ' ' && line[i] != '\t')) return false;
    rest = trim(line.substr(i));
    return true;
}

// A cross reference's target: "-> See 1.2.3." (the final dot optional) as "1.2.3".
bool read_see(std::string_view text, std::string& target) {
    if (text.substr(0, kSeePrefix.size()) != kSeePrefix) return false;
    std::string_view rest = trim(text.substr(kSeePrefix.size()));
    if (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
    target.clear();
    bool digit_last = false;
    for (char c : rest) {
        if (c >= '0' && c <= '9') digit_last = true;
        else if (c == '.' && digit_last) digit_last = false;
        else return false;
        target += c;
    }
    return digit_last;
}

std::string parent_of(const std::string& number) {
    const size_t dot = number.rfind('.');
    return dot == std::string::npos ? std::string() : number.substr(0, dot);
}

enum class Side { None, Pro, Con };

struct Node {
    std::string number;  // "1.2.3"
    size_t depth = 0;
    int line = 0;
    Side side = Side::None;
    std::string raw;     // the text as written (continuation lines joined with a space)
    std::string see;     // a cross reference's target number, else empty
    // Resolved:
    int parent = -1;     // node of the nearest ancestor read (never a cross reference)
    int target = -1;     // a cross reference's node
    int claim = -1;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Reading the lines
// ---------------------------------------------------------------------------------------------

class Reader {
public:
    Reader(DiagnosticSink& sink, const LoadLimits& limits) : sink_(sink), limits_(limits) {}

    bool read(std::string_view text) {
        std::vector<std::string_view> lines;
        if (!read_lines(text, limits_, sink_, "the export", lines)) return false;
        size_t first = 0;
        while (first < lines.size() && trim(lines[first]).empty()) ++first;
        if (first == lines.size() || lines[first].substr(0, kTitlePrefix.size()) != kTitlePrefix) {
            sink_.error_at_line(static_cast<int>(first + 1), "not a Kialo export: its first line must start with \"Discussion Title:\"");
            return false;
        }
        title = std::string(trim(lines[first].substr(kTitlePrefix.size())));
        title_line = static_cast<int>(first + 1);
        int last = -1;  // the node a continuation line belongs to
        for (size_t k = first + 1; k < lines.size(); ++k) {
            const int line = static_cast<int>(k + 1);
            const std::string_view l = trim(lines[k]);
            if (l.empty()) continue;
            std::string number;
            size_t depth = 0;
            std::string_view rest;
            if (!read_number(l, number, depth, rest)) {
                if (last >= 0 && nodes[last].see.empty()) {
                    // A claim's text that goes on over the next line (a hard-wrapped or multi-line claim).
                    if (!append(nodes[last], l, line)) return false;
                } else {
                    sink_.warn_at_line(line, "neither a numbered claim (\"1.2. Pro: ...\") nor part of one: ignored");
                }
                continue;
            }
            last = add(number, depth, rest, line);
            if (last == -2) return false;
        }
        return true;
    }

    std::string title;
    int title_line = 0;
    std::vector<Node> nodes;
    std::unordered_map<std::string, int> by_number;

private:
    // The node's index; -1 when the line was left out (reported), -2 when the export is refused.
    int add(const std::string& number, size_t depth, std::string_view rest, int line) {
        if (depth > limits_.max_depth) {
            sink_.warn_at_line(line, "claim " + elide(number, 60) + " is " + std::to_string(depth) + " levels deep; the limit is " +
                                         std::to_string(limits_.max_depth) + ": left out");
            return -1;
        }
        if (by_number.count(number)) {
            sink_.warn_at_line(line, "claim " + elide(number, 60) + " is numbered twice (first at line " +
                                         std::to_string(nodes[by_number[number]].line) + "): this one is left out");
            return -1;
        }
        if (nodes.size() >= std::min(limits_.max_claims, limits_.max_paragraphs)) {
            sink_.error_at_line(line, "the export holds more than " + std::to_string(std::min(limits_.max_claims, limits_.max_paragraphs)) +
                                          " claims, the limit for one debate");
            return -2;
        }
        Node n;
        n.number = number;
        n.depth = depth;
        n.line = line;
        if (rest.substr(0, 4) == "Pro:") n.side = Side::Pro, rest = trim(rest.substr(4));
        else if (rest.substr(0, 4) == "Con:") n.side = Side::Con, rest = trim(rest.substr(4));
        if (!read_see(rest, n.see)) n.see.clear();
        if (n.see.empty() && !append(n, rest, line)) return -2;
        by_number.emplace(number, static_cast<int>(nodes.size()));
        nodes.push_back(std::move(n));
        return static_cast<int>(nodes.size()) - 1;
    }

    bool append(Node& n, std::string_view words, int line) {
        if (n.raw.size() + words.size() + 1 > limits_.max_string_bytes) {
            sink_.error_at_line(line, "claim " + elide(n.number, 60) + " is longer than " + std::to_string(limits_.max_string_bytes) +
                                          " bytes, the limit for one paragraph");
            return false;
        }
        if (!n.raw.empty() && !words.empty()) n.raw += ' ';
        n.raw.append(words);
        return true;
    }

    DiagnosticSink& sink_;
    const LoadLimits& limits_;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Resolving the tree
// ---------------------------------------------------------------------------------------------

// A claim's parent is the nearest ancestor number that was read (a gap is reported), so parents are
// always shorter numbers and the tree has no loops; a cross reference's target must name a claim
// that is not itself a cross reference.
void resolve(Reader& r, DiagnosticSink& sink) {
    for (Node& n : r.nodes) {
        if (n.see.empty()) continue;
        const auto it = r.by_number.find(n.see);
        if (it == r.by_number.end()) {
            sink.warn_at_line(n.line, "the cross reference names claim " + elide(n.see, 60) + ", which the export does not hold: left out");
            continue;
        }
        const Node& target = r.nodes[it->second];
        if (!target.see.empty()) {
            sink.warn_at_line(n.line, "the cross reference names " + elide(n.see, 60) + ", itself a cross reference (line " +
                                          std::to_string(target.line) + "): left out");
            continue;
        }
        n.target = it->second;
    }
    for (Node& n : r.nodes) {
        // Kialo writes nothing under a cross reference; anything there goes to the reference's own parent
        // (placing it under the claim named could make the tree a loop).
        bool under_reference = false;
        std::string up = parent_of(n.number);
        for (; !up.empty(); up = parent_of(up)) {
            const auto it = r.by_number.find(up);
            if (it == r.by_number.end()) continue;
            if (r.nodes[it->second].see.empty()) break;
            under_reference = true;
        }
        if (up.empty()) continue;
        if (under_reference)
            sink.warn_at_line(n.line, "claim " + elide(n.number, 60) + " stands under a cross reference: placed under " + elide(up, 60));
        else if (up != parent_of(n.number))
            sink.warn_at_line(n.line, "claim " + elide(n.number, 60) + " has no parent " + elide(parent_of(n.number), 60) +
                                          " in the export: placed under " + elide(up, 60));
        n.parent = r.by_number[up];
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Writing the debate
// ---------------------------------------------------------------------------------------------

class Writer {
public:
    Writer(Reader& r, DiagnosticSink& sink, const LoadLimits& limits) : r_(r), sink_(sink), limits_(limits) {}

    bool build(const std::string& label, json& doc) {
        if (!make_claims()) return false;
        relate();
        const std::string title = r_.title.empty() ? "Kialo discussion " + elide(file_name(label), 120) : r_.title;
        json article = {{"title", title},
                        {"publisher", "Kialo discussion (the export names no publisher)"},
                        {"date", today_utc().to_string()},
                        {"language", "und"},
                        {"paragraphs", std::move(paragraphs_)}};
        if (r_.title.empty()) article["title_note"] = "The export's Discussion Title line is empty: a working title from the file name.";
        if (!sections_.empty()) article["sections"] = std::move(sections_);
        doc = imported_debate(debate_id_from_label(label, "kialo-import"), title,
                              "Imported from a Kialo discussion: " + count_of(claims_.size(), "claim") + ", " +
                                  count_of(relations_.size(), "relation") + ".",
                              notes(label), std::move(article),
                              json::array({{{"id", "kialo-participants"},
                                            {"name", "Participants in the Kialo discussion"},
                                            {"role", "commentator"},
                                            {"affiliations", json::array()},
                                            {"description", "Stands for everyone who wrote the discussion's claims: a Kialo export names no authors."},
                                            {"unnamed", true}}}),
                              std::move(claims_), std::move(relations_), std::move(evidence_));
        return true;
    }

private:
    bool make_claims() {
        std::unordered_map<int, int> section_of_branch;  // node of a top-level branch -> section index
        for (size_t k = 0; k < r_.nodes.size(); ++k) {
            Node& n = r_.nodes[k];
            if (!n.see.empty()) continue;
            std::vector<InlineLink> links;
            const std::string text(trim(reduce_inline_markup(n.raw, false, links)));
            if (text.empty()) {
                sink_.warn_at_line(n.line, "claim " + elide(n.number, 60) + " has no text: left out (its replies are placed under its parent)");
                continue;
            }
            n.claim = static_cast<int>(claims_.size());
            const std::string id_part = slug(n.number, 54);
            const std::string paragraph_id = paragraph_ids_.make("p-" + id_part);
            json paragraph = {{"id", paragraph_id}, {"kind", "body"}, {"text", text}};
            const int branch = branch_of(static_cast<int>(k));
            if (branch >= 0) {
                auto [it, added] = section_of_branch.emplace(branch, static_cast<int>(sections_.size()));
                if (added) {
                    const Node& b = r_.nodes[branch];
                    sections_.push_back({{"id", section_ids_.make("branch-" + slug(b.number, 50))},
                                         {"label", b.number + ". " + side_name(b.side) + elide(text, 80)}});
                }
                paragraph["section"] = sections_[it->second]["id"];
            }
            paragraphs_.push_back(std::move(paragraph));
            json claim = {{"id", claim_ids_.make("k-" + id_part)},
                          {"actor", "kialo-participants"},
                          {"summary", elide(text, 300)},
                          {"kind", "assertion"},
                          {"quote", text},
                          {"paragraph", paragraph_id},
                          {"range", {0, text.size()}}};
            const json cited = cite(links, n);
            if (!cited.empty()) claim["evidence"] = cited;
            claims_.push_back(std::move(claim));
        }
        if (claims_.empty()) {
            sink_.error_at_line(r_.title_line, "the export holds no claims (numbered lines such as \"1. The thesis\")");
            return false;
        }
        return true;
    }

    // The top-level branch (a child of a root claim) a node belongs to, or -1 for the roots. Parents are
    // shorter numbers: at most max_depth steps.
    int branch_of(int k) const {
        int child = -1;
        for (int at = k; at >= 0; at = r_.nodes[at].parent) {
            if (r_.nodes[at].parent < 0) return child;
            child = at;
        }
        return -1;
    }

    // The nearest node from `p` up that became a claim (claims without text are left out), or -1.
    int kept(int p) const {
        while (p >= 0 && r_.nodes[p].claim < 0) p = r_.nodes[p].parent;
        return p;
    }

    static std::string side_name(Side s) { return s == Side::Pro ? "Pro: " : s == Side::Con ? "Con: " : ""; }

    // Links become evidence items (one per URL, cited by every claim that links it).
    json cite(const std::vector<InlineLink>& links, const Node& n) {
        json ids = json::array();
        for (const InlineLink& link : links) {
            if (!is_web_url(link.url)) {
                sink_.warn_at_line(n.line, "the link \"" + elide(link.url, 80) + "\" is not an http:// or https:// address: its text is kept, the link left out");
                continue;
            }
            auto it = evidence_of_url_.find(link.url);
            if (it == evidence_of_url_.end()) {
                if (evidence_.size() >= limits_.max_evidence) {
                    sink_.warn_at_line(n.line, "more than " + std::to_string(limits_.max_evidence) + " links: the rest are left out");
                    continue;
                }
                const std::string id = "link-" + std::to_string(evidence_.size() + 1);
                const std::string title = trim(link.text).empty() ? link.url : std::string(trim(link.text));
                evidence_.push_back({{"id", id},
                                     {"title", elide(title, 200)},
                                     {"kind", "document"},
                                     {"url", link.url},
                                     {"description", "Linked in the Kialo discussion (first by claim " + elide(n.number, 60) + ")."},
                                     {"source", "article"}});
                it = evidence_of_url_.emplace(link.url, id).first;
            }
            if (std::find(ids.begin(), ids.end(), it->second) == ids.end() && ids.size() < limits_.max_list) ids.push_back(it->second);
        }
        return ids;
    }

    // The tree first (each claim supports or rebuts its parent), then the cross references.
    void relate() {
        for (const Node& n : r_.nodes) {
            if (n.claim < 0) continue;
            const int p = kept(n.parent);
            if (p < 0) continue;
            add_relation(n.claim, r_.nodes[p].claim, n.side, "Kialo " + n.number + ": " + side_name(n.side) + "of " + r_.nodes[p].number, n);
        }
        for (const Node& n : r_.nodes) {
            if (n.see.empty() || n.target < 0 || kept(n.parent) < 0) continue;
            const Node& target = r_.nodes[n.target];
            const Node& parent = r_.nodes[kept(n.parent)];
            if (target.claim < 0) {
                sink_.warn_at_line(n.line, "the cross reference names claim " + elide(n.see, 60) + ", which has no text: left out");
                continue;
            }
            if (target.claim == parent.claim) {
                sink_.warn_at_line(n.line, "the cross reference names its own parent " + elide(n.see, 60) + ": left out");
                continue;
            }
            add_relation(target.claim, parent.claim, n.side,
                         "Kialo " + n.number + ": cross reference (-> See " + n.see + "), " + side_name(n.side) + "of " + parent.number, n);
        }
    }

    void add_relation(int from, int to, Side side, std::string note, const Node& n) {
        if (side == Side::None)
            sink_.warn_at_line(n.line, "claim " + elide(n.number, 60) + " is marked neither Pro nor Con: related to its parent as responds_to");
        const char* type = side == Side::Pro ? "supports" : side == Side::Con ? "rebuts" : "responds_to";
        const uint64_t key = (static_cast<uint64_t>(from) << 32) | static_cast<uint32_t>(to);
        if (!related_.insert(key).second) {
            sink_.warn_at_line(n.line, "claim " + elide(n.number, 60) + " repeats a relation the export already makes: left out");
            return;
        }
        if (relations_.size() >= limits_.max_relations) {
            if (relations_.size() == limits_.max_relations)
                sink_.warn_at_line(n.line, "more than " + std::to_string(limits_.max_relations) + " relations: the rest are left out");
            return;
        }
        relations_.push_back({{"from", claims_[from]["id"]}, {"to", claims_[to]["id"]}, {"type", type}, {"note", std::move(note)}});
    }

    json notes(const std::string& label) const {
        return json::array(
            {"Imported from a Kialo discussion export (" + elide(label, 200) +
                 "). Each claim of the discussion is one paragraph of the article, its text exactly as the export gives it "
                 "(Markdown links reduced to their text, backslash escapes removed), so every quote is its whole paragraph.",
             "A Kialo export names no authors: one actor, \"Participants in the Kialo discussion\", stands for everyone who wrote its claims.",
             "The export gives no publisher, publication date or language: the publisher says so, the date is the day of the import "
             "and the language is \"und\" (undetermined).",
             "The discussion's tree: every claim but the thesis supports (Pro) or rebuts (Con) its parent, in a relation whose note gives "
             "Kialo's numbers (the count of their parts is the depth); each top-level branch is a section. Cross references "
             "(\"-> See 1.2.3.\") are further relations from the claim they name, listed after the tree's, never copies of it.",
             "Links become evidence items cited by the claim that links them. Kialo does not classify claims: every claim is an "
             "assertion, and there are no questions or stances."});
    }

    Reader& r_;
    DiagnosticSink& sink_;
    const LoadLimits& limits_;
    json paragraphs_ = json::array(), sections_ = json::array(), claims_ = json::array(), relations_ = json::array(),
         evidence_ = json::array();
    UniqueIds paragraph_ids_, claim_ids_, section_ids_;
    std::unordered_map<std::string, std::string> evidence_of_url_;
    std::unordered_set<uint64_t> related_;
};

}  // namespace

bool looks_like_kialo(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    const size_t start = text.find_first_not_of(" \t\r\n");
    return start != std::string_view::npos && text.substr(start, kTitlePrefix.size()) == kTitlePrefix;
}

LoadResult import_kialo_text(std::string_view text, const std::string& source_label, std::string* p_debate_json,
                             const LoadLimits& limits) {
    LoadResult result;
    if (p_debate_json) p_debate_json->clear();
    DiagnosticSink sink(source_label, limits.max_diagnostics, result.diagnostics);
    Reader reader(sink, limits);
    if (!reader.read(text)) return result;
    resolve(reader, sink);
    json debate;
    if (!Writer(reader, sink, limits).build(source_label, debate)) return result;
    return finish_import(std::move(result), dump_debate_json(debate), source_label, p_debate_json, limits);
}

LoadResult import_kialo_file(const std::string& path, std::string* p_debate_json, const LoadLimits& limits) {
    return import_file(path, limits, [&](std::string_view text) { return import_kialo_text(text, path, p_debate_json, limits); });
}

}  // namespace dl
