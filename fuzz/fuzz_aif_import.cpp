// Fuzz target slot: the AIF (Argument Interchange Format) importer. The importer does not exist
// yet; fuzz/CMakeLists.txt builds this file only once src/model/aif.h exists.
//
// When the importer lands:
//   1. replace the call below with its real entry point (text in, diagnostics out, never throws);
//   2. add "aif_import" to TARGETS in fuzz/run.sh and put a few small AIF JSON seeds in
//      fuzz/seeds/aif_import/ (run.sh copies them into the working corpus);
//   3. keep the checks: an import that succeeds must give a debate that load/prepare accept.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#if __has_include("model/aif.h")
#include "model/aif.h"
#include "model/prepared.h"
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)text;
#if __has_include("model/aif.h")
    // e.g.: const dl::LoadResult r = dl::import_aif_text(text, "fuzz.aif.json");
    //       if (r.ok()) dl::prepare_debate(r.debate);
#endif
    return 0;
}
