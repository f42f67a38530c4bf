// Application logic shared by the native and web builds: loading and live reload, deep links,
// actions, settings, the state for tests, and the App the platform calls.
// [SECTION] Loading, the library and live reload
// [SECTION] Settings
// [SECTION] Deep links: the reader's state as a fragment
// [SECTION] Actions and the embed snippet
// [SECTION] Scrolling shared with a host page
// [SECTION] Frames and the state for tests
// [SECTION] App: what the platform calls
#include "app/app.h"
#include "model/enums.h"
#include "model/export_html.h"
#include "model/json_writer.h"
#include "model/file_io.h"
#include "model/location.h"
#include "model/text.h"
#include "ui/fonts.h"
#include "ui/keyboard.h"
#include "ui/theme.h"
#if DL_STUDIO
#include "app/studio_app.h"
#endif

#include <imgui.h>
#include <imgui_internal.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace dl {

// ---------------------------------------------------------------------------------------------
// [SECTION] Loading, the library and live reload
// ---------------------------------------------------------------------------------------------

namespace {
void Select(AppState& app, int claim, bool record) {
    UiState& ui = app.ui;
    ui.reader.selected_claim = claim;
    ui.scroll_to_selection = true;
    if (record && claim >= 0) ui.history.visit(claim);
}

void Adopt(AppState& app, const std::shared_ptr<const Debate>& debate) {
    // Keep the selection across reloads where the claim still exists.
    std::string selected_id;
    const int selected = app.ui.reader.selected_claim;
    if (app.debate && selected >= 0 && selected < static_cast<int>(app.debate->debate->claims.size()))
        selected_id = app.debate->debate->claims[selected].id;
    const bool same_debate = app.debate && app.debate->debate->id == debate->id;
    // Caches key on the generation, so a new version of the same file invalidates them.
    app.debate = prepare_debate(debate, ++app.generations, app.debate.get());  // a reload re-folds only what changed
    app.ui.history.clear();
    app.ui.reader.selected_claim = -1;
    if (!same_debate) {
        app.ui.reader.filter = ClaimFilter{};
        app.ui.reader.map.needs_fit = true;
        app.ui.reader.hidden_columns.clear();
    }
    const int again = selected_id.empty() ? -1 : debate->find_claim(selected_id);
    if (again >= 0) Select(app, again, true);
}

// Shows the result of loading `label`. A broken new version of the file on screen keeps the last
// good one, under a banner whose problems point at its items; a broken other file replaces it.
void Accept(AppState& app, LoadResult r, const std::string& label, const std::string& reread_path) {
    ContentStatus& c = app.content;
    const bool same_file = app.debate && c.current_file == label;
    c.current_file = label;
    c.problems = std::move(r.diagnostics);
    c.problem_targets.clear();
    c.showing_last_good = false;
    ++c.revision;
    if (r.debate) {
        Adopt(app, r.debate);
    } else if (same_file) {
        c.showing_last_good = true;
        if (!reread_path.empty())
            c.problem_targets = locate_problems(read_file_prefix(reread_path, 8u << 20), c.problems, *app.debate->debate);
    } else {
        app.debate.reset();
        app.ui.reader.selected_claim = -1;
        app.ui.history.clear();
    }
}
}  // namespace

void LoadDebateText(AppState& app, const std::string& text, const std::string& label) {
    app.watch_current_file = false;
    Accept(app, load_debate_text(text, label), label, "");
}

void ShowContentProblem(AppState& app, const std::string& label, const std::string& message) {
    app.content.problems.assign(1, Diagnostic{Severity::Error, label, "", 0, 0, message});
    app.content.current_file = label;
    ++app.content.revision;
}

void LoadDebateFile(AppState& app, const std::string& path) {
    app.watch_current_file = true;
    app.current_stamp = file_stamp(path);
    LoadResult r = app.load_file(path);
    for (LibraryEntry& e : app.content.library)
        if (e.path == path) e = describe_load(path, r, app.current_stamp);
    Accept(app, std::move(r), path, path);
}

bool ScanLibrary(AppState& app) {
    std::vector<std::string> files;
    for (const std::string& root : app.content_roots)
        for (std::string& f : list_debate_files(root))
            if (std::find(files.begin(), files.end(), f) == files.end()) files.push_back(std::move(f));
    app.content_files = files;
    // Describing means loading every file: only where the Open view can show it (not on the web).
    if (!app.ui.can_open_files) return false;
    std::vector<LibraryEntry>& library = app.content.library;
    bool changed = files.size() != library.size();
    std::vector<LibraryEntry> entries;
    entries.reserve(files.size());
    for (size_t i = 0; i < files.size(); ++i) {
        const std::string& f = files[i];
        const auto old = std::find_if(library.begin(), library.end(), [&](const LibraryEntry& e) { return e.path == f; });
        // Only files that changed since they were last described are read again.
        if (old != library.end() && old->stamp == file_stamp(f)) {
            changed = changed || old - library.begin() != static_cast<std::ptrdiff_t>(i);
            entries.push_back(std::move(*old));
        } else {
            const FileStamp stamp = file_stamp(f);  // before reading: a change while it is read shows next time
            entries.push_back(describe_load(f, app.load_file(f), stamp));
            changed = true;
        }
    }
    library = std::move(entries);
    ++app.content.revision;
    return changed;
}

void OpenDebateFile(AppState& app, const std::string& path) {
#if DL_STUDIO
    // In the Studio the file becomes the document (asked first over unsaved changes): shown on its
    // own, it would take edits meant for it into the document still open.
    if (app.studio) {
        StudioOpenFile(app, path, false);
        return;
    }
#endif
    if (std::find(app.content_files.begin(), app.content_files.end(), path) == app.content_files.end()) {
        app.content_roots.push_back(path);
        ScanLibrary(app);
    }
    LoadDebateFile(app, path);
    if (app.debate) {
        app.ui.reader.view = View::Overview;
        app.ui.view_requested = true;
    }
}

bool PollFileChanges(AppState& app) {
    bool changed = false;
    const std::string path = app.content.current_file;
    if (app.watch_current_file && file_stamp(path) != app.current_stamp) {
        LoadDebateFile(app, path);
        ++app.reloads;
        changed = true;
    }
    return ScanLibrary(app) || changed;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Settings
// ---------------------------------------------------------------------------------------------

namespace {
std::string AbsolutePath(const std::string& path) {
    if (!path.empty() && path[0] == '/') return path;
    char* cwd = getcwd(nullptr, 0);
    const std::string out = cwd ? std::string(cwd) + "/" + path : path;
    std::free(cwd);
    return out;
}

}  // namespace

void ReadSettings(AppState& app, const std::string& path) {
    app.settings_file = path;
    if (!path.empty()) app.settings = parse_settings(read_file_prefix(path, 1u << 20));
}

void WriteSettings(AppState& app) {
    if (app.settings_file.empty()) return;
    Settings s = app.settings;
    if (app.window_width > 0 && app.window_height > 0) {
        s.width = app.window_width;
        s.height = app.window_height;
    }
    if (app.debate && !app.content.showing_last_good && file_stamp(app.content.current_file).exists)
        s.last_file = AbsolutePath(app.content.current_file);
    // The project's one atomic write: a crash never leaves half a file, a full disk keeps the old one.
    WriteOptions options;
    options.create_folder = true;
    const WriteResult written = write_file_atomically(app.settings_file, format_settings(s), options);
    if (!written.ok) std::fprintf(stderr, "debatelens: %s\n", written.message.c_str());
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Deep links: the reader's state as a fragment
// ---------------------------------------------------------------------------------------------

void ApplyLocation(AppState& app, const std::string& fragment) {
    const Location loc = parse_location(fragment);
    ReaderState& r = app.ui.reader;
    View v = View::Overview;
    if (!loc.view.empty() && !(parse_view(loc.view, v) && (!view_info(v).editor_only || app.ui.can_open_files))) v = r.view;
    if (v != r.view) {
        r.view = v;
        app.ui.view_requested = true;
    }
    if (!loc.theme.empty()) {
        app.ui.dark = loc.theme == "dark";
        app.style_dirty = true;
    }
    if (loc.zoom > 0) {
        r.map.zoom = loc.zoom;
        r.map.needs_fit = false;
        // Links carry the centre, which stays put when the link opens in a window of another size.
        if (loc.has_center) {
            r.map.center_pending = true;
            r.map.center_x = loc.center_x;
            r.map.center_y = loc.center_y;
        } else {
            app.ui.scroll_to_selection = true;  // centred on the selection
        }
    }
    if (!app.debate) return;
    const Debate& d = *app.debate->debate;
    // The fragment is the whole state: what it does not name (or names wrongly) is not chosen.
    const int c = loc.claim.empty() ? -1 : d.find_claim(loc.claim);
    if (c >= 0) Select(app, c, true);
    else r.selected_claim = -1;
    // A claim a link names is what the reader came for: unless the link names the view too, narrow
    // screens show its trace.
    app.ui.trace_requested = c >= 0 && loc.view.empty();
    r.filter = ClaimFilter{};
    r.filter.actor = loc.speaker.empty() ? -1 : d.find_actor(loc.speaker);
    ClaimKind kind;
    if (!loc.kind.empty() && parse_enum(loc.kind, kind)) r.filter.kind = static_cast<int>(kind);
    r.filter.question = loc.question.empty() ? -1 : d.find_question(loc.question);
    r.filter.text = loc.words;
    r.hidden_columns.assign(d.actors.size(), 0);
    for (const std::string& id : loc.hidden) {
        const int a = d.find_actor(id);
        if (a >= 0) r.hidden_columns[a] = 1;
    }
}

std::string CurrentLocation(const AppState& app) {
    const ReaderState& r = app.ui.reader;
    Location loc;
    if (r.view != View::Overview) loc.view = view_name(r.view);
    if (r.view == View::Map && !r.map.needs_fit) {
        loc.zoom = r.map.zoom;
        loc.has_center = r.map.center_pending || r.map.canvas_w > 0;
        loc.center_x = r.map.CenterX();
        loc.center_y = r.map.CenterY();
    }
    if (app.debate) {
        const Debate& d = *app.debate->debate;
        if (r.selected_claim >= 0) loc.claim = d.claims[r.selected_claim].id;
        if (r.filter.actor >= 0) loc.speaker = d.actors[r.filter.actor].id;
        if (r.filter.kind >= 0) loc.kind = to_string(static_cast<ClaimKind>(r.filter.kind));
        if (r.filter.question >= 0) loc.question = d.questions[r.filter.question].id;
        loc.words = r.filter.text;
        for (size_t a = 0; a < r.hidden_columns.size() && a < d.actors.size(); ++a)
            if (r.hidden_columns[a]) loc.hidden.push_back(d.actors[a].id);
    }
    return format_location(loc);
}

namespace {
std::string ClaimLink(const AppState& app, int claim) {
    const std::string page = app.platform->PageUrl();
    if (page.empty()) return "";
    Location loc;
    loc.claim = app.debate->debate->claims[claim].id;
    loc.view = view_name(View::Claims);
    return page + "#" + format_location(loc);
}

// Mirrors the reader's state into the address bar: a new selection is a history entry (so the
// browser's Back walks selections); other changes replace the current one.
void MirrorLocation(AppState& app) {
    const std::string now = CurrentLocation(app);
    if (now == app.written_location) return;
    const bool new_claim = parse_location(now).claim != parse_location(app.written_location).claim;
    app.platform->WriteLocation(now, new_claim);
    app.written_location = now;
}
}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Actions and the embed snippet
// ---------------------------------------------------------------------------------------------

void ApplyAction(AppState& app, const UiAction& a) {
    UiState& ui = app.ui;
    ApplyViewAction(ui, a);
    if (a.select_claim >= 0) Select(app, a.select_claim, true);
    if (a.back && ui.history.back()) Select(app, ui.history.current(), false);
    if (a.forward && ui.history.forward()) Select(app, ui.history.current(), false);
    if (a.back || a.forward) ui.trace_requested = true;
    if (a.set_view >= 0) {
        ui.reader.view = static_cast<View>(a.set_view);
        ui.view_requested = true;
    }
    if (a.toggle_theme) {
        ui.dark = !ui.dark;
        app.style_dirty = true;
        app.settings.theme = ui.dark ? "dark" : "light";  // an explicit choice outlives the desktop's
    }
    if (!a.open_file.empty()) OpenDebateFile(app, a.open_file);
    if (!a.copy_text.empty()) {
        app.platform->SetClipboard(a.copy_text);
        app.last_copied = a.copy_text;
    }
    // Content URLs are validated as http(s) by the loader; the platform checks again at the door.
    if (!a.open_url.empty()) app.platform->OpenUrl(a.open_url);
    if (app.debate && a.copy_link_to >= 0) {
        const std::string link = ClaimLink(app, a.copy_link_to);
        const Claim& c = app.debate->debate->claims[a.copy_link_to];
        app.last_copied = link.empty() ? c.id : link;
        app.platform->SetClipboard(app.last_copied);
    }
    if (app.debate && a.share_quote >= 0) {
        const Debate& d = *app.debate->debate;
        const Claim& c = d.claims[a.share_quote];
        const std::string text = "\xE2\x80\x9C" + c.quote + "\xE2\x80\x9D \xE2\x80\x94 " + d.actors[c.actor].name + ", " +
                                 d.article.publisher + " (" + d.article.date.to_display() + ")";
        const std::string link = ClaimLink(app, a.share_quote);
        app.last_copied = link.empty() ? text : text + " " + link;
        app.platform->Share(text, link);
    }
#if DL_STUDIO
    ApplyStudioAction(app, a);
#endif
}

std::string EmbedSnippet(const AppState& app) {
    if (!app.debate) return "";
    const std::string page = app.platform->PageUrl();
    std::string dir = page.empty() ? std::string("https://YOUR-SITE/debatelens/") : page.substr(0, page.find('?'));
    dir = dir.substr(0, dir.rfind('/') + 1);
    const Debate& d = *app.debate->debate;
    const ReaderState& r = app.ui.reader;
    std::string s = "<a class=\"debatelens-link\" href=\"" + dir + "index.html?debate=" + d.id + "\">Explore the debate: " +
                    html_escape(d.title) + "</a><script src=\"" + dir + "embed.js\" data-debate=\"" + d.id + "\"";
    if (r.selected_claim >= 0) s += " data-claim=\"" + d.claims[r.selected_claim].id + "\"";
    if (r.view != View::Overview) s += std::string(" data-view=\"") + view_name(r.view) + "\"";
    return s + " data-theme=\"auto\" async></script>";
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Scrolling shared with a host page
// ---------------------------------------------------------------------------------------------

namespace {
// The window a pointer at (x, y) hovers, found as ImGui finds it (topmost first) among last frame's windows.
ImGuiWindow* WindowAt(float x, float y) {
    const ImGuiContext* g = ImGui::GetCurrentContext();
    if (!g) return nullptr;
    for (int i = g->Windows.Size - 1; i >= 0; --i) {
        ImGuiWindow* w = g->Windows[i];
        if (w->Active && !w->Hidden && !(w->Flags & ImGuiWindowFlags_NoMouseInputs) && w->OuterRectClipped.Contains(ImVec2(x, y)))
            return w;
    }
    return nullptr;
}

// The window the wheel would scroll: ImGui passes it from a child that cannot scroll to its parent.
ImGuiWindow* ScrollingWindow(ImGuiWindow* w) {
    for (; w; w = w->ParentWindow)
        if (w->ScrollMax.y > 0.0f && !(w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) return w;
    return nullptr;
}
}  // namespace

int ScrollPolicy(const AppState& app, float x, float y) {
    if (app.ui.map_engaged && app.ui.map_box.contains(x, y)) return 4;
    ImGuiWindow* hit = WindowAt(x, y);
    ImGuiWindow* w = ScrollingWindow(hit);
    if (!w) return 0;
    // A scrollbar is dragged, whichever way: a swipe on it is never the page's.
    if (hit == w && w->ScrollbarY && x >= w->Pos.x + w->Size.x - w->ScrollbarSizes.x) return 4;
    return (w->Scroll.y > 0.5f ? 1 : 0) | (w->Scroll.y < w->ScrollMax.y - 0.5f ? 2 : 0);
}

void ScrollViewAt(float x, float y, float dy) {
    ImGuiWindow* w = ScrollingWindow(WindowAt(x, y));
    if (!w) return;
    // Several moves may arrive before the next frame applies the first.
    const float from = w->ScrollTarget.y < FLT_MAX ? w->ScrollTarget.y : w->Scroll.y;
    ImGui::SetScrollY(w, std::clamp(from + dy, 0.0f, w->ScrollMax.y));
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Frames and the state for tests
// ---------------------------------------------------------------------------------------------

namespace {
// What a polite live region says when the selection or the view changes ("Selected: James Sherr,
// Factual assertion: Declassified documents show ..."): the same news a sighted reader sees.
void Announce(AppState& app) {
    const ReaderState& r = app.ui.reader;
    std::string news;
    if (app.debate && r.selected_claim != app.announced_claim) {
        const Debate& d = *app.debate->debate;
        if (r.selected_claim >= 0) {
            const Claim& c = d.claims[r.selected_claim];
            news = "Selected: " + d.actors[c.actor].name + ", " + label(c.kind) + ": " + c.summary;
        } else if (app.announced_claim >= 0) {
            news = "No claim selected";
        }
        app.announced_claim = r.selected_claim;
    }
    if (r.view != app.announced_view) {
        // The first view is the page's own start, not news.
        if (app.announced_view != View::Count) news += (news.empty() ? "" : ". ") + std::string(view_title(r.view)) + " view";
        app.announced_view = r.view;
    }
    if (!news.empty()) app.announcement = news;
}
}  // namespace

UiAction AppFrame(AppState& app) {
    if (app.ui.show_about) app.ui.embed_snippet = EmbedSnippet(app);
    // A scroll request lives for two frames: a tab switched to in the first is drawn in the second.
    const bool scroll = app.ui.scroll_to_selection;
#if DL_STUDIO
    StudioBeforeFrame(app);
#endif
    UiAction a = DrawExplainer(app.debate.get(), app.content, app.ui);
    if (scroll && ++app.scroll_request_age >= 2) {
        app.ui.scroll_to_selection = false;
        app.scroll_request_age = 0;
    }
    ApplyAction(app, a);
    MirrorLocation(app);
    Announce(app);
    ++app.frames_drawn;
    return a;
}

std::string AppStateJson(const AppState& app) {
    const ReaderState& r = app.ui.reader;
    const Debate* d = app.debate ? app.debate->debate.get() : nullptr;
    JsonWriter j;
    j.begin_object();
    j.member("frames", app.frames_drawn);
    j.member("debate_id", d ? d->id : "");
    j.member("file", app.content.current_file);
    j.member("title", d ? d->title : "");
    j.member("reloads", app.reloads);
    j.member("showing_last_good", app.content.showing_last_good);
    j.key("library").begin_array();
    for (const LibraryEntry& e : app.content.library)
        j.begin_object().member("path", e.path).member("title", e.title).member("valid", e.valid()).member("errors", uint64_t{e.errors}).end_object();
    j.end_array();
    j.member("view", view_name(r.view));
    j.member("theme", app.ui.dark ? "dark" : "light");
    j.member("wide", app.ui.wide_layout);
    j.member("location", CurrentLocation(app));
    j.member("selected_claim", d && r.selected_claim >= 0 ? d->claims[r.selected_claim].id : "");
    j.member("claims", uint64_t{d ? d->claims.size() : 0});
    j.member("filtered_claims", uint64_t{d ? filter_claims(*d, app.debate->search, r.filter).size() : 0});
    j.member("filter_text", r.filter.text);
    j.member("search_text", app.ui.search_text);
    const ScreenRect& sb = app.ui.search_box;
    j.key("search_box").begin_array().value(sb.x0).value(sb.y0).value(sb.x1).value(sb.y1).end_array();
    j.member("can_back", app.ui.history.can_back());
    j.member("last_copied", app.last_copied);
    j.member("text_input", app.ui.search_in_platform || (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput));
    auto rect = [&](const DrawnNode& n) { j.member("x", n.x).member("y", n.y).member("w", n.w).member("h", n.h); };
    j.key("map_nodes").begin_array();
    if (d && r.view == View::Map)
        for (size_t k = 0; k < app.ui.map_drawn.size() && k < 100; ++k) {
            j.begin_object().member("id", d->claims[app.ui.map_drawn[k].claim].id);
            rect(app.ui.map_drawn[k]);
            j.end_object();
        }
    j.end_array();
    for (const auto& [name, drawn] : {std::pair{"open_rows", &app.ui.open_rows_drawn}, std::pair{"problem_links", &app.ui.problem_links_drawn}}) {
        j.key(name).begin_array();
        for (const DrawnNode& n : *drawn) {
            j.begin_object().member("index", n.claim);
            rect(n);
            j.end_object();
        }
        j.end_array();
    }
    // What assistive technology and the keyboard meet (semantics.h): the items a key can reach, with
    // their bounds (tests click and check them where they are), and where the focus is.
    j.key("items").begin_array();
    for (const SemanticItem& i : app.ui.drawn_semantics.items) {
        if (!(i.flags & semantic::kFocusable)) continue;
        j.begin_object().member("id", i.id).member("role", role_name(i.role)).member("name", i.name).member("flags", unsigned{i.flags});
        j.key("b").begin_array().value(i.bounds.x0).value(i.bounds.y0).value(i.bounds.x1).value(i.bounds.y1).end_array();
        // Whether its middle shows (a long form's field may be scrolled out of its pane).
        const ImGuiWindow* w = ImGui::GetCurrentContext() ? ImGui::FindWindowByID(i.window) : nullptr;
        j.member("v", !w || w->InnerClipRect.Contains(ImVec2((i.bounds.x0 + i.bounds.x1) / 2, (i.bounds.y0 + i.bounds.y1) / 2)));
        j.end_object();
    }
    j.end_array();
    j.member("focus", app.ui.focus_id).member("focus_visible", app.ui.focus_visible);
    j.key("errors").begin_array();
    std::string first_error;
    for (const auto& p : app.content.problems)
        if (p.severity == Severity::Error) {
            j.value(p.format());
            if (first_error.empty()) first_error = p.format();
        }
    j.end_array();
    j.member("error", first_error);
#if DL_STUDIO
    WriteStudioState(app, j);
#endif
    j.end_object();
    return j.str();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] App: what the platform calls
// ---------------------------------------------------------------------------------------------

void App::Init(PlatformServices& platform) {
    state.platform = &platform;
#if DL_STUDIO
    state.ui.studio.web_files = platform.SavesAsDownloads();
#endif
    // The keyboard moves over the semantic items (ui/keyboard.cpp), not ImGui's own navigation.
    ImGui::GetIO().ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
    if (state.theme_from_desktop) {
        const std::string theme = platform.DesktopTheme();
        if (!theme.empty()) {
            state.ui.dark = theme == "dark";
            state.style_dirty = true;
        }
    }
}

namespace {
// The characters beyond ASCII of what the views may show: the debate's (prepared with it), and those
// of the texts that come from elsewhere: its problems, the file's name, the library's entries.
std::vector<uint32_t> ShownCharacters(const AppState& app) {
    std::vector<uint32_t> shown = app.debate ? app.debate->characters : std::vector<uint32_t>{};
    for (const Diagnostic& d : app.content.problems) append_beyond_ascii(d.format(), shown);
    append_beyond_ascii(app.content.current_file, shown);
    for (const LibraryEntry& e : app.content.library)
        for (const std::string* text : {&e.path, &e.title, &e.publisher, &e.first_problem}) append_beyond_ascii(*text, shown);
    return shown;
}
}  // namespace

bool App::BeforeFrame(float device_pixel_ratio, int width, int height) {
    AppState& app = state;
    app.window_width = width;
    app.window_height = height;
    bool fonts_rebuilt = false;
    // Fonts for this screen's pixel density and for what it shows. The reader's first atlas holds
    // the letters on screen only (484 glyphs for the bundled debate instead of some 1 190: on the web
    // rasterising was most of the first frame); the first text field to take the keys, or a query
    // with letters beyond them, brings in all a reader may type.
    // Looked at against the atlas this frame would have, so that a deep link's words are drawn right
    // from the first frame.
    // What is shown is looked at again only when it changed: a new debate or new problems, file name
    // or library.
    const std::pair<uint64_t, uint64_t> shown = {app.generations, app.content.revision};
    FontGlyphs& glyphs = app.wanted_glyphs;
    if (shown != app.wanted_glyphs_for) {
        glyphs = GlyphsFor(ShownCharacters(app), app.typing_glyphs);
        app.wanted_glyphs_for = shown;
    }
    const ImGuiIO& io = ImGui::GetIO();
    glyphs.typing = app.typing_glyphs;
    if (!glyphs.typing && (io.WantTextInput || io.InputQueueCharacters.Size > 0 || NeedsTypingGlyphs(glyphs, app.ui.search_text) ||
                           NeedsTypingGlyphs(glyphs, app.ui.reader.filter.text)))
        app.typing_glyphs = glyphs.typing = true;
    if (std::abs(device_pixel_ratio - app.font_scale) > 0.01f || glyphs != app.font_glyphs) {
        app.font_glyphs = glyphs;
        app.ui.fonts = UseFonts(app.asset_dir, device_pixel_ratio, app.font_glyphs);
        app.font_scale = device_pixel_ratio;
        app.style_dirty = true;
        fonts_rebuilt = true;
    }
    if (app.styled_wide != app.ui.wide_layout) app.style_dirty = true;
    if (app.style_dirty) {
        ApplyTheme(app.ui.dark, !app.ui.wide_layout);
        app.styled_wide = app.ui.wide_layout;
        app.style_dirty = false;
    }
    return fonts_rebuilt;
}

void App::Frame() {
    AppFrame(state);
#if DL_STUDIO
    StudioTick(state, static_cast<int64_t>(std::time(nullptr)));
#endif
    state.ui.shortcuts = Shortcuts{};  // this frame's, used up
}

void App::Event(const AppEvent& e) {
    AppState& app = state;
    UiState& ui = app.ui;
    switch (e.type) {
        case AppEvent::Type::FileDropped: OpenDebateFile(app, e.text); break;
        case AppEvent::Type::ArticleChosen:
#if DL_STUDIO
            StudioOpenFile(app, e.text, true);
#endif
            break;
        case AppEvent::Type::ContentText: LoadDebateText(app, e.text, e.label); break;
        case AppEvent::Type::ContentProblem:
#if DL_STUDIO
            // In the Studio the problem is with a file that was to be opened: the document stays.
            if (app.studio) {
                StudioFileProblem(app, e.label, e.text);
                break;
            }
#endif
            ShowContentProblem(app, e.label, e.text);
            break;
        case AppEvent::Type::Location:
            ApplyLocation(app, e.text);
            // The address bar already says this: do not write it back as a new entry.
            app.written_location = CurrentLocation(app);
            break;
        case AppEvent::Type::Theme:
            ui.dark = e.flag;
            app.style_dirty = true;
            break;
        case AppEvent::Type::Embedded: ui.embedded = e.flag; break;
        case AppEvent::Type::SearchFocus: ui.search_in_platform = e.flag; break;
        case AppEvent::Type::SearchText: ui.search_text = e.text; break;
        case AppEvent::Type::SearchEnter: ui.shortcuts.search_enter = true; break;
        case AppEvent::Type::ScrollView: ScrollViewAt(e.x, e.y, e.value); break;
        case AppEvent::Type::ShortcutSearch: ui.shortcuts.search = true; break;
        case AppEvent::Type::ShortcutZoomIn: ui.shortcuts.zoom_in = true; break;
        case AppEvent::Type::ShortcutZoomOut: ui.shortcuts.zoom_out = true; break;
        case AppEvent::Type::Pinch: ui.shortcuts.pinch *= e.value; break;
        case AppEvent::Type::CloseRequested:
#if DL_STUDIO
            if (!StudioMayClose(app)) {
                app.platform->Wake();  // the dialog asks first
                break;
            }
#endif
            app.platform->Quit();
            break;
        case AppEvent::Type::ShortcutSave:
#if DL_STUDIO
            ui.shortcuts.save = true;
#endif
            break;
        case AppEvent::Type::MirrorActive: ui.keys_from_page = e.flag; break;
        case AppEvent::Type::ItemFocus: FocusItem(ui, e.item, e.flag); break;
        case AppEvent::Type::ItemActivate: ApplyAction(app, ActivateItem(ui, e.item)); break;
        case AppEvent::Type::ItemChoose: ApplyAction(app, ChooseItem(ui, e.item, static_cast<int>(e.x))); break;
        case AppEvent::Type::ItemEdit: ApplyAction(app, EditItem(ui, e.item, e.text)); break;
    }
}

bool App::FilesChanged() {
#if DL_STUDIO
    // The poll comes round while the Studio sits idle: unsaved edits are autosaved then too.
    StudioTick(state, static_cast<int64_t>(std::time(nullptr)));
#endif
    return PollFileChanges(state);
}

std::vector<std::string> App::WatchedPaths() const {
    std::vector<std::string> paths = state.content_roots;
    if (state.watch_current_file) paths.push_back(state.content.current_file);
    return paths;
}

void App::Shutdown() { WriteSettings(state); }

SearchBoxInfo App::SearchBox() const {
    const ScreenRect& b = state.ui.search_box;
    return {b.x0, b.y0, b.x1, b.y1, state.ui.search_text, state.ui.search_box_active, kBodyPx};
}

std::string App::BodyFontFile() const { return state.asset_dir + "/fonts/" + kBodyFontFile; }

std::string App::TakeMirrorUpdate() {
    const SemanticDiff diff = diff_semantics(state.mirrored, state.ui.drawn_semantics);
    // The keyboard's focus rides along (the page gives that item's element the DOM focus); a
    // pointer's is the pointer's business, except in a modal dialog, which takes the focus however
    // it was opened (a screen reader reads it from there).
    const uint32_t focus = state.ui.focus_visible || state.ui.in_modal ? state.ui.focus_id : 0;
    if (diff.empty() && focus == state.mirrored_focus) return "";
    state.mirrored = state.ui.drawn_semantics;
    state.mirrored_focus = focus;
    std::string json = semantic_diff_json(diff);
    json.insert(json.size() - 1, ",\"focus\":" + std::to_string(focus));
    return json;
}

std::string App::TakeAnnouncement() {
    std::string a;
    a.swap(state.announcement);
    return a;
}

std::string App::Language() const { return state.debate ? state.debate->debate->article.language : ""; }

}  // namespace dl
