// The Studio headlessly, driven through real ImGuiIO input as a person would drive it: every panel
// drawn light and dark at 360 and 1280 px; words selected by a mouse drag and by Shift+arrows from a
// click's caret; Claim from selection; a stance cell edited; a relation added; undo and redo keys;
// Save; and the semantic tree (every Studio control has a role and a name, and Tab reaches it).
// Expected quotes come from the fixture's JSON text read here with nlohmann, never from the app.
#include "app/app.h"
#include "app/start.h"
#include "app/studio_app.h"
#include "model/load.h"
#include "ui/imgui_observer.h"
#include "ui/keyboard.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <initializer_list>
#include <iterator>
#include <fstream>
#include <set>
#include <string>
#include <unistd.h>
#include <tuple>
#include <vector>

namespace {

using nlohmann::json;

const char* const kFixture = DL_SOURCE_DIR "/tests/fixtures/studio-fernhollow.json";

json Fixture() { return json::parse(std::ifstream(kFixture)); }
std::string ParagraphText(const json& j, const std::string& id) {
    for (const json& p : j["article"]["paragraphs"])
        if (p["id"] == id) return p["text"].get<std::string>();
    FAIL("no paragraph " << id);
    return "";
}
// The speaker the fixture's sections give a paragraph's claims.
std::string SectionActor(const json& j, const std::string& paragraph) {
    for (const json& s : j["article"]["sections"])
        for (const json& p : s["paragraphs"])
            if (p == paragraph) return s.value("actor", "");
    return "";
}

std::string FileText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

class QuietPlatform final : public dl::PlatformServices {
public:
    int quits = 0;
    bool web_page = false;  // as the web page: Save downloads, files come from the page's picker
    std::vector<std::pair<std::string, std::string>> downloads;  // file name, bytes
    bool SavesAsDownloads() const override { return web_page; }
    void Download(const std::string& name, const std::string& bytes) override { downloads.emplace_back(name, bytes); }
    void SetClipboard(const std::string&) override {}
    void OpenUrl(const std::string&) override {}
    std::string PageUrl() const override { return ""; }
    void WriteLocation(const std::string&, bool) override {}
    void Share(const std::string&, const std::string&) override {}
    std::string DesktopTheme() override { return ""; }
    void Wake() override {}
    void Quit() override { ++quits; }
};

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/debatelens-studio-test-XXXXXX";
        path = mkdtemp(tmpl);
    }
    ~TempDir() { std::system(("rm -rf '" + path + "'").c_str()); }
};

// A failed ImGui check (IM_ASSERT) fails the test case; the items need no watching here (the
// semantic tree says where everything is).
class FailOnCheck final : public dl::ImGuiObserver {
public:
    void ItemAdded(const ImRect&, ImGuiID) override {}
    void ItemInfo(ImGuiID, const char*, ImGuiItemStatusFlags) override {}
    void CheckFailed(const char* expression, const char* file, int line) override {
        FAIL_CHECK("ImGui check failed: " << expression << " at " << file << ":" << line);
    }
};

// The Studio as `debatelens --studio FILE` starts it, on a headless ImGui context with the app's fonts.
struct Studio {
    QuietPlatform platform;
    FailOnCheck checks;
    dl::App app;
    dl::AppState& s = app.state;
    ImGuiContext* context = nullptr;
    TempDir dir;
    std::string file = dir.path + "/fernhollow.json";
    float w = 1280, h = 800;

    explicit Studio(float width = 1280, float height = 800, bool web_page = false) : w(width), h(height) {
        platform.web_page = web_page;
        context = ImGui::CreateContext();
        dl::ObserveImGui(context, &checks);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = 100 + k;
        std::ofstream(file, std::ios::binary) << std::ifstream(kFixture, std::ios::binary).rdbuf();
        s.asset_dir = DL_ASSETS_DIR;
        dl::StartOptions o;
        dl::StartApp(s, o);
        REQUIRE(dl::StartStudio(s, file, dir.path + "/recovery"));
        app.Init(platform);
        Frames(3);
    }
    ~Studio() {
        dl::ObserveImGui(context, nullptr);
        ImGui::DestroyContext(context);
    }
    Studio(const Studio&) = delete;
    Studio& operator=(const Studio&) = delete;

    const dl::Debate& Doc() const { return *s.debate->debate; }
    void Frames(int n) {
        ImGui::SetCurrentContext(context);
        ImGuiIO& io = ImGui::GetIO();
        for (int i = 0; i < n; ++i) {
            io.DisplaySize = ImVec2(w, h);
            io.DeltaTime = 1.0f / 60.0f;
            app.BeforeFrame(1.0f, static_cast<int>(w), static_cast<int>(h));
            ImGui::NewFrame();
            app.Frame();
            ImGui::Render();
        }
    }
    // Another debate file beside the document: the fixture titled "The other debate".
    std::string WriteOther() const {
        const std::string other = dir.path + "/other.json";
        json second = Fixture();
        second["title"] = "The other debate";
        std::ofstream(other, std::ios::binary) << second.dump();
        return other;
    }
    // The debate's title edited as its field in the editor would.
    void SetTitle(const std::string& title) {
        dl::UiAction a;
        dl::EditRequest e;
        e.target = {dl::Entity::Debate, 0, -1};
        e.field = dl::find_field(dl::Entity::Debate, "title");
        e.text = title;
        a.edits.push_back(e);
        dl::ApplyAction(s, a);
        Frames(2);
    }
    // A file the platform hands in (picked, dropped, or an article for a new draft).
    void HandIn(const std::string& path, dl::AppEvent::Type type) {
        dl::AppEvent e;
        e.type = type;
        e.text = path;
        app.Event(e);
        Frames(2);
    }
    // A button pressed from the keyboard: focused, then Enter.
    void Answer(const char* button) {
        dl::FocusItem(s.ui, Need(button).id, true);
        Key(ImGuiKey_Enter);
        Frames(2);
    }
    void Show(dl::View v) {
        dl::UiAction a;
        a.set_view = static_cast<int>(v);
        dl::ApplyAction(s, a);
        Frames(3);
    }
    const dl::SemanticItem* Item(const std::string& name, bool prefix = false) const {
        for (const dl::SemanticItem& i : s.ui.drawn_semantics.items)
            if (prefix ? i.name.rfind(name, 0) == 0 : i.name == name) return &i;
        return nullptr;
    }
    const dl::SemanticItem& Need(const std::string& name, bool prefix = false) const {
        const dl::SemanticItem* i = Item(name, prefix);
        REQUIRE_MESSAGE(i, "no item named " << name);
        return *i;
    }
    void MouseTo(float x, float y, bool down, int frames = 1) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(x, y);
        io.MouseDown[0] = down;
        Frames(frames);
    }
    void Click(float x, float y) {
        MouseTo(x, y, false);
        MouseTo(x, y, true);
        MouseTo(x, y, false, 2);
    }
    void Click(const dl::SemanticItem& i) {
        const dl::ScreenRect b = i.bounds;  // `i` lives in the tree the next frame replaces
        Click((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2);
    }
    void Drag(float x0, float y0, float x1, float y1) {
        MouseTo(x0, y0, false);
        MouseTo(x0, y0, true);
        for (int k = 1; k <= 6; ++k) MouseTo(x0 + (x1 - x0) * k / 6, y0 + (y1 - y0) * k / 6, true);
        MouseTo(x1, y1, false, 2);
    }
    // A drag over the whole of each paragraph (its semantic item's name starts with `name`), from its
    // first letter to past its last line, then Claim from selection: a claim quoting all of it.
    void ClaimsFromParagraphs(std::initializer_list<const char*> names) {
        for (const char* name : names) {
            const dl::ScreenRect b = Need(name, true).bounds;
            Drag(b.x0 + 1, b.y0 + 6, b.x1 + 30, b.y1 - 6);
            Click(Need("Claim from selection"));
        }
    }
    void Key(ImGuiKey key, bool shift = false, bool ctrl = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyShift = shift;
        io.KeyCtrl = ctrl;
        io.KeysDown[io.KeyMap[key]] = true;
        Frames(1);
        io.KeysDown[io.KeyMap[key]] = false;
        Frames(1);
        io.KeyShift = io.KeyCtrl = false;
        Frames(1);
    }
    void Type(const std::string& text) {
        ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
        Frames(2);
    }
    std::string Selected() const {
        const dl::ArticleSelection& sel = s.ui.studio.selection;
        return sel.empty() ? "" : Doc().article.paragraphs[sel.paragraph].text.substr(sel.begin(), sel.end() - sel.begin());
    }
};

// The last `n` characters (code points) of UTF-8 text, found by its lead bytes.
std::string LastCharacters(const std::string& text, int n) {
    size_t at = text.size();
    while (n-- > 0 && at > 0) {
        --at;
        while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    }
    return text.substr(at);
}
// The first `n` space-separated words of the text, spaces between them kept.
std::string FirstWords(const std::string& text, int n) {
    size_t at = 0;
    for (int k = 0; k < n; ++k) {
        at = text.find(' ', at + 1);
        if (at == std::string::npos) return text;
    }
    return text.substr(0, at);
}

}  // namespace

TEST_CASE("studio: every panel draws light and dark at 360 and 1280 px, for every kind of item") {
    for (const float width : {360.0f, 1280.0f})
        for (const bool dark : {false, true}) {
            Studio st(width, width > 400 ? 800 : 740);
            st.s.ui.dark = dark;
            st.s.style_dirty = true;
            for (const dl::View v : {dl::View::Article, dl::View::Positions, dl::View::Map, dl::View::Overview}) {
                st.Show(v);
                for (int e = 0; e < static_cast<int>(dl::Entity::Count); ++e) {
                    dl::UiAction open;
                    open.edit_target = {static_cast<dl::Entity>(e), 0, e == static_cast<int>(dl::Entity::Stance) ? 0 : -1};
                    dl::ApplyAction(st.s, open);
                    st.Frames(2);
                    CAPTURE(width);
                    CAPTURE(e);
                    CHECK(st.Item("Editor") != nullptr);
                    CHECK(st.Item("Undo (nothing to undo)") != nullptr);
                }
            }
            // The path rows: the field and both buttons inside the window, none over another.
            for (const auto& [shown, field, confirm] :
                 {std::tuple{&st.s.ui.studio.show_save_as, "Save as: file path", "Save here"},
                  std::tuple{&st.s.ui.studio.show_new, "New debate from article: the article's file (.txt, .md, .html)", "Make draft"}}) {
                *shown = true;
                st.Frames(2);
                const dl::ScreenRect f = st.Need(field).bounds, ok = st.Need(confirm).bounds,
                                     cancel = st.Need(std::string("Cancel ") + confirm).bounds;
                const std::string row = confirm;
                CAPTURE(row);
                for (const dl::ScreenRect& r : {f, ok, cancel}) CHECK((r.x0 >= 0 && r.x1 <= width));
                CHECK((ok.x0 >= f.x1 || ok.y0 >= f.y1));
                CHECK((cancel.x0 >= ok.x1 || cancel.y0 >= ok.y1));
                *shown = false;
            }
            // The dialogs: recovering unsaved work, and closing with unsaved changes.
            st.s.studio->offers.push_back({"x", st.file, 0, 1764574200, "2025-12-01T07:30:00Z", "t"});
            st.Frames(2);
            CHECK(st.Item("Recover unsaved work from 2025-12-01 07:30 UTC?") != nullptr);
            st.s.studio->offers.clear();
            st.s.studio->confirm_close = true;
            st.Frames(2);
            CHECK(st.Item("This debate has unsaved changes. Save them before closing?") != nullptr);
        }
}

TEST_CASE("studio: a mouse drag selects words and Claim from selection quotes exactly them, spoken by the section's speaker") {
    const json j = Fixture();
    Studio st;
    st.Show(dl::View::Article);
    const dl::SemanticItem para = st.Need("Paragraph p04", true);
    // From the paragraph's first letter to past the end of its last line: all of it.
    st.Drag(para.bounds.x0 + 1, para.bounds.y0 + 6, para.bounds.x1 + 30, para.bounds.y1 - 6);
    const std::string text = ParagraphText(j, "p04");
    CHECK(st.Selected() == text);
    st.Click(st.Need("Claim from selection"));
    REQUIRE(st.Doc().claims.size() == 1);
    const dl::Claim& c = st.Doc().claims[0];
    CHECK(c.quote == text);
    CHECK(c.quote_begin == 0);
    CHECK(c.quote_end == text.size());
    CHECK(st.Doc().article.paragraphs[c.paragraph].id == "p04");
    CHECK(st.Doc().actors[c.actor].id == SectionActor(j, "p04"));
    // The new claim is selected and its form is open, for its kind, summary and questions.
    CHECK(st.s.ui.reader.selected_claim == 0);
    CHECK(st.s.ui.studio.target == dl::Target{dl::Entity::Claim, 0, -1});
    CHECK(st.Item("Summary (claim)") != nullptr);
}

TEST_CASE("studio: Shift and the arrows select from a click's caret, by words and by whole UTF-8 characters") {
    const json j = Fixture();
    Studio st;
    st.Show(dl::View::Article);
    const dl::SemanticItem para = st.Need("Paragraph p01", true);
    st.Click(para.bounds.x0 + 1, para.bounds.y0 + 6);  // the caret before the first letter
    for (int k = 0; k < 3; ++k) st.Key(ImGuiKey_RightArrow, true, true);
    const std::string text = ParagraphText(j, "p01");
    CHECK(st.Selected() == FirstWords(text, 3));
    // From the end, two characters back: a full stop and a closing curly quote (three bytes).
    st.Key(ImGuiKey_End);
    st.Key(ImGuiKey_LeftArrow, true);
    st.Key(ImGuiKey_LeftArrow, true);
    const std::string tail = LastCharacters(text, 2);
    REQUIRE(tail == ".\xE2\x80\x9D");  // what the fixture's paragraph ends with
    CHECK(st.Selected() == tail);
    st.Click(st.Need("Claim from selection"));
    REQUIRE(st.Doc().claims.size() == 1);
    CHECK(st.Doc().claims[0].quote == tail);
    CHECK(st.Doc().claims[0].quote_begin == text.size() - tail.size());
}

TEST_CASE("studio: a double click selects the word under the pointer; Shift+click extends the selection from its start") {
    const json j = Fixture();
    Studio st;
    st.Show(dl::View::Article);
    const dl::SemanticItem para = st.Need("Paragraph p04", true);
    const std::string text = ParagraphText(j, "p04");
    REQUIRE(text.rfind("The numbers", 0) == 0);
    const float x = para.bounds.x0 + 6, y = para.bounds.y0 + 6;  // inside "The"
    st.Click(x, y);
    CHECK(st.Selected().empty());  // one click: a caret
    st.Click(x, y);
    CHECK(st.Selected() == "The");
    // Shift+click on the last line, right of its last word: from the word's start to the paragraph's end.
    ImGui::GetIO().KeyShift = true;
    st.Click(para.bounds.x1 - 2, para.bounds.y1 - 6);
    ImGui::GetIO().KeyShift = false;
    st.Frames(1);
    CHECK(st.Selected() == text);
    st.Click(st.Need("Claim from selection"));
    REQUIRE(st.Doc().claims.size() == 1);
    CHECK(st.Doc().claims[0].quote == text);
}

TEST_CASE("studio: a Positions cell opens its stance; leaning, position and grounding claim are set there") {
    const json j = Fixture();
    Studio st(1280, 2200);  // tall enough for the whole article on screen
    st.Show(dl::View::Article);
    st.ClaimsFromParagraphs({"Paragraph p10"});  // Tobias Venn's section
    REQUIRE(st.Doc().claims.size() == 1);
    REQUIRE(st.Doc().actors[st.Doc().claims[0].actor].id == "tobias-venn");
    st.Show(dl::View::Positions);
    st.Click(st.Need("Tobias Venn, Cycle path", true));
    CHECK(st.s.ui.studio.target == dl::Target{dl::Entity::Stance, st.Doc().find_actor("tobias-venn"), 0});
    // The leaning: the drop-down takes the focus, Escape closes its list, Down picks the next one.
    st.Click(st.Need("Leaning (stance)"));
    st.Key(ImGuiKey_Escape);
    st.Key(ImGuiKey_DownArrow);
    // A cell without a stance shows not_addressed, the last of FORMAT.md's leanings: Down changes
    // nothing (no stance is made), Up picks strong_yes and makes the stance.
    CHECK(st.Doc().stance(st.Doc().find_actor("tobias-venn"), 0) == nullptr);
    st.Key(ImGuiKey_UpArrow);
    const dl::Stance* s = st.Doc().stance(st.Doc().find_actor("tobias-venn"), 0);
    REQUIRE(s);
    CHECK(s->leaning == dl::Leaning::StrongYes);
    st.Click(st.Need("Position (stance)"));
    st.Type("Wants the trains back, not a path.");
    st.Key(ImGuiKey_Enter);
    s = st.Doc().stance(st.Doc().find_actor("tobias-venn"), 0);
    CHECK(s->position == "Wants the trains back, not a path.");
    st.Click(st.Need("Grounded in: ", true));
    s = st.Doc().stance(st.Doc().find_actor("tobias-venn"), 0);
    CHECK(s->claims == std::vector<int>{0});
}

TEST_CASE("studio: undo and redo by Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, announced with the step; a relation added and saved") {
    const json j = Fixture();
    Studio st(1280, 2200);
    st.Show(dl::View::Article);
    st.ClaimsFromParagraphs({"Paragraph p04", "Paragraph p08"});
    REQUIRE(st.Doc().claims.size() == 2);
    st.Click(st.Need("Add relation"));  // from the claim just made (p08's) to the other
    REQUIRE(st.Doc().relations.size() == 1);
    CHECK(st.Doc().relations[0].from == 1);
    CHECK(st.Doc().relations[0].to == 0);
    CHECK(st.Doc().relations[0].type == dl::RelationType::Supports);
    st.app.TakeAnnouncement();
    st.Click(st.w / 2, 20);  // away from any text field
    st.Key(ImGuiKey_Z, false, true);
    CHECK(st.Doc().relations.empty());
    CHECK(st.app.TakeAnnouncement().rfind("Undone: Added relation", 0) == 0);
    st.Key(ImGuiKey_Z, false, true);
    CHECK(st.Doc().claims.size() == 1);
    CHECK(st.Item("Redo: Added claim tobias-venn-a-cycle-path-is", true) != nullptr);
    st.Key(ImGuiKey_Z, true, true);
    CHECK(st.Doc().claims.size() == 2);
    st.Key(ImGuiKey_Y, false, true);
    CHECK(st.Doc().relations.size() == 1);
    CHECK(st.app.TakeAnnouncement().rfind("Redone: Added relation", 0) == 0);
    // Ctrl+S (the platform's shortcut event): the file on disk holds what was made.
    st.app.Event(dl::AppEvent{dl::AppEvent::Type::ShortcutSave, "", "", 0, 0, 0, false});
    st.Frames(2);
    const json saved = json::parse(std::ifstream(st.file));
    REQUIRE(saved["claims"].size() == 2);
    CHECK(saved["claims"][0]["quote"] == ParagraphText(j, "p04"));
    CHECK(saved["claims"][1]["quote"] == ParagraphText(j, "p08"));
    REQUIRE(saved["relations"].size() == 1);
    CHECK(saved["relations"][0]["type"] == "supports");
    CHECK_FALSE(st.s.studio->document->dirty());
}

TEST_CASE("studio semantics: every Studio control has a role and a name, and Tab reaches it") {
    Studio st(1280, 2200);
    st.Show(dl::View::Article);
    st.ClaimsFromParagraphs({"Paragraph p05", "Paragraph p04"});
    st.Frames(3);  // the new claim is scrolled into view
    const dl::ScreenRect again = st.Need("Paragraph p04", true).bounds;
    st.Drag(again.x0 + 1, again.y0 + 6, again.x0 + 60, again.y0 + 6);
    // Written from the panels' labels as a person sees them.
    const std::vector<std::pair<std::string, dl::Role>> expected = {
        {"Undo: Added claim mirela-kastberg-the-numbers-favour-the", dl::Role::Button}, {"Redo (nothing to redo)", dl::Role::Button},
        {"Save (Ctrl+S)", dl::Role::Button}, {"Save as", dl::Role::Button}, {"New debate from article", dl::Role::Button},
        {"Claim from selection", dl::Role::Button}, {"Re-anchor the quote of mirela-kastberg-the-numbers-favour-the here", dl::Role::Button}, {"Add relation", dl::Role::Button},
        {"Edit Claims", dl::Role::Button}, {"Edit People", dl::Role::Button}, {"Which claim", dl::Role::ComboBox},
        {"Id (claim)", dl::Role::TextBox}, {"Speaker (claim)", dl::Role::ComboBox}, {"Kind (claim)", dl::Role::ComboBox},
        {"Summary (claim)", dl::Role::TextBox}, {"Bears on: Should the old line become a cycle path?", dl::Role::CheckBox},
        {"Type of the new relation", dl::Role::ComboBox}, {"Paragraph p04 (select words: Shift and the arrow keys)", dl::Role::Paragraph},
    };
    std::vector<std::pair<std::string, uint32_t>> wanted;
    for (const auto& [name, role] : expected) {
        const dl::SemanticItem* i = st.Item(name);
        REQUIRE_MESSAGE(i, "no item named " << name);
        CHECK_MESSAGE(i->role == role, name);
        CHECK_MESSAGE((i->flags & dl::semantic::kFocusable) != 0, name);
        // A disabled button (nothing to redo) is named but is no tab stop, as in a browser.
        if (!(i->flags & dl::semantic::kDisabled)) wanted.emplace_back(name, i->id);
    }
    // Tab round the whole window once: every one of them is a stop on the way.
    std::set<uint32_t> reached;
    for (int k = 0; k < 400 && reached.size() < st.s.ui.drawn_semantics.items.size(); ++k) {
        st.Key(ImGuiKey_Tab);
        if (!reached.insert(st.s.ui.focus_id).second) break;
    }
    CHECK(wanted.size() == expected.size() - 1);
    for (const auto& [name, id] : wanted) CHECK_MESSAGE(reached.count(id) == 1, "Tab never reached " << name);
}

TEST_CASE("studio: on the map a drag from one claim to another makes a relation; a click on its edge opens it; the trace adds one") {
    Studio st(1280, 2200);
    st.Show(dl::View::Article);
    st.ClaimsFromParagraphs({"Paragraph p04", "Paragraph p08"});
    REQUIRE(st.Doc().claims.size() == 2);
    REQUIRE(st.Doc().relations.empty());
    st.Show(dl::View::Map);
    auto box = [&](int claim) {
        for (const dl::DrawnNode& n : st.s.ui.map_drawn)
            if (n.claim == claim) return n;
        FAIL("claim " << claim << " is not on the map");
        return dl::DrawnNode{};
    };
    const dl::DrawnNode a = box(1), b = box(0);
    // From the second claim's box to the first's: a relation from 1 to 0, of the row's type (supports).
    st.Drag(a.x + a.w / 2, a.y + a.h / 2, b.x + b.w / 2, b.y + b.h / 2);
    REQUIRE(st.Doc().relations.size() == 1);
    CHECK(st.Doc().relations[0].from == 1);
    CHECK(st.Doc().relations[0].to == 0);
    CHECK(st.Doc().relations[0].type == dl::RelationType::Supports);
    CHECK(st.s.ui.studio.target == dl::Target{dl::Entity::Claim, 1, -1});  // the claim's form, to retype it
    // A drag that starts on empty canvas still pans, and makes nothing.
    st.Frames(2);
    const float cam_x = st.s.ui.reader.map.x;
    st.Drag(st.s.ui.map_box.x0 + 4, st.s.ui.map_box.y1 - 4, st.s.ui.map_box.x0 + 60, st.s.ui.map_box.y1 - 40);
    CHECK(st.Doc().relations.size() == 1);
    CHECK(st.s.ui.reader.map.x != cam_x);
    st.Frames(2);
    // A click on the edge's middle opens the relation's own form.
    REQUIRE(st.s.ui.map_edges_drawn.size() == 1);
    const dl::DrawnNode mid = st.s.ui.map_edges_drawn[0];
    CHECK(mid.claim == 0);
    st.Click(mid.x, mid.y);
    CHECK(st.s.ui.studio.target == dl::Target{dl::Entity::Relation, 0, -1});
    // From the trace of the selected claim, "Add a relation…" opens that claim's form at its New relation row.
    REQUIRE(st.s.ui.reader.selected_claim == 1);
    st.Click(st.Need("Add a relation from this claim"));
    CHECK(st.s.ui.studio.target == dl::Target{dl::Entity::Claim, 1, -1});
    CHECK(st.Item("Add relation") != nullptr);
    // Undo takes the drawn relation away like any other edit.
    st.Click(st.w / 2, 20);
    st.Key(ImGuiKey_Z, false, true);
    CHECK(st.Doc().relations.empty());
}

TEST_CASE("studio: Save as and New from article work from the keyboard; Escape closes their rows and cancels closing; the focus comes back to the button") {
    Studio st;
    st.Show(dl::View::Article);
    const std::string before = FileText(st.file);
    // Save as: the row opens, a path is typed, Escape closes the row and keeps what was typed.
    st.Click(st.Need("Save as"));
    REQUIRE(st.s.ui.studio.show_save_as);
    st.Click(st.Need("Save as: file path"));
    st.Type("/tmp/elsewhere.json");
    REQUIRE(ImGui::GetIO().WantTextInput);
    st.Key(ImGuiKey_Escape);
    CHECK_FALSE(st.s.ui.studio.show_save_as);
    CHECK(st.Item("Save as: file path") == nullptr);
    CHECK(st.s.ui.focus_id == st.Need("Save as").id);
    CHECK(st.s.ui.focus_visible);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    CHECK(st.s.ui.studio.save_as_path.find("/tmp/elsewhere.json") != std::string::npos);
    // New from article: the same, from the keyboard alone (Enter on the focused button).
    dl::FocusItem(st.s.ui, st.Need("New debate from article").id, true);
    st.Key(ImGuiKey_Enter);
    REQUIRE(st.s.ui.studio.show_new);
    REQUIRE(st.Item("New debate from article: the article's file (.txt, .md, .html)") != nullptr);
    st.Key(ImGuiKey_Escape);
    CHECK_FALSE(st.s.ui.studio.show_new);
    CHECK(st.s.ui.focus_id == st.Need("New debate from article").id);
    // Both rows from the keyboard: Enter opens, the button says it is expanded; Enter on Cancel closes.
    dl::FocusItem(st.s.ui, st.Need("Save as").id, true);
    st.Key(ImGuiKey_Enter);
    REQUIRE(st.s.ui.studio.show_save_as);
    CHECK((st.Need("Save as").flags & dl::semantic::kExpanded) != 0);
    dl::FocusItem(st.s.ui, st.Need("Cancel Save here").id, true);
    st.Key(ImGuiKey_Enter);
    CHECK_FALSE(st.s.ui.studio.show_save_as);
    CHECK((st.Need("Save as").flags & dl::semantic::kExpanded) == 0);
    CHECK(st.s.ui.focus_id == st.Need("Save as").id);  // not lost with the Cancel button
    // An Escape with nothing open changes nothing.
    st.Key(ImGuiKey_Escape);
    CHECK(st.s.ui.focus_id == st.Need("Save as").id);
    // Closing with unsaved changes: Escape is Cancel. The Studio stays open, nothing written.
    st.s.studio->confirm_close = true;
    st.Frames(2);
    REQUIRE(st.Item("This debate has unsaved changes. Save them before closing?") != nullptr);
    st.Key(ImGuiKey_Escape);
    CHECK_FALSE(st.s.studio->confirm_close);
    CHECK(st.Item("This debate has unsaved changes. Save them before closing?") == nullptr);
    CHECK(st.platform.quits == 0);
    CHECK(FileText(st.file) == before);
}

TEST_CASE("studio: a file the page could not hand in (too large, unreadable) is named in the toolbar and announced; the document stays") {
    Studio st;
    const std::string file = st.s.content.current_file;
    const std::string title = st.Doc().title;
    dl::AppEvent e;
    e.type = dl::AppEvent::Type::ContentProblem;
    e.label = "holiday.mp4";
    e.text = "is 512000000 bytes; the limit is 33554432 (32 MiB)";
    st.app.Event(e);
    st.Frames(2);
    const std::string said = "Not opened: holiday.mp4 is 512000000 bytes; the limit is 33554432 (32 MiB)";
    CHECK(st.s.studio->message == said);
    CHECK(st.Item(said) != nullptr);
    CHECK(st.s.content.current_file == file);
    CHECK(st.s.content.problems.empty());
    CHECK(st.Doc().title == title);
    CHECK(st.Item("Editor") != nullptr);
}

TEST_CASE("studio on the web page: the toolbar names the file without the page's folders, and Save downloads it under that name") {
    Studio st(1280, 800, true);
    const std::string name = "fernhollow.json";
    REQUIRE(st.s.content.current_file.size() > name.size());  // a full path in the page's memory
    CHECK(st.Item("Saved \xC2\xB7 " + name) != nullptr);
    CHECK(st.Item("Saved \xC2\xB7 " + st.s.content.current_file) == nullptr);
    dl::UiAction a;
    a.studio_command = dl::StudioCommand::Save;
    dl::ApplyAction(st.s, a);
    st.Frames(2);
    REQUIRE(st.platform.downloads.size() == 1);
    CHECK(st.platform.downloads[0].first == name);
    std::ifstream saved(st.file, std::ios::binary);
    CHECK(st.platform.downloads[0].second == std::string(std::istreambuf_iterator<char>(saved), {}));
    CHECK(json::parse(st.platform.downloads[0].second)["id"] == Fixture()["id"]);
    CHECK(st.s.studio->message == "Saved: downloaded " + name);

    // A file the page hands in, and a draft from an article: named, never by the folders.
    dl::AppEvent opened;
    opened.type = dl::AppEvent::Type::FileDropped;
    opened.text = st.file;
    st.app.Event(opened);
    st.Frames(2);
    CHECK(st.s.studio->message == "Opened " + name);
    dl::AppEvent article;
    article.type = dl::AppEvent::Type::ArticleChosen;
    article.text = DL_SOURCE_DIR "/tests/fixtures/articles/old-town-cars.html";
    st.app.Event(article);
    st.Frames(2);
    CHECK(st.s.studio->message.rfind("New draft from old-town-cars.html: ", 0) == 0);
    CHECK(st.s.studio->message.find("Save downloads it.") != std::string::npos);
    CHECK(st.Item("New draft \xC2\xB7 not saved yet") != nullptr);  // not "Saved": it is nowhere yet
    dl::ApplyAction(st.s, a);
    st.Frames(2);
    REQUIRE(st.platform.downloads.size() == 2);
    CHECK(st.platform.downloads[1].first == st.Doc().id + ".json");
    CHECK(json::parse(st.platform.downloads[1].second)["article"]["paragraphs"].size() == st.Doc().article.paragraphs.size());
}

TEST_CASE("studio: a file handed in over unsaved changes asks first; Cancel keeps them, Discard drops them, Save writes them, then the file opens") {
    Studio st;
    const std::string other = st.WriteOther();
    const auto edit_title = [&](const std::string& title) {
        st.SetTitle(title);
        REQUIRE(st.s.studio->document->dirty());
    };
    const std::string before = FileText(st.file);
    edit_title("Edited, not saved");

    // Cancel: the document and its changes stay; nothing is written.
    st.HandIn(other, dl::AppEvent::Type::FileDropped);
    REQUIRE(st.Item("This debate has unsaved changes. Save them before opening " + other + "?") != nullptr);
    CHECK(st.Doc().title == "Edited, not saved");
    st.Answer("Cancel");
    CHECK(st.Doc().title == "Edited, not saved");
    CHECK(st.s.studio->document->dirty());
    CHECK_FALSE(st.s.studio->pending_open.has_value());
    CHECK(FileText(st.file) == before);
    // Escape is Cancel too.
    st.HandIn(other, dl::AppEvent::Type::FileDropped);
    st.Key(ImGuiKey_Escape);
    st.Frames(2);
    CHECK_FALSE(st.s.studio->pending_open.has_value());
    CHECK(st.Doc().title == "Edited, not saved");

    // Save: the changes are written to their file, then the other file opens.
    st.HandIn(other, dl::AppEvent::Type::FileDropped);
    st.Answer("Save");
    CHECK(json::parse(FileText(st.file))["title"] == "Edited, not saved");
    CHECK(st.Doc().title == "The other debate");
    CHECK(st.s.content.current_file == other);
    CHECK_FALSE(st.s.studio->document->dirty());

    // Discard: a draft from an article replaces unsaved changes, which are not written.
    edit_title("Dropped on purpose");
    st.HandIn(DL_SOURCE_DIR "/tests/fixtures/articles/old-town-cars.html", dl::AppEvent::Type::ArticleChosen);
    REQUIRE(st.Item("This debate has unsaved changes. Save them before making a draft from " DL_SOURCE_DIR
                    "/tests/fixtures/articles/old-town-cars.html?") != nullptr);
    st.Answer("Discard");
    CHECK(st.s.content.current_file.empty());  // the untitled draft
    CHECK(st.s.studio->message.rfind("New draft from ", 0) == 0);
    CHECK(json::parse(FileText(other))["title"] == "The other debate");
    // With nothing unsaved a file opens at once.
    st.HandIn(st.file, dl::AppEvent::Type::FileDropped);
    CHECK(st.Doc().title == "Edited, not saved");
    CHECK(st.s.studio->message == "Opened " + st.file);
}

TEST_CASE("studio: the question's Save on an untitled draft asks for its file in the Save-as row, then does what was asked; closing the row drops it") {
    Studio st;
    const std::string other = st.WriteOther();
    const std::string article = DL_SOURCE_DIR "/tests/fixtures/articles/old-town-cars.html";
    const auto edited_draft = [&](const std::string& title) {
        st.HandIn(article, dl::AppEvent::Type::ArticleChosen);
        REQUIRE(st.s.studio->document->path().empty());
        st.SetTitle(title);
        REQUIRE(st.s.studio->document->dirty());
    };
    const auto save_here = [&](const std::string& path) {
        REQUIRE(st.s.ui.studio.show_save_as);
        st.s.ui.studio.save_as_path = path;
        st.Frames(1);
        st.Answer("Save here");
    };

    // Another file over an edited draft: Save names the draft's file first; the other file waits.
    edited_draft("Draft, then the other");
    st.HandIn(other, dl::AppEvent::Type::FileDropped);
    st.Answer("Save");
    CHECK(st.s.ui.studio.show_save_as);
    CHECK(st.Doc().title == "Draft, then the other");
    CHECK(st.s.studio->message == "Name the draft's file to save it; then " + other + " opens.");
    CHECK(st.Item("This debate has unsaved changes. Save them before opening " + other + "?") == nullptr);
    save_here(st.dir.path + "/draft-one.json");
    CHECK(json::parse(FileText(st.dir.path + "/draft-one.json"))["title"] == "Draft, then the other");
    CHECK(st.Doc().title == "The other debate");  // then the file asked for opened
    CHECK(st.s.content.current_file == other);
    CHECK_FALSE(st.s.studio->after_save.has_value());

    // Closing over an edited draft: the window closes once the draft is saved, not before.
    edited_draft("Draft, then close");
    REQUIRE_FALSE(dl::StudioMayClose(st.s));
    st.Frames(2);
    st.Answer("Save");
    CHECK(st.s.studio->message == "Name the draft's file to save it; then the Studio closes.");
    CHECK(st.platform.quits == 0);
    // Escape closes the row: what waited is dropped, and a later Save as only saves.
    st.Key(ImGuiKey_Escape);
    st.Frames(1);
    CHECK_FALSE(st.s.ui.studio.show_save_as);
    CHECK_FALSE(st.s.studio->after_save.has_value());
    dl::FocusItem(st.s.ui, st.Need("Save as").id, true);
    st.Key(ImGuiKey_Enter);
    save_here(st.dir.path + "/draft-two.json");
    CHECK(json::parse(FileText(st.dir.path + "/draft-two.json"))["title"] == "Draft, then close");
    CHECK(st.platform.quits == 0);

    // Asked again and saved through the row: now it closes.
    edited_draft("Draft, closed after saving");
    REQUIRE_FALSE(dl::StudioMayClose(st.s));
    st.Frames(2);
    st.Answer("Save");
    CHECK(st.platform.quits == 0);
    save_here(st.dir.path + "/draft-three.json");
    CHECK(json::parse(FileText(st.dir.path + "/draft-three.json"))["title"] == "Draft, closed after saving");
    CHECK(st.platform.quits == 1);
}

TEST_CASE("studio: a file chosen in the Open view becomes the document, asked first over unsaved changes; edits then go to it") {
    Studio st;
    const std::string other = st.WriteOther();
    const auto set_title = [&](const std::string& title) { st.SetTitle(title); };
    const auto choose = [&](const std::string& path) {
        st.Show(dl::View::Open);
        dl::UiAction a;
        a.open_file = path;  // what the Open view hands back for a file's row
        dl::ApplyAction(st.s, a);
        st.Frames(2);
    };
    const std::string before = FileText(st.file);
    set_title("Edited, not saved");
    choose(other);
    REQUIRE(st.Item("This debate has unsaved changes. Save them before opening " + other + "?") != nullptr);
    CHECK(st.s.debate->debate->title == "Edited, not saved");  // on screen: still the document
    dl::FocusItem(st.s.ui, st.Need("Discard").id, true);
    st.Key(ImGuiKey_Enter);
    st.Frames(2);
    CHECK(FileText(st.file) == before);  // discarded: nothing written
    CHECK(st.s.studio->document->path() == other);
    CHECK(st.s.debate->debate->title == "The other debate");
    CHECK(st.s.ui.reader.view == dl::View::Overview);
    // An edit now goes to the file on screen, and Save writes it there.
    set_title("The other debate, edited");
    dl::UiAction save;
    save.studio_command = dl::StudioCommand::Save;
    dl::ApplyAction(st.s, save);
    st.Frames(2);
    CHECK(json::parse(FileText(other))["title"] == "The other debate, edited");
    CHECK(FileText(st.file) == before);
    // With nothing unsaved a chosen file opens at once.
    choose(st.file);
    CHECK(st.s.studio->document->path() == st.file);
    CHECK(st.s.studio->message == "Opened " + st.file);
}

TEST_CASE("studio: the unsaved-changes question takes the focus, Tab goes round its three buttons only, and the focus comes back after") {
    Studio st;
    const std::string other = st.WriteOther();
    st.SetTitle("Edited, not saved");
    const uint32_t before = st.Need("Save (Ctrl+S)").id;
    dl::FocusItem(st.s.ui, before, true);
    st.Frames(1);
    dl::AppEvent e;
    e.type = dl::AppEvent::Type::FileDropped;
    e.text = other;
    st.app.Event(e);
    st.Frames(2);
    REQUIRE(st.Item("This debate has unsaved changes. Save them before opening " + other + "?") != nullptr);
    const auto focused = [&] {
        const dl::SemanticItem* i = st.s.ui.drawn_semantics.find(st.s.ui.focus_id);
        return i ? i->name : std::string("(none)");
    };
    CHECK(focused() == "Save");  // the dialog's first button, not the toolbar's Save behind it
    std::vector<std::string> walk;
    for (int k = 0; k < 4; ++k) {
        st.Key(ImGuiKey_Tab);
        walk.push_back(focused());
    }
    CHECK(walk == std::vector<std::string>{"Discard", "Cancel", "Save", "Discard"});
    st.Key(ImGuiKey_Tab, true);
    CHECK(focused() == "Save");
    // Enter answers with the focused button; the toolbar's Save behind was never reachable.
    st.Key(ImGuiKey_Tab);
    st.Key(ImGuiKey_Tab);
    REQUIRE(focused() == "Cancel");
    st.Key(ImGuiKey_Enter);
    st.Frames(2);
    CHECK_FALSE(st.s.studio->pending_open.has_value());
    CHECK(st.s.studio->document->dirty());
    CHECK(st.s.ui.focus_id == before);  // back where it was when the question came
}
