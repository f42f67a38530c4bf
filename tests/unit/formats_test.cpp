// Opening any supported file: detection by name and content, imports converted on the fly with
// messages naming the original file and line, and a folder listing the imports beside the JSON.
#include "test_support.h"
#include "model/formats.h"
#include "model/library.h"

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace dl;
using namespace dl::test;
namespace fs = std::filesystem;

namespace {
std::string fixture_path(const std::string& rel) { return source_path("tests/fixtures/" + rel); }
}  // namespace

TEST_CASE("load_any_debate_file opens a debate, an AIF map, a Kialo export and an Argdown document") {
    const struct {
        const char* file;
        DebateFormat format;
        size_t claims;
    } cases[] = {{"fictional-harbour-bridge.json", DebateFormat::DebateLens, 12},
                 {"aif/aifdb-plain.json", DebateFormat::Aif, 4},
                 {"kialo/harbour-toll.txt", DebateFormat::Kialo, 27},
                 {"argdown/brueckenmaut.argdown", DebateFormat::Argdown, 11}};
    for (const auto& c : cases) {
        CAPTURE(c.file);
        DebateFormat format = DebateFormat::DebateLens;
        std::string converted;
        const LoadResult r = load_any_debate_file(fixture_path(c.file), &converted, LoadLimits{}, &format);
        REQUIRE_MESSAGE(r.ok(), r.summary());
        CHECK(format == c.format);
        CHECK(r.debate->claims.size() == c.claims);
        CHECK(load_debate_text(converted, "converted.json").ok());
        std::ifstream in(fixture_path(c.file), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        CHECK(detect_debate_format(c.file, text) == c.format);
    }
}

TEST_CASE("an import's problems name the original file and its line") {
    const LoadResult r = load_any_debate_text("Discussion Title: T\n1. Thesis\n1.1. Pro: -> See 7.\n", "/tmp/x/debate.txt");
    REQUIRE_MESSAGE(r.ok(), r.summary());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].format() == "/tmp/x/debate.txt:3: warning: the cross reference names claim 7, which the export does not hold: left out");
    // A .json that is neither a debate nor an AIF map reports the debate loader's problems.
    const LoadResult j = load_any_debate_text("{\"title\": 1}", "plain.json");
    CHECK_FALSE(j.ok());
    CHECK(j.summary().find("plain.json:/format: required field is missing") != std::string::npos);
}

TEST_CASE("a folder lists Argdown documents and Kialo exports beside debate files, not other text") {
    const fs::path dir = fs::temp_directory_path() / ("debatelens-formats-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto write = [&](const char* name, const std::string& text) { std::ofstream(dir / name, std::ios::binary) << text; };
    write("a.json", "{}");
    write("b.argdown", "[A]: a");
    write("c.txt", "\xEF\xBB\xBF\r\nDiscussion Title: K\r\n1. T\r\n");
    write("d.txt", "Shopping list: eggs");
    write("e.md", "# notes");
    std::vector<std::string> names;
    for (const std::string& f : list_debate_files(dir.string())) names.push_back(fs::path(f).filename().string());
    CHECK(names == std::vector<std::string>{"a.json", "b.argdown", "c.txt"});
    const LibraryEntry kialo = describe_debate_file((dir / "c.txt").string());
    CHECK(kialo.valid());
    CHECK(kialo.title == "K");
    CHECK(kialo.claims == 1);
    fs::remove_all(dir);
}
