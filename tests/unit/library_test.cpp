// The library of debates an editor opens, file stamps for live reload, and locating the problems
// of a broken new version in the last good one.
#include "test_support.h"
#include "model/library.h"

#include <filesystem>
#include <fstream>
#include <thread>
#include <unistd.h>

using namespace dl;
using namespace dl::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {
// A fresh, empty folder under the system temp dir, removed when the test ends.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name) {
        path = fs::temp_directory_path() / ("debatelens-" + name + "-" + std::to_string(::getpid()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(path / name, std::ios::binary | std::ios::trunc) << text;
        return (path / name).string();
    }
};
}  // namespace

TEST_CASE("a folder lists its debate files, sorted, without schemas or other files") {
    TempDir dir("library-list");
    dir.write("b.json", library().dump());
    dir.write("a.json", "{ not json");
    dir.write("debatelens.schema.json", "{}");
    dir.write("notes.txt", "hello");
    fs::create_directories(dir.path / "sub.json");  // a folder named like a file is not a file
    const auto files = list_debate_files(dir.path.string());
    REQUIRE(files.size() == 2);
    CHECK(fs::path(files[0]).filename() == "a.json");
    CHECK(fs::path(files[1]).filename() == "b.json");
    // A file, or a path that does not exist, is listed as itself (opening it reports the problem).
    CHECK(list_debate_files(files[1]) == std::vector<std::string>{files[1]});
    CHECK(list_debate_files("/no/such/place.json") == std::vector<std::string>{"/no/such/place.json"});
}

TEST_CASE("library entries carry title, date, size and validation status") {
    TempDir dir("library-describe");
    const std::string good = dir.write("good.json", harbour().dump());
    const std::string bad = dir.write("bad.json", [] {
        json d = library();
        d["claims"][0]["actor"] = "nobody";
        return d.dump();
    }());
    const LibraryEntry g = describe_debate_file(good);
    CHECK(g.valid());
    CHECK(g.title == harbour()["title"].get<std::string>());
    CHECK(g.date.valid());
    CHECK(g.claims == harbour()["claims"].size());
    CHECK(g.stamp.exists);
    const LibraryEntry b = describe_debate_file(bad);
    CHECK_FALSE(b.valid());
    CHECK(b.errors >= 1);
    CHECK(b.title.empty());
    CHECK(b.first_problem.find("bad.json:/claims/0/actor: ") != std::string::npos);
    const LibraryEntry missing = describe_debate_file((dir.path / "gone.json").string());
    CHECK_FALSE(missing.valid());
    CHECK_FALSE(missing.stamp.exists);
    CHECK(missing.first_problem.find("cannot open") != std::string::npos);
}

TEST_CASE("a file stamp changes when the file is rewritten, even to the same size") {
    TempDir dir("library-stamp");
    const std::string f = dir.write("d.json", "aaaa");
    const FileStamp first = file_stamp(f);
    CHECK(first.exists);
    CHECK(first.size == 4);
    CHECK(file_stamp(f) == first);
    // File times can be coarse: set the time explicitly rather than sleeping.
    dir.write("d.json", "bbbb");
    fs::last_write_time(f, fs::last_write_time(f) + std::chrono::seconds(2));
    CHECK(file_stamp(f) != first);
    fs::remove(f);
    CHECK_FALSE(file_stamp(f).exists);
    CHECK_FALSE(file_stamp(dir.path.string()).exists);  // a folder is not a debate file
}

TEST_CASE("problems of a broken new version point at the items of the last good one") {
    const LoadResult good = load_debate_text(library().dump(), "lib.json");
    REQUIRE(good.ok());
    const Debate& d = *good.debate;
    json broken = library();
    broken["claims"][2]["actor"] = "nobody";                         // claim 2 exists in the good version
    broken["relations"] = {{{"from", broken["claims"][0]["id"]}, {"to", broken["claims"][1]["id"]}, {"type", "loves"}}};
    broken["actors"][1]["name"] = 7;                                 // wrong type
    broken["claims"].push_back({{"id", "brand-new"}, {"actor", 3}});  // not in the good version
    const std::string text = broken.dump();
    const LoadResult r = load_debate_text(text, "lib.json");
    REQUIRE_FALSE(r.ok());
    const std::vector<ItemRef> refs = locate_problems(text, r.diagnostics, d);
    REQUIRE(refs.size() == r.diagnostics.size());
    auto ref_for = [&](const std::string& path) {
        for (size_t i = 0; i < r.diagnostics.size(); ++i)
            if (r.diagnostics[i].path.rfind(path, 0) == 0) return refs[i];
        FAIL("no diagnostic at " << path);
        return ItemRef{};
    };
    const ItemRef claim = ref_for("/claims/2/actor");
    CHECK(claim.kind == ItemRef::Kind::Claim);
    CHECK(claim.index == d.find_claim(broken["claims"][2]["id"].get<std::string>()));
    const ItemRef rel = ref_for("/relations/0");
    CHECK(rel.kind == ItemRef::Kind::Claim);
    CHECK(rel.index == d.find_claim(broken["relations"][0]["from"].get<std::string>()));
    const ItemRef actor = ref_for("/actors/1/name");
    CHECK(actor.kind == ItemRef::Kind::Actor);
    CHECK(actor.index == 1);
    CHECK(ref_for("/claims/" + std::to_string(broken["claims"].size() - 1)).kind == ItemRef::Kind::None);
}

TEST_CASE("locating problems is safe on syntax errors, hostile paths and huge texts") {
    const LoadResult good = load_debate_text(library().dump(), "lib.json");
    REQUIRE(good.ok());
    std::vector<Diagnostic> odd(6);
    odd[0].path = "/claims/99999999999999999999/id";
    odd[1].path = "/claims/-1";
    odd[2].path = "/article/paragraphs";
    odd[3].path = "//~2~";
    odd[4].path = "";
    odd[5].path = "/claims/0/id";
    for (const ItemRef& r : locate_problems("{ broken", odd, *good.debate)) CHECK(r.kind == ItemRef::Kind::None);
    for (const ItemRef& r : locate_problems(library().dump(), odd, *good.debate, 10)) CHECK(r.kind == ItemRef::Kind::None);
    const auto refs = locate_problems(library().dump(), odd, *good.debate);
    for (size_t i = 0; i + 1 < refs.size(); ++i) CHECK(refs[i].kind == ItemRef::Kind::None);
    CHECK(refs.back().kind == ItemRef::Kind::Claim);
    // Deep nesting inside the size limit is parsed without exhausting the stack.
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    CHECK(locate_problems(deep, odd, *good.debate).size() == odd.size());
}
