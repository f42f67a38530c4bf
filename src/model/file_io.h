// Atomic file writes that never lose work: the one helper every writer of the project uses (Save,
// autosave, --rewrite, settings). The file-system calls go through an interface so that tests can
// make any of them fail (a write error after N bytes, a full disk) and check what is left behind.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

struct FileStatus {
    bool exists = false;
    bool is_folder = false;
    bool is_regular = false;
    unsigned mode = 0;  // permission bits
};

// The calls an atomic write makes. Each returns 0 or an errno value.
class FileSystem {
public:
    virtual ~FileSystem() = default;
    // Creates a new file for writing (fails with EEXIST if there is one); `fd` receives the handle.
    virtual int create_new(const std::string& path, unsigned mode, int& fd) = 0;
    // One write call: `written` receives how many bytes were taken (possibly fewer than `size`).
    virtual int write(int fd, const char* data, size_t size, size_t& written) = 0;
    virtual int sync(int fd) = 0;  // flush the file's data to the disk
    virtual int close(int fd) = 0;
    virtual int set_mode(int fd, unsigned mode) = 0;
    virtual int rename(const std::string& from, const std::string& to) = 0;  // replaces `to`
    virtual int link(const std::string& existing, const std::string& new_name) = 0;  // a hard link
    virtual int remove(const std::string& path) = 0;
    virtual int sync_folder(const std::string& folder) = 0;  // make a rename in it durable
    virtual int make_folders(const std::string& folder) = 0;  // like mkdir -p
    virtual int status(const std::string& path, FileStatus& out) = 0;  // follows symbolic links
    // The path with symbolic links resolved (the file a save must replace); the path itself when
    // it does not exist.
    virtual int resolve(const std::string& path, std::string& out) = 0;
    virtual int read_file(const std::string& path, size_t max_bytes, std::string& out) = 0;  // EFBIG over max_bytes
    virtual int list_folder(const std::string& folder, std::vector<std::string>& names) = 0;  // file names, sorted
};

// The real file system (POSIX calls).
class PosixFileSystem : public FileSystem {
public:
    int create_new(const std::string& path, unsigned mode, int& fd) override;
    int write(int fd, const char* data, size_t size, size_t& written) override;
    int sync(int fd) override;
    int close(int fd) override;
    int set_mode(int fd, unsigned mode) override;
    int rename(const std::string& from, const std::string& to) override;
    int link(const std::string& existing, const std::string& new_name) override;
    int remove(const std::string& path) override;
    int sync_folder(const std::string& folder) override;
    int make_folders(const std::string& folder) override;
    int status(const std::string& path, FileStatus& out) override;
    int resolve(const std::string& path, std::string& out) override;
    int read_file(const std::string& path, size_t max_bytes, std::string& out) override;
    int list_folder(const std::string& folder, std::vector<std::string>& names) override;
};
FileSystem& system_file_system();

struct WriteOptions {
    // Keep the file being replaced as PATH.bak: a hard link to it (no bytes copied, so it works
    // on a full disk and is exactly the previous version), or a copy where the file system has no
    // hard links.
    bool keep_backup = false;
    bool create_folder = false;  // make the folder (and its parents) first
};

struct WriteResult {
    bool ok = false;
    int error = 0;            // the errno value of the call that failed
    std::string message;      // on failure, in plain words: what, where, and that the old file is intact
    std::string written_path; // the file replaced (symbolic links resolved)
    std::string backup_path;  // PATH.bak when one was kept
};

// Writes `text` to PATH.tmp-XXXXXX in the same folder, flushes it to disk, keeps the previous
// version if asked, renames the temporary file over PATH and flushes the folder. If anything fails
// half-way (a write error, a full disk, a folder that is not writable, PATH being a folder) PATH is
// left as it was and the temporary file is removed. A PATH that is a symbolic link keeps the link:
// the file it points to is replaced, with its permission bits.
WriteResult write_file_atomically(const std::string& path, std::string_view text, const WriteOptions& options = {},
                                  FileSystem& fs = system_file_system());

// A file-system error in plain words ("the disk is full", "permission denied").
std::string describe_file_error(int error);

}  // namespace dl
