// A draft debate made from a news article (plain text, Markdown or HTML): the article's paragraphs,
// its metadata, and the bylines found in it as proposed speakers and sections. No claims, questions
// or stances yet: the journalist adds those in the Studio. What a draft holds: content/FORMAT.md ("Drafts").
#pragma once

#include "model/debate.h"
#include "model/diagnostic.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

enum class ArticleFormat { PlainText, Markdown, Html };
const char* to_string(ArticleFormat);  // "plain text", "Markdown", "HTML"

// The format of an article: the file name's extension when it names one (.html/.htm/.xhtml, .md/.markdown,
// .txt/.text), except that a .txt or .md file that starts like an HTML document is HTML; with any other
// extension, the content decides (an HTML start, then Markdown headings, links or quote lines).
ArticleFormat detect_article_format(std::string_view bytes, std::string_view file_name);

struct DraftResult {
    // Set unless the input could not become a draft (unreadable, empty, binary, no text): then the
    // diagnostics say why. Field for field (id maps included) it is what loading
    // format_debate(*debate) gives back, so the Studio can open it as it is.
    std::shared_ptr<Debate> debate;
    std::vector<Diagnostic> diagnostics;  // warnings name the source line: "article.txt:12: warning: ..."
    ArticleFormat format = ArticleFormat::PlainText;
    // Where each piece of metadata came from, for the report ("JSON-LD NewsArticle", "og:title", ...);
    // empty when it was missing (the draft then holds a placeholder and an editorial note).
    std::string title_source, date_source, publisher_source, language_source, url_source;
    bool ok() const { return debate != nullptr; }
};

// Makes a draft from an article's bytes. `file_name` names the source in messages and gives the
// extension (a path or just a name: the web Studio hands in a file the reader picked). Never throws;
// bounded by `limits` (input size, paragraph count and length, nesting, diagnostics).
DraftResult draft_from_article(std::string_view bytes, const std::string& file_name, const LoadLimits& limits = {});

}  // namespace dl
