// The whole widget: a header with the title, search and theme switch; below it the views, one at a
// time under a tab bar on narrow screens, or the claims list and trace beside the other views on wide ones.
#include "ui/keyboard.h"
#if DL_STUDIO
#include "ui/studio_views.h"
#endif
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

// The views this layout shows as tabs, from the registry: all of them on narrow screens, those not
// beside the tabs on wide ones; the editor's views only where files can be opened.
UiAction DrawTabs(const char* id, const ViewContext& ctx, UiState& ui) {
    UiAction act;
    if (!ImGui::BeginTabBar(id, ImGuiTabBarFlags_FittingPolicyScroll)) return act;
    BeginSemantic(ui, Role::TabList, "Views", semantic::kComposite, id);
    const size_t tabs_at = ui.semantics.items.size();
    const ViewInfo* shown = nullptr;
    for (const ViewInfo& info : all_views()) {
        const View v = info.view;
        if (ui.wide_layout && info.wide != WidePlace::Tabs) continue;
        if (info.editor_only && !ui.can_open_files) continue;
        // Only a requested switch forces the tab; otherwise the tab bar owns the choice.
        const ImGuiTabItemFlags flags = (ui.reader.view == v && ui.view_requested) ? ImGuiTabItemFlags_SetSelected : 0;
        const bool open = ImGui::BeginTabItem(info.title, nullptr, flags);
        UiAction pick;
        pick.set_view = static_cast<int>(v);
        Describe(ui, Role::Tab, info.title, semantic::kFocusable | (open ? semantic::kSelected : 0), pick);
        if (open) {
            // A tab the reader picked becomes the view; merely staying on a tab changes nothing, so a
            // view without a tab here (Claims, on wide screens) survives.
            if (!ui.view_requested && ui.shown_tab != v) ui.reader.view = v;
            ui.shown_tab = v;
            shown = &info;
            ImGui::EndTabItem();
        }
    }
    // Positions in the set, now that the tabs are counted.
    const int count = static_cast<int>(ui.semantics.items.size() - tabs_at);
    for (int k = 0; k < count; ++k) {
        ui.semantics.items[tabs_at + k].pos_in_set = k + 1;
        ui.semantics.items[tabs_at + k].set_size = count;
    }
    EndSemantic(ui);
    if (shown) {
        // The panel under the tabs, drawn after the tab bar so that the tab list holds only tabs.
        BeginSemantic(ui, Role::TabPanel, shown->title, 0, "##panel");
        ImGui::BeginChild(shown->id, ImVec2(0, 0), false);
        act.merge(shown->draw(ctx, ui));
        ImGui::EndChild();
        const ScreenRect panel{ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y};
        EndSemantic(ui, &panel);
    }
    ImGui::EndTabBar();
    ui.view_requested = false;
    return act;
}

UiAction DrawSearch(const PreparedDebate& p, UiState& ui) {
    UiAction act;
    if (ui.search_text.empty()) return act;
    SearchCache& cache = ui.caches.search;
    if (cache.generation != p.generation || cache.query != ui.search_text) {
        cache.results = search(p.search, ui.search_text);
        cache.generation = p.generation;
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
        TextWrappedAtSpaces(head);
        // Announced as it changes while the reader types (the list itself is a pointer's preview).
        DescribeRect(ui, Role::Status, head, {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().x,
                                              ImGui::GetItemRectMax().y}, "##search-results");
        auto line = [](const std::string& text) {
            ImGui::Bullet();
            TextWrappedAtSpaces(text);
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
    // Keys act on the items drawn last frame; what they activate is applied with the rest.
    UiAction act = HandleKeys(ui);
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("DebateLens", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    // Tab is the semantic items' (keyboard.cpp), not ImGui's own round of text fields.
    ImGui::PushAllowKeyboardFocus(false);
    const float fs = ImGui::GetFontSize();
    ui.open_rows_drawn.clear();  // refilled by whatever draws them this frame
    ui.problem_links_drawn.clear();
    ui.wide_layout = io.DisplaySize.x >= kWideWidthEm * fs;
    // Recorded again below by whatever is on screen this frame.
    ui.search_box = {};
    ui.search_box_active = false;
    ui.map_box = {};
    // A claim chosen from outside shows its trace: on narrow screens that is the Claims tab.
    if (ui.trace_requested && p && ui.reader.selected_claim >= 0 && !ui.wide_layout && !view_info(ui.reader.view).shows_selection) {
        ui.reader.view = View::Claims;
        ui.view_requested = true;
    }
    ui.trace_requested = false;

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
    // The whole title for assistive technology, elided or not.
    DescribeRect(ui, Role::Heading, title, {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().x,
                                            ImGui::GetItemRectMax().y}, "##title").level = 1;
    if (p) {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - controls);
        // Search takes what the two buttons leave.
        ImGui::SetNextItemWidth(controls - fs * 5.4f - ImGui::GetStyle().ItemSpacing.x * 2);
        const uint32_t search_id = SemanticId("##search");
        if (ui.focus_search || (HasFocus(ui, search_id) && ui.focus_moved && !ui.keys_from_page)) {
            ImGui::SetKeyboardFocusHere();
            ui.focus_search = false;
        }
        if (ImGui::InputTextWithHint("##search", "Search (/)", &ui.search_text, ImGuiInputTextFlags_EnterReturnsTrue) ||
            ui.shortcuts.search_enter) {
            UiAction list;
            list.clear_filter = true;
            list.filter_field = kFilterWords;
            list.filter_text = ui.search_text;
            list.set_view = static_cast<int>(View::Claims);
            act.merge(list);
            ui.search_text.clear();
        }
        ui.search_box = {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y};
        ui.search_box_active = ImGui::IsItemActive();
        // The page has a field of its own over this box (web): it is the one assistive technology meets.
        SemanticItem& box = Describe(ui, Role::TextBox, "Search claims, people, evidence and article text",
                                     semantic::kFocusable | semantic::kPageHasOwn);
        box.value = ui.search_text;
        if (ui.search_box_active || ui.search_in_platform) act.merge(DrawSearch(*p, ui));
        ImGui::SameLine();
    } else {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - fs * 2.6f);
    }
    UiAction theme;
    theme.toggle_theme = true;
    act.merge(ActionButton(ui, ui.dark ? "Light" : "Dark", theme, "Dark theme", ImVec2(fs * 2.6f, 0),
                           semantic::kToggle | (ui.dark ? semantic::kPressed : 0)));
    if (p) {
        ImGui::SameLine();
        UiAction about;
        about.about = 1;
        act.merge(ActionButton(ui, "About", about, "About this content", ImVec2(fs * 2.8f, 0), semantic::kHasPopup));
        if (ui.about_request == 1) ImGui::OpenPopup("about");
        ImGui::SetNextWindowSize(ImVec2(std::min(io.DisplaySize.x - fs, fs * 34), 0));
        // No taller than the window below its top: it scrolls, and its last button stays reachable.
        ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, io.DisplaySize.y - fs * 4));
        ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, fs * 3), ImGuiCond_Always, ImVec2(0.5f, 0));
        if (ImGui::BeginPopup("about")) {
            if (ui.about_request == -1) ImGui::CloseCurrentPopup();
            ui.show_about = true;
            BeginSemantic(ui, Role::Dialog, "About this content", 0, "##about");
            act.merge(DrawAboutView(*p, ui));
            UiAction close;
            close.about = -1;
            act.merge(ActionButton(ui, "Close", close, "Close About this content"));
            EndSemantic(ui);
            ImGui::EndPopup();
        } else {
            ui.show_about = false;
        }
        ui.about_request = 0;
    }
    if (ui.shortcuts.search) ui.focus_search = true;
    // ImGui 1.86 reads keys by the backend's index (an SDL scancode), not by ImGuiKey_ value.
    if (io.KeyAlt && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) act.back = true;
    if (io.KeyAlt && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) act.forward = true;
    if (ImGui::IsMouseClicked(3)) act.back = true;  // mouse "back" button
    if (ImGui::IsMouseClicked(4)) act.forward = true;

#if DL_STUDIO
    // The Studio: its toolbar under the header, its editor beside (wide) or under (narrow) the views.
    const bool studio = ui.studio.enabled && p;
    if (studio) act.merge(DrawStudioToolbar(*p, ui));
    if (ui.studio.enabled) act.merge(DrawStudioDialogs(ui));
#else
    const bool studio = false;
#endif
    // The Studio lists its problems in its own pane, after every edit.
    if (!studio) act.merge(DrawDiagnosticsView(status, ui));
    if (!p) {
        if (status.problems.empty()) TextMuted(ui, "Loading the debate\xE2\x80\xA6");
        // An editor whose file is broken can still pick another one.
        if (ui.can_open_files) {
            ImGui::Spacing();
            act.merge(DrawOpenView(status, ui));
        }
    } else if (ui.wide_layout) {
        const float left = studio ? std::max(fs * 16, ImGui::GetContentRegionAvail().x * 0.27f)
                                  : std::max(fs * 22, ImGui::GetContentRegionAvail().x * 0.40f);
        ImGui::BeginChild("left-pane", ImVec2(left, 0), false);
        if (ui.reader.selected_claim >= 0) {
            BeginSemantic(ui, Role::Group, "Where the selected claim comes from", 0, "##trace-pane");
            ImGui::BeginChild("trace-pane", ImVec2(0, ImGui::GetContentRegionAvail().y * 0.62f), true);
            act.merge(DrawTraceView(*p, ui));
            ImGui::EndChild();
            EndSemantic(ui);
        }
        act.merge(DrawClaimsView(*p, ui));
        ImGui::EndChild();
        ImGui::SameLine();
        const float editor = studio ? std::max(fs * 18, ImGui::GetContentRegionAvail().x * 0.42f) : 0;
        ImGui::BeginChild("right-pane", ImVec2(-editor, 0), false);
        act.merge(DrawTabs("views-wide", ViewContext{*p, status}, ui));
        ImGui::EndChild();
#if DL_STUDIO
        if (studio) {
            ImGui::SameLine();
            ImGui::BeginChild("studio-right", ImVec2(0, 0), false);
            act.merge(DrawStudioPane(*p, ui));
            ImGui::EndChild();
        }
#endif
    } else {
#if DL_STUDIO
        if (studio) {
            ImGui::BeginChild("studio-views", ImVec2(0, ImGui::GetContentRegionAvail().y * 0.55f), false);
            act.merge(DrawTabs("views", ViewContext{*p, status}, ui));
            ImGui::EndChild();
            act.merge(DrawStudioPane(*p, ui));
        } else
#endif
        act.merge(DrawTabs("views", ViewContext{*p, status}, ui));
    }
    ImGui::PopAllowKeyboardFocus();
    ImGui::End();
    FinishSemantics(ui);
    return act;
}

}  // namespace dl
