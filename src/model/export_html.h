// Semantic HTML of a debate: the accessible, no-JavaScript version of the widget (screen readers,
// search engines, print, RSS/AMP, browsers without WebGL). Every content string is escaped.
#pragma once

#include "model/debate.h"

#include <string>
#include <string_view>

namespace dl {

std::string html_escape(std::string_view text);
// A fragment (no <html>/<body>) to place inside a page, headed by <h2>.
std::string export_html_fragment(const Debate& debate);
// A complete, standalone HTML5 document.
std::string export_html_document(const Debate& debate);

}  // namespace dl
