// Fuzz target: the whole load-and-validate path (load_debate_text), then everything the views
// derive from a debate that loads (prepare_debate: search index, map layout, timeline axis;
// trace_claim; search) and the HTML export. Properties checked beyond "no crash, no sanitizer report":
//   - a result is ok() exactly when it has no errors, and the diagnostics stay bounded;
//   - in a loaded debate every index is in range and every quote range holds the quote;
//   - the derived data has one entry per item, and traces only name real claims and relations;
//   - the HTML export holds no markup from the file and links only to anchors or http(s);
//   - a debate offered for editing comes back from the canonical writer field for field (formatting
//     what loads again gives the same bytes), and validating it in memory gives its diagnostics;
//   - in the Studio's document, a cascading delete and a paragraph edit undo to the same bytes.
#include "model/edit.h"
#include "model/export_html.h"
#include "model/load.h"
#include "model/prepared.h"
#include "model/query.h"
#include "model/save.h"
#include "model/validate.h"
#include "tiny_limits.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {
void check(bool ok) {
    if (!ok) std::abort();
}

template <class V>
bool in_range(int i, const V& v) {
    return i >= 0 && static_cast<size_t>(i) < v.size();
}

void check_debate(const dl::Debate& d) {
    const auto& paras = d.article.paragraphs;
    for (const auto& c : d.claims) {
        check(in_range(c.actor, d.actors) && in_range(c.paragraph, paras));
        const std::string& text = paras[c.paragraph].text;
        check(c.quote_begin < c.quote_end && c.quote_end <= text.size());
        check(text.compare(c.quote_begin, c.quote_end - c.quote_begin, c.quote) == 0);
        for (int e : c.evidence) check(in_range(e, d.evidence));
        for (int q : c.questions) check(in_range(q, d.questions));
    }
    for (const auto& r : d.relations) check(in_range(r.from, d.claims) && in_range(r.to, d.claims) && r.from != r.to);
    for (const auto& s : d.stances) {
        check(in_range(s.actor, d.actors) && in_range(s.question, d.questions));
        for (int c : s.claims) check(in_range(c, d.claims));
    }
    for (const auto& p : paras) check(p.section == -1 || in_range(p.section, d.article.sections));
    for (const auto& k : d.key_quotes) check(in_range(k.paragraph, paras) && (k.actor == -1 || in_range(k.actor, d.actors)));
    check(d.stance_index.size() == d.actors.size() * d.questions.size());
    check(d.graph.outgoing.size() == d.claims.size() && d.graph.incoming.size() == d.claims.size());
}

void exercise(const dl::LoadResult& r, std::string_view input) {
    check(r.ok() == (r.error_count() == 0));
    for (const auto& diag : r.diagnostics) check(!diag.format().empty());
    if (!r.ok()) return;
    const dl::Debate& d = *r.debate;
    check_debate(d);

    const auto prepared = dl::prepare_debate(r.debate);
    check(prepared->layout.nodes.size() == d.claims.size());
    check(prepared->layout.edges.size() == d.relations.size());
    check(prepared->search.claims.size() == d.claims.size());
    check(prepared->timeline.order.size() == d.timeline.size());
    check(prepared->timeline.position.size() == d.timeline.size());

    const size_t traced = std::min<size_t>(d.claims.size(), 64);
    for (size_t c = 0; c < traced; ++c) {
        const dl::ClaimTrace t = dl::trace_claim(d, static_cast<int>(c), 8, 256);
        check(t.tree.size() <= 256);
        for (const auto& n : t.tree) check(in_range(n.claim, d.claims) && in_range(n.relation, d.relations));
        for (int e : t.events) check(in_range(e, d.timeline));
    }
    check(dl::trace_claim(d, -1).claim == -1 && dl::trace_claim(d, static_cast<int>(d.claims.size())).claim == -1);

    // Queries: the input's last bytes (arbitrary text, often invalid UTF-8) and a claim's summary.
    const std::string_view tail = input.substr(input.size() - std::min<size_t>(input.size(), 24));
    const std::string_view first_summary = d.claims.empty() ? std::string_view() : std::string_view(d.claims[0].summary);
    for (std::string_view q : {tail, first_summary, std::string_view("a")}) {
        const dl::SearchResults s = dl::search(prepared->search, q);
        for (int c : s.claims) check(in_range(c, d.claims));
        for (int p : s.paragraphs) check(in_range(p, d.article.paragraphs));
        dl::ClaimFilter f;
        f.text = std::string(q);
        for (int c : dl::filter_claims(d, prepared->search, f)) check(in_range(c, d.claims));
    }
    std::vector<int> nodes, edges;
    prepared->layout.visible(prepared->layout.bounds, nodes, edges);
    check(nodes.size() == d.claims.size());
    for (int a : dl::stance_matrix_actors(d)) check(in_range(a, d.actors));

    // The HTML export escapes every content string: no markup from the file survives, and links
    // are in-page anchors or http(s) only.
    const std::string html = dl::export_html_document(d);
    for (const char* tag : {"<script", "<img", "<iframe", "<svg", "<object", "<style", "<form", "<input"})
        check(html.find(tag) == std::string::npos);
    for (size_t at = html.find("href=\""); at != std::string::npos; at = html.find("href=\"", at + 1)) {
        const std::string_view target = std::string_view(html).substr(at + 6, 8);
        check(target.substr(0, 1) == "#" || target.substr(0, 7) == "http://" || target.substr(0, 8) == "https://");
    }
}
}  // namespace

// The canonical text of a debate offered for editing loads again without structural errors, gives
// the same text once more, and says what validating the debate in memory says.
void round_trip(const dl::LoadResult& r) {
    if (!r.editable) return;
    const std::string canonical = dl::format_debate(*r.editable);
    const dl::LoadResult again = dl::load_debate_text(canonical, "fuzz.json");
    check(again.editable != nullptr);
    check(dl::format_debate(*again.editable) == canonical);
    const std::vector<dl::Diagnostic> in_memory = dl::validate_debate(*r.editable, "fuzz.json");
    check(in_memory.size() == again.diagnostics.size());
    for (size_t i = 0; i < in_memory.size(); ++i) check(in_memory[i].format() == again.diagnostics[i].format());

    dl::DebateDocument doc(*r.editable, "fuzz.json");
    const dl::Debate& d = doc.debate();
    if (!d.claims.empty()) doc.remove<dl::Claim>(0);
    if (!d.questions.empty()) doc.remove<dl::Question>(0);
    if (!d.article.paragraphs.empty()) doc.edit<dl::Paragraph>(0, [](dl::Paragraph& p) { p.text = "x " + p.text; });
    while (doc.can_undo()) check(doc.undo().ok);
    check(dl::format_debate(doc.debate()) == canonical);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const dl::LoadResult r = dl::load_debate_text(text, "fuzz.json");
    exercise(r, text);
    round_trip(r);

    // The same input under tiny limits, so every limit check is reached with small inputs.
    const dl::LoadLimits tiny = tiny_limits();
    const dl::LoadResult small = dl::load_debate_text(text, "fuzz.json", tiny);
    check(small.diagnostics.size() <= tiny.max_diagnostics + 2);
    exercise(small, text);
    return 0;
}
