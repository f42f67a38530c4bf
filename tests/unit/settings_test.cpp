// Settings persistence format and the desktop's light/dark preference.
#include "test_support.h"
#include "model/settings.h"

using namespace dl;

TEST_CASE("settings round-trip through their file format") {
    Settings s;
    s.width = 1440;
    s.height = 900;
    s.theme = "dark";
    s.last_file = "/home/ed/debates/zoë “quoted”.json";
    CHECK(parse_settings(format_settings(s)) == s);
    CHECK(parse_settings(format_settings(Settings{})) == Settings{});
}

// A round trip would pass with the writer and the reader wrong the same way: the file is also read
// and written against its documented keys (window_width, window_height, theme, last_file).
TEST_CASE("settings: the file's keys, read and written") {
    const Settings read = parse_settings(R"({"window_width": 1440, "window_height": 900, "theme": "dark",
                                             "last_file": "/home/ed/debates/zoë.json"})");
    CHECK(read.width == 1440);
    CHECK(read.height == 900);
    CHECK(read.theme == "dark");
    CHECK(read.last_file == "/home/ed/debates/zo\xC3\xAB.json");
    const nlohmann::json written = nlohmann::json::parse(format_settings(read));
    CHECK(written == nlohmann::json{{"window_width", 1440}, {"window_height", 900}, {"theme", "dark"},
                                    {"last_file", "/home/ed/debates/zo\xC3\xAB.json"}});
    CHECK(nlohmann::json::parse(format_settings(Settings{})) == nlohmann::json::object());
}

TEST_CASE("a damaged settings file gives defaults field by field, never an error") {
    CHECK(parse_settings("") == Settings{});
    CHECK(parse_settings("{ broken") == Settings{});
    CHECK(parse_settings("[1,2]") == Settings{});
    const Settings s = parse_settings(R"({"window_width": "wide", "window_height": 900, "theme": "purple",
                                          "last_file": 3})");
    CHECK(s == Settings{});
    const Settings tiny = parse_settings(R"({"window_width": 5, "window_height": 99999999999, "theme": "light"})");
    CHECK(tiny.width == 0);
    CHECK(tiny.height == 0);
    CHECK(tiny.theme == "light");
    CHECK(parse_settings(std::string(2u << 20, ' ')) == Settings{});
}

TEST_CASE("settings live in the XDG config directory, never the working directory") {
    CHECK(settings_path("/x/cfg", "/home/ed") == "/x/cfg/debatelens/settings.json");
    CHECK(settings_path(nullptr, "/home/ed") == "/home/ed/.config/debatelens/settings.json");
    CHECK(settings_path("", "/home/ed") == "/home/ed/.config/debatelens/settings.json");
    CHECK(settings_path("relative/cfg", "/home/ed") == "/home/ed/.config/debatelens/settings.json");
    CHECK(settings_path(nullptr, nullptr).empty());
    CHECK(settings_path("relative", "also-relative").empty());
}

TEST_CASE("the desktop theme preference, most specific source first") {
    using P = ThemePreference;
    CHECK(desktop_theme_preference({}) == P::Unknown);
    CHECK(desktop_theme_preference({"(<<uint32 1>>,)", "", "", ""}) == P::Dark);
    CHECK(desktop_theme_preference({"(<<uint32 2>>,)", "'prefer-dark'", "", ""}) == P::Light);
    // The portal without a preference (0) defers to the next source.
    CHECK(desktop_theme_preference({"(<<uint32 0>>,)", "'prefer-dark'", "", ""}) == P::Dark);
    CHECK(desktop_theme_preference({"", "'default'", "Adwaita:dark", ""}) == P::Dark);
    CHECK(desktop_theme_preference({"", "", "Adwaita", ""}) == P::Light);
    CHECK(desktop_theme_preference({"", "", "", "[Settings]\ngtk-application-prefer-dark-theme = 1\n"}) == P::Dark);
    CHECK(desktop_theme_preference({"", "", "", "[Settings]\ngtk-theme-name=Arc-Dark\n"}) == P::Dark);
    CHECK(desktop_theme_preference({"", "", "", "[Settings]\ngtk-theme-name=Arc\ngtk-font-name=Sans 10\n"}) == P::Light);
    CHECK(desktop_theme_preference({"garbage uint32 ", "", "", ""}) == P::Unknown);
}
