// The desktop entry point: the command-line tools (--validate, the exports, the imports) and the
// interactive explainer with the editor's settings.
#include "app/app.h"
#include "app/cli_commands.h"
#include "app/start.h"
#include "app/studio_app.h"
#include "model/recovery.h"
#include "model/formats.h"
#include "platform/platform.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string UsageText() {
    return "usage: debatelens [options] [FILE|DIR]...\n"
           "  With no FILE, opens the bundled debates (and the last file opened). A DIR lists the *.json,\n"
           "  *.argdown and Kialo *.txt files in it (imports convert as they open). The open file is\n"
           "  reloaded when it changes on disk. Settings (window size, theme,\n"
           "  last file) live in $XDG_CONFIG_HOME/debatelens/settings.json (default ~/.config).\n"
           "  --validate FILE...   check content files; print file:/json/path: message per problem;\n"
           "                       exit 1 if any has errors (no window is opened)\n"
           "  --content PATH       the debate file to show first\n"
           "  --view NAME          " + dl::linkable_view_ids() + " (and open, the editor's list of files)\n"
           "  --claim ID           select this claim\n"
           "  --theme light|dark   colour theme\n"
           "  --location FRAGMENT  a deep link such as claim=ID&view=map (the web page passes its #fragment)\n"
           "  --size WxH           window size (default 1280x800)\n"
           "  --frames N           draw N frames, then exit (for tests)\n"
           "  --screenshot OUT.png save the last frame as PNG and exit (draws 5 frames unless --frames says);\n"
           "                       works without a display (SDL's offscreen driver)\n"
           "  --status-file PATH   write the app state as JSON after each frame and at exit\n"
           "  --export-html OUT    write the debate (--content, or the first FILE) as semantic HTML; no window\n"
           "  --export-json-ld OUT ... as schema.org JSON-LD (a Claim per claim, a ClaimReview per review)\n"
           "  --export-aif OUT     ... as an AIF argument map (AIFdb/OVA JSON)\n"
           "  --export-argdown OUT ... as Argdown text\n"
           "  --import-aif IN OUT  convert an AIF map (plain or xAIF) into a debate file; prints its warnings;\n"
           "                       exit 1 on errors (no window)\n"
           "  --import-kialo IN OUT   ... a Kialo discussion export (\"Discussion Title:\" text)\n"
           "  --import-argdown IN OUT ... an Argdown document\n"
           "  --import-claimreview DEBATE REVIEWS.json OUT  attach schema.org ClaimReview records to the claims\n"
           "                       they review; prints every record it could not attach\n"
           "  --rewrite IN OUT     write the debate IN to OUT in the canonical layout (what the Studio saves),\n"
           "                       atomically; exit 1 on errors, nothing written (no window)\n"
           "  --new ARTICLE OUT    a draft debate from a news article (.txt, .md or .html; the content decides\n"
           "                       for other names): paragraphs, metadata, bylines as speakers; no claims yet.\n"
           "                       Prints what it found and its warnings; exit 1 on errors (no window)\n"
           "  --studio [FILE]      the Studio: edit FILE (or the debate shown first) in the app: claims from\n"
           "                       selected words, every field, undo/redo, Save (Ctrl+S), autosave to\n"
           "                       $XDG_STATE_HOME/debatelens/recovery. With --new ARTICLE OUT: the draft\n"
           "                       is written to OUT, then opened in the Studio\n"
           "  --pending LABEL      start with nothing loaded (the web page fetches LABEL and hands it in)\n"
           "  --help               this text\n";
}

int Usage(const std::string& problem) {
    std::fprintf(stderr, "debatelens: %s\n%s", problem.c_str(), UsageText().c_str());
    return 2;
}

int Validate(const std::vector<std::string>& files) {
    if (files.empty()) return Usage("--validate needs at least one FILE");
    int failed = 0;
    for (const auto& f : files) {
        const dl::LoadResult r = dl::load_any_debate_file(f);
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
    // The one app state. Static: it outlives the platform's loop, which holds it by reference.
    static dl::App app;
    dl::AppState& state = app.state;
    state.asset_dir = FindAssets(argv[0]);
    // The editor's app opens every format DebateLens imports (the web widget only debate files).
    state.load_file = [](const std::string& path) { return dl::load_any_debate_file(path); };
    dl::StartOptions start;
    std::vector<dl::ExportRequest> exports;
    std::string import_flag;
    std::vector<std::string> import_args;
    bool validate = false;
    bool studio = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h") {
            std::printf("%s", UsageText().c_str());
            return 0;
        }
        if (a == "--validate") {
            validate = true;
            continue;
        }
        if (a == "--studio") {
            studio = true;
            continue;
        }
        if (dl::IsExportFlag(a)) {
            if (i + 1 >= argc) return Usage(a + " needs a value");
            exports.push_back({a, argv[++i]});
            continue;
        }
        // The tools that take files and open no window.
        if (dl::IsImportFlag(a) || a == "--import-claimreview" || a == "--rewrite" || a == "--new") {
            const int needed = a == "--import-claimreview" ? 3 : 2;
            const char* wants = needed == 3 ? " needs DEBATE, REVIEWS and OUT" : a == "--new" ? " needs ARTICLE and OUT" : " needs IN and OUT";
            if (i + needed >= argc) return Usage(a + wants);
            import_flag = a;
            import_args.assign(argv + i + 1, argv + i + 1 + needed);
            i += needed;
            continue;
        }
        std::string problem;
        switch (dl::ReadStartOption(argc, argv, i, start, problem)) {
            case dl::OptionRead::Read: continue;
            case dl::OptionRead::Bad: return Usage(problem);
            case dl::OptionRead::NotMine: return Usage("unknown option " + a);
        }
    }
    if (validate) return Validate(start.inputs);
    if (import_flag == "--import-claimreview") return dl::RunImportClaimReview(import_args[0], import_args[1], import_args[2]);
    if (import_flag == "--rewrite") return dl::RunRewrite(import_args[0], import_args[1]);
    if (import_flag == "--new") {
        const int made = dl::RunNewDraft(import_args[0], import_args[1]);
        if (!studio || made != 0) return made;
        start.content = import_args[1];  // the Studio opens the draft just written
        import_flag.clear();
    }
    if (!import_flag.empty()) return dl::RunImport(import_flag, import_args[0], import_args[1]);
    if (const std::string problem = dl::CheckStartOptions(start); !problem.empty()) return Usage(problem);
    if (!exports.empty()) {
        std::vector<std::string> files;
        if (!start.content.empty()) files.push_back(start.content);
        for (const auto& in : start.inputs)
            for (auto& f : dl::list_debate_files(in)) files.push_back(f);
        if (files.empty()) files = dl::list_debate_files(state.asset_dir + "/content");
        if (files.empty()) return Usage(exports.front().flag + " needs a debate file");
        return dl::RunExports(files.front(), exports);
    }
    // Settings belong to the person at the desktop: snapshot and test runs (--frames) leave them alone.
    const bool interactive = start.run.max_frames < 0;
    state.ui.can_open_files = interactive;  // a snapshot is for readers: no editor's tab in it
    if (interactive) {
        dl::ReadSettings(state, dl::settings_path(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME")));
        if (!start.size_given && state.settings.width > 0) {
            start.run.width = state.settings.width;
            start.run.height = state.settings.height;
        }
        if (start.theme.empty()) start.theme = state.settings.theme;
        // Nothing chose: follow the desktop, asked once the platform runs.
        state.theme_from_desktop = start.theme.empty();
        // With nothing named, reopen the last file (beside the bundled debates) if it is still there.
        if (start.content.empty() && start.inputs.empty() && !state.settings.last_file.empty() &&
            dl::file_stamp(state.settings.last_file).exists)
            start.content = state.settings.last_file;
    }
    dl::StartApp(state, start);
    if (studio) {
        std::string file = start.content;
        if (file.empty() && !start.inputs.empty() && !std::filesystem::is_directory(start.inputs.front())) file = start.inputs.front();
        dl::StartStudio(state, file, dl::recovery_folder(std::getenv("XDG_STATE_HOME"), std::getenv("HOME")));
    }
    return dl::RunPlatform(app, start.run);
}
