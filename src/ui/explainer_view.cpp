// The whole widget: a header with the title, search and theme switch; below it the views, one at a
// time under a tab bar on narrow screens, or the claims list and trace beside the other views on wide ones.
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"
#include "model/text.h"

#include <imgui_stdlib.h>

#include <functional>
#include <string>

#include <algorithm>

namespace dl {

namespace {
constexpr float kWideWidthEm = 58.0f;  // about 1000 CSS px at the body size

UiAction DrawView(View v, const PreparedDebate& p, const ContentStatus& status, UiState& ui) {
    switch (v) {
        case View::Overview: return DrawOverviewView(p, ui);
        case View::Positions: return DrawPositionsView(p, ui);
        case View::Claims: {
            // On narrow screens the trace sits under the list's selection in the same tab.
            if (ui.selected_claim >= 0 && !ui.wide_layout) {
                bool to_list = false;
                ImGui::BeginChild("trace", ImVec2(0, 0), false);
                UiAction a = DrawTraceView(p, ui, &to_list);
                ImGui::EndChild();
                if (to_list) ui.selected_claim = -1;
                return a;
            }
            return DrawClaimsView(p, ui);
        }
        case View::Map: return DrawMapView(p, ui);
        case View::Article: return DrawArticleView(p, ui);
        case View::Timeline: return DrawTimelineView(p, ui);
        case View::Open: return DrawOpenView(status, ui);
        case View::Count: break;
    }
    return {};
}

UiAction DrawTabs(const char* id, const PreparedDebate& p, const ContentStatus& status, UiState& ui, bool include_claims) {
    UiAction act;
    if (!ImGui::BeginTabBar(id, ImGuiTabBarFlags_FittingPolicyScroll)) return act;
    for (int i = 0; i < static_cast<int>(View::Count); ++i) {
        const View v = static_cast<View>(i);
        if (v == View::Claims && !include_claims) continue;
        if (v == View::Open && !ui.can_open_files) continue;
        // Only a requested switch forces the tab; otherwise the tab bar owns the choice.
        const ImGuiTabItemFlags flags = (ui.view == v && ui.view_requested) ? ImGuiTabItemFlags_SetSelected : 0;
        if (ImGui::BeginTabItem(view_title(v), nullptr, flags)) {
            // A tab the reader picked becomes the view; merely staying on a tab changes nothing, so a
            // view without a tab here (Claims, on wide screens) survives.
            if (!ui.view_requested && ui.shown_tab != v) ui.view = v;
            ui.shown_tab = v;
            ImGui::BeginChild(view_name(v), ImVec2(0, 0), false);
            act.merge(DrawView(v, p, status, ui));
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
    ui.view_requested = false;
    return act;
}

UiAction DrawSearch(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    if (ui.search_text.empty()) return act;
    SearchCache& cache = ui.search;
    if (cache.index != &p.search || cache.query != ui.search_text) {
        cache.results = search(p.search, ui.search_text);
        cache.index = &p.search;
        cache.query = ui.search_text;
    }
    const SearchResults& r = cache.results;
    const Debate& d = *p.debate;
    const ImGuiIO& io = ImGui::GetIO();
    const float fs = ImGui::GetFontSize(), margin = ImGui::GetStyle().WindowPadding.x;
    const float widest = std::min(fs * 34, io.DisplaySize.x - 2 * margin);
    // A fixed width (the text wraps inside it, past any scrollbar), a height up to 70% of the screen.
    ImGui::SetNextWindowSizeConstraints(ImVec2(widest, 0), ImVec2(widest, io.DisplaySize.y * 0.7f));
    // The list hangs under the box; from a box in the widget's right half it grows leftwards from the
    // widget's right edge, so that it stays inside the widget.
    const ImVec2 box_min = ImGui::GetItemRectMin(), box_max = ImGui::GetItemRectMax();
    const bool right_half = box_min.x + box_max.x > io.DisplaySize.x;
    ImGui::SetNextWindowPos(ImVec2(right_half ? io.DisplaySize.x - margin : box_min.x, box_max.y + 4), ImGuiCond_Always,
                            ImVec2(right_half ? 1.0f : 0.0f, 0.0f));
    {
        ImGui::BeginTooltip();
        // The hint first: a tooltip cannot be scrolled, and a long list would hide a hint at its foot.
        const std::string head = std::to_string(r.total()) + (r.total() == 1 ? " result" : " results") +
                                 (r.claims.empty() ? std::string() : " \xC2\xB7 Enter lists the matching claims");
        ImGui::TextWrapped("%s", head.c_str());
        auto line = [](const std::string& text) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", text.c_str());
        };
        // A few of each kind; the claims list (Enter) has them all.
        size_t left = 0;
        auto some = [&](const std::vector<int>& items, size_t most, const std::function<std::string(int)>& text) {
            for (size_t i = 0; i < items.size(); ++i) {
                if (i < most) line(text(items[i]));
                else ++left;
            }
        };
        // On a phone fewer lines, so that most of the list fits the screen.
        const size_t few = ui.wide_layout ? 3 : 2;
        some(r.claims, few * 2, [&](int c) { return d.actors[d.claims[c].actor].name + ": " + d.claims[c].summary; });
        some(r.actors, few, [&](int a) { return "Person: " + d.actors[a].name; });
        some(r.evidence, few, [&](int e) { return "Evidence: " + d.evidence[e].title; });
        if (!r.paragraphs.empty())
            line(std::to_string(r.paragraphs.size()) + (r.paragraphs.size() == 1 ? " paragraph" : " paragraphs") + " of the article");
        if (left > 0) line("\xE2\x80\xA6 and " + std::to_string(left) + " more");
        ImGui::EndTooltip();
    }
    return act;
}
}  // namespace

UiAction DrawExplainer(const PreparedDebate* p, const ContentStatus& status, UiState& ui) {
    UiAction act;
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("DebateLens", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    const float fs = ImGui::GetFontSize();
    ui.open_rows_drawn.clear();  // refilled by whatever draws them this frame
    ui.problem_links_drawn.clear();
    ui.wide_layout = io.DisplaySize.x >= kWideWidthEm * fs;
    // Recorded again below by whatever is on screen this frame.
    ui.search_box = {};
    ui.search_box_active = false;
    ui.map_box = {};

    // Header: title (elided), search, theme.
    const char* title = p ? p->debate->title.c_str() : "DebateLens";
    const float controls = fs * (ui.wide_layout ? 22.0f : 12.0f);
    if (ui.fonts.bold) ImGui::PushFont(ui.fonts.bold);
    const std::string shown_title = ImGui::CalcTextSize(title).x > ImGui::GetContentRegionAvail().x - controls
                                        ? elide(title, static_cast<size_t>((ImGui::GetContentRegionAvail().x - controls) / (fs * 0.5f)))
                                        : std::string(title);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(shown_title.c_str());
    if (ui.fonts.bold) ImGui::PopFont();
    if (p) {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - controls);
        // Search takes what the two buttons leave.
        ImGui::SetNextItemWidth(controls - fs * 5.4f - ImGui::GetStyle().ItemSpacing.x * 2);
        if (ui.focus_search) {
            ImGui::SetKeyboardFocusHere();
            ui.focus_search = false;
        }
        if (ImGui::InputTextWithHint("##search", "Search (/)", &ui.search_text, ImGuiInputTextFlags_EnterReturnsTrue) ||
            ui.shortcuts.search_enter) {
            ui.filter = ClaimFilter{};
            ui.filter.text = ui.search_text;
            ui.search_text.clear();
            act.set_view = static_cast<int>(View::Claims);
        }
        ui.search_box = {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y};
        ui.search_box_active = ImGui::IsItemActive();
        if (ui.search_box_active || ui.search_in_platform) act.merge(DrawSearch(*p, ui));
        ImGui::SameLine();
    } else {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - fs * 2.6f);
    }
    if (ImGui::Button(ui.dark ? "Light" : "Dark", ImVec2(fs * 2.6f, 0))) act.toggle_theme = true;
    if (p) {
        ImGui::SameLine();
        if (ImGui::Button("About", ImVec2(fs * 2.8f, 0))) ImGui::OpenPopup("about");
        ImGui::SetNextWindowSize(ImVec2(std::min(io.DisplaySize.x - fs, fs * 34), 0));
        // No taller than the window below its top: it scrolls, and its last button stays reachable.
        ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, io.DisplaySize.y - fs * 4));
        ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, fs * 3), ImGuiCond_Always, ImVec2(0.5f, 0));
        if (ImGui::BeginPopup("about")) {
            ui.show_about = true;
            act.merge(DrawAboutView(*p, ui));
            if (ImGui::Button("Close")) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        } else {
            ui.show_about = false;
        }
    }
    if (ui.shortcuts.search) ui.focus_search = true;
    // ImGui 1.86 reads keys by the backend's index (an SDL scancode), not by ImGuiKey_ value.
    if (io.KeyAlt && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) act.back = true;
    if (io.KeyAlt && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) act.forward = true;
    if (ImGui::IsMouseClicked(3)) act.back = true;  // mouse "back" button
    if (ImGui::IsMouseClicked(4)) act.forward = true;

    act.merge(DrawDiagnosticsView(status, ui));
    if (!p) {
        if (status.problems.empty()) TextMuted(ui, "Loading the debate\xE2\x80\xA6");
        // An editor whose file is broken can still pick another one.
        if (ui.can_open_files) {
            ImGui::Spacing();
            act.merge(DrawOpenView(status, ui));
        }
        ImGui::End();
        return act;
    }

    if (ui.wide_layout) {
        const float left = std::max(fs * 22, ImGui::GetContentRegionAvail().x * 0.40f);
        ImGui::BeginChild("left-pane", ImVec2(left, 0), false);
        if (ui.selected_claim >= 0) {
            ImGui::BeginChild("trace-pane", ImVec2(0, ImGui::GetContentRegionAvail().y * 0.62f), true);
            act.merge(DrawTraceView(*p, ui));
            ImGui::EndChild();
        }
        act.merge(DrawClaimsView(*p, ui));
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("right-pane", ImVec2(0, 0), false);
        act.merge(DrawTabs("views-wide", *p, status, ui, false));
        ImGui::EndChild();
    } else {
        act.merge(DrawTabs("views", *p, status, ui, true));
    }
    ImGui::End();
    return act;
}

}  // namespace dl
