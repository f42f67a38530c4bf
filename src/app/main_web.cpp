// The web entry point: the page (shell.html) passes the debate, the deep link and the theme as
// arguments; the browser then calls frames until the page closes. Built with DL_STUDIO it is the
// Studio's page (studio.html), which edits the first debate until the user opens another.
#include "app/app.h"
#include "app/start.h"
#include "platform/platform.h"
#if DL_STUDIO
#include "app/studio_app.h"
#include "model/formats.h"
#endif

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    // The one app state. Static: main returns while the browser keeps calling frames.
    static dl::App app;
    app.state.asset_dir = "/assets";
#if DL_STUDIO
    // The Studio opens every format the app imports (the reader's page only debate files).
    app.state.load_file = [](const std::string& path) { return dl::load_any_debate_file(path); };
#endif
    dl::StartOptions start;
    for (int i = 1; i < argc; ++i) {
        std::string problem;
        // The page writes the arguments itself: anything it should not have written is a bug there.
        if (dl::ReadStartOption(argc, argv, i, start, problem) != dl::OptionRead::Read)
            std::fprintf(stderr, "debatelens: ignored argument %s %s\n", argv[i], problem.c_str());
    }
    if (const std::string problem = dl::CheckStartOptions(start); !problem.empty())
        std::fprintf(stderr, "debatelens: %s\n", problem.c_str());
    dl::StartApp(app.state, start);
#if DL_STUDIO
    // Autosaves go to browser storage: IndexedDB mounted at /recovery and read in before main()
    // (src/platform/studio_storage.js), so earlier autosaves are offered back now.
    dl::StartStudio(app.state, "", "/recovery");
#endif
    return dl::RunPlatform(app, start.run);
}
