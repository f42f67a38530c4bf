// Helpers for tests that touch files: a temporary folder, and the real file system with failures
// on demand (a write error after N bytes, a full disk, a rename or a hard link that fails).
#pragma once

#include "model/file_io.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dl::test {

namespace fs = std::filesystem;

// A fresh folder under the system's temporary folder, removed afterwards.
struct TempFolder {
    std::string path;
    TempFolder() {
        std::string pattern = (fs::temp_directory_path() / "dl-save-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    ~TempFolder() {
        std::error_code ec;
        fs::permissions(path, fs::perms::owner_all, ec);
        fs::remove_all(path, ec);
    }
    std::string file(const std::string& name) const { return path + "/" + name; }
    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(path)) out.push_back(e.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }
};

inline void write_plain(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// The real file system, with failures on demand.
class FaultyFileSystem : public PosixFileSystem {
public:
    size_t fail_write_after = SIZE_MAX;  // bytes accepted before writes fail with write_error
    int write_error = EIO;
    int sync_error = 0, rename_error = 0, link_error = 0, create_error = 0;
    std::string rename_fails_to;  // with rename_error: only renames onto this path fail
    size_t accepted = 0;
    std::vector<std::string> calls;

    int create_new(const std::string& path, unsigned mode, int& fd) override {
        calls.push_back("create " + fs::path(path).filename().string());
        if (create_error) return create_error;
        return PosixFileSystem::create_new(path, mode, fd);
    }
    int write(int fd, const char* data, size_t size, size_t& written) override {
        written = 0;
        if (accepted >= fail_write_after) return write_error;
        // A short write first, as a disk filling up gives: the rest of the bytes never arrive.
        const size_t n = std::min(size, fail_write_after - accepted);
        const int rc = PosixFileSystem::write(fd, data, n, written);
        accepted += written;
        return rc;
    }
    int sync(int fd) override { return sync_error ? sync_error : PosixFileSystem::sync(fd); }
    int rename(const std::string& from, const std::string& to) override {
        calls.push_back("rename " + fs::path(from).filename().string() + " " + fs::path(to).filename().string());
        if (rename_error && (rename_fails_to.empty() || to == rename_fails_to)) return rename_error;
        return PosixFileSystem::rename(from, to);
    }
    int link(const std::string& existing, const std::string& new_name) override {
        calls.push_back("link " + fs::path(existing).filename().string());
        return link_error ? link_error : PosixFileSystem::link(existing, new_name);
    }
};

}  // namespace dl::test
