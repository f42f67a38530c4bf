// The platform functions app.cpp calls, for the headless UI tests: a page at a fixed address and
// nothing else (no clipboard, share sheet or address bar: the tests read what the app recorded).
#include "platform/platform.h"

namespace dl {

std::string PlatformPageUrl() { return "https://news.example/debatelens/index.html?debate=nato-guarantees-2021"; }
void PlatformSetClipboard(const std::string&) {}
void PlatformOpenUrl(const std::string&) {}
void PlatformWriteLocation(const std::string&, bool) {}
void PlatformShare(const std::string&, const std::string&) {}

}  // namespace dl
