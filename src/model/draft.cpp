// From an article's bytes to a draft debate: refusing what is not text, choosing the reader, then
// what every format shares: pull-quote shortcodes, bylines as proposed speakers and sections, ids,
// metadata with honest placeholders, and editorial notes saying what was found and what is missing.
//
// [SECTION] Formats: detection, refusing what is not text
// [SECTION] Pull-quote shortcodes
// [SECTION] Bylines
// [SECTION] Metadata
// [SECTION] Building the draft
#include "model/draft.h"
#include "model/draft_extract.h"
#include "model/text.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace dl {

using draft::Block;
using draft::Extracted;

// ---------------------------------------------------------------------------------------------
// [SECTION] Formats: detection, refusing what is not text
// ---------------------------------------------------------------------------------------------

const char* to_string(ArticleFormat f) {
    switch (f) {
        case ArticleFormat::PlainText: return "plain text";
        case ArticleFormat::Markdown: return "Markdown";
        case ArticleFormat::Html: return "HTML";
    }
    return "plain text";
}

namespace {

std::string lower_extension(std::string_view file_name) {
    const size_t slash = file_name.find_last_of("/\\");
    if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
    const size_t dot = file_name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    std::string ext(file_name.substr(dot + 1));
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

std::string_view skip_bom(std::string_view s) { return s.substr(0, 3) == "\xEF\xBB\xBF" ? s.substr(3) : s; }

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

// The start of an HTML document, as browsers sniff it: after white space and comments, a doctype or
// one of the tags a page begins with.
bool looks_like_html(std::string_view s) {
    s = skip_bom(s);
    for (int guard = 0; guard < 8; ++guard) {
        const size_t first = s.find_first_not_of(" \t\r\n\f");
        if (first == std::string_view::npos) return false;
        s.remove_prefix(first);
        if (s.substr(0, 4) != "<!--") break;
        const size_t end = s.find("-->");
        if (end == std::string_view::npos) return false;
        s.remove_prefix(end + 3);
    }
    for (std::string_view start : {"<!doctype html", "<html", "<head", "<body", "<article", "<?xml", "<meta", "<title"})
        if (starts_with_ci(s, start)) return true;
    return false;
}

// Markdown that is not also plain text: headings ("# "), links ("](http"), quote lines ("> ").
bool looks_like_markdown(std::string_view s) {
    int signs = 0;
    for (std::string_view line : draft::split_lines(s.substr(0, 64u << 10))) {
        const size_t i = line.find_first_not_of(' ');
        if (i == std::string_view::npos || i > 3) continue;
        line.remove_prefix(i);
        const size_t hashes = line.find_first_not_of('#');
        if (hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ') ++signs;
        if (line.substr(0, 2) == "> ") ++signs;
        if (line.find("](http") != std::string_view::npos) ++signs;
    }
    return signs > 0;
}

// Why bytes are not an article's text ("a PDF document"...), or empty when they are text.
std::string not_text_reason(std::string_view s) {
    struct Magic {
        std::string_view bytes;
        const char* what;
    };
    static const Magic kMagic[] = {
        {"%PDF-", "a PDF document: copy the article's text into a .txt file, or save the web page as HTML"},
        {"PK\x03\x04", "a ZIP archive (a Word .docx or OpenDocument file?): save the article as plain text or HTML"},
        {"\xD0\xCF\x11\xE0", "an old Word or Office document: save the article as plain text or HTML"},
        {"{\\rtf", "an RTF document: save the article as plain text or HTML"},
        {"\x1F\x8B", "a gzip-compressed file: uncompress it first"},
        {"\x89PNG", "a PNG image"},
        {"\xFF\xD8\xFF", "a JPEG image"},
        {"GIF8", "a GIF image"},
        {"\xFF\xFE", "UTF-16 text: save it as UTF-8"},
        {"\xFE\xFF", "UTF-16 text: save it as UTF-8"},
    };
    for (const Magic& m : kMagic)
        if (s.substr(0, m.bytes.size()) == m.bytes) return m.what;
    // Text has almost no NUL or other control bytes; binary files (and UTF-16 without a byte order mark)
    // are full of them. Looked at in the first 8 KiB, as git and file(1) do.
    const std::string_view head = s.substr(0, 8192);
    size_t controls = 0, nuls = 0;
    for (unsigned char c : head) {
        if (c == 0) ++nuls;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
    }
    if (nuls * 100 > head.size() || controls * 10 > head.size())
        return "binary data, not text (or text in UTF-16: save it as UTF-8)";
    return {};
}

// Invalid UTF-8 is read as U+FFFD; the journalist hears where it starts and how often it happens.
void report_bad_encoding(std::string_view s, DiagnosticSink& sink) {
    size_t bad = 0, first = 0;
    for (size_t i = 0; i < s.size();) {
        const size_t at = i;
        const bool ascii = static_cast<unsigned char>(s[i]) < 0x80;
        if (ascii) {
            ++i;
            continue;
        }
        if (utf8_next(s, i) == 0xFFFD && !(i - at == 3 && s.substr(at, 3) == "\xEF\xBF\xBD")) {
            if (bad++ == 0) first = at;
        }
    }
    if (bad == 0) return;
    int line = 0, column = 0;
    line_and_column(s, first, line, column);
    sink.warn_at_line(line, "the file is not valid UTF-8 here (" + std::to_string(bad) +
                                " bad bytes in all); each became \xEF\xBF\xBD. Was it saved in another encoding, such as "
                                "Windows-1252? Save it as UTF-8 and make the draft again");
}

}  // namespace

ArticleFormat detect_article_format(std::string_view bytes, std::string_view file_name) {
    const std::string ext = lower_extension(file_name);
    if (ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml") return ArticleFormat::Html;
    const bool html_start = looks_like_html(bytes);
    if (ext == "md" || ext == "markdown" || ext == "mdown" || ext == "mkd")
        return html_start ? ArticleFormat::Html : ArticleFormat::Markdown;
    if (ext == "txt" || ext == "text") return html_start ? ArticleFormat::Html : ArticleFormat::PlainText;
    if (html_start) return ArticleFormat::Html;
    return looks_like_markdown(bytes) ? ArticleFormat::Markdown : ArticleFormat::PlainText;
}

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Pull-quote shortcodes
// ---------------------------------------------------------------------------------------------

// The value of name="..." (or name='...') inside a shortcode, or npos-length view when absent.
bool shortcode_attribute(std::string_view code, std::string_view name, std::string_view& value) {
    for (size_t at = code.find(name); at != std::string_view::npos; at = code.find(name, at + 1)) {
        const bool starts_word = at > 0 && (code[at - 1] == ' ' || code[at - 1] == '\t');
        const size_t eq = at + name.size();
        if (!starts_word || eq + 1 >= code.size() || code[eq] != '=' || (code[eq + 1] != '"' && code[eq + 1] != '\''))
            continue;
        const size_t close = code.find(code[eq + 1], eq + 2);
        if (close == std::string_view::npos) return false;
        value = code.substr(eq + 2, close - eq - 2);
        return true;
    }
    return false;
}

// WordPress's Better Click To Tweet shortcode, [bctt tweet="..." username="..."], as a pull quote of
// just the tweet's words (content/FORMAT.md). `accounts` collects the usernames for a note.
void read_shortcodes(std::vector<Block>& blocks, std::vector<std::string>& accounts, DiagnosticSink& sink) {
    for (Block& b : blocks) {
        const std::string_view t = b.text;
        if (t.substr(0, 6) != "[bctt " || t.back() != ']') continue;
        std::string_view tweet, user;
        if (!shortcode_attribute(t, "tweet", tweet)) {
            sink.warn_at_line(b.line, "a [bctt] pull-quote shortcode without a readable tweet=\"...\": kept as it is");
            continue;
        }
        if (shortcode_attribute(t, "username", user) && !user.empty() &&
            std::find(accounts.begin(), accounts.end(), user) == accounts.end() && accounts.size() < 10)
            accounts.emplace_back(user);
        std::string words = draft::collapse_white_space(tweet);
        if (words.empty()) {
            sink.warn_at_line(b.line, "a [bctt] pull-quote shortcode with an empty tweet=\"\": kept as it is");
            continue;
        }
        b.text = std::move(words);
        b.kind = ParagraphKind::PullQuote;
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Bylines
// ---------------------------------------------------------------------------------------------
//
// A byline is a short line naming a person and their affiliations ("James Sherr, Senior Fellow,
// Estonian Foreign Policy Institute ..., Associate Fellow, Chatham House, London") that opens that
// person's text. A wrong byline would put words in someone's mouth, so the test is strict and a
// found byline is only a proposal the journalist confirms. A paragraph is a byline when all hold:
//   1. it is body text or a subhead (not a list item, pull quote, quotation or embed), at most 300
//      bytes, and it does not end as a sentence does (. ! ? : ; or a closing quote);
//   2. the part before its first ", " is a name: 2 to 5 words, each capitalised (initials and
//      hyphenated or apostrophised names count) apart from particles such as "van" or "de" inside
//      it, none in capitals throughout, the first not a word that starts sentences ("The", "In"...);
//   3. the rest names a position: it contains a title such as Fellow, Director, Professor, Analyst,
//      Editor, Ambassador or Attache (English only, see kTitles);
//   4. a paragraph follows that is not itself a byline (the person's text).
// Everything up to the next byline is that person's section.

bool is_upper_letter(uint32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return true;
    if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
    if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
    if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
    if (cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D) return true;
    if (cp >= 0x391 && cp <= 0x3A9) return true;
    return cp >= 0x400 && cp <= 0x42F;
}
bool is_letter(uint32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && cp < 0x2000); }

std::vector<std::string_view> split_words(std::string_view s) {
    std::vector<std::string_view> words;
    size_t i = 0;
    while (i < s.size()) {
        const size_t end = s.find(' ', i);
        const std::string_view w = s.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
        if (!w.empty()) words.push_back(w);
        if (end == std::string_view::npos) break;
        i = end + 1;
    }
    return words;
}

bool is_name_word(std::string_view w) {
    size_t i = 0;
    const uint32_t first = utf8_next(w, i);
    if (!is_upper_letter(first)) return false;
    size_t letters = 1, upper = 1;
    while (i < w.size()) {
        const uint32_t cp = utf8_next(w, i);
        if (is_letter(cp)) {
            ++letters;
            upper += is_upper_letter(cp);
        } else if (cp != '\'' && cp != 0x2019 && cp != '-' && cp != '.') {
            return false;
        }
    }
    return !(letters >= 2 && upper == letters);  // "NATO", "EU": organisations, not people
}

bool looks_like_name(std::string_view name) {
    static const char* const kParticles[] = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del",
                                             "della", "bin", "ibn", "al", "ter", "ten", "y", "dos", "das", "zu"};
    static const char* const kSentenceStarts[] = {
        "The", "A", "An", "In", "On", "At", "As", "By", "For", "From", "With", "To", "Of", "If", "But", "And", "Or",
        "So", "Why", "How", "What", "When", "Where", "Who", "Which", "This", "That", "These", "Those", "It", "We", "I",
        "He", "She", "They", "Our", "His", "Her", "Their", "After", "Before", "However", "Meanwhile", "Today", "Read",
        "More", "Related", "Photo", "Image", "Source", "Note", "Update", "Editor's", "Editor\xE2\x80\x99s"};
    if (name.size() > 60) return false;
    const std::vector<std::string_view> words = split_words(name);
    if (words.size() < 2 || words.size() > 5) return false;
    for (const char* s : kSentenceStarts)
        if (words.front() == s) return false;
    for (size_t i = 0; i < words.size(); ++i) {
        if (is_name_word(words[i])) continue;
        const bool inside = i > 0 && i + 1 < words.size();
        if (!inside || std::none_of(std::begin(kParticles), std::end(kParticles), [&](const char* p) { return words[i] == p; }))
            return false;
    }
    return true;
}

// Titles that say a byline's words after the name are a position.
bool is_title_word(std::string_view w) {
    static const char* const kTitles[] = {
        "fellow", "director", "professor", "researcher", "analyst", "editor", "chair", "chairman", "chairwoman",
        "chairperson", "head", "president", "minister", "ambassador", "attache", "attach\xC3\xA9", "adviser", "advisor",
        "officer", "expert", "lecturer", "scientist", "author", "journalist", "correspondent", "ceo", "founder",
        "cofounder", "member", "partner", "consultant", "manager", "secretary", "commander", "general", "colonel",
        "spokesperson", "spokesman", "spokeswoman", "dean", "rector", "economist", "historian", "commentator",
        "columnist", "reporter", "strategist", "deputy", "counsellor", "counselor", "diplomat", "lawyer", "judge",
        "senator", "governor", "mayor", "coordinator", "scholar", "associate", "leader", "executive",
        "representative", "envoy", "negotiator", "mp", "mep", "analyst", "investigator", "curator", "presenter"};
    std::string lower(w);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.size() > 3 && lower.back() == 's') lower.pop_back();  // "Fellows", "Directors"
    for (const char* t : kTitles)
        if (lower == t) return true;
    return false;
}

// Words for the title test: runs of letters (a hyphen or apostrophe splits: "co-founder" has "founder").
bool names_a_title(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !(std::isalpha(static_cast<unsigned char>(s[i])) || static_cast<unsigned char>(s[i]) >= 0x80)) ++i;
        size_t end = i;
        while (end < s.size() && (std::isalpha(static_cast<unsigned char>(s[end])) || static_cast<unsigned char>(s[end]) >= 0x80)) ++end;
        if (end > i && is_title_word(s.substr(i, end - i))) return true;
        i = end;
    }
    return false;
}

struct Byline {
    std::string name;
    std::vector<std::string> affiliations;
};

// Affiliations exactly as written, split where a new title begins after ", " or " and " (so
// "Senior Fellow, Institute X, Tallinn, Associate Fellow, Chatham House" is two, and
// "Centre for Defence and Security" stays one: "Security" names no title).
std::vector<std::string> split_affiliations(std::string_view rest) {
    std::vector<std::string> out;
    std::string current;
    bool current_has_title = false;
    size_t i = 0;
    std::string_view separator;
    while (i <= rest.size()) {
        size_t next = std::string_view::npos;
        std::string_view next_separator;
        for (std::string_view sep : {", ", " and ", "; "}) {
            const size_t at = rest.find(sep, i);
            if (at < next) next = at, next_separator = sep;
        }
        const std::string_view segment = rest.substr(i, next == std::string_view::npos ? std::string_view::npos : next - i);
        const bool title = names_a_title(segment);
        if (!current.empty() && title && current_has_title) {
            out.push_back(current);
            current.clear();
            current_has_title = false;
        }
        if (!current.empty()) current += separator;
        current += segment;
        current_has_title = current_has_title || title;
        if (next == std::string_view::npos) break;
        separator = next_separator;
        i = next + next_separator.size();
    }
    if (!current.empty()) out.push_back(current);
    return out;
}

bool read_byline(const Block& b, Byline& out) {
    if (b.kind != ParagraphKind::Body || b.quotation || !b.embed.empty()) return false;
    const std::string_view t = b.text;
    if (t.size() > 300 || draft::ends_sentence(t)) return false;
    const size_t comma = t.find(", ");
    if (comma == std::string_view::npos) return false;
    const std::string_view name = t.substr(0, comma), rest = t.substr(comma + 2);
    if (!looks_like_name(name) || !names_a_title(rest)) return false;
    out.name = std::string(name);
    out.affiliations = split_affiliations(rest);
    return true;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Metadata
// ---------------------------------------------------------------------------------------------

// A BCP 47 tag as pages write it ("en", "en-GB", "en_US"): letters, digits and '-' (an '_' read as '-').
bool usable_language(std::string& tag) {
    std::replace(tag.begin(), tag.end(), '_', '-');
    if (tag.size() < 2 || tag.size() > 35) return false;
    size_t primary = 0;
    while (primary < tag.size() && std::isalpha(static_cast<unsigned char>(tag[primary]))) ++primary;
    if (primary < 2 || primary > 3) return false;
    return std::all_of(tag.begin(), tag.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
}

// "2021-12-01T10:00:00+02:00" -> 2021-12-01: the calendar date as written, the time of day dropped
// (the date stays the newsroom's own, whatever the time zone).
bool read_date(const std::string& text, PartialDate& out) {
    const size_t cut = text.find_first_of("T ");
    return parse_partial_date(std::string_view(text).substr(0, cut), out);
}

// A <title> often ends with the site's name ("Headline | Site"): cut when the site's name is known.
bool cut_site_name(std::string& title, const std::string& site) {
    if (site.empty() || title.size() <= site.size() + 3) return false;
    for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "}) {
        const std::string tail = std::string(sep) + site;
        if (title.size() > tail.size() && title.compare(title.size() - tail.size(), tail.size(), tail) == 0) {
            title.resize(title.size() - tail.size());
            return true;
        }
    }
    return false;
}

std::string file_stem(const std::string& file_name) {
    std::string name = file_name.substr(file_name.find_last_of("/\\") == std::string::npos ? 0 : file_name.find_last_of("/\\") + 1);
    const size_t dot = name.rfind('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Building the draft
// ---------------------------------------------------------------------------------------------

// Unique ids in one list: "-2", "-3"... added on collision.
class IdSet {
public:
    std::string take(const std::string& wanted) {
        const std::string base = wanted.substr(0, 56);
        std::string id = base;
        for (int n = 2; !used_.insert(id).second; ++n) id = base + "-" + std::to_string(n);
        return id;
    }

private:
    std::unordered_set<std::string> used_;
};

// Notes of one kind (bylines listed, embeds, blank lines in sections) stop after this many, so that a
// hostile article cannot make the notes outgrow what a debate file may hold.
constexpr size_t kListedNotes = 20;

std::string paragraph_list(const std::vector<std::string>& ids, size_t max = 12) {
    std::string s;
    for (size_t i = 0; i < ids.size() && i < max; ++i) s += (i ? ", " : "") + ids[i];
    if (ids.size() > max) s += " and " + std::to_string(ids.size() - max) + " more";
    return s;
}

class DraftBuilder {
public:
    DraftBuilder(Extracted& x, const std::string& file_name, ArticleFormat format, DraftResult& r)
        : x_(x), file_name_(file_name), format_(format), r_(r), d_(*r.debate) {}

    void build(DiagnosticSink& sink) {
        std::vector<std::string> accounts;
        read_shortcodes(x_.blocks, accounts, sink);
        paragraphs();
        bylines();
        metadata();
        notes(accounts);
    }

private:
    void paragraphs() {
        const size_t width = std::max<size_t>(2, std::to_string(x_.blocks.size()).size());
        for (size_t i = 0; i < x_.blocks.size(); ++i) {
            std::string n = std::to_string(i + 1);
            Paragraph p;
            p.id = "p" + std::string(width - n.size(), '0') + n;
            p.text = x_.blocks[i].text;
            p.kind = x_.blocks[i].kind;
            d_.paragraph_ids[p.id] = static_cast<int>(i);
            d_.article.paragraphs.push_back(std::move(p));
        }
    }

    const std::string& pid(size_t i) const { return d_.article.paragraphs[i].id; }

    void bylines() {
        std::vector<size_t> at;
        std::vector<Byline> found;
        for (size_t i = 0; i + 1 < x_.blocks.size(); ++i) {
            Byline b, next;
            if (read_byline(x_.blocks[i], b) && !read_byline(x_.blocks[i + 1], next)) {
                at.push_back(i);
                found.push_back(std::move(b));
                ++i;  // the next paragraph is this person's text
            }
        }
        if (at.empty()) return;
        Article& a = d_.article;
        IdSet actor_ids, section_ids, quote_ids;
        std::unordered_map<std::string, int> actor_by_name;
        auto add_section = [&](std::string id, std::string label, int actor, size_t from, size_t to) {
            Section s;
            s.id = section_ids.take(id);
            s.label = std::move(label);
            s.actor = actor;
            for (size_t i = from; i < to; ++i) {
                s.paragraphs.push_back(static_cast<int>(i));
                a.paragraphs[i].section = static_cast<int>(a.sections.size());
            }
            a.sections.push_back(std::move(s));
        };
        if (at.front() > 0) {
            add_section("sec-intro", "Introduction", -1, 0, at.front());
            notes_.push_back(paragraph_range(0, at.front()) + ", before the first byline, " +
                             (at.front() == 1 ? "is" : "are") + " the introduction (a section with no speaker).");
        }
        std::string proposals;
        size_t blank_notes = 0;
        for (size_t k = 0; k < at.size(); ++k) {
            Byline& b = found[k];
            auto [it, is_new] = actor_by_name.emplace(b.name, static_cast<int>(d_.actors.size()));
            if (is_new) {
                Actor actor;
                const std::string slug = make_slug(fold_for_search(b.name), 48);
                actor.id = actor_ids.take(slug.empty() ? "speaker" : slug);
                actor.name = b.name;
                actor.role = ActorRole::Commentator;
                actor.affiliations = b.affiliations;
                actor.description = "Proposed from the byline in " + pid(at[k]) + ": confirm or correct in the Studio.";
                d_.actor_ids[actor.id] = it->second;
                d_.actors.push_back(std::move(actor));
            }
            const size_t end = k + 1 < at.size() ? at[k + 1] : x_.blocks.size();
            const std::string& actor_id = d_.actors[static_cast<size_t>(it->second)].id;
            add_section("sec-" + actor_id, b.name, it->second, at[k], end);
            a.paragraphs[at[k]].kind = ParagraphKind::Byline;
            if (k < kListedNotes) proposals += (k ? "; " : "") + pid(at[k]) + " " + b.name + " (" + paragraph_range(at[k], end) + ")";
            if (k == kListedNotes) proposals += " and " + std::to_string(at.size() - kListedNotes) + " more";
            for (size_t i = at[k] + 1; i < end; ++i) {
                // Line by line, a blank line inside someone's section may mean another voice begins.
                if (x_.blocks[i].after_blank && blank_notes++ < kListedNotes)
                    notes_.push_back("A blank line comes before " + pid(i) + " inside " + b.name + "'s section: check whether " +
                                     pid(i) + " onwards is still theirs.");
                if (a.paragraphs[i].kind == ParagraphKind::PullQuote) {
                    KeyQuote q;
                    q.id = quote_ids.take("kq-" + actor_id);
                    q.paragraph = static_cast<int>(i);
                    q.actor = it->second;
                    d_.key_quotes.push_back(std::move(q));
                    key_quote_notes_.push_back(pid(i) + " " + b.name);
                }
            }
        }
        notes_.push_back("Bylines found, each starting its speaker's section up to the next byline (proposals: confirm them in "
                         "the Studio): " + proposals + ". Affiliations are split where a new title begins, each kept word for word.");
    }

    std::string paragraph_range(size_t from, size_t to) const {
        return to - from == 1 ? pid(from) : pid(from) + "-" + pid(to - 1);
    }

    void metadata() {
        Article& a = d_.article;
        // Title
        std::string title = x_.title.value;
        if (x_.title.source == "<title>" && cut_site_name(title, x_.publisher.value))
            notes_.push_back("The page's <title> ends with the site's name (\"" + x_.publisher.value +
                             "\"): that ending is not part of the title.");
        if (!title.empty()) {
            a.title = elide(title, 500);
            r_.title_source = x_.title.source;
        } else {
            a.title = "Draft from " + elide(file_stem(file_name_), 100);
            a.title_note = "Working title from the file name: the article file has no headline.";
            notes_.push_back("The article's headline was not in the file: the title is a working title from the file name. "
                             "Set it before publishing.");
        }
        d_.title = a.title;
        const std::string slug = make_slug(fold_for_search(a.title), 64);
        const std::string stem_slug = make_slug(fold_for_search(file_stem(file_name_)), 64);
        d_.id = !slug.empty() ? slug : !stem_slug.empty() ? stem_slug : "draft";
        // Date
        if (x_.date.empty()) {
            notes_.push_back("The article's date was not in the file: set it before publishing.");
        } else if (!read_date(x_.date.value, a.date)) {
            notes_.push_back("The article's date is given as \"" + elide(x_.date.value, 80) + "\" (" + x_.date.source +
                             "), which is not a calendar date (YYYY-MM-DD): set it before publishing.");
        } else {
            r_.date_source = x_.date.source;
        }
        // Publisher
        if (!x_.publisher.empty()) {
            a.publisher = elide(x_.publisher.value, 200);
            r_.publisher_source = x_.publisher.source;
        } else {
            a.publisher = "Unknown (not in the article file)";
            notes_.push_back("The publisher was not in the file: set it before publishing.");
        }
        // Language
        std::string lang = x_.language.value;
        if (!lang.empty() && usable_language(lang)) {
            a.language = lang;
            r_.language_source = x_.language.source;
        } else {
            a.language = "und";
            notes_.push_back(lang.empty() ? "The article's language was not in the file: it is \"und\" (undetermined) until set."
                                          : "The article's language is given as \"" + elide(lang, 40) +
                                                "\", which is not a language tag: it is \"und\" (undetermined) until set.");
        }
        // Address
        if (!x_.url.empty()) {
            a.url = x_.url.value;
            r_.url_source = x_.url.source;
        } else if (format_ == ArticleFormat::Html) {
            notes_.push_back("The article's address (URL) was not in the page: add it if the article is online.");
        }
    }

    void notes(const std::vector<std::string>& accounts) {
        std::vector<std::string> n;
        const Article& a = d_.article;
        n.push_back("Draft made from " + elide(file_stem(file_name_), 100) + " (" + to_string(format_) + ", " +
                    std::to_string(a.paragraphs.size()) + " paragraphs): it has no claims, questions or stances yet.");
        // "title, date and publisher from JSON-LD NewsArticle; language from <html lang>".
        std::vector<std::pair<std::string, std::vector<const char*>>> by_source;
        auto source = [&](const char* what, const std::string& from) {
            if (from.empty()) return;
            auto it = std::find_if(by_source.begin(), by_source.end(), [&](const auto& e) { return e.first == from; });
            if (it == by_source.end()) it = by_source.insert(by_source.end(), {from, {}});
            it->second.push_back(what);
        };
        source("title", r_.title_source);
        source("date", r_.date_source);
        source("publisher", r_.publisher_source);
        source("language", r_.language_source);
        source("address", r_.url_source);
        std::string sources;
        for (const auto& [from, fields] : by_source) {
            sources += sources.empty() ? "" : "; ";
            for (size_t i = 0; i < fields.size(); ++i)
                sources += std::string(i == 0 ? "" : i + 1 == fields.size() ? " and " : ", ") + fields[i];
            sources += " from " + from;
        }
        if (!sources.empty()) n.push_back("Metadata as the file gives it: " + sources + ".");
        if (!x_.authors.empty()) {
            std::string names;
            for (size_t i = 0; i < x_.authors.size(); ++i) names += (i ? ", " : "") + x_.authors[i];
            n.push_back("The file names the article's author: " + names + " (not made a speaker: add them if they argue in the text).");
        }
        n.insert(n.end(), notes_.begin(), notes_.end());
        // What kind of block each paragraph was, where the format has no place for it.
        std::vector<std::string> pulls, heads, quotes;
        size_t embeds = 0;
        for (size_t i = 0; i < x_.blocks.size(); ++i) {
            if (a.paragraphs[i].kind == ParagraphKind::PullQuote) pulls.push_back(pid(i));
            if (x_.blocks[i].heading && a.paragraphs[i].kind != ParagraphKind::Byline) heads.push_back(pid(i));
            if (x_.blocks[i].quotation) quotes.push_back(pid(i));
            if (!x_.blocks[i].embed.empty() && embeds++ < kListedNotes)
                n.push_back(pid(i) + " is an embedded post (" + x_.blocks[i].embed +
                            (x_.blocks[i].embed_url.empty() ? "" : ", " + x_.blocks[i].embed_url) +
                            "), not the article's own text: keep it as the words the article shows, or delete it.");
        }
        if (!pulls.empty()) n.push_back("Pull quotes: " + paragraph_list(pulls) + " (shortcode markup such as [bctt tweet=\"...\"] dropped, only the quoted words kept).");
        if (!key_quote_notes_.empty())
            n.push_back("Each pull quote in a speaker's section is proposed as that speaker's key quote (" +
                        paragraph_list(key_quote_notes_) + "); the article does not attribute them itself.");
        if (!accounts.empty()) {
            std::string list;
            for (size_t i = 0; i < accounts.size(); ++i) list += (i ? ", " : "") + ("\"" + accounts[i] + "\"");
            n.push_back("The pull-quote shortcodes name the account " + list + ": perhaps the publisher's (not used as the publisher).");
        }
        if (!heads.empty()) n.push_back("Subheads in the article: " + paragraph_list(heads) + " (kept as body paragraphs).");
        if (!quotes.empty()) n.push_back("Block quotations in the article: " + paragraph_list(quotes) + " (kept as body paragraphs).");
        size_t listed = 0;
        for (const draft::Link& l : x_.links) {
            if (listed++ == 50) {
                n.push_back("... and " + std::to_string(x_.links.size() - 50) + " more links.");
                break;
            }
            n.push_back("Link in " + pid(l.block) + " (candidate evidence): \"" + elide(l.text, 120) + "\" " + elide(l.url, 500));
        }
        n.insert(n.end(), x_.notes.begin(), x_.notes.end());
        // Notes quote the file (names, links): whatever it held, they are valid UTF-8 on one line.
        for (std::string& note : n) note = draft::collapse_white_space(note);
        d_.editorial_notes = std::move(n);
    }

    Extracted& x_;
    const std::string& file_name_;
    ArticleFormat format_;
    DraftResult& r_;
    Debate& d_;
    std::vector<std::string> notes_, key_quote_notes_;
};

}  // namespace

DraftResult draft_from_article(std::string_view bytes, const std::string& file_name, const LoadLimits& limits) {
    DraftResult r;
    DiagnosticSink sink(file_name, limits.max_diagnostics, r.diagnostics);
    if (bytes.size() > limits.max_file_bytes) {
        sink.error("", "the file is " + std::to_string(bytes.size()) + " bytes; the limit is " +
                           std::to_string(limits.max_file_bytes));
        return r;
    }
    if (draft::is_blank(bytes)) {
        sink.error("", "the file is empty: there is no article to make a draft from");
        return r;
    }
    const std::string reason = not_text_reason(bytes);
    if (!reason.empty()) {
        sink.error("", "this is " + reason + "; a draft needs an article as plain text, Markdown or HTML");
        return r;
    }
    const std::string_view text = skip_bom(bytes);
    r.format = detect_article_format(text, file_name);
    report_bad_encoding(text, sink);

    Extracted x;
    draft::Appender out(x, sink, limits);
    switch (r.format) {
        case ArticleFormat::Html: draft::read_html(text, out); break;
        case ArticleFormat::Markdown: draft::read_markdown(text, out); break;
        case ArticleFormat::PlainText: draft::read_plain_text(text, out); break;
    }
    // A limit reached while reading (too many paragraphs) refuses the draft rather than give half an article.
    if (std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }))
        return r;
    if (x.blocks.empty()) {
        sink.error("", std::string("no article text found in this ") + to_string(r.format) + " file" +
                           (r.format == ArticleFormat::Html ? " (no paragraphs outside the page's menus, headers and footers)" : ""));
        return r;
    }
    r.debate = std::make_shared<Debate>();
    r.debate->source_path = file_name;
    r.debate->content_version = "0.1.0";
    DraftBuilder(x, file_name, r.format, r).build(sink);
    return r;
}

}  // namespace dl
