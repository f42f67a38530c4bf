// Application logic shared by the native and web builds: loading, deep links, actions, state.
#include "app/app.h"
#include "model/export_html.h"
#include "model/file_io.h"
#include "model/location.h"
#include "platform/platform.h"
#include "ui/theme.h"
#include "ui/views.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <cfloat>

namespace dl {

namespace {
void Select(AppState& app, int claim, bool record) {
    UiState& ui = app.ui;
    ui.selected_claim = claim;
    ui.scroll_to_selection = true;
    if (record && claim >= 0) ui.history.visit(claim);
}

void Adopt(AppState& app, const std::shared_ptr<const Debate>& debate) {
    // Keep the selection across reloads where the claim still exists.
    std::string selected_id;
    if (app.debate && app.ui.selected_claim >= 0 && app.ui.selected_claim < (int)app.debate->debate->claims.size())
        selected_id = app.debate->debate->claims[app.ui.selected_claim].id;
    const bool same_debate = app.debate && app.debate->debate->id == debate->id;
    app.debate = prepare_debate(debate);
    // Caches key on the debate's address, which a new version may reuse: start them afresh.
    app.ui.article = ArticleCache{};
    app.ui.trace = TraceCache{};
    app.ui.search = SearchCache{};
    app.ui.history.clear();
    app.ui.selected_claim = -1;
    if (!same_debate) {
        app.ui.filter = ClaimFilter{};
        app.ui.map.needs_fit = true;
        app.ui.hidden_columns.clear();
    }
    const int again = selected_id.empty() ? -1 : debate->find_claim(selected_id);
    if (again >= 0) Select(app, again, true);
}
}  // namespace

namespace {
std::string ReadText(const std::string& path, size_t max_bytes) {
    std::ifstream in(path, std::ios::binary);
    std::string text;
    char buf[65536];
    while (in && text.size() < max_bytes) {
        in.read(buf, sizeof buf);
        text.append(buf, static_cast<size_t>(in.gcount()));
    }
    return text;
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
    if (r.debate) {
        Adopt(app, r.debate);
    } else if (same_file) {
        c.showing_last_good = true;
        if (!reread_path.empty())
            c.problem_targets = locate_problems(ReadText(reread_path, 8u << 20), c.problems, *app.debate->debate);
    } else {
        app.debate.reset();
        app.ui.selected_claim = -1;
        app.ui.history.clear();
    }
}
}  // namespace

void LoadDebateText(AppState& app, const std::string& text, const std::string& label) {
    app.watch_current_file = false;
    Accept(app, load_debate_text(text, label), label, "");
}

void LoadDebateFile(AppState& app, const std::string& path) {
    app.watch_current_file = true;
    app.current_stamp = file_stamp(path);
    LoadResult r = load_debate_file(path);
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
            entries.push_back(describe_debate_file(f));
            changed = true;
        }
    }
    library = std::move(entries);
    return changed;
}

void OpenDebateFile(AppState& app, const std::string& path) {
    if (std::find(app.content_files.begin(), app.content_files.end(), path) == app.content_files.end()) {
        app.content_roots.push_back(path);
        ScanLibrary(app);
    }
    LoadDebateFile(app, path);
    if (app.debate) {
        app.ui.view = View::Overview;
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

void ReadSettings(AppState& app, const std::string& path) {
    app.settings_file = path;
    if (!path.empty()) app.settings = parse_settings(ReadText(path, 1u << 20));
}

void WriteSettings(AppState& app) {
    if (app.settings_file.empty()) return;
    Settings s = app.settings;
    if (app.window_width > 0 && app.window_height > 0) {
        s.width = app.window_width;
        s.height = app.window_height;
    }
    if (app.debate && !app.content.showing_last_good && file_stamp(app.content.current_file).exists)
        s.last_file = std::filesystem::absolute(app.content.current_file).string();
    // The project's one atomic write: a crash never leaves half a file, a full disk keeps the old one.
    WriteOptions options;
    options.create_folder = true;
    const WriteResult written = write_file_atomically(app.settings_file, format_settings(s), options);
    if (!written.ok) std::fprintf(stderr, "debatelens: %s\n", written.message.c_str());
}

void ApplyLocation(AppState& app, const std::string& fragment) {
    const Location loc = parse_location(fragment);
    View v;
    if (!loc.view.empty() && parse_view(loc.view, v)) {
        app.ui.view = v;
        app.ui.view_requested = true;
    }
    // The fragment is the whole state: no claim in it means nothing selected (Back to the start).
    if (app.debate) {
        const int c = loc.claim.empty() ? -1 : app.debate->debate->find_claim(loc.claim);
        if (c >= 0) Select(app, c, true);
        else if (loc.claim.empty()) app.ui.selected_claim = -1;
    }
    if (!loc.theme.empty()) {
        app.ui.dark = loc.theme == "dark";
        app.style_dirty = true;
    }
    if (loc.zoom > 0) {
        app.ui.map.zoom = loc.zoom;
        app.ui.map.needs_fit = false;
        app.ui.scroll_to_selection = true;
    }
}

std::string CurrentLocation(const AppState& app) {
    Location loc;
    if (app.debate && app.ui.selected_claim >= 0) loc.claim = app.debate->debate->claims[app.ui.selected_claim].id;
    if (app.ui.view != View::Overview) loc.view = view_name(app.ui.view);
    if (app.ui.view == View::Map && !app.ui.map.needs_fit) loc.zoom = app.ui.map.zoom;
    return format_location(loc);
}

namespace {
std::string ClaimLink(const AppState& app, int claim) {
    const std::string page = PlatformPageUrl();
    if (page.empty()) return "";
    Location loc;
    loc.claim = app.debate->debate->claims[claim].id;
    loc.view = view_name(View::Claims);
    return page + "#" + format_location(loc);
}

// Mirrors selection and view into the address bar: a new selection is a history entry (so the
// browser's Back walks selections); view and zoom changes replace the current one.
void MirrorLocation(AppState& app) {
    const std::string now = CurrentLocation(app);
    if (now == app.written_location) return;
    const bool new_claim = parse_location(now).claim != parse_location(app.written_location).claim;
    PlatformWriteLocation(now, new_claim);
    app.written_location = now;
}
}  // namespace

void ApplyAction(AppState& app, const UiAction& a) {
    UiState& ui = app.ui;
    if (a.select_claim >= 0) Select(app, a.select_claim, true);
    if (a.back && ui.history.back()) Select(app, ui.history.current(), false);
    if (a.forward && ui.history.forward()) Select(app, ui.history.current(), false);
    if (a.set_view >= 0) {
        ui.view = static_cast<View>(a.set_view);
        ui.view_requested = true;
    }
    if (a.toggle_theme) {
        ui.dark = !ui.dark;
        app.style_dirty = true;
        app.settings.theme = ui.dark ? "dark" : "light";  // an explicit choice outlives the desktop's
    }
    if (!a.open_file.empty()) OpenDebateFile(app, a.open_file);
    if (!a.copy_text.empty()) {
        PlatformSetClipboard(a.copy_text);
        app.last_copied = a.copy_text;
    }
    if (!a.open_url.empty()) PlatformOpenUrl(a.open_url);
    if (app.debate && a.copy_link_to >= 0) {
        const std::string link = ClaimLink(app, a.copy_link_to);
        const Claim& c = app.debate->debate->claims[a.copy_link_to];
        app.last_copied = link.empty() ? c.id : link;
        PlatformSetClipboard(app.last_copied);
    }
    if (app.debate && a.share_quote >= 0) {
        const Debate& d = *app.debate->debate;
        const Claim& c = d.claims[a.share_quote];
        const std::string text = "\xE2\x80\x9C" + c.quote + "\xE2\x80\x9D \xE2\x80\x94 " + d.actors[c.actor].name + ", " +
                                 d.article.publisher + " (" + d.article.date.to_display() + ")";
        const std::string link = ClaimLink(app, a.share_quote);
        app.last_copied = link.empty() ? text : text + " " + link;
        PlatformShare(text, link);
    }
}

std::string EmbedSnippet(const AppState& app) {
    if (!app.debate) return "";
    std::string page = PlatformPageUrl();
    std::string dir = page.empty() ? std::string("https://YOUR-SITE/debatelens/") : page.substr(0, page.find('?'));
    dir = dir.substr(0, dir.rfind('/') + 1);
    const std::string& id = app.debate->debate->id;
    std::string s = "<a class=\"debatelens-link\" href=\"" + dir + "index.html?debate=" + id + "\">Explore the debate: " +
                    html_escape(app.debate->debate->title) + "</a><script src=\"" + dir + "embed.js\" data-debate=\"" + id + "\"";
    if (app.ui.selected_claim >= 0) s += " data-claim=\"" + app.debate->debate->claims[app.ui.selected_claim].id + "\"";
    if (app.ui.view != View::Overview) s += std::string(" data-view=\"") + view_name(app.ui.view) + "\"";
    return s + " data-theme=\"auto\" async></script>";
}

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

UiAction AppFrame(AppState& app) {
    if (app.ui.show_about) app.ui.embed_snippet = EmbedSnippet(app);
    // A scroll request lives for two frames: a tab switched to in the first is drawn in the second.
    const bool scroll = app.ui.scroll_to_selection;
    UiAction a = DrawExplainer(app.debate.get(), app.content, app.ui);
    if (scroll && ++app.scroll_request_age >= 2) {
        app.ui.scroll_to_selection = false;
        app.scroll_request_age = 0;
    }
    ApplyAction(app, a);
    MirrorLocation(app);
    return a;
}

std::string AppStateJson(const AppState& app) {
    nlohmann::json j;
    j["frames"] = app.frames_drawn;
    j["debate_id"] = app.debate ? app.debate->debate->id : "";
    j["file"] = app.content.current_file;
    j["title"] = app.debate ? app.debate->debate->title : "";
    j["reloads"] = app.reloads;
    j["showing_last_good"] = app.content.showing_last_good;
    nlohmann::json library = nlohmann::json::array();
    for (const LibraryEntry& e : app.content.library)
        library.push_back({{"path", e.path}, {"title", e.title}, {"valid", e.valid()}, {"errors", e.errors}});
    j["library"] = library;
    j["view"] = view_name(app.ui.view);
    j["theme"] = app.ui.dark ? "dark" : "light";
    j["wide"] = app.ui.wide_layout;
    int sel = app.ui.selected_claim;
    j["selected_claim"] = (app.debate && sel >= 0) ? app.debate->debate->claims[sel].id : "";
    j["claims"] = app.debate ? app.debate->debate->claims.size() : 0;
    j["filtered_claims"] = app.debate ? filter_claims(*app.debate->debate, app.debate->search, app.ui.filter).size() : 0;
    j["filter_text"] = app.ui.filter.text;
    j["search_text"] = app.ui.search_text;
    const ScreenRect& sb = app.ui.search_box;
    j["search_box"] = {sb.x0, sb.y0, sb.x1, sb.y1};
    j["can_back"] = app.ui.history.can_back();
    j["last_copied"] = app.last_copied;
    j["text_input"] = app.ui.search_in_platform || (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput);
    nlohmann::json map = nlohmann::json::array();
    if (app.debate && app.ui.view == View::Map)
        for (const DrawnNode& n : app.ui.map_drawn) {
            if (map.size() >= 100) break;
            map.push_back({{"id", app.debate->debate->claims[n.claim].id}, {"x", n.x}, {"y", n.y}, {"w", n.w}, {"h", n.h}});
        }
    j["map_nodes"] = map;
    auto rects = [](const std::vector<DrawnNode>& drawn) {
        nlohmann::json out = nlohmann::json::array();
        for (const DrawnNode& n : drawn) out.push_back({{"index", n.claim}, {"x", n.x}, {"y", n.y}, {"w", n.w}, {"h", n.h}});
        return out;
    };
    j["open_rows"] = rects(app.ui.open_rows_drawn);
    j["problem_links"] = rects(app.ui.problem_links_drawn);
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& d : app.content.problems)
        if (d.severity == Severity::Error) errors.push_back(d.format());
    j["errors"] = errors;
    j["error"] = errors.empty() ? "" : errors[0].get<std::string>();
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dl
