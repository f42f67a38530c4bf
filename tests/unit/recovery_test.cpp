// Crash recovery: where autosaves live, what they are called, what they hold, and the store.
#include "debate_compare.h"
#include "file_support.h"
#include "test_support.h"
#include "model/recovery.h"
#include "model/save.h"

using namespace dl;
using namespace dl::test;
using nlohmann::json;

TEST_CASE("the recovery folder follows the XDG base directory rules") {
    CHECK(recovery_folder("/home/ed/.state", "/home/ed") == "/home/ed/.state/debatelens/recovery");
    CHECK(recovery_folder("relative/state", "/home/ed") == "/home/ed/.local/state/debatelens/recovery");
    CHECK(recovery_folder(nullptr, "/home/ed") == "/home/ed/.local/state/debatelens/recovery");
    CHECK(recovery_folder("", "/home/ed") == "/home/ed/.local/state/debatelens/recovery");
    CHECK(recovery_folder(nullptr, nullptr) == "");
    CHECK(recovery_folder(nullptr, "not/absolute") == "");
}

TEST_CASE("an autosave is named after its document: its stem and a hash of the whole path") {
    // The hashes are FNV-1a (64 bits) of the paths, computed independently.
    CHECK(recovery_file_name("/home/ed/news/nato-guarantees-2021.json", 0) == "nato-guarantees-2021-78faa02648d76154.json");
    CHECK(recovery_file_name("/home/ed/old/nato-guarantees-2021.json", 0) == "nato-guarantees-2021-9554615fec7307e2.json");
    CHECK(recovery_file_name("/tmp/Débat (v2).json", 0) == "D--bat--v2--e1dfd5da8a2da2a6.json");
    CHECK(recovery_file_name("", 3) == "untitled-3.json");
    CHECK(recovery_file_name(std::string("/x/") + std::string(100, 'a') + ".json", 0).rfind(std::string(40, 'a') + "-", 0) == 0);
    CHECK(recovery_file_name("/x/.json", 0).rfind("debate-", 0) == 0);
}

TEST_CASE("the autosave text: one line saying what it is, then the debate exactly as Save writes it") {
    const auto debate = load_debate_text(harbour().dump(), "h.json").debate;
    const std::string text = format_recovery_text(*debate, "/home/ed/h.json", 0, 1764574200);
    const std::string first_line = text.substr(0, text.find('\n'));
    CHECK(first_line == "{\"debatelens_recovery\":1,\"path\":\"/home/ed/h.json\",\"untitled\":0,\"unix_time\":1764574200,"
                        "\"saved_at\":\"2025-12-01T07:30:00Z\",\"title\":\"" + harbour()["title"].get<std::string>() + "\"}");
    CHECK(text.substr(first_line.size() + 1) == format_debate(*debate));
    RecoveryEntry e;
    std::string_view body;
    REQUIRE(parse_recovery_text(text, e, body));
    CHECK(e.original_path == "/home/ed/h.json");
    CHECK(e.unix_time == 1764574200);
    CHECK(e.saved_at == "2025-12-01T07:30:00Z");
    CHECK(body == format_debate(*debate));
    for (const char* not_an_autosave : {"", "{}", "{\"debatelens_recovery\":2,\"path\":\"\",\"untitled\":0,\"unix_time\":0}\n{}",
                                        "{\"format\": \"debatelens/1\"}\n", "no newline"}) {
        CAPTURE(not_an_autosave);
        CHECK_FALSE(parse_recovery_text(not_an_autosave, e, body));
    }
    CHECK(iso_utc(0) == "1970-01-01T00:00:00Z");
}

TEST_CASE("the store autosaves, lists newest first, recovers field for field and discards after a save") {
    TempFolder dir;
    RecoveryStore store(dir.file("state/debatelens/recovery"));  // made on the first autosave
    CHECK(store.list().empty());
    const auto harbour_debate = load_debate_text(harbour().dump(), "h.json").debate;
    // A document with a semantic problem (a stance missing) is autosaved and recovered as it is.
    json broken = library();
    broken["stances"].erase(1);
    const LoadResult broken_load = load_debate_text(broken.dump(), "lib.json");
    REQUIRE(broken_load.editable);
    REQUIRE(store.autosave(*harbour_debate, "/home/ed/harbour.json", 0, 1000).ok);
    REQUIRE(store.autosave(*broken_load.editable, "", 1, 2000).ok);
    // Files that are not finished autosaves are left out.
    write_plain(store.folder() + "/notes.json", "{\"mine\": true}\n");
    write_plain(store.folder() + "/harbour-x.json.tmp-abc123", "{\"debatelens_recovery\":1");

    const auto entries = store.list();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].original_path == "");
    CHECK(entries[0].untitled_number == 1);
    CHECK(entries[0].unix_time == 2000);
    CHECK(entries[0].title == broken["title"].get<std::string>());
    CHECK(entries[1].original_path == "/home/ed/harbour.json");
    CHECK(entries[1].file == store.file_for("/home/ed/harbour.json", 0));
    CHECK(entries[1].saved_at == "1970-01-01T00:16:40Z");

    const LoadResult h = store.recover(entries[1]);
    REQUIRE_MESSAGE(h.ok(), h.summary());
    CHECK(debate_difference(*h.debate, *harbour_debate) == "");
    const LoadResult b = store.recover(entries[0]);
    CHECK_FALSE(b.ok());
    REQUIRE(b.editable);
    CHECK(debate_difference(*b.editable, *broken_load.editable) == "");
    CHECK_ERROR_AT(b, "/stances", "has no stance on question");

    // A newer autosave of the same document replaces the older one.
    REQUIRE(store.autosave(*harbour_debate, "/home/ed/harbour.json", 0, 3000).ok);
    CHECK(store.list().size() == 2);
    CHECK(store.list()[0].unix_time == 3000);
    // A Save discards it.
    CHECK(store.discard("/home/ed/harbour.json", 0));
    CHECK_FALSE(store.discard("/home/ed/harbour.json", 0));
    REQUIRE(store.list().size() == 1);
    CHECK(store.list()[0].untitled_number == 1);
}

TEST_CASE("an autosave that fails half-way (full disk) keeps the previous autosave") {
    TempFolder dir;
    FaultyFileSystem faulty;
    RecoveryStore store(dir.path, faulty);
    const auto debate = load_debate_text(harbour().dump(), "h.json").debate;
    REQUIRE(store.autosave(*debate, "/d/h.json", 0, 1000).ok);
    const std::string before = read_file(store.file_for("/d/h.json", 0));
    faulty.accepted = 0;
    faulty.fail_write_after = 100;
    faulty.write_error = ENOSPC;
    const WriteResult r = store.autosave(*debate, "/d/h.json", 0, 2000);
    CHECK_FALSE(r.ok);
    CHECK(r.message.find("the disk is full") != std::string::npos);
    CHECK(read_file(store.file_for("/d/h.json", 0)) == before);
    CHECK(dir.names().size() == 1);
    CHECK(store.list().at(0).unix_time == 1000);
}

TEST_CASE("Save: the document's file, no longer dirty, its autosave discarded; a failed Save changes nothing") {
    TempFolder dir;
    RecoveryStore store(dir.file("recovery"));
    const std::string path = dir.file("harbour.json");
    DebateDocument doc(*load_debate_text(harbour().dump(), "h.json").debate, path);
    REQUIRE(doc.edit<Claim>(0, [](Claim& c) { c.summary = "Edited."; }).ok);
    REQUIRE(store.autosave(doc.debate(), path, 0, 100).ok);
    REQUIRE(store.autosave(doc.debate(), "", 2, 90).ok);  // from before it had a name
    CHECK(doc.dirty());
    FaultyFileSystem full;
    full.fail_write_after = 0;
    full.write_error = ENOSPC;
    const WriteResult failed = save_document(doc, &store, 2, full);
    CHECK_FALSE(failed.ok);
    CHECK(doc.dirty());
    CHECK(store.list().size() == 2);
    CHECK_FALSE(fs::exists(path));
    const WriteResult saved = save_document(doc, &store, 2);
    REQUIRE_MESSAGE(saved.ok, saved.message);
    CHECK(read_file(path) == format_debate(doc.debate()));
    CHECK_FALSE(doc.dirty());
    CHECK(store.list().empty());
    DebateDocument untitled(*load_debate_text(harbour().dump(), "h.json").debate);
    CHECK(save_document(untitled).message == "cannot save: the document has no file yet (choose where to save it)");
}
