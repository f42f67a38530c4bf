// Exports, the AIF import, --rewrite and drafts from articles behind one path: load (or import,
// or draft), report, write, report the write.
#include "app/cli_commands.h"
#include "model/aif.h"
#include "model/argdown.h"
#include "model/draft.h"
#include "model/export_html.h"
#include "model/json_ld.h"
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

// The whole text, or a message saying why not (a missing folder, a directory in the way, a full disk).
bool WriteTextFile(const std::string& path, const std::string& text) {
    errno = 0;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (out) out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (out) out.close();
    if (out) return true;
    std::fprintf(stderr, "debatelens: cannot write %s: %s\n", path.c_str(), errno ? std::strerror(errno) : "write failed");
    return false;
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
    return ReportAndWrite(load_debate_file(debate_file), outputs);
}

int RunImportAif(const std::string& aif_file, const std::string& out_path) {
    std::string converted;
    const LoadResult r = import_aif_file(aif_file, &converted);
    const int status = ReportAndWrite(r, {{out_path, [&](const Debate&) { return converted; }}});
    if (status == 0)
        std::printf("%s: imported %zu claims by %zu speakers, %zu relations (%zu warnings) into %s\n", aif_file.c_str(),
                    r.debate->claims.size(), r.debate->actors.size(), r.debate->relations.size(), r.diagnostics.size(),
                    out_path.c_str());
    return status;
}

int RunRewrite(const std::string& in_path, const std::string& out_path) {
    const LoadResult r = load_debate_file(in_path);
    for (const auto& d : r.diagnostics) std::fprintf(stderr, "%s\n", d.format().c_str());
    if (!r.ok()) return 1;
    // No .bak beside OUT: a command-line rewrite is for scripts and version control, which keep history.
    const WriteResult w = write_file_atomically(out_path, format_debate(*r.debate));
    if (!w.ok) {
        std::fprintf(stderr, "debatelens: %s\n", w.message.c_str());
        return 1;
    }
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
    const WriteResult written = write_file_atomically(out_path, text);
    if (!written.ok) {
        std::fprintf(stderr, "debatelens: %s\n", written.message.c_str());
        return 1;
    }
    const Debate& d = *r.debate;
    std::fprintf(stderr, "%s: %s, %zu paragraphs, %s, %zu sections, %zu editorial notes; title \"%s\"%s; wrote %s\n",
                 article_file.c_str(), to_string(r.format), d.article.paragraphs.size(), SpeakerList(d).c_str(),
                 d.article.sections.size(), d.editorial_notes.size(), d.title.c_str(),
                 r.title_source.empty() ? " (a working title: the file has no headline)" : (" (from " + r.title_source + ")").c_str(),
                 out_path.c_str());
    return 0;
}

}  // namespace dl
