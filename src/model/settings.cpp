// Settings file format and the desktop theme preference.
#include "model/settings.h"

#include "model/json_reader.h"
#include "model/json_writer.h"


#include <algorithm>
#include <cctype>

namespace dl {

namespace {
constexpr int kMinWindow = 200, kMaxWindow = 16384;

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}
}  // namespace

Settings parse_settings(std::string_view text) {
    Settings s;
    LoadLimits limits;
    limits.max_file_bytes = 1u << 20;
    limits.max_depth = 8;
    JsonDocument doc;
    std::vector<Diagnostic> ignored;  // a damaged settings file gives defaults, never an error
    if (!parse_json(text, "settings", limits, doc, ignored) || !doc.root.is_object()) return s;
    const JsonValue& j = doc.root;
    const JsonValue *w = j.find("window_width"), *h = j.find("window_height");
    if (w && h && w->is_whole_number() && h->is_whole_number()) {
        const int64_t wv = w->integer_value(), hv = h->integer_value();
        if (wv >= kMinWindow && wv <= kMaxWindow && hv >= kMinWindow && hv <= kMaxWindow) {
            s.width = static_cast<int>(wv);
            s.height = static_cast<int>(hv);
        }
    }
    const JsonValue* theme = j.find("theme");
    if (theme && (theme->str() == "light" || theme->str() == "dark")) s.theme = std::string(theme->str());
    const JsonValue* last = j.find("last_file");
    if (last && last->is_string() && last->str().size() < 4096) s.last_file = std::string(last->str());
    return s;
}

std::string format_settings(const Settings& s) {
    JsonWriter j(2);
    j.begin_object();
    if (s.width > 0 && s.height > 0) j.member("window_width", s.width).member("window_height", s.height);
    if (!s.theme.empty()) j.member("theme", s.theme);
    if (!s.last_file.empty()) j.member("last_file", s.last_file);
    j.end_object();
    return j.str() + "\n";
}

std::string settings_path(const char* xdg_config_home, const char* home) {
    if (xdg_config_home && xdg_config_home[0] == '/') return std::string(xdg_config_home) + "/debatelens/settings.json";
    if (home && home[0] == '/') return std::string(home) + "/.config/debatelens/settings.json";
    return "";
}

ThemePreference desktop_theme_preference(const DesktopThemeHints& h) {
    // The portal answers "(<<uint32 1>>,)": 1 prefers dark, 2 prefers light, 0 no preference.
    const std::string portal = lower(h.portal_color_scheme);
    const size_t u = portal.find("uint32 ");
    if (u != std::string::npos && u + 7 < portal.size()) {
        if (portal[u + 7] == '1') return ThemePreference::Dark;
        if (portal[u + 7] == '2') return ThemePreference::Light;
    }
    const std::string gs = lower(h.gsettings_color_scheme);
    if (gs.find("prefer-dark") != std::string::npos) return ThemePreference::Dark;
    if (gs.find("prefer-light") != std::string::npos) return ThemePreference::Light;
    const std::string env = lower(h.gtk_theme_env);
    if (!env.empty()) return env.find("dark") != std::string::npos ? ThemePreference::Dark : ThemePreference::Light;
    // settings.ini: "gtk-application-prefer-dark-theme=1" (or true), or a theme named "...-dark".
    std::string ini = lower(h.gtk_settings_ini);
    ini.erase(std::remove_if(ini.begin(), ini.end(), [](char c) { return c == ' ' || c == '\t'; }), ini.end());
    if (ini.find("gtk-application-prefer-dark-theme=1") != std::string::npos ||
        ini.find("gtk-application-prefer-dark-theme=true") != std::string::npos)
        return ThemePreference::Dark;
    const size_t name = ini.find("gtk-theme-name=");
    if (name != std::string::npos) {
        const std::string value = ini.substr(name + 15, ini.find('\n', name) - name - 15);
        return value.find("dark") != std::string::npos ? ThemePreference::Dark : ThemePreference::Light;
    }
    return ThemePreference::Unknown;
}

}  // namespace dl
