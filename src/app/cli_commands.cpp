// Exports and imports behind one path: load (or import), report, write, report the write.
#include "app/cli_commands.h"
#include "model/aif.h"
#include "model/argdown.h"
#include "model/claimreview.h"
#include "model/export_html.h"
#include "model/formats.h"
#include "model/json_ld.h"
#include "model/kialo.h"

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

}  // namespace dl
