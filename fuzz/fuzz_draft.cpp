// Fuzz target: drafts from articles (draft_from_article: format detection, the HTML reader over
// gumbo, the Markdown reader over md4c, the plain-text reader, shortcodes, bylines, metadata from
// JSON-LD and meta tags). The first byte picks the file name, so every reader sees every input.
// Properties checked beyond "no crash, no sanitizer report":
//   - a result is ok() exactly when it has no errors, and the diagnostics stay bounded;
//   - a draft stays within the limits: paragraph count and length;
//   - every paragraph is non-empty valid UTF-8 with no control characters, ids are p01... in order;
//   - sections, when there are any, cover every paragraph in order, each paragraph names the section
//     holding it, a speaker's section opens with its byline; key quotes point at pull quotes;
//   - written in the canonical layout, a draft made within the default limits loads with no errors
//     (warnings only) and gives back the same paragraphs.
#include "model/draft.h"
#include "model/save.h"
#include "model/text.h"
#include "tiny_limits.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {
void check(bool ok) {
    if (!ok) std::abort();
}

bool clean_text(const std::string& s) {
    if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
    for (size_t i = 0; i < s.size();) {
        const size_t at = i;
        const uint32_t cp = dl::utf8_next(s, i);
        if (cp < 0x20 || cp == 0x7F) return false;
        if (cp == 0xFFFD && s.compare(at, 3, "\xEF\xBF\xBD") != 0) return false;  // an invalid byte let through
    }
    return true;
}

void exercise(std::string_view bytes, const std::string& name, const dl::LoadLimits& limits) {
    const dl::DraftResult r = dl::draft_from_article(bytes, name, limits);
    size_t errors = 0;
    for (const auto& d : r.diagnostics) errors += d.severity == dl::Severity::Error;
    check(r.ok() == (errors == 0));
    check(r.diagnostics.size() <= limits.max_diagnostics + 1);
    if (!r.ok()) return;
    const dl::Debate& d = *r.debate;
    const auto& paragraphs = d.article.paragraphs;
    check(!paragraphs.empty() && paragraphs.size() <= limits.max_paragraphs);
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        check(clean_text(paragraphs[i].text));
        check(paragraphs[i].text.size() <= limits.max_string_bytes);
        check(paragraphs[i].id[0] == 'p' && std::stoul(paragraphs[i].id.substr(1)) == i + 1);
        check(paragraphs[i].section >= -1 && paragraphs[i].section < static_cast<int>(d.article.sections.size()));
    }
    size_t next = 0;
    for (size_t k = 0; k < d.article.sections.size(); ++k) {
        const dl::Section& s = d.article.sections[k];
        check(!s.paragraphs.empty());
        check(s.actor >= -1 && s.actor < static_cast<int>(d.actors.size()));
        for (int p : s.paragraphs) {
            check(static_cast<size_t>(p) == next++);
            check(paragraphs[static_cast<size_t>(p)].section == static_cast<int>(k));
        }
        if (s.actor >= 0) check(paragraphs[static_cast<size_t>(s.paragraphs.front())].kind == dl::ParagraphKind::Byline);
    }
    check(d.article.sections.empty() || next == paragraphs.size());
    for (const dl::KeyQuote& q : d.key_quotes)
        check(paragraphs.at(static_cast<size_t>(q.paragraph)).kind == dl::ParagraphKind::PullQuote);
    check(!d.id.empty() && dl::make_slug(d.id, 64) == d.id);
    check(!d.title.empty() && !d.article.language.empty() && !d.article.publisher.empty());
    if (limits.max_string_bytes < dl::LoadLimits{}.max_string_bytes) return;  // tiny limits: notes may be longer
    const dl::LoadResult reopened = dl::load_debate_text(dl::format_debate(d), "draft.json", limits);
    check(reopened.error_count() == 0 && reopened.ok());
    check(reopened.debate->article.paragraphs.size() == paragraphs.size());
    for (size_t i = 0; i < paragraphs.size(); ++i) check(reopened.debate->article.paragraphs[i].text == paragraphs[i].text);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    static const char* const kNames[] = {"article.html", "article.md", "article.txt", "article"};
    const std::string name = kNames[data[0] % 4];
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    exercise(bytes, name, dl::LoadLimits{});
    // The same input under tiny limits, so every limit check is reached with small inputs.
    exercise(bytes, name, tiny_limits());
    return 0;
}
