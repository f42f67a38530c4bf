// The command-line tools that open no window: the exports of a debate, the imports (AIF, Kialo,
// Argdown) and attaching ClaimReview records. Each
// reports every diagnostic on stderr, writes its file and says why when it cannot; the return
// values are main()'s exit codes.
#pragma once

#include <string>
#include <vector>

namespace dl {

// --export-html, --export-json-ld, --export-aif, --export-argdown.
bool IsExportFlag(const std::string& flag);

struct ExportRequest {
    std::string flag;  // one IsExportFlag accepts
    std::string path;
};

// Loads the debate once and writes every requested export: 0 when all were written, 1 otherwise.
int RunExports(const std::string& debate_file, const std::vector<ExportRequest>& exports);
// --import-aif, --import-kialo, --import-argdown (each IN OUT).
bool IsImportFlag(const std::string& flag);
// Converts the file into a debatelens/1 file (which --validate accepts): 0 when written (its
// warnings printed), 1 when it could not become a debate or the file could not be written.
int RunImport(const std::string& flag, const std::string& in_file, const std::string& out_path);
// --import-claimreview DEBATE REVIEWS OUT: the debate (any file the app opens) with the records'
// reviews attached; every record not attached is a warning. 0 when written, 1 otherwise.
int RunImportClaimReview(const std::string& debate_file, const std::string& reviews_file, const std::string& out_path);

}  // namespace dl
