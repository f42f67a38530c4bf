// The web entry point: the page (shell.html) passes the debate, the deep link and the theme as
// arguments; the browser then calls frames until the page closes.
#include "app/app.h"
#include "app/start.h"
#include "platform/platform.h"

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    // The one app state. Static: main returns while the browser keeps calling frames.
    static dl::App app;
    app.state.asset_dir = "/assets";
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
    return dl::RunPlatform(app, start.run);
}
