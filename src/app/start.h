// What both entry points share: the options that say which debate to show, which link to apply and
// how the window runs, and starting the app with them.
#pragma once

#include "app/app.h"
#include "platform/platform.h"

#include <string>
#include <vector>

namespace dl {

struct StartOptions {
    std::string content;   // --content: the debate to show first
    std::string view, claim, theme, location;
    std::string pending;   // --pending LABEL: nothing loaded; the page hands the text in
    std::vector<std::string> inputs;  // files and folders named on the command line
    RunOptions run;
    bool size_given = false;
};

enum class OptionRead { NotMine, Read, Bad };
// Reads argv[i] (and its value, advancing i) into `options` when it is one of the shared options;
// on a bad value, says why in `problem`.
OptionRead ReadStartOption(int argc, char** argv, int& i, StartOptions& options, std::string& problem);
// Checks what the options say together; "" when they make sense.
std::string CheckStartOptions(StartOptions& options);
// Points the app at its content (the given files, else the bundled ones), loads the first debate
// and applies the link; problems go to stderr as well as on screen.
void StartApp(AppState& app, const StartOptions& options);

}  // namespace dl
