// Reading a news web page into paragraphs and metadata with a real HTML5 parser (Google's gumbo):
// the article body is the <article> (or the element holding most <p> text) without the page's clutter,
// its text as a browser shows it; metadata from JSON-LD first, then <meta> tags, <title> and <html lang>.
//
// [SECTION] The tree: children, attributes, clutter
// [SECTION] Metadata: JSON-LD, <meta>, <link>, <title>, <html lang>
// [SECTION] Where the article is
// [SECTION] Paragraphs
// [SECTION] A guard before the parser: nesting depth and attributes
// [SECTION] read_html
#include "model/draft_extract.h"
#include "model/json_reader.h"
#include "model/text.h"
#include "model/validate.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <initializer_list>

namespace dl::draft {

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] The tree: children, attributes, clutter
// ---------------------------------------------------------------------------------------------

const GumboVector* children(const GumboNode* n) {
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
    if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
    return nullptr;
}
const GumboNode* child(const GumboVector* v, unsigned i) { return static_cast<const GumboNode*>(v->data[i]); }

bool is_element(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT; }
GumboTag tag_of(const GumboNode* n) { return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

std::string_view attribute(const GumboNode* n, const char* name) {
    if (!is_element(n)) return {};
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Calls fn(word) for each word of a class or id ("social-share__button" -> social, share, button).
template <class Fn>
bool any_name_word(std::string_view names, Fn fn) {
    size_t i = 0;
    while (i < names.size()) {
        const size_t end = names.find_first_of(" \t\n\r\f-_", i);
        const std::string_view word = names.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
        if (!word.empty() && fn(word)) return true;
        if (end == std::string_view::npos) break;
        i = end + 1;
    }
    return false;
}

// Whole class names (split at white space only).
bool has_class(const GumboNode* n, std::string_view wanted) {
    const std::string classes = lower_ascii(attribute(n, "class"));
    std::string_view rest = classes;
    while (!rest.empty()) {
        const size_t end = rest.find_first_of(" \t\n\r\f");
        if (rest.substr(0, end) == wanted) return true;
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
    }
    return false;
}
bool class_contains(const GumboNode* n, std::string_view part) {
    return lower_ascii(attribute(n, "class")).find(part) != std::string::npos;
}

// Words in a class or id that mark the page around an article rather than the article: sharing
// buttons, "related" lists, newsletters, adverts, comments, menus, hidden labels.
bool is_clutter_word(std::string_view w) {
    static const char* const kWords[] = {
        "share", "sharing", "sharedaddy", "social", "related", "relatedposts", "newsletter", "subscribe",
        "subscription", "promo", "advert", "advertisement", "ad", "ads", "sponsor", "sponsored", "cookie", "consent",
        "breadcrumb", "breadcrumbs", "comments", "sidebar", "menu", "nav", "navbar", "navigation", "masthead",
        "paywall", "signup", "recommended", "recommendations", "popular", "trending", "outbrain", "taboola",
        "tags", "toolbar", "sr", "visually", "visuallyhidden", "btn"};
    for (const char* k : kWords)
        if (w == k) return true;
    return false;
}

// Elements a reader never sees as article text.
bool is_clutter_tag(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
        case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT:
        case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_ASIDE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS:
        case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_MENU: case GUMBO_TAG_TITLE: case GUMBO_TAG_META: case GUMBO_TAG_LINK:
            return true;
        default: return false;
    }
}

bool is_hidden(const GumboNode* n) {
    if (!is_element(n)) return false;
    if (gumbo_get_attribute(&n->v.element.attributes, "hidden")) return true;
    if (attribute(n, "aria-hidden") == "true") return true;
    std::string style = lower_ascii(attribute(n, "style"));
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos)
        return true;
    const std::string_view role = attribute(n, "role");
    return role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" ||
           role == "search";
}

// A pull quote the page marks as one (WordPress's wp-block-pullquote, "pull-quote" classes, the
// Better Click To Tweet plugin's box): kept, unlike the <aside> or <figure> it may sit in.
bool is_pull_quote(const GumboNode* n) {
    return class_contains(n, "pullquote") || class_contains(n, "pull-quote") || class_contains(n, "pull_quote") ||
           has_class(n, "bctt-click-to-tweet");
}

// An embedded post from a social network, as its embed code writes it before the script replaces it.
std::string embed_kind(const GumboNode* n) {
    if (tag_of(n) != GUMBO_TAG_BLOCKQUOTE) return {};
    const std::string classes = lower_ascii(attribute(n, "class"));
    for (const char* k : {"twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "reddit-card",
                          "bluesky-embed", "mastodon-embed", "threads", "fb-xfbml", "facebook"})
        if (classes.find(k) != std::string::npos) return k;
    return {};
}

bool is_clutter(const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEMPLATE) return true;
    if (!is_element(n)) return false;
    if (is_pull_quote(n)) return false;
    if (is_clutter_tag(n->v.element.tag) || is_hidden(n)) return true;
    // The body's own containers are never clutter by their names (an opinion page's <article class="comments">).
    const GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML) return false;
    const std::string names = lower_ascii(std::string(attribute(n, "class")) + " " + std::string(attribute(n, "id")));
    return any_name_word(names, is_clutter_word);
}

// Tags a browser lays out inline: their text continues the paragraph around them. Unknown (custom)
// elements are inline too, as in browsers.
bool is_inline(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
        case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DEL: case GUMBO_TAG_DFN:
        case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_INS: case GUMBO_TAG_KBD:
        case GUMBO_TAG_LABEL: case GUMBO_TAG_MARK: case GUMBO_TAG_Q: case GUMBO_TAG_S: case GUMBO_TAG_SAMP:
        case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB:
        case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_VAR:
        case GUMBO_TAG_WBR: case GUMBO_TAG_BIG: case GUMBO_TAG_NOBR: case GUMBO_TAG_IMG:
        case GUMBO_TAG_SOURCE: case GUMBO_TAG_RUBY: case GUMBO_TAG_RT: case GUMBO_TAG_RP: case GUMBO_TAG_UNKNOWN:
            return true;
        default: return false;
    }
}

// Visits every node under `root` in document order without recursion (pages can nest deeper than
// any stack); fn(node) returns false to skip a node's children.
template <class Fn>
void for_each_node(const GumboNode* root, Fn fn) {
    std::vector<std::pair<const GumboNode*, unsigned>> stack{{root, 0u}};
    if (!fn(root)) return;
    while (!stack.empty()) {
        auto& [node, next] = stack.back();
        const GumboVector* kids = children(node);
        if (!kids || next >= kids->length) {
            stack.pop_back();
            continue;
        }
        const GumboNode* c = child(kids, next++);
        if (fn(c)) stack.push_back({c, 0u});
    }
}

// All text under a node, as written (white space not yet collapsed), skipping clutter.
std::string all_text(const GumboNode* root) {
    std::string s;
    for_each_node(root, [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            s += n->v.text.text;
            s += ' ';
        }
        if (tag_of(n) == GUMBO_TAG_BR) s += ' ';
        return n == root || !is_clutter(n);
    });
    return s;
}

int line_of(const GumboNode* n) {
    if (is_element(n)) return static_cast<int>(n->v.element.start_pos.line);
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA)
        return static_cast<int>(n->v.text.start_pos.line);
    return 0;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Metadata: JSON-LD, <meta>, <link>, <title>, <html lang>
// ---------------------------------------------------------------------------------------------

// schema.org types whose headline, date and publisher are the article's. @type may be "NewsArticle",
// "schema:NewsArticle" or "https://schema.org/NewsArticle".
bool is_article_type(std::string_view t) {
    const size_t cut = t.find_last_of("/:#");
    if (cut != std::string_view::npos) t.remove_prefix(cut + 1);
    for (const char* k : {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
                          "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
                          "LiveBlogPosting", "Report"})
        if (t == k) return true;
    return false;
}

bool has_article_type(const JsonValue& node) {
    const JsonValue* type = node.find("@type");
    if (!type) return false;
    if (type->is_string()) return is_article_type(type->str());
    for (size_t i = 0; i < type->size() && type->is_array(); ++i)
        if ((*type)[i].is_string() && is_article_type((*type)[i].str())) return true;
    return false;
}

// JSON-LD strings are often HTML-escaped by the CMS ("Putin&#039;s"): decoded, white space collapsed.
std::string json_text(const JsonValue* v) {
    if (!v) return {};
    if (v->is_array() && !v->empty()) v = &(*v)[0];
    return v->is_string() ? plain_text(v->str()) : std::string();
}

// One JSON-LD block: the article nodes in it (top level, in arrays, in @graph) and every node with
// an @id, so that "publisher": {"@id": "#org"} can be looked up.
struct JsonLd {
    std::vector<const JsonValue*> articles;
    std::vector<const JsonValue*> identified;

    void collect(const JsonValue& v) {
        if (v.is_array()) {
            for (size_t i = 0; i < v.size(); ++i) collect(v[i]);
            return;
        }
        if (!v.is_object()) return;
        if (const JsonValue* graph = v.find("@graph")) collect(*graph);
        if (v.find("@id")) identified.push_back(&v);
        if (has_article_type(v)) articles.push_back(&v);
    }

    // The node itself, or the node its {"@id": ...} names.
    const JsonValue* resolve(const JsonValue* v) const {
        if (!v || !v->is_object() || v->find("name")) return v;
        const JsonValue* id = v->find("@id");
        if (!id || !id->is_string()) return v;
        for (const JsonValue* n : identified)
            if (n != v && n->find("@id")->is_string() && n->find("@id")->str() == id->str()) return n;
        return v;
    }

    // "publisher": "Name", {"name": ...}, {"@id": ...} or a list of those: the names.
    std::vector<std::string> names(const JsonValue* v) const {
        std::vector<std::string> out;
        if (!v) return out;
        const size_t n = v->is_array() ? std::min<size_t>(v->size(), 20) : 1;
        for (size_t i = 0; i < n; ++i) {
            const JsonValue* item = resolve(v->is_array() ? &(*v)[i] : v);
            std::string name = item->is_string() ? plain_text(item->str())
                                                 : item->is_object() ? json_text(item->find("name")) : std::string();
            if (!name.empty()) out.push_back(elide(name, 200));
        }
        return out;
    }
};

struct PageMeta {
    std::string html_lang, title, h1, canonical;
    std::vector<std::pair<std::string, std::string>> meta;  // property or name (lower case), content
    std::vector<std::pair<int, std::string>> json_ld;       // line, text

    std::string meta_value(std::string_view key) const {
        for (const auto& [k, v] : meta)
            if (k == key) return collapse_white_space(v);
        return {};
    }
};

// Collects what the metadata needs from the whole document (head and body).
PageMeta collect_page_meta(const GumboNode* root) {
    PageMeta m;
    for_each_node(root, [&](const GumboNode* n) {
        if (!is_element(n)) return n->type == GUMBO_NODE_DOCUMENT;
        switch (n->v.element.tag) {
            case GUMBO_TAG_HTML:
                if (m.html_lang.empty()) m.html_lang = collapse_white_space(attribute(n, "lang"));
                break;
            case GUMBO_TAG_TITLE:
                if (m.title.empty()) m.title = collapse_white_space(all_text(n));
                return false;
            case GUMBO_TAG_H1:
                if (m.h1.empty()) m.h1 = collapse_white_space(all_text(n));
                return false;
            case GUMBO_TAG_META: {
                std::string_view key = attribute(n, "property");
                if (key.empty()) key = attribute(n, "name");
                if (!key.empty() && m.meta.size() < 1000) m.meta.emplace_back(lower_ascii(key), std::string(attribute(n, "content")));
                return false;
            }
            case GUMBO_TAG_LINK:
                if (m.canonical.empty() && lower_ascii(attribute(n, "rel")) == "canonical")
                    m.canonical = collapse_white_space(attribute(n, "href"));
                return false;
            case GUMBO_TAG_SCRIPT:
                if (lower_ascii(collapse_white_space(attribute(n, "type"))) == "application/ld+json" && m.json_ld.size() < 50) {
                    std::string text;
                    const GumboVector* kids = children(n);
                    for (unsigned i = 0; i < kids->length; ++i)
                        if (child(kids, i)->type == GUMBO_NODE_TEXT || child(kids, i)->type == GUMBO_NODE_WHITESPACE)
                            text += child(kids, i)->v.text.text;
                    m.json_ld.emplace_back(line_of(n), std::move(text));
                }
                return false;
            default: break;
        }
        return true;
    });
    return m;
}

// The page's own statements about the article, in order of trust: JSON-LD, then <meta> tags, then
// <link rel=canonical>, <title>, <html lang> (and the first <h1> for a page with no other title).
void read_metadata(const PageMeta& page, Appender& out) {
    Extracted& x = out.out();
    for (const auto& [line, text] : page.json_ld) {
        JsonDocument doc;
        std::vector<Diagnostic> problems;
        if (!parse_json(text, out.sink().file(), out.limits(), doc, problems)) {
            out.sink().warn_at_line(line, "the page's JSON-LD metadata is not valid JSON (" +
                                              (problems.empty() ? std::string("unreadable") : problems.front().message) +
                                              "): it was ignored");
            continue;
        }
        JsonLd ld;
        ld.collect(doc.root);
        for (const JsonValue* a : ld.articles) {
            const JsonValue* type = a->find("@type");
            if (type && type->is_array() && !type->empty()) type = &(*type)[0];
            const std::string from = "JSON-LD " + (type && type->is_string() ? std::string(type->str()) : std::string("Article"));
            const std::string headline = json_text(a->find("headline"));
            x.title.offer(headline.empty() ? json_text(a->find("name")) : headline, from);
            x.date.offer(json_text(a->find("datePublished")), from);
            const std::vector<std::string> publishers = ld.names(a->find("publisher"));
            if (!publishers.empty()) x.publisher.offer(publishers.front(), from);
            const JsonValue* lang = a->find("inLanguage");
            if (lang && lang->is_object()) lang = lang->find("alternateName") ? lang->find("alternateName") : lang->find("name");
            x.language.offer(json_text(lang), from);
            const std::string url = json_text(a->find("url"));
            if (is_web_url(url)) x.url.offer(url, from);
            if (x.authors.empty()) x.authors = ld.names(a->find("author"));
        }
    }
    x.title.offer(page.meta_value("og:title"), "og:title");
    x.publisher.offer(page.meta_value("og:site_name"), "og:site_name");
    x.date.offer(page.meta_value("article:published_time"), "article:published_time");
    const std::string og_url = page.meta_value("og:url");
    if (is_web_url(og_url)) x.url.offer(og_url, "og:url");
    if (is_web_url(page.canonical)) x.url.offer(page.canonical, "<link rel=canonical>");
    x.title.offer(page.title, "<title>");
    x.title.offer(page.h1, "<h1>");
    x.language.offer(page.html_lang, "<html lang>");
    if (x.authors.empty() && !page.meta_value("author").empty()) x.authors.push_back(elide(page.meta_value("author"), 200));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Where the article is
// ---------------------------------------------------------------------------------------------

size_t text_bytes(const GumboNode* root) {
    size_t n = 0;
    for_each_node(root, [&](const GumboNode* c) {
        if (c->type == GUMBO_NODE_TEXT) n += std::strlen(c->v.text.text);
        return c == root || !is_clutter(c);
    });
    return n;
}

// The <article> holding most paragraph text when it holds at least half of the page's; otherwise the
// element whose own <p> children hold most text (the usual "entry-content" <div>); otherwise <body>.
const GumboNode* find_article_body(const GumboNode* root) {
    std::vector<const GumboNode*> articles;
    std::vector<std::pair<const GumboNode*, size_t>> p_parents;  // parent, text of its <p> children
    size_t page_p_text = 0;
    const GumboNode* body = root;
    for_each_node(root, [&](const GumboNode* n) {
        if (!is_element(n)) return n->type == GUMBO_NODE_DOCUMENT;
        if (is_clutter(n)) return false;
        const GumboTag t = n->v.element.tag;
        if (t == GUMBO_TAG_BODY) body = n;
        if (t == GUMBO_TAG_ARTICLE && articles.size() < 100) articles.push_back(n);
        if (t == GUMBO_TAG_P) {
            const size_t bytes = text_bytes(n);
            page_p_text += bytes;
            if (!p_parents.empty() && p_parents.back().first == n->parent) p_parents.back().second += bytes;
            else p_parents.emplace_back(n->parent, bytes);
            return false;
        }
        return true;
    });
    const GumboNode* best = nullptr;
    size_t best_text = 0;
    for (const GumboNode* a : articles) {
        size_t text = 0;
        for_each_node(a, [&](const GumboNode* n) {
            if (n != a && is_clutter(n)) return false;
            if (tag_of(n) == GUMBO_TAG_P) {
                text += text_bytes(n);
                return false;
            }
            return true;
        });
        if (text > best_text) best = a, best_text = text;
    }
    if (best && best_text * 2 >= page_p_text) return best;
    // The same parent may appear in several runs (paragraphs interrupted by other elements): add them up.
    std::sort(p_parents.begin(), p_parents.end());
    best = nullptr, best_text = 0;
    for (size_t i = 0; i < p_parents.size();) {
        size_t text = 0, j = i;
        for (; j < p_parents.size() && p_parents[j].first == p_parents[i].first; ++j) text += p_parents[j].second;
        if (text > best_text) best = p_parents[i].first, best_text = text;
        i = j;
    }
    return best ? best : body;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Paragraphs
// ---------------------------------------------------------------------------------------------

// Markup nested deeper than this inside the article is not read (no real article comes close; a
// hostile page nests thousands of elements to exhaust a recursive reader's stack).
constexpr int kMaxDepth = 256;

struct Context {
    ParagraphKind kind = ParagraphKind::Body;
    bool heading = false, quotation = false;
    bool whole = false;  // one paragraph for everything inside (pull quotes, embeds): blocks join with a space
    std::string embed;
};

// The paragraph being read: its text so far and the links in it (byte ranges of the raw text).
struct Run {
    std::string text;
    int line = 0;
    bool after_br = false;
    struct RawLink {
        size_t begin, end;
        std::string url;
    };
    std::vector<RawLink> links;
};

class ParagraphReader {
public:
    explicit ParagraphReader(Appender& out) : out_(out) {}

    void read_block(const GumboNode* el, Context ctx, int depth) {
        if (out_.full()) return;
        const GumboTag t = tag_of(el);
        const std::string embed = embed_kind(el);
        if (is_pull_quote(el)) {
            ctx.kind = ParagraphKind::PullQuote;
            ctx.whole = true;
        } else if (!embed.empty()) {
            ctx.embed = embed;
            ctx.whole = true;
        } else if (t == GUMBO_TAG_BLOCKQUOTE) {
            ctx.quotation = true;
        } else if (t == GUMBO_TAG_LI && ctx.kind != ParagraphKind::PullQuote) {
            ctx.kind = ParagraphKind::ListItem;
        } else if (t == GUMBO_TAG_H1 && !headline_seen_) {
            headline_seen_ = true;  // the headline: metadata, not a paragraph
            return;
        } else if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) {
            ctx.heading = true;
        }
        Run run;
        run.line = line_of(el);
        read_children(el, ctx, run, depth);
        flush(run, ctx);
    }

private:
    void read_children(const GumboNode* node, const Context& ctx, Run& run, int depth) {
        if (depth > kMaxDepth) {
            if (!deep_reported_)
                out_.sink().warn_at_line(line_of(node), "the page nests its markup more than " + std::to_string(kMaxDepth) +
                                                            " elements deep here: the text inside was left out");
            deep_reported_ = true;
            return;
        }
        const GumboVector* kids = children(node);
        for (unsigned i = 0; kids && i < kids->length && !out_.full(); ++i) {
            const GumboNode* c = child(kids, i);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_CDATA) {
                if (run.text.empty() || is_blank(run.text)) run.line = line_of(c);
                run.text += c->v.text.text;
                if (c->type != GUMBO_NODE_WHITESPACE) run.after_br = false;
                continue;
            }
            if (!is_element(c) || is_clutter(c)) continue;
            // A pull quote's own attribution line is not part of the quote.
            if (ctx.kind == ParagraphKind::PullQuote && (tag_of(c) == GUMBO_TAG_CITE || tag_of(c) == GUMBO_TAG_FOOTER)) continue;
            const GumboTag t = c->v.element.tag;
            if (t == GUMBO_TAG_BR) {
                // <br> shows as a line break: a space in a paragraph, but two in a row end it.
                if (run.after_br && !ctx.whole) flush(run, ctx);
                else run.text += ' ';
                run.after_br = true;
            } else if (ctx.whole || (is_inline(t) && !is_pull_quote(c) && embed_kind(c).empty())) {
                const size_t begin = run.text.size(), flushes = flushes_;
                if (!ctx.whole || is_inline(t)) {
                    read_children(c, ctx, run, depth + 1);
                } else {
                    run.text += ' ';
                    read_children(c, ctx, run, depth + 1);
                    run.text += ' ';
                }
                const std::string_view href = t == GUMBO_TAG_A ? attribute(c, "href") : std::string_view();
                // A link whose words a block inside it ended (<a><div>...</div></a>) is not a link of this run.
                if (is_web_url(std::string(href)) && flushes == flushes_ && run.links.size() < 200)
                    run.links.push_back({begin, run.text.size(), std::string(href)});
            } else {
                flush(run, ctx);
                read_block(c, ctx, depth + 1);
                run.line = 0;
            }
        }
    }

    void flush(Run& run, const Context& ctx) {
        ++flushes_;
        Block b;
        b.text = std::move(run.text);
        b.line = run.line;
        b.kind = ctx.kind;
        b.heading = ctx.heading;
        b.quotation = ctx.quotation;
        b.embed = ctx.embed;
        if (!b.embed.empty() && !run.links.empty()) b.embed_url = run.links.back().url;
        const size_t index = out_.out().blocks.size();
        std::vector<Link> links;
        for (const Run::RawLink& l : run.links)
            links.push_back({index, collapse_white_space(std::string_view(b.text).substr(l.begin, l.end - l.begin)), l.url});
        const bool kept = !collapse_white_space(b.text).empty() && out_.add(std::move(b));
        if (kept)
            for (Link& l : links) out_.out().links.push_back(std::move(l));
        run = Run{};
    }

    Appender& out_;
    bool headline_seen_ = false, deep_reported_ = false;
    size_t flushes_ = 0;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] A guard before the parser: nesting depth and attributes
// ---------------------------------------------------------------------------------------------
//
// gumbo 0.10 (Debian's) has no limit on tree depth, and its scope checks walk the stack of open
// elements, so a page of N nested elements takes time in N squared (40 000 nested <div>, 200 kB,
// take seconds); its duplicate-attribute check makes N attributes on one tag quadratic too. Browsers
// cap the depth (Chromium at 512); newer gumbo has max_tree_depth. This guard scans the page the way
// the tokenizer does, only far enough to count: it skips comments, doctypes and the text of script,
// style, textarea, title and the like, counts start tags that open an element (void elements and
// those whose end tag browsers imply, p, li, td..., do not nest) less end tags, and the attributes of
// each tag. Where the count passes a bound no real page comes near, only the page before that tag is
// parsed. The count only errs high (a page that never closes its <div>s really is that deep), so a
// real article is never cut; the guard decides nothing else: the parser reads what is kept.

constexpr size_t kMaxOpenElements = 8192;
constexpr size_t kMaxAttributes = 1000;

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '_'; }
bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements that never hold others, or whose end tag is implied when the next one starts.
bool does_not_nest(std::string_view name) {
    return is_one_of(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                            "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image", "p", "li", "dt", "dd",
                            "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
                            "rb", "rt", "rtc", "rp", "html", "head", "body"});
}
bool holds_raw_text(std::string_view name) {
    return is_one_of(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"});
}

// Where the page must be cut (its length when it need not be), and why.
size_t guarded_length(std::string_view html, std::string& why) {
    size_t open = 0;
    for (size_t i = html.find('<'); i < html.size(); i = html.find('<', i)) {
        const size_t tag = i;
        if (html.compare(i, 4, "<!--") == 0) {
            const size_t end = html.find("-->", i + 4);
            i = end == std::string_view::npos ? html.size() : end + 3;
            continue;
        }
        if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
            const size_t end = html.find('>', i);
            i = end == std::string_view::npos ? html.size() : end + 1;
            continue;
        }
        const bool closing = i + 1 < html.size() && html[i + 1] == '/';
        size_t j = i + 1 + closing;
        if (j >= html.size() || !std::isalpha(static_cast<unsigned char>(html[j]))) {
            ++i;
            continue;
        }
        const size_t name_start = j;
        while (j < html.size() && is_name_char(html[j])) ++j;
        const std::string name = lower_ascii(html.substr(name_start, j - name_start));
        // Attributes: name, optional = and a value, quoted or not.
        size_t attributes = 0;
        bool self_closing = false;
        while (j < html.size() && html[j] != '>') {
            if (is_html_space(html[j])) {
                ++j;
                continue;
            }
            if (html[j] == '/') {
                self_closing = j + 1 < html.size() && html[j + 1] == '>';
                ++j;
                continue;
            }
            if (++attributes > kMaxAttributes) {
                why = "a tag with more than " + std::to_string(kMaxAttributes) + " attributes";
                return tag;
            }
            while (j < html.size() && !is_html_space(html[j]) && html[j] != '=' && html[j] != '>' && html[j] != '/') ++j;
            while (j < html.size() && is_html_space(html[j])) ++j;
            if (j >= html.size() || html[j] != '=') continue;
            ++j;
            while (j < html.size() && is_html_space(html[j])) ++j;
            if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
                const size_t end = html.find(html[j], j + 1);
                j = end == std::string_view::npos ? html.size() : end + 1;
            } else {
                while (j < html.size() && !is_html_space(html[j]) && html[j] != '>') ++j;
            }
        }
        i = j + 1;
        if (closing) {
            if (!does_not_nest(name) && open > 0) --open;
            continue;
        }
        if (holds_raw_text(name)) {
            // Its text runs to its end tag ("</script"), whatever it holds.
            const std::string end_tag = "</" + name;
            size_t k = i;
            while (k < html.size()) {
                k = html.find("</", k);
                if (k == std::string_view::npos) break;
                if (lower_ascii(html.substr(k, end_tag.size())) == end_tag) break;
                k += 2;
            }
            i = k == std::string_view::npos ? html.size() : k;
            continue;
        }
        if (name == "plaintext") break;  // the rest of the page is text
        if (!self_closing && !does_not_nest(name) && ++open > kMaxOpenElements) {
            why = "elements nested more than " + std::to_string(kMaxOpenElements) + " deep";
            return tag;
        }
    }
    return html.size();
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] read_html
// ---------------------------------------------------------------------------------------------

void read_html(std::string_view bytes, Appender& out) {
    std::string why;
    const size_t keep = guarded_length(bytes, why);
    if (keep < bytes.size()) {
        int line = 0, column = 0;
        line_and_column(bytes, keep, line, column);
        out.sink().warn_at_line(line, "the page has " + why + " here (no real page does): the rest of the page was not read");
        out.out().notes.push_back("The page was read only up to line " + std::to_string(line) + ", where it has " + why + ".");
        bytes = bytes.substr(0, keep);
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // the parse errors are never read: do not collect them
    GumboOutput* parsed = gumbo_parse_with_options(&options, bytes.data(), bytes.size());
    if (!parsed) {
        out.sink().error_at_line(0, "the HTML could not be read");
        return;
    }
    read_metadata(collect_page_meta(parsed->document), out);
    const GumboNode* body = find_article_body(parsed->document);
    ParagraphReader(out).read_block(body, Context{}, 0);
    gumbo_destroy_output(&options, parsed);
}

}  // namespace dl::draft
