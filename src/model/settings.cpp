// Settings file format and the desktop theme preference.
#include "model/settings.h"

#include <nlohmann/json.hpp>

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
    if (text.size() > (1u << 20)) return s;
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object()) return s;
    const auto w = j.find("window_width"), h = j.find("window_height");
    if (w != j.end() && h != j.end() && w->is_number_integer() && h->is_number_integer()) {
        const int64_t wv = w->get<int64_t>(), hv = h->get<int64_t>();
        if (wv >= kMinWindow && wv <= kMaxWindow && hv >= kMinWindow && hv <= kMaxWindow) {
            s.width = static_cast<int>(wv);
            s.height = static_cast<int>(hv);
        }
    }
    const auto theme = j.find("theme");
    if (theme != j.end() && theme->is_string() && (*theme == "light" || *theme == "dark")) s.theme = theme->get<std::string>();
    const auto last = j.find("last_file");
    if (last != j.end() && last->is_string() && last->get_ref<const std::string&>().size() < 4096)
        s.last_file = last->get<std::string>();
    return s;
}

std::string format_settings(const Settings& s) {
    nlohmann::json j = nlohmann::json::object();
    if (s.width > 0 && s.height > 0) {
        j["window_width"] = s.width;
        j["window_height"] = s.height;
    }
    if (!s.theme.empty()) j["theme"] = s.theme;
    if (!s.last_file.empty()) j["last_file"] = s.last_file;
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
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
