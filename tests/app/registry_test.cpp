// The lists that must not drift apart: the views (registry, embed.js's data-view, the usage text)
// and the functions the pages call (web_bridge.cpp's exports, shell.html's and studio-page.js's calls).
#include "ui/semantics.h"
#include "ui/view_registry.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>

namespace {
std::string ReadSource(const char* relative) {
    std::ifstream in(std::string(DL_SOURCE_DIR) + "/" + relative, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), relative);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::set<std::string> Matches(const std::string& text, const std::regex& re, int group = 1) {
    std::set<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
        out.insert((*it)[group].str());
    return out;
}
}  // namespace

TEST_CASE("embed.js accepts exactly the views a link can name") {
    std::set<std::string> linkable;
    for (const dl::ViewInfo& v : dl::all_views())
        if (!v.editor_only) linkable.insert(v.id);
    const std::string embed = ReadSource("web/embed.js");
    std::smatch m;
    REQUIRE(std::regex_search(embed, m, std::regex(R"(var view = /\^\(([a-z|]+)\)\$/)")));
    std::set<std::string> accepted;
    const std::string list = m[1].str();
    for (size_t at = 0; at <= list.size();) {
        const size_t bar = std::min(list.find('|', at), list.size());
        accepted.insert(list.substr(at, bar - at));
        at = bar + 1;
    }
    CHECK(accepted == linkable);
    // The usage text names them too, from the same list.
    std::string expected;
    for (const dl::ViewInfo& v : dl::all_views())
        if (!v.editor_only) expected += std::string(expected.empty() ? "" : ", ") + v.id;
    const size_t last = expected.rfind(", ");
    expected.replace(last, 2, " or ");
    CHECK(dl::linkable_view_ids() == expected);
}

TEST_CASE("every view has a distinct id and title, and parse_view finds each by its id") {
    std::set<std::string> ids, titles;
    for (size_t i = 0; i < dl::all_views().size(); ++i) {
        const dl::ViewInfo& v = dl::all_views()[i];
        CHECK(static_cast<size_t>(v.view) == i);  // the list is in enum order: view_info indexes it
        CHECK(ids.insert(v.id).second);
        CHECK(titles.insert(v.title).second);
        CHECK(static_cast<bool>(v.draw));
        dl::View parsed = dl::View::Count;
        CHECK(dl::parse_view(v.id, parsed));
        CHECK(parsed == v.view);
    }
    dl::View none;
    CHECK_FALSE(dl::parse_view("settings", none));
}

TEST_CASE("the pages call exactly the functions the web bridge exports") {
    const std::set<std::string> exported =
        Matches(ReadSource("src/platform/web_bridge.cpp"), std::regex(R"(EMSCRIPTEN_KEEPALIVE[^(]*\b(dl_[a-z_]+)\()"));
    // Both pages are made from shell.html; studio.html adds studio-page.js (the Studio's files).
    const std::string shell = ReadSource("shell.html") + ReadSource("studio-page.js");
    std::set<std::string> called = Matches(shell, std::regex(R"(Module\._(dl_[a-z_]+))"));
    for (const std::string& f : Matches(shell, std::regex(R"re(ccall\("(dl_[a-z_]+)")re"))) called.insert(f);
    CHECK(exported.size() >= 10);
    std::string only_exported, only_called;
    for (const std::string& f : exported)
        if (!called.count(f)) only_exported += f + " ";
    for (const std::string& f : called)
        if (!exported.count(f)) only_called += f + " ";
    CHECK_MESSAGE(only_exported.empty(), "exported, never called by the page: " << only_exported);
    CHECK_MESSAGE(only_called.empty(), "called by the page, not exported: " << only_called);
}

TEST_CASE("the page's mirror reads the semantic flags by the values the widget sends") {
    const std::string shell = ReadSource("shell.html");
    std::smatch m;
    REQUIRE(std::regex_search(shell, m, std::regex(R"(const F = \{([^}]*)\})")));
    const std::set<std::string> page = Matches(m[1].str(), std::regex(R"(([A-Za-z]+: \d+))"));
    std::set<std::string> widget;
    unsigned all = 0;
    for (const dl::semantic::FlagName& f : dl::semantic::kFlagNames) {
        widget.insert(std::string(f.name) + ": " + std::to_string(f.flag));
        all |= f.flag;
    }
    CHECK(page == widget);
    CHECK((all & (all + 1)) == 0);  // every bit from the first up: no flag of the enum left out of the names
}
