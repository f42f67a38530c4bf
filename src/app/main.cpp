// DebateLens entry point: command-line tools (--validate, the exports, the AIF import, --rewrite,
// drafts from articles) and the interactive explainer.
#include "app/app.h"
#include "app/cli_commands.h"
#include "platform/platform.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const char* kUsage =
    "usage: debatelens [options] [FILE|DIR]...\n"
    "  With no FILE, opens the bundled debates (and the last file opened). A DIR lists the *.json\n"
    "  files in it. The open file is reloaded when it changes on disk. Settings (window size, theme,\n"
    "  last file) live in $XDG_CONFIG_HOME/debatelens/settings.json (default ~/.config).\n"
    "  --validate FILE...   check content files; print file:/json/path: message per problem;\n"
    "                       exit 1 if any has errors (no window is opened)\n"
    "  --content PATH       the debate file to show first\n"
    "  --view NAME          overview, positions, claims, map, article or timeline\n"
    "  --claim ID           select this claim\n"
    "  --theme light|dark   colour theme\n"
    "  --location FRAGMENT  a deep link such as claim=ID&view=map (the web page passes its #fragment)\n"
    "  --size WxH           window size (default 1280x800)\n"
    "  --frames N           draw N frames, then exit (for tests)\n"
    "  --screenshot OUT.png save the last frame as PNG and exit (draws 5 frames unless --frames says);\n"
    "                       works without a display (SDL's offscreen driver)\n"
    "  --status-file PATH   write the app state as JSON at exit\n"
    "  --export-html OUT    write the debate (--content, or the first FILE) as semantic HTML; no window\n"
    "  --export-json-ld OUT ... as schema.org JSON-LD (a Claim per claim, a ClaimReview per review)\n"
    "  --export-aif OUT     ... as an AIF argument map (AIFdb/OVA JSON)\n"
    "  --export-argdown OUT ... as Argdown text\n"
    "  --import-aif IN OUT  convert an AIF map (plain or xAIF) into a debate file; prints its warnings;\n"
    "                       exit 1 on errors (no window)\n"
    "  --rewrite IN OUT     write the debate IN to OUT in the canonical layout (what the Studio saves),\n"
    "                       atomically; exit 1 on errors, nothing written (no window)\n"
    "  --new ARTICLE OUT    a draft debate from a news article (.txt, .md or .html; the content decides\n"
    "                       for other names): paragraphs, metadata, bylines as speakers; no claims yet.\n"
    "                       Prints what it found and its warnings; exit 1 on errors (no window)\n"
    "  --pending LABEL      start with nothing loaded (the web page fetches LABEL and hands it in)\n"
    "  --help               this text\n";

int Usage(const char* problem) {
    std::fprintf(stderr, "debatelens: %s\n%s", problem, kUsage);
    return 2;
}

int Validate(const std::vector<std::string>& files) {
    if (files.empty()) return Usage("--validate needs at least one FILE");
    int failed = 0;
    for (const auto& f : files) {
        const dl::LoadResult r = dl::load_debate_file(f);
        for (const auto& d : r.diagnostics) std::printf("%s\n", d.format().c_str());
        if (!r.ok()) ++failed;
        else std::printf("%s: ok (%zu claims, %zu relations, %zu warnings)\n", f.c_str(), r.debate->claims.size(),
                         r.debate->relations.size(), r.diagnostics.size());
    }
    return failed ? 1 : 0;
}

// The folder beside the executable holding fonts and content (copied there by the build).
std::string FindAssets(const char* argv0) {
    std::error_code ec;
    fs::path exe = fs::canonical("/proc/self/exe", ec);
    if (ec) exe = fs::absolute(argv0, ec);
    for (fs::path dir = exe.parent_path(); !dir.empty(); dir = dir.parent_path()) {
        if (fs::exists(dir / "assets" / "fonts", ec)) return (dir / "assets").string();
        if (dir == dir.root_path()) break;
    }
    return "assets";
}

}  // namespace

int main(int argc, char** argv) {
    // The one app state. Static: on the web main() returns while the browser keeps calling frames.
    static dl::AppState app;
    dl::RunOptions run;
    std::vector<std::string> validate_files, inputs;
    std::string content, view, claim, theme, location, pending, import_in, import_out, rewrite_in, rewrite_out;
    std::string article_in, draft_out;
    std::vector<dl::ExportRequest> exports;
    bool validate = false, size_given = false;
#ifdef __EMSCRIPTEN__
    app.asset_dir = "/assets";
#else
    app.asset_dir = FindAssets(argv[0]);
#endif
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](const char* name) -> const char* {
            if (i + 1 >= argc) return nullptr;
            (void)name;
            return argv[++i];
        };
        if (a == "--help" || a == "-h") {
            std::printf("%s", kUsage);
            return 0;
        } else if (a == "--validate") {
            validate = true;
        } else if (a == "--content" || a == "--view" || a == "--claim" || a == "--theme" || a == "--size" ||
                   a == "--frames" || a == "--screenshot" || a == "--status-file" || a == "--location" || a == "--pending") {
            const char* v = value(a.c_str());
            if (!v) return Usage((a + " needs a value").c_str());
            if (a == "--content") content = v;
            if (a == "--view") view = v;
            if (a == "--claim") claim = v;
            if (a == "--theme") theme = v;
            if (a == "--screenshot") run.screenshot_path = v;
            if (a == "--status-file") run.status_path = v;
            if (a == "--location") location = v;
            if (a == "--pending") pending = v;
            if (a == "--frames") {
                char* end = nullptr;
                const long n = std::strtol(v, &end, 10);
                if (*end || n < 1 || n > 1000000) return Usage("--frames takes a whole number from 1");
                run.max_frames = static_cast<int>(n);
            }
            if (a == "--size" && std::sscanf(v, "%dx%d", &run.width, &run.height) != 2)
                return Usage("--size takes WIDTHxHEIGHT, e.g. 1280x800");
            if (a == "--size") size_given = true;
        } else if (dl::IsExportFlag(a)) {
            const char* v = value(a.c_str());
            if (!v) return Usage((a + " needs a value").c_str());
            exports.push_back({a, v});
        } else if (a == "--import-aif" || a == "--rewrite") {
            if (i + 2 >= argc) return Usage((a + " needs IN and OUT").c_str());
            (a == "--rewrite" ? rewrite_in : import_in) = argv[++i];
            (a == "--rewrite" ? rewrite_out : import_out) = argv[++i];
        } else if (a == "--new") {
            if (i + 2 >= argc) return Usage("--new needs ARTICLE and OUT");
            article_in = argv[++i];
            draft_out = argv[++i];
        } else if (!a.empty() && a[0] == '-') {
            return Usage(("unknown option " + a).c_str());
        } else if (validate) {
            validate_files.push_back(a);
        } else {
            inputs.push_back(a);
        }
    }
    if (validate) return Validate(validate_files);
    // A snapshot on its own draws a few frames (layout settles over two or three) and exits.
    if (!run.screenshot_path.empty() && run.max_frames < 0) run.max_frames = 5;
#ifndef __EMSCRIPTEN__
    // The web page has no command line: leaving these calls out keeps the exporters out of the widget.
    if (!import_in.empty()) return dl::RunImportAif(import_in, import_out);
    if (!rewrite_in.empty()) return dl::RunRewrite(rewrite_in, rewrite_out);
    if (!article_in.empty()) return dl::RunNewDraft(article_in, draft_out);
#endif
    if (!theme.empty() && theme != "light" && theme != "dark") return Usage("--theme is light or dark");
    if (run.width < 200 || run.height < 200 || run.width > 16384 || run.height > 16384)
        return Usage("--size must be between 200x200 and 16384x16384");

#ifndef __EMSCRIPTEN__
    // The web page has no command line: leaving these calls out keeps the exporters out of the widget.
    if (!exports.empty()) {
        std::vector<std::string> files;
        if (!content.empty()) files.push_back(content);
        for (const auto& in : inputs)
            for (auto& f : dl::list_debate_files(in)) files.push_back(f);
        if (files.empty()) files = dl::list_debate_files(app.asset_dir + "/content");
        if (files.empty()) return Usage((exports.front().flag + " needs a debate file").c_str());
        return dl::RunExports(files.front(), exports);
    }
#endif
#ifndef __EMSCRIPTEN__
    // Settings belong to the person at the desktop: snapshot and test runs (--frames) leave them alone.
    const bool interactive = run.max_frames < 0;
    app.ui.can_open_files = interactive;  // a snapshot is for readers: no editor's tab in it
    if (interactive) {
        dl::ReadSettings(app, dl::settings_path(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME")));
        if (!size_given && app.settings.width > 0) {
            run.width = app.settings.width;
            run.height = app.settings.height;
        }
        if (theme.empty()) theme = !app.settings.theme.empty() ? app.settings.theme : dl::PlatformDesktopTheme();
        // With nothing named, reopen the last file (beside the bundled debates) if it is still there.
        if (content.empty() && inputs.empty() && !app.settings.last_file.empty() &&
            dl::file_stamp(app.settings.last_file).exists)
            content = app.settings.last_file;
    }
#endif
    if (!content.empty()) app.content_roots.push_back(content);
    for (const auto& in : inputs) app.content_roots.push_back(in);
    if (inputs.empty()) app.content_roots.push_back(app.asset_dir + "/content");
    if (pending.empty()) dl::ScanLibrary(app);
    if (!pending.empty()) {
        app.content.current_file = pending;  // the page will hand the text in (or report why it cannot)
    } else if (app.content_files.empty()) {
        app.content.problems.push_back({dl::Severity::Error, app.content_roots.back(), "", 0, 0, "no debate files found"});
    } else {
        dl::LoadDebateFile(app, content.empty() ? app.content_files.front() : content);
    }
    // Problems go to the terminal too: an editor sees them without reading the window.
    for (const auto& d : app.content.problems) std::fprintf(stderr, "%s\n", d.format().c_str());

    if (!view.empty()) location += "&view=" + view;
    if (!claim.empty()) location += "&claim=" + claim;
    if (!theme.empty()) location += "&theme=" + theme;
    dl::ApplyLocation(app, location);
    const int status = dl::RunPlatform(app, run);
    dl::WriteSettings(app);
    return status;
}
