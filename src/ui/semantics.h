// What the widget draws, as assistive technology and the keyboard need it: each frame the shared
// widgets record an item per thing they draw (role, name, state, bounds, and the UiAction that
// activating it performs), nested as drawn. Pure data, built while drawing and tested headlessly;
// the web platform mirrors it into DOM elements over the canvas, and keyboard focus moves over it on
// both platforms (the shape of AccessKit's tree updates).
#pragma once

#include "ui/ui_action.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dl {

enum class Role : uint8_t {
    Group,         // a labelled region (a pane, the map)
    Button,
    Link,          // leads somewhere: a quote in the article, a source
    Tab,
    TabList,
    TabPanel,
    ListBox,       // the claims list
    Option,
    Tree,          // the trace's tree of responses
    TreeItem,
    Grid,          // the stance matrix
    Row,
    ColumnHeader,
    RowHeader,
    GridCell,
    Heading,
    Paragraph,     // text; a paragraph of the article holds Mark children at byte ranges of its value
    Mark,          // a quoted span (value: "begin,end" in the paragraph's text)
    List,
    ListItem,
    TextBox,       // a text field (value: its text)
    ComboBox,      // a choice among `choices` (value: the chosen one's index)
    CheckBox,
    Dialog,
    Status,        // a message the reader should know of (problems of the content)
    Count
};
const char* role_name(Role r);  // the ARIA role ("button", "option", "gridcell"...)

namespace semantic {
enum Flags : uint16_t {
    kSelected = 1 << 0,
    kExpanded = 1 << 1,     // with kExpandable: open (a tree item with children, a combo)
    kExpandable = 1 << 2,
    kChecked = 1 << 3,
    kDisabled = 1 << 4,
    kFocusable = 1 << 5,    // a tab stop or a member of a composite the keyboard moves in
    kPressed = 1 << 6,      // a toggle button that is on
    kCurrent = 1 << 7,      // the current one of a set (the view's tab)
    kHasPopup = 1 << 8,     // opens a dialog
    kComposite = 1 << 9,    // arrow keys move among its focusable children (tablist, listbox, tree, grid)
    kToggle = 1 << 10,      // a button that stays pressed or not (kPressed says which)
    kPageHasOwn = 1 << 11,  // the page has a real element for it already (the web's search field): no mirror
    kTabStop = 1 << 12,     // Tab stops here (mark_tab_stops): focusable items but one per list, tree and grid
    kModal = 1 << 13,       // a dialog nothing else may be used beside (aria-modal): the focus stays inside it
};
// Each flag as the page's mirror names it (shell.html's `F`; a test checks that the two agree).
struct FlagName {
    const char* name;
    uint16_t flag;
};
constexpr FlagName kFlagNames[] = {
    {"selected", kSelected}, {"expanded", kExpanded}, {"expandable", kExpandable}, {"checked", kChecked},
    {"disabled", kDisabled}, {"focusable", kFocusable}, {"pressed", kPressed}, {"current", kCurrent},
    {"popup", kHasPopup}, {"composite", kComposite}, {"toggle", kToggle}, {"pageHasOwn", kPageHasOwn},
    {"tabStop", kTabStop}, {"modal", kModal},
};
}

struct SemanticItem {
    uint32_t id = 0;      // stable across frames (the widget's ImGui id)
    uint32_t parent = 0;  // 0: at the top
    Role role = Role::Group;
    uint16_t flags = 0;
    int level = 0;        // headings 1-6; tree items: depth from 1
    int row = -1, column = -1;       // grid cells and headers
    int pos_in_set = 0, set_size = 0;  // options, tree items, tabs: 1-based position
    std::string name;     // the accessible name
    std::string value;    // a text field's text, a paragraph's text, a mark's range, a combo's choice
    std::vector<std::string> choices;  // a combo's options
    ScreenRect bounds;    // where it is drawn, in window pixels (CSS pixels on the web); may lie outside the visible area
    uint32_t window = 0;  // the ImGui window it is drawn in (to scroll it into view)
    UiAction action;      // activation (click, Enter, Space); a combo's choice k: `choose_filter` with value k - 1
    UiAction toggle;      // expand or collapse (a tree item's fold)
    bool operator==(const SemanticItem& o) const;
    bool operator!=(const SemanticItem& o) const { return !(*this == o); }
};

// One frame's items, parents before their children, in reading order.
struct SemanticTree {
    std::vector<SemanticItem> items;
    const SemanticItem* find(uint32_t id) const;
};

// The difference between two frames' trees: what a mirror must create, change or remove, and the
// new order of the children of parents whose children changed. An unchanged frame gives an empty diff.
struct SemanticDiff {
    std::vector<SemanticItem> upserts;  // new or changed items
    std::vector<uint32_t> removed;
    std::vector<std::pair<uint32_t, std::vector<uint32_t>>> orders;  // parent (0: the root) -> its children in order
    bool empty() const { return upserts.empty() && removed.empty() && orders.empty(); }
};
SemanticDiff diff_semantics(const SemanticTree& before, const SemanticTree& now);
// The diff as JSON for the web mirror (shell.html reads it): {"u":[...], "r":[...], "o":[...]}.
std::string semantic_diff_json(const SemanticDiff& diff);

// Keyboard focus over the tree. The tab stops, in reading order, are every focusable item, except
// that a list, a tree or a grid is one stop (its focused member, else its selected one, else its
// first); inside a composite (tabs, list, grid, tree) the arrows move.
enum class FocusMove { Next, Previous, Up, Down, Left, Right, First, Last, Out };
// While a modal dialog is drawn (kModal; the last one, when one opens another), only what is inside
// it is a stop: Tab goes round its controls, and the items behind it take no focus.
// Sets kTabStop on exactly the tab stops, for a focus at `focus` (the web mirror's tabindex).
void mark_tab_stops(SemanticTree& tree, uint32_t focus);
// The item focus moves to from `current` (0: none; Next from none is the first tab stop); 0 when it
// leaves the widget (Tab past the last stop, Shift+Tab before the first).
uint32_t move_focus(const SemanticTree& tree, uint32_t current, FocusMove move);
// The modal dialog drawn (0: none), and whether `item` is it or inside it.
uint32_t modal_dialog(const SemanticTree& tree);
bool is_within(const SemanticTree& tree, uint32_t item, uint32_t ancestor);

}  // namespace dl
