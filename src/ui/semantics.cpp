// Semantic items: their roles' names, the frame-to-frame diff a mirror applies, its JSON for the
// page, and keyboard focus moving over the tree.
#include "ui/semantics.h"
#include "model/json_reader.h"  // append_json_string

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <unordered_map>

namespace dl {

namespace {
const char* const kRoleNames[] = {"group", "button", "link", "tab", "tablist", "tabpanel", "listbox", "option", "tree",
                                  "treeitem", "grid", "row", "columnheader", "rowheader", "gridcell", "heading",
                                  "paragraph", "mark", "list", "listitem", "textbox", "combobox", "checkbox", "dialog",
                                  "status"};
static_assert(sizeof(kRoleNames) / sizeof(kRoleNames[0]) == static_cast<size_t>(Role::Count), "a name per role");

auto Tie(const SemanticItem& i) {
    return std::tie(i.id, i.parent, i.role, i.flags, i.level, i.row, i.column, i.pos_in_set, i.set_size, i.name, i.value,
                    i.choices, i.bounds.x0, i.bounds.y0, i.bounds.x1, i.bounds.y1, i.window, i.action, i.toggle);
}

void JsonNumber(std::string& out, float v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    out += buf;
}
}  // namespace

const char* role_name(Role r) { return kRoleNames[static_cast<size_t>(r)]; }

bool SemanticItem::operator==(const SemanticItem& o) const { return Tie(*this) == Tie(o); }

const SemanticItem* SemanticTree::find(uint32_t id) const {
    for (const SemanticItem& i : items)
        if (i.id == id) return &i;
    return nullptr;
}

SemanticDiff diff_semantics(const SemanticTree& before, const SemanticTree& now) {
    SemanticDiff d;
    std::unordered_map<uint32_t, const SemanticItem*> old;
    old.reserve(before.items.size());
    for (const SemanticItem& i : before.items) old.emplace(i.id, &i);
    // Children in order, per parent, before and now.
    auto children = [](const SemanticTree& t) {
        std::unordered_map<uint32_t, std::vector<uint32_t>> c;
        for (const SemanticItem& i : t.items) c[i.parent].push_back(i.id);
        return c;
    };
    std::unordered_map<uint32_t, bool> present;
    present.reserve(now.items.size());
    for (const SemanticItem& i : now.items) {
        present[i.id] = true;
        const auto it = old.find(i.id);
        if (it == old.end() || *it->second != i) d.upserts.push_back(i);
    }
    for (const SemanticItem& i : before.items)
        if (!present.count(i.id)) d.removed.push_back(i.id);
    const auto was = children(before), is = children(now);
    auto order = [&](uint32_t parent) {
        const auto n = is.find(parent);
        if (n == is.end()) return;
        const auto b = was.find(parent);
        if (b == was.end() || b->second != n->second) d.orders.emplace_back(parent, n->second);
    };
    order(0);
    for (const SemanticItem& i : now.items) order(i.id);
    return d;
}

std::string semantic_diff_json(const SemanticDiff& d) {
    std::string out = "{\"u\":[";
    for (size_t k = 0; k < d.upserts.size(); ++k) {
        const SemanticItem& i = d.upserts[k];
        if (k) out += ',';
        out += "{\"id\":" + std::to_string(i.id) + ",\"p\":" + std::to_string(i.parent) + ",\"role\":\"" + role_name(i.role) +
               "\",\"f\":" + std::to_string(i.flags);
        if (i.level) out += ",\"level\":" + std::to_string(i.level);
        if (i.row >= 0) out += ",\"row\":" + std::to_string(i.row);
        if (i.column >= 0) out += ",\"col\":" + std::to_string(i.column);
        if (i.set_size) out += ",\"pos\":" + std::to_string(i.pos_in_set) + ",\"size\":" + std::to_string(i.set_size);
        out += ",\"name\":";
        append_json_string(out, i.name);
        if (!i.value.empty()) {
            out += ",\"value\":";
            append_json_string(out, i.value);
        }
        if (!i.choices.empty()) {
            out += ",\"choices\":[";
            for (size_t c = 0; c < i.choices.size(); ++c) {
                if (c) out += ',';
                append_json_string(out, i.choices[c]);
            }
            out += ']';
        }
        out += ",\"b\":[";
        JsonNumber(out, i.bounds.x0);
        out += ',';
        JsonNumber(out, i.bounds.y0);
        out += ',';
        JsonNumber(out, i.bounds.x1);
        out += ',';
        JsonNumber(out, i.bounds.y1);
        out += "]}";
    }
    out += "],\"r\":[";
    for (size_t k = 0; k < d.removed.size(); ++k) out += (k ? "," : "") + std::to_string(d.removed[k]);
    out += "],\"o\":[";
    for (size_t k = 0; k < d.orders.size(); ++k) {
        if (k) out += ',';
        out += "[" + std::to_string(d.orders[k].first) + ",[";
        for (size_t c = 0; c < d.orders[k].second.size(); ++c) out += (c ? "," : "") + std::to_string(d.orders[k].second[c]);
        out += "]]";
    }
    return out + "]}";
}

// ---- focus ------------------------------------------------------------------------------------

namespace {
using Index = std::unordered_map<uint32_t, size_t>;

bool Focusable(const SemanticItem& i) {
    return (i.flags & semantic::kFocusable) && !(i.flags & semantic::kDisabled);
}

// The composite an item belongs to (its nearest composite ancestor), or nullptr.
const SemanticItem* CompositeOf(const SemanticTree& t, const Index& at, const SemanticItem& item) {
    for (uint32_t p = item.parent; p;) {
        const auto it = at.find(p);
        if (it == at.end()) return nullptr;
        const SemanticItem& parent = t.items[it->second];
        if (parent.flags & semantic::kComposite) return &parent;
        p = parent.parent;
    }
    return nullptr;
}

// The focusable members of a composite, in reading order.
std::vector<size_t> Members(const SemanticTree& t, const Index& at, const SemanticItem& composite) {
    std::vector<size_t> out;
    for (size_t k = 0; k < t.items.size(); ++k)
        if (Focusable(t.items[k]) && CompositeOf(t, at, t.items[k]) == &composite) out.push_back(k);
    return out;
}

// Lists, trees and grids are one tab stop each, as the ARIA practices have it (a "roving" stop): the
// Tab key passes a 48-claim list in one press, and the arrows move inside. Tab lists keep a stop per
// tab (a reader sees the views as buttons along the top).
bool RovingComposite(const SemanticItem& c) { return c.role == Role::ListBox || c.role == Role::Tree || c.role == Role::Grid; }

// `item` is `ancestor` or one of its descendants.
bool Within(const SemanticTree& t, const Index& at, uint32_t item, uint32_t ancestor) {
    for (uint32_t p = item; p;) {
        if (p == ancestor) return true;
        const auto it = at.find(p);
        if (it == at.end()) return false;
        p = t.items[it->second].parent;
    }
    return false;
}

// The last modal dialog drawn (one a dialog opened is drawn after it), or 0.
uint32_t ModalDialog(const SemanticTree& t) {
    for (size_t k = t.items.size(); k-- > 0;)
        if (t.items[k].role == Role::Dialog && (t.items[k].flags & semantic::kModal)) return t.items[k].id;
    return 0;
}

// The tab stops in order: every focusable item outside roving composites, and for each of those its
// one member: the focused one, else the selected one, else the first; inside the modal dialog only,
// while one is drawn.
std::vector<size_t> TabStops(const SemanticTree& t, const Index& at, uint32_t focus) {
    std::unordered_map<const SemanticItem*, size_t> entry;  // roving composite -> its stop
    std::unordered_map<const SemanticItem*, int> rank;      // how good that stop is: 2 focused, 1 selected, 0 first
    std::vector<const SemanticItem*> composite_of(t.items.size(), nullptr);
    const uint32_t modal = ModalDialog(t);
    std::vector<bool> usable(t.items.size());
    for (size_t k = 0; k < t.items.size(); ++k)
        usable[k] = Focusable(t.items[k]) && (!modal || Within(t, at, t.items[k].id, modal));
    for (size_t k = 0; k < t.items.size(); ++k) {
        if (!usable[k]) continue;
        const SemanticItem* c = CompositeOf(t, at, t.items[k]);
        if (!c || !RovingComposite(*c)) continue;
        composite_of[k] = c;
        const int r = t.items[k].id == focus ? 2 : (t.items[k].flags & semantic::kSelected) ? 1 : 0;
        const auto it = rank.find(c);
        if (it == rank.end() || r > it->second) {
            rank[c] = r;
            entry[c] = k;
        }
    }
    std::vector<size_t> stops;
    for (size_t k = 0; k < t.items.size(); ++k)
        if (usable[k] && (!composite_of[k] || entry[composite_of[k]] == k)) stops.push_back(k);
    return stops;
}

Index IndexOf(const SemanticTree& t) {
    Index at;
    at.reserve(t.items.size());
    for (size_t k = 0; k < t.items.size(); ++k) at.emplace(t.items[k].id, k);
    return at;
}
}  // namespace

uint32_t modal_dialog(const SemanticTree& t) { return ModalDialog(t); }

bool is_within(const SemanticTree& t, uint32_t item, uint32_t ancestor) { return Within(t, IndexOf(t), item, ancestor); }

void mark_tab_stops(SemanticTree& t, uint32_t focus) {
    for (SemanticItem& i : t.items) i.flags &= ~semantic::kTabStop;
    for (size_t k : TabStops(t, IndexOf(t), focus)) t.items[k].flags |= semantic::kTabStop;
}

uint32_t move_focus(const SemanticTree& t, uint32_t current, FocusMove move) {
    const Index at = IndexOf(t);
    const auto here = at.find(current);
    if (move == FocusMove::Next || move == FocusMove::Previous) {
        const std::vector<size_t> stops = TabStops(t, at, current);
        if (stops.empty()) return 0;
        const bool next = move == FocusMove::Next;
        if (here == at.end()) return next ? t.items[stops.front()].id : t.items[stops.back()].id;
        // The first stop after (or before) the current item, which may itself be no stop (disabled now).
        if (next) {
            for (size_t s : stops)
                if (s > here->second) return t.items[s].id;
        } else {
            for (size_t k = stops.size(); k-- > 0;)
                if (stops[k] < here->second) return t.items[stops[k]].id;
        }
        return 0;  // past the last or before the first: the focus leaves the widget
    }
    if (here == at.end()) return current;
    const SemanticItem& item = t.items[here->second];
    if (move == FocusMove::Out) {
        const SemanticItem* c = CompositeOf(t, at, item);
        return c && Focusable(*c) ? c->id : current;
    }
    const SemanticItem* c = CompositeOf(t, at, item);
    if (!c) return current;
    const std::vector<size_t> m = Members(t, at, *c);
    const long k = std::find(m.begin(), m.end(), here->second) - m.begin();
    const long n = static_cast<long>(m.size());
    auto id = [&](long x) { return t.items[m[std::clamp(x, 0L, n - 1)]].id; };
    switch (move) {
        case FocusMove::First: return id(0);
        case FocusMove::Last: return id(n - 1);
        case FocusMove::Up:
        case FocusMove::Down: {
            const long step = move == FocusMove::Down ? 1 : -1;
            // In a grid, the same column of the next row; elsewhere the next member.
            if (c->role == Role::Grid && item.column >= 0) {
                for (long x = k + step; x >= 0 && x < n; x += step)
                    if (t.items[m[x]].column == item.column) return id(x);
                return current;
            }
            return id(k + step);
        }
        case FocusMove::Left:
        case FocusMove::Right: {
            const long step = move == FocusMove::Right ? 1 : -1;
            // Tabs and grid rows move sideways; lists and trees do not (a tree's Left/Right fold, done by the caller).
            if (c->role == Role::TabList) return id(k + step);
            if (c->role == Role::Grid && item.row >= 0) {
                const long x = k + step;
                return x >= 0 && x < n && t.items[m[x]].row == item.row ? id(x) : current;
            }
            return current;
        }
        default: return current;
    }
}

}  // namespace dl
