// AIF export, and import through the ordinary loader.
// [SECTION] The scheme names both directions use
// [SECTION] Export
// [SECTION] Import: reading the file (the bounded reader; nodes, edges, locutions, participants)
// [SECTION] Import: from the argument graph to a debatelens/1 document
#include "model/aif.h"
#include "model/import_support.h"
#include "model/json_reader.h"
#include "model/text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace dl {

namespace {
using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// [SECTION] The scheme names both directions use
// ---------------------------------------------------------------------------------------------

// AIFdb's names for its default schemes. AIF has no qualification: a CA node named kQualification
// is DebateLens's own, read back as qualifies and by other AIF tools as a conflict, which a
// qualification partly is.
constexpr const char* kAsserting = "Asserting";
constexpr const char* kInference = "Default Inference";
constexpr const char* kConflict = "Default Conflict";
constexpr const char* kQualification = "Qualification";
constexpr const char* kRephrase = "Default Rephrase";
constexpr const char* kTransition = "Default Transition";

// ---------------------------------------------------------------------------------------------
// [SECTION] Export
// ---------------------------------------------------------------------------------------------

// AIFdb's participants have a first name and a surname; the L-nodes carry the whole name, which
// the importer rebuilds from the two.
void split_name(const std::string& name, std::string& first, std::string& last) {
    const size_t space = name.rfind(' ');
    first = space == std::string::npos ? name : name.substr(0, space);
    last = space == std::string::npos ? std::string() : name.substr(space + 1);
}

}  // namespace

std::string export_aif(const Debate& d) {
    json nodes = json::array(), edges = json::array(), locutions = json::array(), participants = json::array();
    // AIFdb stamps nodes with the time of analysis; the content knows only the article's date.
    const std::string timestamp = d.article.date.to_string();
    auto add_node = [&](const std::string& text, const char* type) {
        const std::string id = std::to_string(nodes.size() + 1);
        nodes.push_back({{"nodeID", id}, {"text", text}, {"type", type}, {"timestamp", timestamp}});
        return id;
    };
    auto add_edge = [&](const std::string& from, const std::string& to) {
        edges.push_back({{"edgeID", std::to_string(edges.size() + 1)}, {"fromID", from}, {"toID", to}, {"formEdgeID", nullptr}});
    };

    std::vector<std::string> person(d.actors.size());
    for (const Claim& c : d.claims) {
        if (!person[c.actor].empty()) continue;
        person[c.actor] = std::to_string(participants.size() + 1);
        std::string first, last;
        split_name(d.actors[c.actor].name, first, last);
        participants.push_back({{"participantID", person[c.actor]},
                                {"firstname", escape_for_plain_text(first)},
                                {"surname", escape_for_plain_text(last)}});
    }
    // Locutions in reading order: an importer (ours included) makes the dialogue from their order.
    std::vector<int> order(d.claims.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Claim &x = d.claims[a], &y = d.claims[b];
        return x.paragraph != y.paragraph ? x.paragraph < y.paragraph : x.quote_begin < y.quote_begin;
    });
    std::vector<std::string> proposition(d.claims.size()), locution(d.claims.size());
    for (int c : order) {
        const Claim& claim = d.claims[c];
        // Tools (ours too) read AIF text as possibly HTML: what would look like markup is escaped.
        proposition[c] = add_node(escape_for_plain_text(claim.summary), "I");
        locution[c] = add_node(escape_for_plain_text(d.actors[claim.actor].name + " : " + claim.quote), "L");
        const std::string asserting = add_node(kAsserting, "YA");
        add_edge(locution[c], asserting);
        add_edge(asserting, proposition[c]);
        locutions.push_back({{"nodeID", locution[c]}, {"personID", person[claim.actor]}, {"timestamp", timestamp}});
    }
    for (const Relation& r : d.relations) {
        // responds_to is dialogue, not inference: a transition from the locution answered to the answer.
        if (r.type == RelationType::RespondsTo) {
            const std::string transition = add_node(kTransition, "TA");
            add_edge(locution[r.to], transition);
            add_edge(transition, locution[r.from]);
            continue;
        }
        const std::string scheme = r.type == RelationType::Supports   ? add_node(kInference, "RA")
                                   : r.type == RelationType::Rebuts    ? add_node(kConflict, "CA")
                                   : r.type == RelationType::Qualifies ? add_node(kQualification, "CA")
                                                                       : add_node(kRephrase, "MA");
        add_edge(proposition[r.from], scheme);
        add_edge(scheme, proposition[r.to]);
    }
    return dump_debate_json(json{{"nodes", std::move(nodes)},
                      {"edges", std::move(edges)},
                      {"locutions", std::move(locutions)},
                      {"participants", std::move(participants)}});
}

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Import: reading the file
// ---------------------------------------------------------------------------------------------

enum class NodeKind { I, L, YA, RA, CA, MA, TA, Ignored };

bool is_scheme(NodeKind k) { return k == NodeKind::RA || k == NodeKind::CA || k == NodeKind::MA; }

const char* kind_name(NodeKind k) {
    static const char* const names[] = {"I", "L", "YA", "RA", "CA", "MA", "TA", "ignored"};
    return names[static_cast<int>(k)];
}

// "an I node", "a CA node": for messages.
std::string a_node(NodeKind k) {
    const bool vowel_sound = k == NodeKind::I || k == NodeKind::L || k == NodeKind::RA || k == NodeKind::MA;
    return std::string(vowel_sound ? "an " : "a ") + kind_name(k) + " node";
}

NodeKind node_kind(const std::string& type) {
    for (int k = 0; k < static_cast<int>(NodeKind::Ignored); ++k)
        if (type == kind_name(static_cast<NodeKind>(k))) return static_cast<NodeKind>(k);
    return NodeKind::Ignored;
}

struct Node {
    NodeKind kind = NodeKind::Ignored;
    std::string id, path;
    std::string text;  // plain text: markup dropped, entities decoded, white space collapsed
    std::string scheme;
    std::vector<int> in, out;  // neighbouring nodes along the edges, in file order
    // Derived while converting.
    int first_locution = -1, first_proposition = -1;  // YA: what it links (the first of each)
    int proposition = -1;  // L: the I-node it asserts
    int locution = -1;     // I: the first L-node asserting it with words of its own
    int speaker = -1;      // L: the actor
    size_t words_begin = 0;  // L: where the speaker's words start in text (after "Name : ")
    int paragraph = -1;    // L, and I without a locution
    int claim = -1;        // I
};

struct Graph {
    std::vector<Node> nodes;
    std::unordered_map<std::string, int> ids;  // every node with an id, ignored ones too
    std::unordered_map<std::string, std::string> person_of;     // L-node id -> personID
    std::unordered_map<std::string, std::string> participants;  // personID -> name
    PartialDate earliest;  // of the timestamps on nodes and locutions

    int find(const std::string& id) const {
        const auto it = ids.find(id);
        return it == ids.end() ? -1 : it->second;
    }
};

constexpr size_t kIdBytesShown = 40;

// AIFdb writes ids as strings, OVA as numbers: either is read as text. `consequence` says what
// happens to the item without it ("edge ignored").
bool read_id(const JsonValue& obj, const char* key, const std::string& path, const char* consequence, DiagnosticSink& sink,
             std::string& out) {
    const JsonValue* v = obj.find(key);
    const std::string p = path + "/" + key;
    if (!v || v->is_null()) {
        sink.warn(p, std::string("missing: ") + consequence);
        return false;
    }
    if (!v->is_string() && !v->is_whole_number()) {
        sink.warn(p, std::string("must be a string or a whole number, not ") + json_type_name(*v) + ": " + consequence);
        return false;
    }
    out = json_id_text(*v);
    if (out.empty()) {
        sink.warn(p, std::string("is empty: ") + consequence);
        return false;
    }
    return true;
}

// An optional text field: absent or null reads as "", another type is reported and reads as "".
std::string read_text(const JsonValue& obj, const char* key, const std::string& path, DiagnosticSink& sink) {
    const JsonValue* v = obj.find(key);
    if (!v || v->is_null()) return "";
    if (!v->is_string()) {
        sink.warn(path + "/" + key, std::string("must be a string, not ") + json_type_name(*v) + ": read as empty");
        return "";
    }
    return std::string(v->str());
}

// Calls read(item, path) for each object in the map's list `key`. A list of another type, and items
// that are not objects, are reported and skipped; an absent list is an empty one.
template <class Read>
void each_item(const JsonValue& map, const char* key, const std::string& base, DiagnosticSink& sink, Read read) {
    const JsonValue* list = map.find(key);
    if (!list || list->is_null()) return;
    const std::string path = base + "/" + key;
    if (!list->is_array()) {
        sink.warn(path, std::string("must be a list, not ") + json_type_name(*list) + ": ignored");
        return;
    }
    for (size_t i = 0; i < list->size(); ++i) {
        const JsonValue& item = (*list)[i];
        const std::string p = path + "/" + std::to_string(i);
        if (item.is_object()) read(item, p);
        else sink.warn(p, std::string("must be an object, not ") + json_type_name(item) + ": ignored");
    }
}

// AIFdb's timestamps read "2015-03-12 21:56:20"; the day is what a debate can use.
void note_timestamp(Graph& g, const std::string& timestamp) {
    PartialDate day;
    if (timestamp.size() < 10 || !parse_partial_date(std::string_view(timestamp).substr(0, 10), day)) return;
    if (!g.earliest.valid() || day.days_since_epoch() < g.earliest.days_since_epoch()) g.earliest = day;
}

void read_node(const JsonValue& v, const std::string& path, Graph& g, DiagnosticSink& sink, const LoadLimits& limits) {
    Node n;
    n.path = path;
    if (!read_id(v, "nodeID", n.path, "node ignored", sink, n.id)) return;
    const auto first = g.ids.find(n.id);
    if (first != g.ids.end()) {
        sink.warn(n.path + "/nodeID", "the id \"" + elide(n.id, kIdBytesShown) + "\" is used twice (first at " +
                                          g.nodes[first->second].path + "): node ignored");
        return;
    }
    note_timestamp(g, read_text(v, "timestamp", n.path, sink));
    // A node kept as Ignored still has its id, so edges to it are not reported again as dangling.
    const std::string type = read_text(v, "type", n.path, sink);
    n.kind = node_kind(type);
    if (n.kind == NodeKind::Ignored) {
        if (type == "PA")
            sink.warn(n.path + "/type", "a preference (PA) node has no DebateLens counterpart: ignored with its edges");
        else
            sink.warn(n.path + "/type", (type.empty() ? std::string("no node type") : "unknown node type \"" + elide(type, 40) + "\"") +
                                            ": ignored with its edges");
    } else {
        const std::string raw = read_text(v, "text", n.path, sink);
        if (raw.size() > limits.max_string_bytes) {
            sink.warn(n.path + "/text", "is " + std::to_string(raw.size()) + " bytes; the limit is " +
                                            std::to_string(limits.max_string_bytes) + ": node ignored with its edges");
            n.kind = NodeKind::Ignored;
        } else {
            n.text = plain_text(raw);
            n.scheme = plain_text(elide(read_text(v, "scheme", n.path, sink), 200));
        }
        if ((n.kind == NodeKind::I || n.kind == NodeKind::L) && n.text.empty()) {
            sink.warn(n.path + "/text", a_node(n.kind) + " needs text: ignored with its edges");
            n.kind = NodeKind::Ignored;
        }
    }
    g.ids.emplace(n.id, static_cast<int>(g.nodes.size()));
    g.nodes.push_back(std::move(n));
}

// The edges DebateLens reads, and those that anchor a relation in the dialogue (a YA from a TA to the
// RA it licenses), whose sense the relation itself keeps.
bool edge_understood(NodeKind from, NodeKind to) {
    switch (from) {
        case NodeKind::L: return to == NodeKind::YA || to == NodeKind::I || to == NodeKind::TA;
        case NodeKind::YA: return to == NodeKind::I || to == NodeKind::TA || is_scheme(to);
        case NodeKind::I: return is_scheme(to);
        case NodeKind::TA: return to == NodeKind::L || to == NodeKind::YA;
        default: return to == NodeKind::I;  // RA, CA, MA to their conclusion
    }
}

void read_edge(const JsonValue& v, const std::string& p, Graph& g, DiagnosticSink& sink) {
    std::string from_id, to_id;
    const bool has_from = read_id(v, "fromID", p, "edge ignored", sink, from_id);
    const bool has_to = read_id(v, "toID", p, "edge ignored", sink, to_id);
    if (!has_from || !has_to) return;
    const int from = g.find(from_id), to = g.find(to_id);
    if (from < 0) sink.warn(p + "/fromID", "no node has the id \"" + elide(from_id, kIdBytesShown) + "\": edge ignored");
    if (to < 0) sink.warn(p + "/toID", "no node has the id \"" + elide(to_id, kIdBytesShown) + "\": edge ignored");
    if (from < 0 || to < 0) return;
    Node &a = g.nodes[from], &b = g.nodes[to];
    if (a.kind == NodeKind::Ignored || b.kind == NodeKind::Ignored) return;  // reported with the node
    if (from == to) {
        sink.warn(p, "an edge from a node to itself: ignored");
        return;
    }
    if (is_scheme(a.kind) && is_scheme(b.kind)) {
        sink.warn(p, a_node(a.kind) + " aimed at " + a_node(b.kind) +
                         " (a relation on a relation, such as an undercut) has no DebateLens counterpart: edge ignored");
        return;
    }
    if (!edge_understood(a.kind, b.kind)) {
        sink.warn(p, "an edge from " + a_node(a.kind) + " to " + a_node(b.kind) +
                         " has no DebateLens counterpart: ignored");
        return;
    }
    a.out.push_back(to);
    b.in.push_back(from);
}

void read_locution(const JsonValue& v, const std::string& p, Graph& g, DiagnosticSink& sink) {
    std::string node_id, person;
    if (!read_id(v, "nodeID", p, "locution ignored", sink, node_id)) return;
    note_timestamp(g, read_text(v, "timestamp", p, sink));
    const int node = g.find(node_id);
    if (node < 0) {
        sink.warn(p + "/nodeID", "no node has the id \"" + elide(node_id, kIdBytesShown) + "\": locution ignored");
        return;
    }
    const NodeKind kind = g.nodes[node].kind;
    if (kind == NodeKind::Ignored) return;  // reported with the node
    if (kind != NodeKind::L) {
        sink.warn(p + "/nodeID", "names " + a_node(kind) + ", not an L node: locution ignored");
        return;
    }
    const JsonValue* person_field = v.find("personID");
    if (person_field && !person_field->is_null() && read_id(v, "personID", p, "speaker unknown", sink, person))
        g.person_of.emplace(node_id, person);
}

void read_participant(const JsonValue& v, const std::string& p, Graph& g, DiagnosticSink& sink) {
    std::string id;
    if (!read_id(v, "participantID", p, "participant ignored", sink, id)) return;
    const std::string name = plain_text(read_text(v, "firstname", p, sink) + " " + read_text(v, "surname", p, sink));
    if (name.empty()) {
        sink.warn(p, "has neither firstname nor surname: participant ignored");
        return;
    }
    g.participants.emplace(id, elide(name, 200));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Import: from the argument graph to a debatelens/1 document
// ---------------------------------------------------------------------------------------------

// A speaker's name is at most this long before the ':' that ends it in an L-node's text.
constexpr size_t kMaxSpeakerBytes = 100;
// Pairs of nodes looked at to find relations: bounds a hostile map of one RA with thousands of premises
// and thousands of conclusions.
constexpr size_t kMaxPairs = 4'000'000;

class DebateBuilder {
public:
    DebateBuilder(Graph& g, DiagnosticSink& sink, const LoadLimits& limits, std::string base)
        : g_(g), sink_(sink), limits_(limits), base_(std::move(base)) {}

    // False when the map cannot become a debate (reported).
    bool build(const std::string& label, json& doc) {
        link_speech_acts();
        if (!place_text()) return false;
        if (claim_nodes_.empty()) {
            sink_.error(base_ + "/nodes", "the map has no propositions (I nodes with text): there is nothing to show");
            return false;
        }
        if (!make_claims()) return false;
        relate_by_schemes();
        relate_by_transitions();
        doc = imported_debate(debate_id_from_label(label, "aif-import"), "Argument map " + elide(file_name(label), 120),
                              "Imported from an AIF argument map: " + count_of(claims_.size(), "claim") + " by " +
                                  count_of(actors_.size(), "speaker") + ", " + count_of(relations_.size(), "relation") + ".",
                              notes(label), article(label), std::move(actors_), std::move(claims_), std::move(relations_));
        return true;
    }

private:
    // Which proposition each locution asserts and which locution asserts each proposition: through a
    // YA node (AIF's way) or a direct edge (simplified maps). The first in file order wins.
    void link_speech_acts() {
        for (Node& n : g_.nodes) {
            if (n.kind != NodeKind::YA) continue;
            for (int a : n.in)
                if (g_.nodes[a].kind == NodeKind::L) { n.first_locution = a; break; }
            for (int b : n.out)
                if (g_.nodes[b].kind == NodeKind::I) { n.first_proposition = b; break; }
        }
        for (Node& n : g_.nodes) {
            if (n.kind == NodeKind::L) {
                find_speaker(n);
                for (int b : n.out) {
                    const Node& next = g_.nodes[b];
                    n.proposition = next.kind == NodeKind::I ? b : next.kind == NodeKind::YA ? next.first_proposition : -1;
                    if (n.proposition >= 0) break;
                }
            }
        }
        for (Node& n : g_.nodes) {
            if (n.kind != NodeKind::I) continue;
            for (int a : n.in) {
                const Node& prev = g_.nodes[a];
                const int l = prev.kind == NodeKind::L ? a : prev.kind == NodeKind::YA ? prev.first_locution : -1;
                if (l >= 0 && g_.nodes[l].words_begin < g_.nodes[l].text.size()) {
                    n.locution = l;
                    break;
                }
            }
        }
    }

    // Who speaks an L-node and where their words start: the locution's participant when the file lists
    // one, else the "Name : " (or "Name: ") prefix AIFdb writes, else nobody the map names.
    void find_speaker(Node& l) {
        std::string name, prefix;
        const auto person = g_.person_of.find(l.id);
        if (person != g_.person_of.end()) {
            const auto participant = g_.participants.find(person->second);
            if (participant != g_.participants.end()) name = participant->second;
        }
        const size_t colon = std::string_view(l.text).substr(0, kMaxSpeakerBytes + 1).find(':');
        size_t words = 0;
        if (colon != std::string::npos && (colon + 1 == l.text.size() || l.text[colon + 1] == ' ')) {
            prefix = l.text.substr(0, colon);
            while (!prefix.empty() && prefix.back() == ' ') prefix.pop_back();
            words = colon + 1 + (colon + 1 < l.text.size());
        }
        if (name.empty()) name = prefix;
        if (!prefix.empty() && prefix == name) l.words_begin = words;
        l.speaker = name.empty() ? unattributed() : actor_named(name);
    }

    int actor_named(const std::string& name) {
        const auto known = actor_of_name_.find(name);
        if (known != actor_of_name_.end()) return known->second;
        if (actors_.size() + 1 >= limits_.max_actors) {
            if (!too_many_speakers_) sink_.warn(base_ + "/nodes", "more than " + std::to_string(limits_.max_actors - 1) +
                                                                      " speakers: the others are shown as unattributed");
            too_many_speakers_ = true;
            return unattributed();
        }
        const int a = add_actor(slug(name, 48), name, "Speaker in the imported AIF map.", false);
        actor_of_name_.emplace(name, a);
        return a;
    }

    int unattributed() {
        if (unattributed_ < 0)
            unattributed_ = add_actor("unattributed", "Unattributed",
                                      "Speaks what the AIF map gives no locution or speaker for; the map does not say who.", true);
        return unattributed_;
    }

    int add_actor(const std::string& wanted_id, const std::string& name, const char* description, bool unnamed) {
        json actor = {{"id", actor_ids_.make(wanted_id.empty() ? "speaker" : wanted_id)},
                      {"name", name},
                      {"role", "commentator"},
                      {"affiliations", json::array()},
                      {"description", description}};
        if (unnamed) actor["unnamed"] = true;
        actors_.push_back(std::move(actor));
        return static_cast<int>(actors_.size()) - 1;
    }

    // The article: every locution in file order, one paragraph each; a proposition no locution
    // asserts is a paragraph of its own where it stands in the file.
    bool place_text() {
        for (Node& n : g_.nodes) {
            const bool paragraph = n.kind == NodeKind::L || (n.kind == NodeKind::I && n.locution < 0);
            if (!paragraph) continue;
            if (paragraphs_.size() >= limits_.max_paragraphs) {
                sink_.error(n.path, "the map holds more than " + std::to_string(limits_.max_paragraphs) +
                                        " locutions and unspoken propositions, the limit for one debate's paragraphs");
                return false;
            }
            n.paragraph = static_cast<int>(paragraphs_.size());
            paragraphs_.push_back({{"id", "p" + std::to_string(paragraphs_.size() + 1)}, {"kind", "body"}, {"text", n.text}});
            if (n.kind == NodeKind::I) {
                ++unspoken_;
                unattributed();
            }
        }
        for (size_t k = 0; k < g_.nodes.size(); ++k) {
            if (g_.nodes[k].kind != NodeKind::I) continue;
            g_.nodes[k].claim = static_cast<int>(claim_nodes_.size());
            claim_nodes_.push_back(static_cast<int>(k));
        }
        return true;
    }

    // One claim per proposition. It quotes its locution's words; when the proposition's own text stands
    // in them word for word (AIFdb's I-nodes often do), just that.
    bool make_claims() {
        UniqueIds claim_ids;
        std::vector<uint32_t> table;
        size_t searched = 0, quoted = 0;
        for (int k : claim_nodes_) {
            const Node& n = g_.nodes[k];
            if (claims_.size() >= limits_.max_claims) {
                sink_.error(n.path, "the map holds more than " + std::to_string(limits_.max_claims) + " propositions, the limit for one debate");
                return false;
            }
            const Node& source = n.locution >= 0 ? g_.nodes[n.locution] : n;
            size_t begin = n.locution >= 0 ? source.words_begin : 0, end = source.text.size();
            if (n.locution >= 0 && searched < limits_.max_quote_search_bytes) {
                size_t found = 0;
                const std::string_view words = std::string_view(source.text).substr(begin);
                const size_t at = find_occurrence(words, n.text, 1, found, searched, table);
                if (at != std::string::npos) begin += at, end = begin + n.text.size();
            }
            // One long locution asserting many propositions is quoted once per claim: bound the copies.
            quoted += end - begin + n.text.size();
            if (quoted > limits_.max_file_bytes) {
                sink_.error(n.path, "the converted debate would exceed " + std::to_string(limits_.max_file_bytes) +
                                        " bytes, the limit for a debate file (propositions quoting long locutions)");
                return false;
            }
            const int actor = n.locution >= 0 ? source.speaker : unattributed();
            claims_.push_back({{"id", claim_ids.make("i-" + (slug(n.id, 48).empty() ? "node" : slug(n.id, 48)))},
                               {"actor", actors_[actor]["id"]},
                               {"summary", n.text},
                               {"kind", "assertion"},
                               {"quote", source.text.substr(begin, end - begin)},
                               {"paragraph", paragraphs_[source.paragraph]["id"]},
                               {"range", {begin, end}}});
        }
        return true;
    }

    // RA: each premise supports the conclusion; CA: rebuts (qualifies when it is our Qualification);
    // MA: elaborates.
    void relate_by_schemes() {
        for (const Node& n : g_.nodes) {
            if (!is_scheme(n.kind)) continue;
            RelationType type = n.kind == NodeKind::RA ? RelationType::Supports : RelationType::Elaborates;
            if (n.kind == NodeKind::CA) type = is_qualification(n) ? RelationType::Qualifies : RelationType::Rebuts;
            std::vector<int> premises, conclusions;
            for (int a : n.in)
                if (g_.nodes[a].kind == NodeKind::I) premises.push_back(g_.nodes[a].claim);
            for (int b : n.out) conclusions.push_back(g_.nodes[b].claim);  // edges out of a scheme lead to I-nodes only
            if (premises.empty() || conclusions.empty()) {
                sink_.warn(n.path, a_node(n.kind) + " needs a premise and a conclusion (I nodes): ignored");
                continue;
            }
            for (int from : premises)
                for (int to : conclusions) {
                    if (!count_pair()) return;
                    if (from == to) sink_.warn(n.path, "relates a proposition to itself: ignored");
                    else relate(from, to, type, n);
                }
        }
    }

    static bool is_qualification(const Node& n) {
        auto same = [](const std::string& s) {
            const std::string_view q = kQualification;
            return s.size() == q.size() && std::equal(s.begin(), s.end(), q.begin(), [](char a, char b) {
                       return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
                   });
        };
        return same(n.text) || same(n.scheme);
    }

    // TA from locution a to locution b: b's proposition responds to a's, unless a scheme already
    // relates the two (the TA is then that relation's dialogue, which the relation says better).
    void relate_by_transitions() {
        for (const Node& n : g_.nodes) {
            if (n.kind != NodeKind::TA) continue;
            bool asserted = false;
            for (int a : n.in)
                for (int b : n.out) {
                    const Node &from = g_.nodes[a], &to = g_.nodes[b];
                    if (!count_pair()) return;
                    if (from.kind != NodeKind::L || to.kind != NodeKind::L) continue;
                    const int answered = from.proposition >= 0 ? g_.nodes[from.proposition].claim : -1;
                    const int answer = to.proposition >= 0 ? g_.nodes[to.proposition].claim : -1;
                    if (answered < 0 || answer < 0) continue;
                    asserted = true;
                    if (answered != answer && !related_by_scheme_.count(pair_key(answered, answer)))
                        relate(answer, answered, RelationType::RespondsTo, n);
                }
            if (!asserted)
                sink_.warn(n.path, "a TA node needs locutions on both sides that assert propositions: no relation");
        }
    }

    static uint64_t pair_key(int a, int b) {
        return (static_cast<uint64_t>(std::min(a, b)) << 32) | static_cast<uint32_t>(std::max(a, b));
    }

    bool count_pair() {
        if (++pairs_ <= kMaxPairs) return true;
        if (pairs_ == kMaxPairs + 1)
            sink_.warn(base_ + "/edges", "more than " + std::to_string(kMaxPairs) + " premise and conclusion pairs: the rest are ignored");
        return false;
    }

    void relate(int from, int to, RelationType type, const Node& via) {
        const uint64_t key = (static_cast<uint64_t>(from) << 32) | static_cast<uint32_t>(to);
        if (!typed_[static_cast<int>(type)].insert(key).second) return;  // the same relation again
        if (relations_.size() >= limits_.max_relations) {
            if (!too_many_relations_)
                sink_.warn(via.path, "more than " + std::to_string(limits_.max_relations) + " relations: the rest are ignored");
            too_many_relations_ = true;
            return;
        }
        if (via.kind != NodeKind::TA) related_by_scheme_.insert(pair_key(from, to));
        relations_.push_back({{"from", claims_[from]["id"]},
                              {"to", claims_[to]["id"]},
                              {"type", to_string(type)},
                              {"note", std::string("AIF ") + kind_name(via.kind) + " node " + elide(via.id, kIdBytesShown) + " (" +
                                           elide(via.text, 80) + ")"}});
    }

    json article(const std::string& label) const {
        return {{"title", "Argument map " + elide(file_name(label), 120)},
                {"title_note", "AIF has no headline: a working title from the file name."},
                {"publisher", "Unknown (not in the AIF file)"},
                {"date", date().to_string()},
                {"language", "und"},
                {"paragraphs", paragraphs_}};
    }

    // AIF has no publication date: the earliest timestamp says when the map was made, which is the
    // nearest the file comes; without one, the day of the import.
    PartialDate date() const { return g_.earliest.valid() ? g_.earliest : today_utc(); }

    json notes(const std::string& label) const {
        json n = json::array();
        n.push_back("Imported from AIF (" + elide(label, 200) +
                    "). The article is the map's locutions (L-nodes) in file order, one paragraph each; each proposition "
                    "(I-node) is a claim, summarised by its own text and quoting its locution (just the proposition's words "
                    "when they stand in the locution).");
        n.push_back(std::string("AIF gives no headline, publisher, publication date or language: the title is a working title, "
                                "the publisher is marked unknown, the language is \"und\" (undetermined) and the date is ") +
                    (g_.earliest.valid() ? "the day of the map's earliest timestamp (when it was analysed, not published)."
                                         : "the day of the import (the map has no timestamps)."));
        n.push_back("AIF does not classify claims or record questions and stances: every claim is marked assertion, every "
                    "speaker commentator, and the positions view is empty.");
        n.push_back("Relations: RA nodes are supports, CA nodes rebuts (a CA named Qualification: qualifies), MA nodes "
                    "elaborates, and a TA between two locutions is responds_to unless a scheme already relates their propositions.");
        if (unspoken_ > 0)
            n.push_back(count_of(unspoken_, "proposition") +
                        " without a locution: each is a paragraph of its own, spoken by \"Unattributed\".");
        return n;
    }

    Graph& g_;
    DiagnosticSink& sink_;
    const LoadLimits& limits_;
    const std::string base_;
    json actors_ = json::array(), paragraphs_ = json::array(), claims_ = json::array(), relations_ = json::array();
    std::vector<int> claim_nodes_;
    std::unordered_map<std::string, int> actor_of_name_;
    UniqueIds actor_ids_;
    std::unordered_set<uint64_t> related_by_scheme_;        // claim pairs an RA, CA or MA relates, either way
    std::unordered_set<uint64_t> typed_[kRelationTypeCount];  // per type: (from, to) already related
    int unattributed_ = -1;
    size_t unspoken_ = 0, pairs_ = 0;
    bool too_many_speakers_ = false, too_many_relations_ = false;
};

}  // namespace

LoadResult import_aif_text(std::string_view text, const std::string& source_label, std::string* p_debate_json,
                           const LoadLimits& limits) {
    LoadResult result;
    if (p_debate_json) p_debate_json->clear();
    JsonDocument doc;
    if (!parse_json(text, source_label, limits, doc, result.diagnostics)) return result;
    DiagnosticSink sink(source_label, limits.max_diagnostics, result.diagnostics);
    // xAIF (OVA, AIFdb's newer exports) wraps the map: {"AIF": {...}, "text": ..., "OVA": ...}.
    const JsonValue* map = &doc.root;
    std::string base;
    if (doc.root.is_object()) {
        const JsonValue* wrapped = doc.root.find("AIF");
        if (wrapped && wrapped->is_object()) map = wrapped, base = "/AIF";
    }
    if (!map->is_object()) {
        sink.error(base, std::string("an AIF map is a JSON object, not ") + json_type_name(*map));
        return result;
    }
    const JsonValue* nodes = map->find("nodes");
    if (!nodes || !nodes->is_array()) {
        sink.error(base + "/nodes", !nodes ? "missing: this is not an AIF map"
                                           : std::string("must be a list, not ") + json_type_name(*nodes));
        return result;
    }
    Graph g;
    g.nodes.reserve(nodes->size());
    each_item(*map, "nodes", base, sink, [&](const JsonValue& v, const std::string& p) { read_node(v, p, g, sink, limits); });
    each_item(*map, "edges", base, sink, [&](const JsonValue& v, const std::string& p) { read_edge(v, p, g, sink); });
    each_item(*map, "participants", base, sink, [&](const JsonValue& v, const std::string& p) { read_participant(v, p, g, sink); });
    each_item(*map, "locutions", base, sink, [&](const JsonValue& v, const std::string& p) { read_locution(v, p, g, sink); });

    json debate;
    if (!DebateBuilder(g, sink, limits, base).build(source_label, debate)) return result;
    return finish_import(std::move(result), dump_debate_json(debate), source_label, p_debate_json, limits);
}

LoadResult import_aif_file(const std::string& path, std::string* p_debate_json, const LoadLimits& limits) {
    return import_file(path, limits, [&](std::string_view text) { return import_aif_text(text, path, p_debate_json, limits); });
}

}  // namespace dl
