// The options both entry points share, and starting the app with them.
#include "app/start.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace dl {

OptionRead ReadStartOption(int argc, char** argv, int& i, StartOptions& o, std::string& problem) {
    const std::string a = argv[i];
    std::string* text = a == "--content" ? &o.content : a == "--view" ? &o.view : a == "--claim" ? &o.claim
                      : a == "--theme" ? &o.theme : a == "--location" ? &o.location : a == "--pending" ? &o.pending
                      : a == "--screenshot" ? &o.run.screenshot_path : a == "--status-file" ? &o.run.status_path : nullptr;
    const bool number = a == "--frames" || a == "--size";
    if (!text && !number) {
        if (!a.empty() && a[0] == '-') return OptionRead::NotMine;
        o.inputs.push_back(a);
        return OptionRead::Read;
    }
    if (i + 1 >= argc) {
        problem = a + " needs a value";
        return OptionRead::Bad;
    }
    const char* v = argv[++i];
    if (text) {
        *text = v;
    } else if (a == "--frames") {
        char* end = nullptr;
        const long n = std::strtol(v, &end, 10);
        if (*end || n < 1 || n > 1000000) {
            problem = "--frames takes a whole number from 1";
            return OptionRead::Bad;
        }
        o.run.max_frames = static_cast<int>(n);
    } else {
        if (std::sscanf(v, "%dx%d", &o.run.width, &o.run.height) != 2) {
            problem = "--size takes WIDTHxHEIGHT, e.g. 1280x800";
            return OptionRead::Bad;
        }
        o.size_given = true;
    }
    return OptionRead::Read;
}

std::string CheckStartOptions(StartOptions& o) {
    // A snapshot on its own draws a few frames (layout settles over two or three) and exits.
    if (!o.run.screenshot_path.empty() && o.run.max_frames < 0) o.run.max_frames = 5;
    if (!o.theme.empty() && o.theme != "light" && o.theme != "dark") return "--theme is light or dark";
    if (o.run.width < 200 || o.run.height < 200 || o.run.width > 16384 || o.run.height > 16384)
        return "--size must be between 200x200 and 16384x16384";
    return "";
}

void StartApp(AppState& app, const StartOptions& o) {
    if (!o.content.empty()) app.content_roots.push_back(o.content);
    for (const auto& in : o.inputs) app.content_roots.push_back(in);
    if (o.inputs.empty()) app.content_roots.push_back(app.asset_dir + "/content");
    if (!o.pending.empty()) {
        app.content.current_file = o.pending;  // the page will hand the text in (or report why it cannot)
        ++app.content.revision;
    } else {
        ScanLibrary(app);
        if (app.content_files.empty()) {
            app.content.problems.push_back({Severity::Error, app.content_roots.back(), "", 0, 0, "no debate files found"});
            ++app.content.revision;
        } else {
            LoadDebateFile(app, o.content.empty() ? app.content_files.front() : o.content);
        }
    }
    // Problems go to the terminal (or the console) too: an editor sees them without reading the window.
    for (const auto& d : app.content.problems) std::fprintf(stderr, "%s\n", d.format().c_str());
    std::string location = o.location;
    if (!o.view.empty()) location += "&view=" + o.view;
    if (!o.claim.empty()) location += "&claim=" + o.claim;
    if (!o.theme.empty()) location += "&theme=" + o.theme;
    ApplyLocation(app, location);
}

}  // namespace dl
