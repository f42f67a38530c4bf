// Every view of the widget in one list: its id (deep links, --view, embed.js's data-view), its tab
// title, its draw function and where it sits in the narrow and wide layouts. The tab bar, the link
// parser and the usage text read this list; a test checks embed.js against it.
#pragma once

#include <array>
#include <string>

namespace dl {

enum class View { Overview, Positions, Claims, Map, Article, Timeline, Open, Count };

struct PreparedDebate;
struct ContentStatus;
struct UiState;
struct UiAction;

// What a view draws from: the debate on screen and what the widget knows about its content.
struct ViewContext {
    const PreparedDebate& debate;
    const ContentStatus& status;
};

// Narrow layouts show every view as a tab; wide ones keep some beside the tabs.
enum class WidePlace { Tabs, LeftPane };

struct ViewInfo {
    View view;
    const char* id;     // "overview"
    const char* title;  // "Overview"
    UiAction (*draw)(const ViewContext&, UiState&);
    WidePlace wide;
    bool editor_only;   // needs the editor's file system (native Open): never in links, embeds or snapshots
    // Brings the selected claim on screen (its trace, its node, its quote): a claim chosen from
    // outside (a link, Back) is shown in such a view; from any other, narrow screens go to its trace.
    bool shows_selection;
};

constexpr size_t kViewCount = static_cast<size_t>(View::Count);
const std::array<ViewInfo, kViewCount>& all_views();
const ViewInfo& view_info(View v);
const char* view_name(View v);   // the id
const char* view_title(View v);  // the tab title
// The view named `id`; false if there is none. (Whether an editor-only view can be shown is the
// caller's to decide.)
bool parse_view(const std::string& id, View& out);
// "overview, positions, claims, map, article or timeline": the reader-facing ids (links, embeds).
std::string linkable_view_ids();

}  // namespace dl
