// debatelens_bench: native benchmarks of the model and of headless ImGui frames.
//   debatelens_bench load|memory|trace|search|layout|frames|edit FILE [--reps R] [--quick] [--assets DIR]
// Each prints one JSON object per figure on stdout ({"bench","metric","size","unit","median",...}) and
// exits non-zero when a sanity check fails (the file does not load, a query finds nothing it
// should, a view does not switch, the map does not pan...), so a quick run is a smoke test.
// Times are medians over repetitions; frame times are the thread's CPU time.
#include "model/edit.h"
#include "model/load.h"
#include "model/prepared.h"
#include "model/save.h"
#include "model/validate.h"
#include "model/text.h"
#include "glyph_ranges.h"
#include "ui/fonts.h"
#include "ui/semantics.h"
#include "ui/theme.h"
#include "ui/views.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <spawn.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

extern char** environ;

namespace {

using json = nlohmann::json;

int g_failures = 0;
void fail(const std::string& what) {
    std::fprintf(stderr, "debatelens_bench: FAIL: %s\n", what.c_str());
    ++g_failures;
}

double wall_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Summary {
    double median = 0, p95 = 0, min = 0, max = 0;
    size_t n = 0;
};
Summary summarize(std::vector<double> v) {
    Summary s;
    if (v.empty()) return s;
    std::sort(v.begin(), v.end());
    s.n = v.size();
    s.min = v.front();
    s.max = v.back();
    s.median = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    s.p95 = v[std::min(v.size() - 1, static_cast<size_t>(0.95 * static_cast<double>(v.size() - 1) + 0.5))];
    return s;
}

size_t g_size = 0;  // claims in the debate under test
std::string g_only;  // frames: run only scenarios whose "layout:scenario" contains this
std::string g_bench;

void emit(const std::string& metric, const Summary& s, const char* unit, json extra = json::object()) {
    json j = {{"bench", g_bench}, {"metric", metric}, {"size", g_size}, {"unit", unit}, {"median", s.median},
              {"p95", s.p95}, {"min", s.min}, {"max", s.max}, {"n", s.n}};
    for (auto& [k, v] : extra.items()) j[k] = v;
    std::printf("%s\n", j.dump().c_str());
    std::fflush(stdout);
}
void emit_value(const std::string& metric, double value, const char* unit, json extra = json::object()) {
    Summary s;
    s.median = s.p95 = s.min = s.max = value;
    s.n = 1;
    emit(metric, s, unit, std::move(extra));
}

template <class F>
Summary time_reps(int reps, F&& f) {
    std::vector<double> t;
    for (int i = 0; i < reps; ++i) {
        const double t0 = wall_ms();
        f();
        t.push_back(wall_ms() - t0);
    }
    return summarize(t);
}

std::shared_ptr<const dl::Debate> load_or_die(const std::string& file) {
    dl::LoadResult r = dl::load_debate_file(file);
    if (!r.ok()) {
        std::fprintf(stderr, "debatelens_bench: %s does not load:\n%s", file.c_str(), r.summary().c_str());
        std::exit(1);
    }
    g_size = r.debate->claims.size();
    return r.debate;
}

// ---- load: parse + validate, and the one-off preparation -------------------------------------
void bench_load(const std::string& file, int reps) {
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    const double bytes = static_cast<double>(in.tellg());
    std::shared_ptr<const dl::Debate> d;
    bool ok = true;
    const Summary load = time_reps(reps, [&] {
        dl::LoadResult r = dl::load_debate_file(file);
        ok = ok && r.ok();
        d = r.debate;
    });
    if (!ok || !d) {
        fail("the file does not load: " + file);
        return;
    }
    g_size = d->claims.size();
    emit_value("file_bytes", bytes, "bytes");
    emit("load_ms", load, "ms");
    emit("search_index_ms", time_reps(reps, [&] { (void)dl::build_search_index(*d); }), "ms");
    emit("timeline_axis_ms", time_reps(reps, [&] { (void)dl::timeline_axis(*d); }), "ms");
    std::shared_ptr<const dl::PreparedDebate> p;
    emit("prepare_ms", time_reps(reps, [&] { p = dl::prepare_debate(d); }), "ms");
    if (!p || p->layout.nodes.size() != d->claims.size() || p->search.claims.size() != d->claims.size())
        fail("prepare_debate left the layout or the search index incomplete");
}

// ---- memory: peak RSS of a fresh process that loads the file ----------------------------------
std::string status_field(const char* key) {
    std::ifstream f("/proc/self/status");
    std::string line;
    while (std::getline(f, line))
        if (line.rfind(key, 0) == 0) return line.substr(std::strlen(key));
    return "";
}
double status_mb(const char* key) { return std::atof(status_field(key).c_str()) / 1024.0; }

int memory_child(const std::string& file, const std::string& phase) {
    std::shared_ptr<const dl::Debate> d;
    std::shared_ptr<const dl::PreparedDebate> p;
    if (phase != "baseline") {
        dl::LoadResult r = dl::load_debate_file(file);
        if (!r.ok()) return 3;
        d = r.debate;
        if (phase == "prepare") p = dl::prepare_debate(d);
    }
    // Peak (VmHWM) and what stays resident once the JSON tree is gone (VmRSS).
    std::printf("{\"hwm_mb\":%.2f,\"rss_mb\":%.2f,\"claims\":%zu}\n", status_mb("VmHWM:"), status_mb("VmRSS:"),
                d ? d->claims.size() : 0);
    return 0;
}

struct ChildResult {
    bool ok = false;
    double maxrss_mb = 0, hwm_mb = 0, rss_mb = 0, claims = 0;
};
ChildResult run_memory_child(const std::string& file, const std::string& phase) {
    ChildResult res;
    int pipefd[2];
    if (pipe(pipefd) != 0) return res;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, pipefd[1], 1);
    posix_spawn_file_actions_addclose(&fa, pipefd[0]);
    std::string self = "/proc/self/exe";
    char exe[4096];
    const ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len > 0) self.assign(exe, static_cast<size_t>(len));
    std::vector<std::string> args{self, "memory-child", file, phase};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, self.c_str(), &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    close(pipefd[1]);
    if (rc != 0) {
        close(pipefd[0]);
        return res;
    }
    std::string out;
    char buf[512];
    ssize_t k;
    while ((k = read(pipefd[0], buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(k));
    close(pipefd[0]);
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return res;
    const json j = json::parse(out, nullptr, false);
    if (j.is_discarded()) return res;
    res.ok = true;
    res.maxrss_mb = static_cast<double>(ru.ru_maxrss) / 1024.0;  // KiB on Linux
    res.hwm_mb = j.value("hwm_mb", 0.0);
    res.rss_mb = j.value("rss_mb", 0.0);
    res.claims = j.value("claims", 0.0);
    return res;
}

void bench_memory(const std::string& file, int reps) {
    for (const char* phase : {"load", "prepare", "baseline"}) {
        std::vector<double> peak, resident;
        double claims = 0;
        for (int i = 0; i < reps; ++i) {
            const ChildResult c = run_memory_child(file, phase);
            if (!c.ok) {
                fail(std::string("memory child failed (phase ") + phase + ")");
                return;
            }
            // VmHWM, not ru_maxrss: posix_spawn shares the parent's memory until exec, and Linux
            // carries that high-water mark into the child's ru_maxrss.
            peak.push_back(c.hwm_mb);
            resident.push_back(c.rss_mb);
            claims = std::max(claims, c.claims);
        }
        if (g_size == 0) g_size = static_cast<size_t>(claims);
        emit(std::string("peak_rss_") + phase + "_mb", summarize(peak), "MB");
        if (std::string(phase) != "baseline") emit(std::string("rss_after_") + phase + "_mb", summarize(resident), "MB");
    }
}

// ---- trace ---------------------------------------------------------------------------------
std::vector<int> sample_claims(size_t n, size_t k) {
    std::vector<int> out;
    if (n <= k) {
        for (size_t i = 0; i < n; ++i) out.push_back(static_cast<int>(i));
        return out;
    }
    for (size_t i = 0; i < k; ++i) out.push_back(static_cast<int>((i * 2654435761u) % n));
    return out;
}

// The claim whose trace is largest: the statement's claims collect the most answers.
int hub_claim(const dl::Debate& d) {
    int best = 0;
    size_t best_size = 0;
    for (size_t c = 0; c < d.claims.size(); ++c) {
        if (d.actors[d.claims[c].actor].role != dl::ActorRole::Subject && d.claims.size() > 2000) continue;
        const size_t s = dl::trace_claim(d, static_cast<int>(c)).tree.size();
        if (s > best_size || (s == best_size && d.graph.incoming[c].size() > d.graph.incoming[best].size())) {
            best = static_cast<int>(c);
            best_size = s;
        }
    }
    return best;
}

void bench_trace(const std::string& file, int reps) {
    const auto d = load_or_die(file);
    std::vector<double> per_claim;
    size_t nonempty = 0;
    for (int c : sample_claims(d->claims.size(), 500)) {
        std::vector<double> t;
        for (int r = 0; r < reps; ++r) {
            const double t0 = wall_ms();
            const dl::ClaimTrace tr = dl::trace_claim(*d, c);
            t.push_back(wall_ms() - t0);
            if (r == 0) {
                if (tr.claim != c) fail("trace_claim returned another claim");
                if (!d->graph.incoming[c].empty() && tr.tree.empty()) fail("a claim with answers has an empty trace");
                nonempty += tr.tree.empty() ? 0 : 1;
            }
        }
        per_claim.push_back(summarize(t).median);
    }
    if (nonempty == 0) fail("no sampled claim has anything in its trace");
    emit("trace_ms", summarize(per_claim), "ms", {{"claims_sampled", per_claim.size()}});
    const int hub = hub_claim(*d);
    dl::ClaimTrace ht;
    const Summary hs = time_reps(std::max(reps, 5), [&] { ht = dl::trace_claim(*d, hub); });
    emit("trace_hub_ms", hs, "ms", {{"claim", d->claims[hub].id}, {"tree_nodes", ht.tree.size()}, {"truncated", ht.truncated}});
}

// ---- search: typing a word letter by letter --------------------------------------------------
std::vector<std::string> typed_queries(const dl::Debate& d) {
    std::vector<std::string> q{"security", "nato expansion", "guarantees"};
    for (const auto& a : d.actors) {  // a name with an accent, typed without it
        const std::string folded = dl::fold_for_search(a.name);
        const bool accented = std::any_of(a.name.begin(), a.name.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        if (accented && folded.size() > 2) {
            bool ascii = std::all_of(folded.begin(), folded.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
            if (ascii) { q.push_back(folded); break; }
        }
    }
    q.push_back("zyxwvutsr");  // matches nothing: every text is scanned to the end
    return q;
}

void bench_search(const std::string& file, int reps) {
    const auto d = load_or_die(file);
    const dl::SearchIndex ix = dl::build_search_index(*d);
    // Sanity: the first word of a claim's summary finds that claim.
    const std::string& s0 = d->claims[0].summary;
    const std::string w0 = s0.substr(0, s0.find(' '));
    const dl::SearchResults r0 = dl::search(ix, w0);
    if (std::find(r0.claims.begin(), r0.claims.end(), 0) == r0.claims.end()) fail("search for \"" + w0 + "\" misses claim 0");
    if (!dl::search(ix, "zyxwvutsr").claims.empty()) fail("search for a word that is nowhere found something");

    std::vector<double> keystrokes;
    json per_query = json::array();
    for (const std::string& q : typed_queries(*d)) {
        double worst = 0;
        size_t results = 0;
        for (size_t len = 1; len <= q.size(); ++len) {
            const std::string prefix = q.substr(0, len);
            std::vector<double> t;
            for (int r = 0; r < reps; ++r) {
                const double t0 = wall_ms();
                const dl::SearchResults res = dl::search(ix, prefix);
                t.push_back(wall_ms() - t0);
                results = res.total();
            }
            const double m = summarize(t).median;
            keystrokes.push_back(m);
            worst = std::max(worst, m);
        }
        per_query.push_back({{"query", q}, {"worst_ms", worst}, {"results", results}});
    }
    emit("search_keystroke_ms", summarize(keystrokes), "ms", {{"queries", per_query}});
    // The claims list filtered by a word (what Enter in the search box does), per frame.
    dl::ClaimFilter f;
    f.text = "security";
    emit("filter_claims_ms", time_reps(reps, [&] { (void)dl::filter_claims(*d, ix, f); }), "ms");
}

// ---- layout --------------------------------------------------------------------------------
void bench_layout(const std::string& file, int reps) {
    const auto d = load_or_die(file);
    dl::GraphLayout g;
    emit("layout_ms", time_reps(reps, [&] { g = dl::layout_claim_graph(*d); }), "ms");
    if (g.nodes.size() != d->claims.size()) fail("layout has a node count different from the claims");
    for (size_t i = 0; i < g.nodes.size(); ++i)
        if (g.nodes[i].claim != static_cast<int>(i) || !(g.nodes[i].box.x1 > g.nodes[i].box.x0)) {
            fail("layout left claim " + std::to_string(i) + " without a box");
            break;
        }
    if (g.edges.size() != d->relations.size()) fail("layout routed a different number of edges than relations");
    std::vector<int> nodes, edges;
    const dl::Rect view{g.bounds.x0, g.bounds.y0, g.bounds.x0 + 1600, g.bounds.y0 + 1000};
    emit("map_visible_query_ms", time_reps(std::max(reps, 21), [&] { g.visible(view, nodes, edges); }), "ms");
    // What the map has to draw with the view centred on a claim in the middle of the graph (as when
    // a claim is selected), at the map's reading zoom (0.8) on a 900x700 canvas.
    {
        const float zoom = 0.8f, w = 900 / zoom, hgt = 700 / zoom;
        const dl::Rect& b = g.nodes[d->claims.size() / 2].box;
        const float cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
        const dl::Rect mid{cx - w / 2, cy - hgt / 2, cx + w / 2, cy + hgt / 2};
        g.visible(mid, nodes, edges);
        size_t segments = 0, crossing = 0;
        for (int e : edges) {
            const dl::EdgeRoute& r = g.edges[e];
            const float chord = std::abs(r.p3.x - r.p0.x) + std::abs(r.p3.y - r.p0.y) + std::abs(r.p1.x - r.p0.x) * 0.5f;
            segments += static_cast<size_t>(std::clamp(static_cast<int>(chord * zoom / 7.0f), 8, 400));
            // Does the curve itself (64 samples) come into the view, or only its bounding box?
            bool in = false;
            for (int k = 0; k <= 64 && !in; ++k) {
                const float t = k / 64.0f, u = 1 - t;
                const float x = u * u * u * r.p0.x + 3 * u * u * t * r.p1.x + 3 * u * t * t * r.p2.x + t * t * t * r.p3.x;
                const float y = u * u * u * r.p0.y + 3 * u * u * t * r.p1.y + 3 * u * t * t * r.p2.y + t * t * t * r.p3.y;
                in = mid.contains({x, y});
            }
            crossing += in ? 1 : 0;
        }
        emit_value("map_mid_view_nodes", static_cast<double>(nodes.size()), "count");
        emit_value("map_mid_view_edges", static_cast<double>(edges.size()), "count",
                   {{"curve_in_view", crossing}, {"segments_drawn", segments}});
    }
    emit("map_hit_test_ms", time_reps(std::max(reps, 21), [&] { (void)g.hit_test({g.bounds.x1, g.bounds.y1}); }), "ms");
}

// ---- frames: CPU time to build one ImGui frame of each view, headless --------------------------
// Fonts are built once into a shared atlas; every scenario gets a fresh ImGui context on it, so no
// state (an active text field, window scroll) leaks from one scenario into the next.
struct Headless {
    ImFontAtlas atlas;
    dl::FontGlyphs glyphs;  // read by the atlas while it builds
    dl::Fonts fonts;
    explicit Headless(const std::string& assets) {
        // The fonts the app builds, as it builds them (ui/fonts.cpp), with all a reader may type.
        glyphs = dl::GlyphsFor({}, true);
        fonts = dl::BuildFonts(atlas, assets, 1.0f, glyphs);
        unsigned char* pixels;
        int w, h;
        atlas.GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    void begin() {
        ImGui::CreateContext(&atlas);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DeltaTime = 1.0f / 60.0f;
        io.FontDefault = fonts.body;
        dl::ApplyTheme(false, false);
    }
    void end() { ImGui::DestroyContext(); }
    // One frame; returns its CPU time in ms.
    double frame(const dl::PreparedDebate& p, dl::UiState& ui, ImVec2 size) {
        const double t0 = thread_cpu_ms();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = size;
        ImGui::NewFrame();
        (void)dl::DrawExplainer(&p, dl::ContentStatus{}, ui);
        ImGui::Render();
        return thread_cpu_ms() - t0;
    }
};

void bench_frames(const std::string& file, const std::string& assets, int frames, int warmup) {
    const auto d = load_or_die(file);
    const auto p = dl::prepare_debate(d);
    Headless h(assets);
    const int typical = static_cast<int>(d->claims.size() / 2);
    const int hub = hub_claim(*d);
    const size_t hub_tree = dl::trace_claim(*d, hub).tree.size();
    struct Layout { const char* name; ImVec2 size; };
    for (const Layout& lay : {Layout{"desktop", ImVec2(1280, 800)}, Layout{"phone", ImVec2(390, 844)}}) {
        const ImVec2 mouse(lay.size.x * (lay.size.x > 1000 ? 0.7f : 0.5f), lay.size.y * 0.6f);
        auto fresh = [&](dl::View v) {
            dl::UiState ui;
            ui.fonts = h.fonts;
            ui.reader.view = v;
            ui.view_requested = true;
            return ui;
        };
        auto measure = [&](const std::string& scenario, dl::UiState& ui, const std::function<void(int)>& before,
                           json extra = json::object()) {
            if (!g_only.empty() && (std::string(lay.name) + ":" + scenario).find(g_only) == std::string::npos) return false;
            h.begin();
            ImGui::GetIO().MousePos = mouse;
            // `before(k)` runs ahead of frame k (0-based, warm-up frames first).
            std::vector<double> t;
            for (int k = 0; k < warmup + frames; ++k) {
                if (before) before(k);
                const double ms = h.frame(*p, ui, lay.size);
                if (k >= warmup) t.push_back(ms);
                if (k >= 1) ui.scroll_to_selection = false;  // the app keeps a scroll request for two frames
            }
            extra["layout"] = lay.name;
            extra["scenario"] = scenario;
            h.end();
            emit("frame_ms", summarize(t), "ms", extra);
            return true;
        };
        for (int v = 0; v < static_cast<int>(dl::View::Count); ++v) {
            const dl::View view = static_cast<dl::View>(v);
            if (view == dl::View::Open) continue;  // lists files, not the debate: nothing in it grows with the debate
            const std::string name = dl::view_name(view);
            dl::UiState ui = fresh(view);
            const bool ran = measure(name, ui, nullptr);
            // The widget shows the view's tab (Claims has no tab on wide screens: the list is always there).
            if (ran && !(view == dl::View::Claims && ui.wide_layout) && ui.shown_tab != view)
                fail(name + " view did not become the shown tab");
            if (ran && view == dl::View::Map && ui.map_drawn.empty()) fail("the map drew no claim");
            dl::UiState sel = fresh(view);
            sel.reader.selected_claim = typical;
            sel.history.visit(typical);
            sel.scroll_to_selection = true;
            measure(name + "+selected", sel, nullptr, {{"claim", d->claims[typical].id}});
        }
        {   // The trace of the claim with the largest tree (on phones, under the Claims tab).
            dl::UiState ui = fresh(lay.size.x > 1000 ? dl::View::Overview : dl::View::Claims);
            ui.reader.selected_claim = hub;
            ui.history.visit(hub);
            measure("trace-hub", ui, nullptr, {{"claim", d->claims[hub].id}, {"tree_nodes", hub_tree}});
        }
        {   // The claims list filtered by a word.
            dl::UiState ui = fresh(dl::View::Claims);
            ui.reader.filter.text = "security";
            measure("claims+filter", ui, nullptr);
        }
        {   // Dragging the map: the camera follows the mouse every frame.
            dl::UiState ui = fresh(dl::View::Map);
            float x0 = 0;
            const bool ran = measure("map+pan", ui, [&](int k) {
                if (k == 3) x0 = ui.reader.map.x;  // after the first fit
                ImGuiIO& io = ImGui::GetIO();
                io.MouseDown[0] = k >= 3;   // press on the canvas, then drag 5 px a frame
                if (k >= 4) io.MousePos = ImVec2(io.MousePos.x - 5, io.MousePos.y - static_cast<float>(k % 2));
            });
            if (ran && ui.reader.map.x == x0) fail("dragging did not pan the map (" + std::string(lay.name) + ")");
        }
        if (p->tree.is_tree()) {
            {   // A tree with every subtree unfolded: all its claims laid out, the canvas culling them.
                dl::UiState ui = fresh(dl::View::Map);
                dl::UiAction unfold;
                unfold.map_fold_all = 0;
                dl::ApplyViewAction(ui, unfold);
                measure("map+unfolded", ui, nullptr);
            }
            {   // Folding and unfolding a thread every frame: the tree laid out again each time.
                dl::UiState ui = fresh(dl::View::Map);
                const int thread = p->tree.threads.empty() ? p->tree.roots.front() : p->tree.threads.front();
                const bool ran = measure("map+fold-toggle", ui, [&](int) {
                    dl::UiAction toggle;
                    toggle.toggle_map_fold = thread;
                    dl::ApplyViewAction(ui, toggle);
                });
                if (ran && ui.caches.map.version != ui.map_folds.version) fail("the folded tree was not laid out again");
            }
        }
        {   // "Fit all": the whole graph at once.
            dl::UiState ui = fresh(dl::View::Map);
            measure("map+fit-all", ui, [&](int k) {
                if (k == 0) ui.reader.map.needs_fit = ui.map_fit_all = true;
            });
        }
        {   // Typing into the search box, one letter per frame (the results pop up under it).
            dl::UiState ui = fresh(dl::View::Overview);
            ui.focus_search = true;
            const std::string word = "security guarantees";
            size_t typed = 0;
            const bool ran = measure("search-typing", ui, [&](int k) {
                if (k >= warmup && typed < word.size()) ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(word[typed++]));
            });
            if (ran && ui.search_text.empty()) fail("typing did not reach the search box (" + std::string(lay.name) + ")");
        }
    }
}

// ---- edit: a Studio command, the revalidation after it, and the views' re-preparation --------
// What the Studio does for one edit: the command (its operations, rebuild_indices and
// validate_debate inside the document) and then prepare_debate for the views. Each figure is the
// whole of that; the parts are given alone too. A delete is undone outside the timing, so every
// repetition starts from the same debate.
void bench_edit(const std::string& file, int reps) {
    const auto loaded = load_or_die(file);
    dl::DebateDocument doc(*loaded, file);
    if (doc.error_count() != 0) fail("the debate has problems before any edit");
    const dl::Debate& d = doc.debate();
    const int mid = static_cast<int>(d.claims.size() / 2);
    // The Studio always has the views' preparation of the version before the edit.
    std::shared_ptr<const dl::PreparedDebate> prepared = dl::prepare_debate(doc.shared());
    // Wall time is the budget's measure; the thread's CPU time says what the work costs when the
    // machine is shared (the wall time then includes waiting for a core).
    auto timed = [&](const char* command, auto&& edit, auto&& after) {
        std::vector<double> t, cpu;
        for (int i = 0; i < reps; ++i) {
            const double t0 = wall_ms(), c0 = thread_cpu_ms();
            const dl::EditResult r = edit(i);
            prepared = dl::prepare_debate(doc.shared(), 1, prepared.get());  // as the Studio does
            t.push_back(wall_ms() - t0);
            cpu.push_back(thread_cpu_ms() - c0);
            if (!r.ok || r.message.empty()) fail(std::string(command) + ": " + r.message);
            after();
        }
        emit("edit_ms", summarize(t), "ms", {{"command", command}, {"cpu_median", summarize(cpu).median}});
    };
    auto nothing = [] {};
    timed("claim summary", [&](int i) { return doc.edit<dl::Claim>(mid, [&](dl::Claim& c) { c.summary = "Edited " + std::to_string(i); }); }, nothing);
    timed("claim id renamed", [&](int i) { return doc.edit<dl::Claim>(mid, [&](dl::Claim& c) { c.id = "renamed-" + std::to_string(i); }); }, nothing);
    const int para = d.claims[mid].paragraph;
    timed("paragraph text (quotes re-checked)", [&](int i) { return doc.edit<dl::Paragraph>(para, [&](dl::Paragraph& p) { p.text = std::to_string(i % 10) + p.text; }); },
          nothing);
    // The claim with the most relations: the largest cascade.
    int hub = 0;
    for (size_t c = 0; c < d.claims.size(); ++c)
        if (d.graph.incoming[c].size() + d.graph.outgoing[c].size() > d.graph.incoming[hub].size() + d.graph.outgoing[hub].size())
            hub = static_cast<int>(c);
    const size_t hub_relations = d.graph.incoming[hub].size() + d.graph.outgoing[hub].size();
    const size_t claims = d.claims.size();
    timed("delete the most related claim (cascade)", [&](int) { return doc.remove<dl::Claim>(hub); }, [&] {
        if (d.claims.size() != claims - 1) fail("the claim was not deleted");
        doc.undo();
    });
    // Undo of a summary edit; the next edit is made after the timing.
    int undone = 0;
    auto next_edit = [&] { doc.edit<dl::Claim>(mid, [&](dl::Claim& c) { c.summary = "Undone " + std::to_string(undone++); }); };
    next_edit();
    timed("undo", [&](int) { return doc.undo(); }, next_edit);
    doc.undo();
    if (doc.error_count() != 0) fail("edits left problems: " + doc.diagnostics()[0].format());
    emit_value("edit_hub_relations", static_cast<double>(hub_relations), "relations");
    // The parts, alone.
    dl::Debate copy = d;
    emit("edit_part_rebuild_indices_ms", time_reps(reps, [&] { dl::rebuild_indices(copy); }), "ms");
    emit("edit_part_validate_ms", time_reps(reps, [&] { (void)dl::validate_debate(d, file); }), "ms");
    emit("edit_part_prepare_ms", time_reps(reps, [&] { prepared = dl::prepare_debate(doc.shared(), 1, prepared.get()); }), "ms");
    emit("edit_part_prepare_from_scratch_ms", time_reps(reps, [&] { prepared = dl::prepare_debate(doc.shared()); }), "ms");
    emit("edit_history_bytes", summarize({static_cast<double>(doc.history_bytes())}), "bytes", {{"steps", doc.undo_steps()}});
}

// The accessibility tree's cost (issue #14): per frame the views record their semantic items, and
// the app diffs them against what the web mirror holds (diff_semantics + its JSON, what SyncMirror
// sends). An unchanged frame must give an empty diff (no DOM writes); a new selection changes a few
// items. Measured on the desktop layout with the claims list, the trace and the map on screen.
void bench_semantics(const std::string& file, const std::string& assets, int frames) {
    const auto d = load_or_die(file);
    const auto p = dl::prepare_debate(d);
    Headless h(assets);
    h.begin();
    dl::UiState ui;
    ui.fonts = h.fonts;
    ui.reader.view = dl::View::Map;
    ui.view_requested = true;
    dl::SemanticTree mirrored;
    std::vector<double> idle, changed, items;
    size_t changed_upserts = 0, idle_nonempty = 0;
    const ImVec2 size(1280, 800);
    auto diff_ms = [&](size_t& upserts) {
        const double t0 = thread_cpu_ms();
        const dl::SemanticDiff diff = dl::diff_semantics(mirrored, ui.drawn_semantics);
        const std::string json = diff.empty() ? std::string() : dl::semantic_diff_json(diff);
        mirrored = ui.drawn_semantics;
        upserts = diff.upserts.size() + diff.removed.size() + diff.orders.size();
        return thread_cpu_ms() - t0;
    };
    for (int k = 0; k < 4; ++k) h.frame(*p, ui, size);  // laid out and mirrored once
    size_t ignored = 0;
    diff_ms(ignored);
    size_t settle_frames = 0;
    for (int k = 0; k < frames; ++k) {
        // Changed: the reader selects another claim (the frame that shows it).
        size_t n = 0;
        ui.reader.selected_claim = static_cast<int>((static_cast<size_t>(k) * 7919) % d->claims.size());
        ui.scroll_to_selection = true;
        h.frame(*p, ui, size);
        changed.push_back(diff_ms(n));
        changed_upserts += n;
        items.push_back(static_cast<double>(ui.drawn_semantics.items.size()));
        // The frames that follow while lists scroll to it (the app keeps drawing until nothing moves).
        for (int f = 0; f < 2; ++f) {
            h.frame(*p, ui, size);
            diff_ms(n);
        }
        ui.scroll_to_selection = false;
        for (int f = 0; f < 4; ++f, ++settle_frames) {
            h.frame(*p, ui, size);
            if (diff_ms(n), n == 0) break;
        }
        // Idle: the same frame again, which must change nothing in the mirror.
        h.frame(*p, ui, size);
        idle.push_back(diff_ms(n));
        idle_nonempty += n != 0;
    }
    h.end();
    if (idle_nonempty) fail(std::to_string(idle_nonempty) + " unchanged frames gave a non-empty mirror diff");
    emit("semantics_diff_idle_ms", summarize(idle), "ms");
    emit("semantics_diff_changed_ms", summarize(changed), "ms", {{"changes_per_frame", static_cast<double>(changed_upserts) / frames},
                                                                     {"settle_frames_per_change", static_cast<double>(settle_frames) / frames}});
    emit("semantic_items", summarize(items), "items");
}

int usage() {
    std::fprintf(stderr,
                 "usage: debatelens_bench load|memory|trace|search|layout|frames|edit|semantics|fonts FILE [--reps R] [--quick] [--assets DIR] [--only LAYOUT:SCENARIO]\n");
    return 2;
}

}  // namespace

// ---- fonts: the atlas the app builds on its first frame, and once a reader types --------------
// Natively stb_truetype is a few times faster than in wasm (Liftoff code), where this is most of
// the first frame; the glyph count and texture size are what the page pays for.
void bench_fonts(const std::string& file, const std::string& assets, int reps) {
    const auto d = load_or_die(file);
    const auto p = dl::prepare_debate(d);
    for (const bool typing : {false, true}) {
        const dl::FontGlyphs glyphs = dl::GlyphsFor(p->characters, typing);
        int glyph_count = 0, width = 0, height = 0;
        const Summary s = time_reps(reps, [&] {
            ImFontAtlas atlas;
            const dl::Fonts f = dl::BuildFonts(atlas, assets, 1.0f, glyphs);
            glyph_count = 0;
            for (const ImFont* face : {f.body, f.bold, f.italic, f.heading}) glyph_count += face->Glyphs.Size;
            width = atlas.TexWidth;
            height = atlas.TexHeight;
        });
        emit(typing ? "font_atlas_typing_ms" : "font_atlas_first_ms", s, "ms",
             {{"glyphs", glyph_count}, {"texture", std::to_string(width) + "x" + std::to_string(height)}});
    }
}

int main(int argc, char** argv) {
    if (argc >= 4 && std::string(argv[1]) == "memory-child") return memory_child(argv[2], argv[3]);
    if (argc < 3) return usage();
    g_bench = argv[1];
    const std::string file = argv[2];
    int reps = -1;
    bool quick = false;
    std::string assets = DL_ASSETS_DIR;
    for (int i = 3; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--reps" && i + 1 < argc) reps = std::atoi(argv[++i]);
        else if (a == "--quick") quick = true;
        else if (a == "--assets" && i + 1 < argc) assets = argv[++i];
        else if (a == "--only" && i + 1 < argc) g_only = argv[++i];
        else return usage();
    }
    auto r = [&](int normal) { return reps > 0 ? reps : (quick ? 1 : normal); };
    if (g_bench == "load") bench_load(file, r(7));
    else if (g_bench == "memory") bench_memory(file, r(3));
    else if (g_bench == "trace") bench_trace(file, r(5));
    else if (g_bench == "search") bench_search(file, r(7));
    else if (g_bench == "layout") bench_layout(file, r(7));
    else if (g_bench == "edit") bench_edit(file, r(9));
    else if (g_bench == "semantics") bench_semantics(file, assets, r(31));
    else if (g_bench == "fonts") bench_fonts(file, assets, r(9));
    else if (g_bench == "frames") bench_frames(file, assets, quick ? 2 : (reps > 0 ? reps : 31), quick ? 4 : 8);
    else return usage();
    return g_failures ? 1 : 0;
}
