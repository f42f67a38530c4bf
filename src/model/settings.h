// The native app's settings (window size, theme, last file) and how the desktop's light/dark
// preference is read. Parsing is tolerant: a damaged settings file gives defaults, never an error
// that stops the app. Pure C++; the app does the file and process I/O.
#pragma once

#include <string>
#include <string_view>

namespace dl {

struct Settings {
    int width = 0, height = 0;  // 0: not saved
    std::string theme;          // "light", "dark" or empty (follow the desktop)
    std::string last_file;
    bool operator==(const Settings& o) const {
        return width == o.width && height == o.height && theme == o.theme && last_file == o.last_file;
    }
};

Settings parse_settings(std::string_view text);
std::string format_settings(const Settings& settings);

// $XDG_CONFIG_HOME/debatelens/settings.json, else $HOME/.config/debatelens/settings.json (the XDG
// base directory rules: a relative XDG_CONFIG_HOME is ignored); empty when neither is usable.
std::string settings_path(const char* xdg_config_home, const char* home);

// What the desktop says about dark mode, from the sources Linux desktops use, most specific first.
struct DesktopThemeHints {
    std::string portal_color_scheme;     // output of the XDG portal's org.freedesktop.appearance color-scheme
    std::string gsettings_color_scheme;  // output of `gsettings get org.gnome.desktop.interface color-scheme`
    std::string gtk_theme_env;           // $GTK_THEME, e.g. "Adwaita:dark"
    std::string gtk_settings_ini;        // ~/.config/gtk-3.0/settings.ini
};
enum class ThemePreference { Unknown, Light, Dark };
ThemePreference desktop_theme_preference(const DesktopThemeHints& hints);

}  // namespace dl
