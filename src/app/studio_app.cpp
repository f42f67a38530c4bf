// The Studio's side of the app: applying the panels' edit requests and commands to the document,
// re-preparing the debate after each change, Save / Save As, autosave and recovery, closing.
// [SECTION] Opening a document
// [SECTION] Edit requests
// [SECTION] Commands
// [SECTION] Frames, autosave and closing
#include "app/studio_app.h"

#include "model/diagnostic.h"
#include "model/draft.h"
#include "model/enums.h"
#include "model/save.h"

#include <ctime>
#include <filesystem>

namespace dl {

// ---------------------------------------------------------------------------------------------
// [SECTION] Opening a document
// ---------------------------------------------------------------------------------------------

namespace {
StudioSession& Session(AppState& app) { return *app.studio; }

std::string AbsolutePath(const std::string& path) {
    if (path.empty()) return path;
    std::error_code ec;
    const std::filesystem::path p = std::filesystem::absolute(path, ec);
    return ec ? path : p.lexically_normal().string();
}

// How the user knows a file: by its path natively; on the web page by its name, since the folders
// there are the page's memory ("/uploads/…", "/assets/…").
std::string Shown(const AppState& app, const std::string& path) {
    return app.platform && app.platform->SavesAsDownloads() ? std::filesystem::path(path).filename().string() : path;
}
std::string ShownProblem(const AppState& app, Diagnostic d) {
    d.file = Shown(app, d.file);
    return d.format();
}

// The document's debate on screen: prepared again (a new generation, so every view's cache
// refreshes), keeping the selection while that claim exists.
void Reprepare(AppState& app) {
    const DebateDocument& doc = *Session(app).document;
    app.debate = prepare_debate(doc.shared(), ++app.generations, app.debate.get());
    const int claims = static_cast<int>(doc.debate().claims.size());
    if (app.ui.reader.selected_claim >= claims) app.ui.reader.selected_claim = -1;
    app.content.problems.clear();
    app.content.current_file = doc.path();
    ++app.content.revision;
}

void Adopt(AppState& app, Debate debate, const std::string& path) {
    StudioSession& s = Session(app);
    s.document = std::make_unique<DebateDocument>(std::move(debate), AbsolutePath(path));
    s.untitled = path.empty() ? 1 : 0;
    s.autosaved_generation = s.document->generation();
    app.ui.reader.selected_claim = -1;
    app.ui.history.clear();
    app.ui.studio.selection = {};
    app.ui.studio.target = {Entity::Debate, 0, -1};
    app.watch_current_file = false;  // the document is the truth now; the file is what Save writes
    Reprepare(app);
}

// Opens a debate file as a document; its problems stay listed when it cannot be opened.
bool OpenDocument(AppState& app, const std::string& path) {
    const LoadResult r = app.load_file(path);
    const std::shared_ptr<const Debate> debate = r.editable ? r.editable : r.debate;
    if (!debate) {
        app.content.current_file = path;
        app.content.problems = r.diagnostics;
        ++app.content.revision;
        Session(app).message = "Could not open " + Shown(app, path) + ": " + (r.diagnostics.empty() ? "unreadable" : r.diagnostics.front().message);
        return false;
    }
    Adopt(app, *debate, path);
    return true;
}

// A new draft from an article (draft.h), untitled until Save As names it.
void NewFromArticle(AppState& app, const std::string& article) {
    const LoadLimits limits;
    std::string bytes;
    std::vector<Diagnostic> unreadable;
    StudioSession& s = Session(app);
    if (!read_content_file(article, limits, bytes, unreadable)) {
        s.message = unreadable.empty() ? "Could not read " + Shown(app, article) : ShownProblem(app, unreadable.front());
        return;
    }
    const DraftResult r = draft_from_article(bytes, article, limits);
    if (!r.ok()) {
        s.message = r.diagnostics.empty() ? "No draft made from " + Shown(app, article) : ShownProblem(app, r.diagnostics.front());
        return;
    }
    Adopt(app, *r.debate, "");
    app.ui.studio.show_new = false;  // done; on a failure above the row stays, to mend the path
    app.ui.studio.save_as_path = std::filesystem::path(article).replace_extension(".json").string();
    const bool download = app.platform && app.platform->SavesAsDownloads();
    s.message = "New draft from " + Shown(app, article) + ": " + std::to_string(r.debate->article.paragraphs.size()) + " paragraphs. " +
                (download ? "Save downloads it." : "Save as\xE2\x80\xA6 names its file.");
}

void OpenNow(AppState& app, const std::string& path, bool article) {
    if (article) NewFromArticle(app, path);
    else if (OpenDocument(app, path)) {
        Session(app).message = "Opened " + Shown(app, path);
        app.ui.reader.view = View::Overview;  // as the reader's Open does
        app.ui.view_requested = true;
    }
    app.announcement = Session(app).message;
}
}  // namespace

void StudioOpenFile(AppState& app, const std::string& path, bool article) {
    if (!app.studio) return;
    StudioSession& s = Session(app);
    if (s.document && s.document->dirty()) {
        s.pending_open = StudioSession::PendingOpen{path, article};
        s.after_save.reset();  // asked anew: the answer to this question decides
        return;
    }
    OpenNow(app, path, article);
}

void StudioFileProblem(AppState& app, const std::string& label, const std::string& message) {
    if (!app.studio) return;
    Session(app).message = "Not opened: " + label + " " + message;
    app.announcement = Session(app).message;
}

bool StartStudio(AppState& app, const std::string& path, const std::string& recovery_folder) {
    app.studio = std::make_shared<StudioSession>();
    app.ui.studio.enabled = true;
    app.typing_glyphs = true;  // the Studio is for typing: its first atlas holds every letter one may type
    StudioSession& s = Session(app);
    if (!recovery_folder.empty()) {
        s.recovery = std::make_unique<RecoveryStore>(recovery_folder);
        s.offers = s.recovery->list();
    }
    if (!path.empty()) return OpenDocument(app, path);
    if (app.debate) {
        Adopt(app, *app.debate->debate, app.content.current_file);
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Edit requests
// ---------------------------------------------------------------------------------------------

namespace {
// Applies one request; `made` gets a new item (the editor then shows it).
EditResult Apply(DebateDocument& doc, const EditRequest& r, Target& made) {
    using K = EditRequest::Kind;
    switch (r.kind) {
        case K::SetText: return set_field_text(doc, r.target, r.field, r.text);
        case K::SetChoice: return set_field_choice(doc, r.target, r.field, r.value);
        case K::ToggleRef: return toggle_field_ref(doc, r.target, r.field, r.value);
        case K::AddBlank: {
            int index = -1;
            EditResult e = add_blank_item(doc, r.target.entity, &index);
            if (e.ok) made = {r.target.entity, index, -1};
            return e;
        }
        case K::Remove: return remove_item(doc, r.target);
        case K::MoveBy: return move_item_by(doc, r.target, r.value);
        case K::AddClaim: {
            Claim c;
            c.actor = r.value;
            const int at = static_cast<int>(doc.debate().claims.size());
            EditResult e = doc.add_claim(-1, std::move(c), r.paragraph, r.begin, r.end);
            if (e.ok) made = {Entity::Claim, at, -1};
            return e;
        }
        case K::AnchorClaim: return doc.anchor_claim(r.target.index, r.paragraph, r.begin, r.end);
        case K::AddRelation:
            if (r.value < 0 || r.value >= EnumNames<RelationType>::count) return {false, "no such type of relation"};
            return add_relation(doc, r.from, r.to, static_cast<RelationType>(r.value));
        case K::AddMissingStances: return doc.add_missing_stances();
    }
    return {false, "unknown edit"};
}
}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Commands
// ---------------------------------------------------------------------------------------------

namespace {
void Save(AppState& app, const std::string& path) {
    StudioSession& s = Session(app);
    DebateDocument& doc = *s.document;
    const int untitled = doc.path().empty() ? s.untitled : 0;
    if (!path.empty()) doc.set_path(AbsolutePath(path));
    // The page's file system is its memory (a folder of it may be gone since a reload): the file is
    // written there as anywhere, and the user keeps what was written as the browser's download.
    const bool download = app.platform->SavesAsDownloads();
    std::error_code ec;
    if (download) std::filesystem::create_directories(std::filesystem::path(doc.path()).parent_path(), ec);
    const WriteResult w = save_document(doc, s.recovery.get(), untitled);
    if (w.ok && download) {
        // Under the name it was opened with (an untitled draft's is its id), so that it can replace that file.
        const std::string name = std::filesystem::path(doc.path()).filename().string();
        app.platform->Download(name, read_file_prefix(doc.path(), LoadLimits{}.max_file_bytes));
        s.message = "Saved: downloaded " + name;
    } else if (w.ok) {
        s.message = "Saved " + doc.path() + (w.backup_path.empty() ? "" : " (the previous version is in " + w.backup_path + ")");
    }
    app.platform->StorageChanged();  // the autosave went
    if (w.ok) {
        s.untitled = 0;
        app.content.current_file = doc.path();
        ++app.content.revision;
        app.ui.studio.show_save_as = false;
    } else {
        s.message = w.message;
    }
    app.announcement = s.message;
}

// What the unsaved-changes question was asked for, once its changes are saved or discarded.
void AfterUnsavedAnswer(AppState& app, const StudioSession::AfterSave& next) {
    if (next.quit) app.platform->Quit();
    else if (next.open) OpenNow(app, next.open->path, next.open->article);
}

void Command(AppState& app, StudioCommand c, const std::string& path) {
    StudioSession& s = Session(app);
    DebateDocument& doc = *s.document;
    switch (c) {
        case StudioCommand::None: break;
        case StudioCommand::Undo:
        case StudioCommand::Redo: {
            const std::string what = c == StudioCommand::Undo ? doc.undo_description() : doc.redo_description();
            const EditResult r = c == StudioCommand::Undo ? doc.undo() : doc.redo();
            s.message = r.ok ? std::string(c == StudioCommand::Undo ? "Undone: " : "Redone: ") + what : r.message;
            app.announcement = s.message;
            break;
        }
        case StudioCommand::Save:
            // A page's untitled draft is saved in its memory under its id, then downloaded.
            if (doc.path().empty() && app.platform->SavesAsDownloads()) Save(app, "/tmp/" + (doc.debate().id.empty() ? std::string("debate") : doc.debate().id) + ".json");
            else if (doc.path().empty()) app.ui.studio.show_save_as = true;
            else Save(app, "");
            break;
        case StudioCommand::SaveAs:
            Save(app, path);
            if (s.after_save && !doc.dirty()) {
                const StudioSession::AfterSave next = std::move(*s.after_save);
                s.after_save.reset();
                AfterUnsavedAnswer(app, next);
            }
            break;
        case StudioCommand::NewFromArticle:
            // No path: the platform's picker asks for the article (AppEvent::ArticleChosen).
            if (path.empty()) app.platform->PickFile(true);
            else StudioOpenFile(app, path, true);
            break;
        case StudioCommand::Open: app.platform->PickFile(false); break;
        case StudioCommand::Recover:
            if (!s.offers.empty() && s.recovery) {
                const RecoveryEntry e = s.offers.front();
                const LoadResult r = s.recovery->recover(e);
                if (const auto debate = r.editable ? r.editable : r.debate) {
                    // The recovered state is unsaved work on the original file.
                    Adopt(app, *debate, e.original_path);
                    s.document->mark_unsaved();  // so Save is offered and closing asks
                    s.message = "Recovered unsaved work from " + e.saved_at + ". Save to keep it.";
                } else {
                    s.message = "Could not recover " + Shown(app, e.file) + ": " + (r.diagnostics.empty() ? "unreadable" : r.diagnostics.front().message);
                }
            }
            s.offers.clear();
            break;
        case StudioCommand::DiscardRecovery:
            if (!s.offers.empty() && s.recovery) s.recovery->discard(s.offers.front().original_path, s.offers.front().untitled_number);
            s.offers.clear();
            app.platform->StorageChanged();
            break;
        case StudioCommand::UnsavedSave:
        case StudioCommand::UnsavedDiscard: {
            const StudioSession::AfterSave next{s.confirm_close, std::move(s.pending_open)};
            s.confirm_close = false;
            s.pending_open.reset();
            if (c == StudioCommand::UnsavedSave) {
                Command(app, StudioCommand::Save, "");
                if (doc.dirty()) {
                    // Not saved: the write failed (its message says why; nothing goes), or an untitled
                    // draft waits for its file to be named in the Save-as row (then what was asked follows).
                    if (app.ui.studio.show_save_as && (next.quit || next.open)) {
                        s.after_save = next;
                        const std::string then = next.quit            ? "the Studio closes"
                                                 : next.open->article ? "a draft is made from " + Shown(app, next.open->path)
                                                                      : Shown(app, next.open->path) + " opens";
                        s.message = "Name the draft's file to save it; then " + then + ".";
                        app.announcement = s.message;
                    }
                    break;
                }
            } else if (s.recovery) {
                // Leaving the changes keeps nothing of them: the autosave goes too.
                s.recovery->discard(doc.path(), s.untitled);
                app.platform->StorageChanged();
            }
            AfterUnsavedAnswer(app, next);
            break;
        }
        case StudioCommand::UnsavedCancel:
            s.confirm_close = false;
            s.pending_open.reset();
            break;
        case StudioCommand::ToggleSaveAsRow: app.ui.studio.show_save_as = !app.ui.studio.show_save_as; break;
        case StudioCommand::ToggleNewFromArticleRow: app.ui.studio.show_new = !app.ui.studio.show_new; break;
    }
}
}  // namespace

void ApplyStudioAction(AppState& app, const UiAction& a) {
    if (!app.studio || !app.studio->document) return;
    StudioSession& s = Session(app);
    DebateDocument& doc = *s.document;
    const uint64_t before = doc.generation();
    Target made;
    for (const EditRequest& r : a.edits) {
        const EditResult e = Apply(doc, r, made);
        if (!e.ok || !e.message.empty()) s.message = e.ok ? e.message : "Not done: " + e.message;
        if (!e.ok) app.announcement = s.message;
    }
    // A command may adopt another document: the edits above were this one's.
    Command(app, a.studio_command, a.studio_path);
    if (!s.document) return;
    if (s.document->generation() != before || a.studio_command == StudioCommand::Recover ||
        a.studio_command == StudioCommand::NewFromArticle) {
        Reprepare(app);
        if (made.entity != Entity::Count) {
            // A new item's form opens; a new claim is selected too, for its kind, summary and questions.
            app.ui.studio.target = made;
            app.announcement = s.message;
        }
        if (made.entity == Entity::Claim) {
            app.ui.reader.selected_claim = made.index;
            app.ui.studio.selection = {};
        }
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Frames, autosave and closing
// ---------------------------------------------------------------------------------------------

void StudioBeforeFrame(AppState& app) {
    if (!app.studio || !app.studio->document) return;
    if (!app.ui.studio.show_save_as) app.studio->after_save.reset();  // the Save-as row was closed: what waited goes
    const StudioSession& s = *app.studio;
    const DebateDocument& doc = *s.document;
    StudioStatus& st = app.ui.studio.status;
    st.path = Shown(app, doc.path());
    st.dirty = doc.dirty();
    st.undo = doc.undo_description();
    st.redo = doc.redo_description();
    st.problems = doc.diagnostics();
    st.message = s.message;
    if (s.confirm_close) st.unsaved_question = "This debate has unsaved changes. Save them before closing?";
    else if (s.pending_open && s.pending_open->article)
        st.unsaved_question = "This debate has unsaved changes. Save them before making a draft from " + Shown(app, s.pending_open->path) + "?";
    else if (s.pending_open)
        st.unsaved_question = "This debate has unsaved changes. Save them before opening " + Shown(app, s.pending_open->path) + "?";
    else st.unsaved_question.clear();
    if (s.offers.empty()) {
        st.recovery_time.clear();
    } else {
        // "2026-12-01T11:20:00Z" as "2026-12-01 11:20 UTC"
        const std::string& t = s.offers.front().saved_at;
        st.recovery_time = t.size() >= 16 ? t.substr(0, 10) + " " + t.substr(11, 5) + " UTC" : t;
    }
}

void StudioTick(AppState& app, int64_t unix_time) {
    if (!app.studio || !app.studio->document) return;
    StudioSession& s = Session(app);
    const DebateDocument& doc = *s.document;
    app.platform->SetUnsavedWork(doc.dirty());
    if (!s.recovery || !doc.dirty() || doc.generation() == s.autosaved_generation || unix_time - s.last_autosave < s.autosave_every)
        return;
    const WriteResult w = s.recovery->autosave(doc.debate(), doc.path(), s.untitled, unix_time);
    s.last_autosave = unix_time;
    if (w.ok) {
        s.autosaved_generation = doc.generation();
        app.platform->StorageChanged();
    } else {
        s.message = "Autosave failed: " + w.message;
    }
}

void WriteStudioState(const AppState& app, JsonWriter& j) {
    if (!app.studio || !app.studio->document) return;
    const DebateDocument& doc = *app.studio->document;
    const StudioUi& ui = app.ui.studio;
    j.key("studio").begin_object();
    j.member("path", doc.path()).member("dirty", doc.dirty()).member("undo", doc.undo_description()).member("redo", doc.redo_description());
    j.member("problems", uint64_t{doc.diagnostics().size()}).member("errors", uint64_t{doc.error_count()});
    j.member("message", app.studio->message).member("confirm_close", app.studio->confirm_close);
    j.member("confirm_open", app.studio->pending_open ? app.studio->pending_open->path : std::string());
    j.member("recovery_offered", !app.studio->offers.empty());
    j.member("autosaved", !doc.dirty() || app.studio->autosaved_generation == doc.generation());
    const ArticleSelection& sel = ui.selection;
    j.key("selection").begin_object().member("paragraph", sel.paragraph).member("begin", uint64_t{sel.begin()}).member("end", uint64_t{sel.end()});
    j.end_object();
    j.key("target").begin_object().member("entity", entity_noun(ui.target.entity)).member("index", ui.target.index);
    j.member("question", ui.target.question).end_object();
    j.end_object();
}

bool StudioMayClose(AppState& app) {
    if (!app.studio || !app.studio->document || !app.studio->document->dirty()) return true;
    app.studio->confirm_close = true;
    app.studio->after_save.reset();  // asked anew: the answer to this question decides
    return false;
}

}  // namespace dl
