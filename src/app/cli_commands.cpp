// Exports, imports, --rewrite and drafts from articles behind one path: load (or import, or
// draft), report, write, report the write.
#include "app/cli_commands.h"
#include "model/aif.h"
#include "model/argdown.h"
#include "model/claimreview.h"
#include "model/draft.h"
#include "model/export_html.h"
#include "model/formats.h"
#include "model/json_ld.h"
#include "model/kialo.h"
#include "model/save.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>

namespace dl {

namespace {

using Render = std::function<std::string(const Debate&)>;

struct ExportFlag {
    const char* flag;
    std::string (*render)(const Debate&);
};
const ExportFlag kExportFlags[] = {{"--export-html", export_html_document},
                                   {"--export-json-ld", export_json_ld},
                                   {"--export-aif", export_aif},
                                   {"--export-argdown", export_argdown}};

// The whole text, written atomically (an export that fails half-way leaves the old file as it was),
// or a message saying why not (a missing folder, a folder in the way, a full disk).
bool WriteTextFile(const std::string& path, const std::string& text) {
    const WriteResult w = write_file_atomically(path, text);
    if (!w.ok) std::fprintf(stderr, "debatelens: %s\n", w.message.c_str());  // "cannot save PATH: why; nothing was written"
    return w.ok;
}

struct Output {
    std::string path;
    Render render;
};

// What loading said goes to stderr; a debate that loaded is written once per output.
int ReportAndWrite(const LoadResult& loaded, const std::vector<Output>& outputs) {
    for (const auto& d : loaded.diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
    if (!loaded.ok()) return 1;
    bool written = true;
    for (const Output& o : outputs) written = WriteTextFile(o.path, o.render(*loaded.debate)) && written;
    return written ? 0 : 1;
}

}  // namespace

bool IsExportFlag(const std::string& flag) {
    for (const ExportFlag& f : kExportFlags)
        if (flag == f.flag) return true;
    return false;
}

int RunExports(const std::string& debate_file, const std::vector<ExportRequest>& exports) {
    std::vector<Output> outputs;
    for (const ExportRequest& e : exports)
        for (const ExportFlag& f : kExportFlags)
            if (e.flag == f.flag) outputs.push_back({e.path, f.render});
    return ReportAndWrite(load_any_debate_file(debate_file), outputs);
}

namespace {
struct ImportFlag {
    const char* flag;
    LoadResult (*import)(const std::string& path, std::string* p_debate_json, const LoadLimits& limits);
};
const ImportFlag kImportFlags[] = {{"--import-aif", import_aif_file}, {"--import-kialo", import_kialo_file}, {"--import-argdown", import_argdown_file}};
}  // namespace

bool IsImportFlag(const std::string& flag) {
    for (const ImportFlag& f : kImportFlags)
        if (flag == f.flag) return true;
    return false;
}

int RunImport(const std::string& flag, const std::string& in_file, const std::string& out_path) {
    std::string converted;
    LoadResult r;
    for (const ImportFlag& f : kImportFlags)
        if (flag == f.flag) r = f.import(in_file, &converted, LoadLimits{});
    const int status = ReportAndWrite(r, {{out_path, [&](const Debate&) { return converted; }}});
    if (status == 0)
        std::printf("%s: imported %zu claims by %zu speakers, %zu relations (%zu warnings) into %s\n", in_file.c_str(),
                    r.debate->claims.size(), r.debate->actors.size(), r.debate->relations.size(), r.diagnostics.size(),
                    out_path.c_str());
    return status;
}

int RunImportClaimReview(const std::string& debate_file, const std::string& reviews_file, const std::string& out_path) {
    std::string debate_json, reviews, converted;
    LoadResult r = load_any_debate_file(debate_file, &debate_json);
    if (r.ok() && read_content_file(reviews_file, LoadLimits{}, reviews, r.diagnostics)) {
        ReviewAttachStats stats;
        r = attach_claim_reviews(debate_json, debate_file, reviews, reviews_file, &converted, LoadLimits{}, &stats);
        const int status = ReportAndWrite(r, {{out_path, [&](const Debate&) { return converted; }}});
        if (status == 0)
            std::printf("%s: %zu of %zu ClaimReview records matched; %zu claims carry a review (%zu warnings) in %s\n",
                        reviews_file.c_str(), stats.matched, stats.records, stats.attached, r.diagnostics.size(), out_path.c_str());
        return status;
    }
    if (r.ok()) r.debate.reset();  // the reviews could not be read: reported, nothing written
    return ReportAndWrite(r, {});
}

int RunRewrite(const std::string& in_path, const std::string& out_path) {
    const LoadResult r = load_debate_file(in_path);
    for (const auto& d : r.diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
    if (!r.ok()) return 1;
    // No .bak beside OUT: a command-line rewrite is for scripts and version control, which keep history.
    if (!WriteTextFile(out_path, format_debate(*r.debate))) return 1;
    std::printf("%s: rewrote %zu claims into %s (%zu warnings)\n", in_path.c_str(), r.debate->claims.size(), out_path.c_str(),
                r.diagnostics.size());
    return 0;
}

namespace {

// "3 bylines (James Sherr, Maria Avdeeva, Hans Petter Midttun)".
std::string SpeakerList(const Debate& d) {
    std::string s = std::to_string(d.actors.size()) + (d.actors.size() == 1 ? " byline" : " bylines");
    for (size_t i = 0; i < d.actors.size(); ++i) s += (i ? ", " : " (") + d.actors[i].name;
    return d.actors.empty() ? s : s + ")";
}

}  // namespace

int RunNewDraft(const std::string& article_file, const std::string& out_path) {
    const LoadLimits limits;
    std::string bytes;
    std::vector<Diagnostic> unreadable;
    if (!read_content_file(article_file, limits, bytes, unreadable)) {
        for (const auto& d : unreadable) std::fprintf(stderr, "%s\n", d.format().c_str());
        return 1;
    }
    const DraftResult r = draft_from_article(bytes, article_file, limits);
    for (const auto& d : r.diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
    if (!r.ok()) {
        std::fprintf(stderr, "debatelens: no draft made; nothing written to %s\n", out_path.c_str());
        return 1;
    }
    // The draft must open as the Studio will open it: an error here is a bug, and nothing is written.
    const std::string text = format_debate(*r.debate);
    const LoadResult reopened = load_debate_text(text, out_path, limits);
    if (reopened.error_count() > 0) {
        for (const auto& d : reopened.diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
        std::fprintf(stderr, "debatelens: the draft does not load (a bug): nothing written to %s\n", out_path.c_str());
        return 1;
    }
    if (!WriteTextFile(out_path, text)) return 1;
    const Debate& d = *r.debate;
    std::fprintf(stderr, "%s: %s, %zu paragraphs, %s, %zu sections, %zu editorial notes; title \"%s\"%s; wrote %s\n",
                 article_file.c_str(), to_string(r.format), d.article.paragraphs.size(), SpeakerList(d).c_str(),
                 d.article.sections.size(), d.editorial_notes.size(), d.title.c_str(),
                 r.title_source.empty() ? " (a working title: the file has no headline)" : (" (from " + r.title_source + ")").c_str(),
                 out_path.c_str());
    return 0;
}

}  // namespace dl
