// The functions the page's JavaScript calls (shell.html): this file is the one list of them. Each
// turns its call into an AppEvent or a query of the app; none holds app logic. A test checks that
// shell.html calls exactly these.
#include "platform/web_platform.h"

#include <emscripten.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {
dl::AppCallbacks* App() {
    dl::SdlPlatform* p = dl::RunningWebPlatform();
    return p ? p->app : nullptr;
}

void Send(dl::AppEvent::Type type, const char* text = "", const char* label = "", float x = 0, float y = 0,
          float value = 0, bool flag = false, uint32_t item = 0) {
    dl::AppCallbacks* app = App();
    if (!app) return;
    app->Event(dl::AppEvent{type, text ? text : "", label ? label : "", x, y, value, flag, item});
    dl::WakeWebPlatform();
}

// The text a query hands to JavaScript, valid until the next query.
struct Answer {
    std::string text;
};
}  // namespace

extern "C" {
// Test hook and status: the app's state as JSON (valid until the next call).
EMSCRIPTEN_KEEPALIVE const char* dl_state_json() {
    static Answer answer;  // the returned pointer must outlive this call
    dl::AppCallbacks* app = App();
    answer.text = app ? app->StateJson() : "{}";
    return answer.text.c_str();
}
// Input or a resize: draw again.
EMSCRIPTEN_KEEPALIVE void dl_wake() { dl::WakeWebPlatform(); }
// A debate file the page fetched (?content=URL), or why it could not.
EMSCRIPTEN_KEEPALIVE void dl_load_content_text(const char* text, const char* label) { Send(dl::AppEvent::Type::ContentText, text, label); }
EMSCRIPTEN_KEEPALIVE void dl_show_problem(const char* label, const char* message) { Send(dl::AppEvent::Type::ContentProblem, message, label); }
// Scrolling shared with the host page: what the widget would use at a canvas point, and a touch
// swipe the widget takes, applied to the view under the finger.
EMSCRIPTEN_KEEPALIVE int dl_scroll_policy(float x, float y) {
    dl::AppCallbacks* app = App();
    return app ? app->ScrollPolicy(x, y) : 0;
}
EMSCRIPTEN_KEEPALIVE void dl_scroll_view(float x, float y, float dy) { Send(dl::AppEvent::Type::ScrollView, "", "", x, y, dy); }
// The page's search field: focus, its whole text after each edit, and Enter.
EMSCRIPTEN_KEEPALIVE void dl_search_focus(int focused) { Send(dl::AppEvent::Type::SearchFocus, "", "", 0, 0, 0, focused != 0); }
EMSCRIPTEN_KEEPALIVE void dl_search_input(const char* text) { Send(dl::AppEvent::Type::SearchText, text); }
EMSCRIPTEN_KEEPALIVE void dl_search_enter() { Send(dl::AppEvent::Type::SearchEnter); }
// Inside another page (an iframe), and that page's theme.
EMSCRIPTEN_KEEPALIVE void dl_set_embedded(int embedded) { Send(dl::AppEvent::Type::Embedded, "", "", 0, 0, 0, embedded != 0); }
EMSCRIPTEN_KEEPALIVE void dl_set_theme(int dark) { Send(dl::AppEvent::Type::Theme, "", "", 0, 0, 0, dark != 0); }
// Back/Forward or an edited fragment.
EMSCRIPTEN_KEEPALIVE void dl_apply_location(const char* fragment) { Send(dl::AppEvent::Type::Location, fragment); }
// The page's mirror of what is drawn (shell.html's mirror): it is there, and what happens on its elements.
EMSCRIPTEN_KEEPALIVE void dl_mirror_active(int active) { Send(dl::AppEvent::Type::MirrorActive, "", "", 0, 0, 0, active != 0); }
EMSCRIPTEN_KEEPALIVE void dl_item_focus(unsigned item, int by_keyboard) {
    Send(dl::AppEvent::Type::ItemFocus, "", "", 0, 0, 0, by_keyboard != 0, item);
}
EMSCRIPTEN_KEEPALIVE void dl_item_activate(unsigned item) { Send(dl::AppEvent::Type::ItemActivate, "", "", 0, 0, 0, false, item); }
EMSCRIPTEN_KEEPALIVE void dl_item_choose(unsigned item, int choice) {
    Send(dl::AppEvent::Type::ItemChoose, "", "", static_cast<float>(choice), 0, 0, false, item);
}
EMSCRIPTEN_KEEPALIVE void dl_item_edit(unsigned item, const char* text) { Send(dl::AppEvent::Type::ItemEdit, text, "", 0, 0, 0, false, item); }
#if DL_STUDIO
// The Studio's page: a file the user picked or dropped (its name and bytes), copied into the module's
// memory and opened there; `article`: for a new debate from the article. Each file gets a folder of
// its own under /uploads, so that a second "debate.json" never overwrites the first (which may be
// the open document's file, or the one a Save-first question is about).
EMSCRIPTEN_KEEPALIVE void dl_file_chosen(const char* name, const char* bytes, int size, int article) {
    std::string base = name ? name : "";
    base = base.substr(base.find_last_of("/\\") + 1);  // a name, never a path
    if (base.empty() || base == "." || base == "..") base = "file";
    dl::AppCallbacks* app = App();
    char folder[] = "/uploads/XXXXXX";
    const bool made = app && (mkdir("/uploads", 0700) == 0 || errno == EEXIST) && mkdtemp(folder);
    const std::string path = std::string(folder) + "/" + base;
    std::FILE* f = made ? std::fopen(path.c_str(), "wb") : nullptr;
    const bool written = f && std::fwrite(bytes, 1, static_cast<size_t>(size), f) == static_cast<size_t>(size);
    if (f) std::fclose(f);
    if (!written) {
        Send(dl::AppEvent::Type::ContentProblem, "could not be copied into the page's memory", base.c_str());
        return;
    }
    Send(article ? dl::AppEvent::Type::ArticleChosen : dl::AppEvent::Type::FileDropped, path.c_str());
}
#endif
}
