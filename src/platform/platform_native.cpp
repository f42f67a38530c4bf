// The desktop platform: SDL2 + OpenGL 3.2, a loop that sleeps until an event or a change on disk
// (inotify), snapshots and the status file for tests, and the services the app asks for.
#include "platform/sdl_platform.h"
#include "model/settings.h"

#include <SDL_opengl.h>
#include <imgui.h>

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <set>
#include <thread>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>

namespace dl {

namespace {

// Wakes the idle loop the moment a watched folder changes (Linux inotify), so a saved file reloads
// at once and an idle app needs no timer. Folders, not files: editors save by writing a new file
// and renaming it over the old one. A thread blocks on the inotify descriptor and posts an SDL
// event; the main thread then asks the app, which compares file stamps and reloads what changed.
class FolderWatcher {
public:
    // Files whose changes wake nothing (the status file the app itself writes after each frame, and
    // its temporary file): a folder holding both the debate and the status file would otherwise
    // keep the app drawing forever. Before Start: the watcher's thread only reads the names.
    void Ignore(const std::string& path) {
        if (path.empty()) return;
        const std::string name = path.substr(path.find_last_of('/') + 1);
        ignored_.insert({name, name + ".tmp"});
    }
    bool Start() {
        fd_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
        stop_ = eventfd(0, EFD_CLOEXEC);
        event_ = SDL_RegisterEvents(1);
        if (fd_ < 0 || stop_ < 0 || event_ == static_cast<Uint32>(-1)) return false;
        thread_ = std::thread([this] { Run(); });
        return true;
    }
    void Watch(const std::vector<std::string>& paths) {
        for (const std::string& p : paths) {
            struct stat st;
            std::string dir = stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode) ? p : p.substr(0, p.find_last_of('/') + 1);
            if (dir.empty()) dir = ".";
            if (fd_ < 0 || watched_.count(dir)) continue;
            watched_.insert(dir);  // once tried, a folder that cannot be watched is not retried every wake
            inotify_add_watch(fd_, dir.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB);
        }
    }
    ~FolderWatcher() {
        if (thread_.joinable()) {
            const uint64_t one = 1;
            (void)!write(stop_, &one, sizeof one);
            thread_.join();
        }
        if (fd_ >= 0) close(fd_);
        if (stop_ >= 0) close(stop_);
    }

private:
    void Run() {
        pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_, POLLIN, 0}};
        alignas(inotify_event) char buf[4096];
        while (poll(fds, 2, -1) >= 0 || errno == EINTR) {
            if (fds[1].revents) return;
            if (!(fds[0].revents & POLLIN)) continue;
            bool relevant = false;
            for (ssize_t n; (n = read(fd_, buf, sizeof buf)) > 0;)
                for (const char* at = buf; at < buf + n;) {
                    const auto* ev = reinterpret_cast<const inotify_event*>(at);
                    if (ev->len == 0 || !ignored_.count(ev->name)) relevant = true;
                    at += sizeof(inotify_event) + ev->len;
                }
            if (!relevant) continue;
            SDL_Event e{};
            e.type = event_;
            SDL_PushEvent(&e);
        }
    }
    int fd_ = -1, stop_ = -1;
    Uint32 event_ = 0;
    std::set<std::string> watched_, ignored_;
    std::thread thread_;
};

// The first line a command prints, or "" (the command missing or failing is an answer too).
std::string CommandOutput(const char* command) {
    std::string out;
    if (FILE* f = popen(command, "r")) {
        char buf[256];
        if (std::fgets(buf, sizeof buf, f)) out = buf;
        pclose(f);
    }
    return out;
}

class NativeServices final : public PlatformServices {
public:
    explicit NativeServices(SdlPlatform& p) : p_(p) {}
    void SetClipboard(const std::string& text) override { SDL_SetClipboardText(text.c_str()); }
    void OpenUrl(const std::string& url) override {
        if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) SDL_OpenURL(url.c_str());
    }
    std::string PageUrl() const override { return ""; }
    void WriteLocation(const std::string&, bool) override {}  // a window has no address bar
    void Share(const std::string& text, const std::string& url) override {
        SDL_SetClipboardText((url.empty() ? text : text + " " + url).c_str());
    }
    // SDL 2.26 has no API for it: ask what Linux desktops answer (XDG portal, GNOME, GTK), each source
    // only where it can answer, and never for long.
    std::string DesktopTheme() override {
        DesktopThemeHints hints;
        if (std::getenv("DBUS_SESSION_BUS_ADDRESS"))
            hints.portal_color_scheme = CommandOutput(
                "timeout 1 gdbus call --session --dest org.freedesktop.portal.Desktop --object-path /org/freedesktop/portal/desktop "
                "--method org.freedesktop.portal.Settings.Read org.freedesktop.appearance color-scheme 2>/dev/null");
        if (hints.portal_color_scheme.empty())
            hints.gsettings_color_scheme = CommandOutput("timeout 1 gsettings get org.gnome.desktop.interface color-scheme 2>/dev/null");
        if (const char* gtk = std::getenv("GTK_THEME")) hints.gtk_theme_env = gtk;
        const std::string config = settings_path(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME"));
        if (!config.empty()) {
            // settings_path gives .../debatelens/settings.json; GTK's file sits beside that folder.
            std::ifstream ini(config.substr(0, config.rfind("/debatelens/")) + "/gtk-3.0/settings.ini");
            hints.gtk_settings_ini.assign(std::istreambuf_iterator<char>(ini), {});
        }
        switch (desktop_theme_preference(hints)) {
            case ThemePreference::Dark: return "dark";
            case ThemePreference::Light: return "light";
            case ThemePreference::Unknown: break;
        }
        return "";
    }
    void Wake() override {
        p_.busy_frames = 3;
        SDL_Event e{};
        e.type = SDL_USEREVENT;
        SDL_PushEvent(&e);  // ends a wait for events
    }
    void Quit() override { p_.quit = true; }

private:
    SdlPlatform& p_;
};

float DevicePixelRatio(SDL_Window* window) {
    int w = 0, h = 0, dw = 0, dh = 0;
    SDL_GetWindowSize(window, &w, &h);
    SDL_GL_GetDrawableSize(window, &dw, &dh);
    return w > 0 ? static_cast<float>(dw) / static_cast<float>(w) : 1.0f;
}

bool WriteScreenshot(SDL_Window* window, const std::string& path) {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(window, &w, &h);
    std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's rows run bottom-up; PNG's top-down.
    return stbi_write_png(path.c_str(), w, h, 4, pixels.data() + static_cast<size_t>(w) * 4 * (h - 1), -w * 4) != 0;
}

// Written whole to a temporary name, then renamed, so a reader never sees half a file.
void WriteStatus(SdlPlatform& p) {
    if (p.options.status_path.empty()) return;
    const std::string tmp = p.options.status_path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << p.app->StateJson() << "\n";
    }
    std::rename(tmp.c_str(), p.options.status_path.c_str());
}

// One iteration of the loop: events, then a frame if something may have changed (or always, for a
// fixed number of frames).
void Tick(SdlPlatform& p) {
    const bool fixed = p.options.max_frames >= 0;
    if (PumpEvents(p, 0)) p.busy_frames = 3;
    if (!fixed && p.busy_frames <= 0) return;
    DrawFrame(p, DevicePixelRatio(p.window));
    WriteStatus(p);  // tests watch the state while the app runs
    if (!fixed) --p.busy_frames;
    if (fixed && --p.options.max_frames <= 0) {
        if (!p.options.screenshot_path.empty() && !WriteScreenshot(p.window, p.options.screenshot_path)) {
            std::fprintf(stderr, "debatelens: cannot write %s\n", p.options.screenshot_path.c_str());
            p.exit_code = 1;
        }
        p.quit = true;
    }
    SDL_GL_SwapWindow(p.window);
}

}  // namespace

int RunPlatform(AppCallbacks& app, const RunOptions& options) {
    SdlPlatform p;
    p.app = &app;
    p.options = options;
    // A snapshot on a machine without a display (a server making thumbnails) renders offscreen,
    // without SDL first trying Wayland and X11 and printing their complaints.
    if (options.max_frames >= 0 && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY"))
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    if (!OpenWindow(p, {SDL_GL_CONTEXT_PROFILE_CORE, 3, 2, "#version 150"}, 0)) return 1;
    SDL_GL_SetSwapInterval(options.max_frames >= 0 ? 0 : 1);
    NativeServices services(p);
    app.Init(services);

    FolderWatcher watcher;
    watcher.Ignore(options.status_path);
    const bool interactive = options.max_frames < 0;
    // With the watcher, idle means asleep until an event or a change on disk; without it (no
    // inotify), the loop looks at the files four times a second.
    const int idle_wait_ms = interactive && watcher.Start() ? 60 * 60 * 1000 : 250;
    while (!p.quit) {
        Tick(p);
        if (p.quit || !interactive || p.busy_frames > 0) continue;
        watcher.Watch(app.WatchedPaths());
        // Look before sleeping too: the watcher's wake-up may have been taken by a frame's event pump.
        if (app.FilesChanged()) {
            p.busy_frames = 3;
            continue;
        }
        if (PumpEvents(p, idle_wait_ms)) p.busy_frames = 3;
        if (app.FilesChanged()) p.busy_frames = 3;
    }
    app.Shutdown();
    WriteStatus(p);
    CloseWindow(p);
    return p.exit_code;
}

}  // namespace dl
