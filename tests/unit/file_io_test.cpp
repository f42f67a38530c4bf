// Atomic saves: what is on disk after a save that works and after each way one can fail half-way.
#include "file_support.h"
#include "test_support.h"
#include "model/save.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

using namespace dl;
using namespace dl::test;

namespace {

const std::string kOld = "{\"the old\": \"version\"}\n";
const std::string kNew = std::string(100'000, 'n') + "\n";

}  // namespace

TEST_CASE("a save replaces the file, keeps the previous version as .bak and leaves nothing else") {
    TempFolder dir;
    const std::string path = dir.file("debate.json");
    write_plain(path, kOld);
    REQUIRE(chmod(path.c_str(), 0640) == 0);
    WriteOptions backup;
    backup.keep_backup = true;
    const WriteResult r = write_file_atomically(path, kNew, backup);
    REQUIRE_MESSAGE(r.ok, r.message);
    CHECK(read_file(path) == kNew);
    CHECK(read_file(path + ".bak") == kOld);
    CHECK(r.backup_path == path + ".bak");
    CHECK(dir.names() == std::vector<std::string>{"debate.json", "debate.json.bak"});
    struct stat st {};
    REQUIRE(stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
    // The next save keeps the version it replaces.
    REQUIRE(write_file_atomically(path, "third\n", backup).ok);
    CHECK(read_file(path + ".bak") == kNew);
    CHECK(read_file(path) == "third\n");
    CHECK(dir.names() == std::vector<std::string>{"debate.json", "debate.json.bak"});
}

TEST_CASE("a write error half-way leaves the old file byte for byte, and no temporary file") {
    TempFolder dir;
    const std::string path = dir.file("debate.json");
    write_plain(path, kOld);
    FaultyFileSystem faulty;
    faulty.fail_write_after = 4096;
    WriteOptions backup;
    backup.keep_backup = true;
    const WriteResult r = write_file_atomically(path, kNew, backup, faulty);
    CHECK_FALSE(r.ok);
    CHECK(r.error == EIO);
    CHECK(faulty.accepted == 4096);
    CHECK(r.message == "cannot save " + path + ": the disk reported an error while writing; the file there is unchanged");
    CHECK(read_file(path) == kOld);
    CHECK(dir.names() == std::vector<std::string>{"debate.json"});
}

TEST_CASE("a full disk (ENOSPC) while writing or when flushing leaves the old file intact") {
    for (const bool at_sync : {false, true}) {
        CAPTURE(at_sync);
        TempFolder dir;
        const std::string path = dir.file("debate.json");
        write_plain(path, kOld);
        FaultyFileSystem faulty;
        if (at_sync) faulty.sync_error = ENOSPC;  // delayed allocation: the disk fills when the data is flushed
        else faulty.fail_write_after = 10, faulty.write_error = ENOSPC;
        const WriteResult r = save_debate_file(*load_debate_text(library().dump(), "x.json").debate, path, faulty);
        CHECK_FALSE(r.ok);
        CHECK(r.error == ENOSPC);
        CHECK(r.message == "cannot save " + path + ": the disk is full; the file there is unchanged");
        CHECK(read_file(path) == kOld);
        CHECK(dir.names() == std::vector<std::string>{"debate.json"});
    }
}

TEST_CASE("a rename that fails leaves the old file and removes the temporary one") {
    for (const bool only_the_last : {true, false}) {
        CAPTURE(only_the_last);
        TempFolder dir;
        const std::string path = dir.file("debate.json");
        write_plain(path, kOld);
        FaultyFileSystem faulty;
        faulty.rename_error = EIO;
        if (only_the_last) faulty.rename_fails_to = path;  // the backup is made, the new file cannot take its place
        WriteOptions backup;
        backup.keep_backup = true;
        const WriteResult r = write_file_atomically(path, kNew, backup, faulty);
        CHECK_FALSE(r.ok);
        CHECK(read_file(path) == kOld);
        if (only_the_last) {
            CHECK(r.message == "cannot save " + path + ": the disk reported an error while writing; the file there is unchanged");
            CHECK(dir.names() == std::vector<std::string>{"debate.json", "debate.json.bak"});
            CHECK(read_file(path + ".bak") == kOld);
        } else {
            CHECK(r.message == "cannot save " + path + ": cannot keep the previous version as " + path +
                                   ".bak: the disk reported an error while writing; the file there is unchanged");
            CHECK(dir.names() == std::vector<std::string>{"debate.json"});
        }
    }
}

TEST_CASE("where hard links are not allowed, the backup is a copy") {
    TempFolder dir;
    const std::string path = dir.file("debate.json");
    write_plain(path, kOld);
    FaultyFileSystem faulty;
    faulty.link_error = EPERM;  // e.g. a FAT or network file system
    WriteOptions backup;
    backup.keep_backup = true;
    const WriteResult r = write_file_atomically(path, kNew, backup, faulty);
    REQUIRE_MESSAGE(r.ok, r.message);
    CHECK(read_file(path + ".bak") == kOld);
    CHECK(read_file(path) == kNew);
    CHECK(dir.names() == std::vector<std::string>{"debate.json", "debate.json.bak"});
    struct stat a {}, b {};
    REQUIRE(stat(path.c_str(), &a) == 0);
    REQUIRE(stat((path + ".bak").c_str(), &b) == 0);
    CHECK(a.st_ino != b.st_ino);
}

TEST_CASE("the path is a folder: refused, the folder untouched") {
    TempFolder dir;
    const std::string path = dir.file("debate.json");
    fs::create_directory(path);
    write_plain(path + "/inside.txt", "x");
    const WriteResult r = write_file_atomically(path, kNew);
    CHECK_FALSE(r.ok);
    CHECK(r.error == EISDIR);
    CHECK(r.message == "cannot save " + path + ": it is a folder, not a file; nothing was written");
    CHECK(fs::is_directory(path));
    CHECK(read_file(path + "/inside.txt") == "x");
    CHECK(dir.names() == std::vector<std::string>{"debate.json"});
}

TEST_CASE("a folder that is not writable (a real one): refused, the old file intact" * doctest::skip(geteuid() == 0)) {
    // Skipped as root, who may write anywhere: the permission check does not apply.
    TempFolder dir;
    const std::string path = dir.file("debate.json");
    write_plain(path, kOld);
    REQUIRE(chmod(dir.path.c_str(), 0555) == 0);
    const WriteResult r = write_file_atomically(path, kNew);
    CHECK_FALSE(r.ok);
    CHECK(r.error == EACCES);
    CHECK(r.message == "cannot save " + path + ": permission denied (the folder or the file is not writable) (" + dir.path +
                           "); the file there is unchanged");
    CHECK(read_file(path) == kOld);
    CHECK(dir.names() == std::vector<std::string>{"debate.json"});
}

TEST_CASE("a missing folder: refused, or made when asked") {
    TempFolder dir;
    const std::string path = dir.file("a/b/settings.json");
    const WriteResult refused = write_file_atomically(path, "x");
    CHECK_FALSE(refused.ok);
    CHECK(refused.error == ENOENT);
    CHECK(refused.message == "cannot save " + path + ": the folder does not exist (" + dir.file("a/b") + "); nothing was written");
    WriteOptions make;
    make.create_folder = true;
    REQUIRE(write_file_atomically(path, "x", make).ok);
    CHECK(read_file(path) == "x");
}

TEST_CASE("saving through a symbolic link replaces the file it points to and keeps the link") {
    TempFolder dir;
    fs::create_directory(dir.file("real"));
    const std::string real = dir.file("real/debate.json"), link = dir.file("debate.json");
    write_plain(real, kOld);
    fs::create_symlink("real/debate.json", link);
    WriteOptions backup;
    backup.keep_backup = true;
    const WriteResult r = write_file_atomically(link, kNew, backup);
    REQUIRE_MESSAGE(r.ok, r.message);
    CHECK(fs::is_symlink(link));
    CHECK(read_file(real) == kNew);
    CHECK(read_file(real + ".bak") == kOld);
    CHECK(r.written_path == fs::canonical(real).string());
}

TEST_CASE("save_debate_file writes the canonical text") {
    TempFolder dir;
    const std::string path = dir.file("library.json");
    const auto debate = load_debate_text(library().dump(), "x.json").debate;
    REQUIRE(save_debate_file(*debate, path).ok);
    CHECK(read_file(path) == format_debate(*debate));
    CHECK(dir.names() == std::vector<std::string>{"library.json"});  // nothing to back up the first time
}
