// Atomic writes over an injectable file system, and the POSIX file system behind it.
// [SECTION] The POSIX file system
// [SECTION] write_file_atomically
#include "model/file_io.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <random>

namespace dl {

// ---------------------------------------------------------------------------------------------
// [SECTION] The POSIX file system
// ---------------------------------------------------------------------------------------------

namespace {
int last_error() { return errno ? errno : EIO; }
}  // namespace

int PosixFileSystem::create_new(const std::string& path, unsigned mode, int& fd) {
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(mode));
    return fd < 0 ? last_error() : 0;
}

int PosixFileSystem::write(int fd, const char* data, size_t size, size_t& written) {
    written = 0;
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) return last_error();
    written = static_cast<size_t>(n);
    return 0;
}

int PosixFileSystem::sync(int fd) { return ::fsync(fd) == 0 ? 0 : last_error(); }
int PosixFileSystem::close(int fd) { return ::close(fd) == 0 ? 0 : last_error(); }
int PosixFileSystem::set_mode(int fd, unsigned mode) { return ::fchmod(fd, static_cast<mode_t>(mode)) == 0 ? 0 : last_error(); }
int PosixFileSystem::rename(const std::string& from, const std::string& to) {
    return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : last_error();
}
int PosixFileSystem::link(const std::string& existing, const std::string& new_name) {
    return ::link(existing.c_str(), new_name.c_str()) == 0 ? 0 : last_error();
}
int PosixFileSystem::remove(const std::string& path) { return ::unlink(path.c_str()) == 0 ? 0 : last_error(); }

int PosixFileSystem::sync_folder(const std::string& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return last_error();
    const int rc = ::fsync(fd) == 0 ? 0 : last_error();
    ::close(fd);
    return rc;
}

int PosixFileSystem::make_folders(const std::string& folder) {
    std::string partial;
    size_t at = 0;
    while (at <= folder.size()) {
        const size_t slash = folder.find('/', at);
        const size_t end = slash == std::string::npos ? folder.size() : slash;
        partial = folder.substr(0, end);
        at = end + 1;
        if (partial.empty()) continue;  // the leading '/'
        if (::mkdir(partial.c_str(), 0777) != 0 && errno != EEXIST) return last_error();
    }
    struct stat st {};
    if (::stat(folder.c_str(), &st) != 0) return last_error();
    return S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
}

int PosixFileSystem::status(const std::string& path, FileStatus& out) {
    out = FileStatus{};
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return errno == ENOENT ? 0 : last_error();
    out.exists = true;
    out.is_folder = S_ISDIR(st.st_mode);
    out.is_regular = S_ISREG(st.st_mode);
    out.mode = static_cast<unsigned>(st.st_mode & 07777);
    return 0;
}

int PosixFileSystem::resolve(const std::string& path, std::string& out) {
    char buf[PATH_MAX];
    if (::realpath(path.c_str(), buf)) {
        out = buf;
        return 0;
    }
    if (errno != ENOENT) return last_error();
    out = path;
    return 0;
}

int PosixFileSystem::read_file(const std::string& path, size_t max_bytes, std::string& out) {
    out.clear();
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return last_error();
    struct stat st {};
    int rc = 0;
    if (::fstat(fd, &st) != 0) rc = last_error();
    else if (!S_ISREG(st.st_mode)) rc = EISDIR;
    else if (static_cast<uint64_t>(st.st_size) > max_bytes) rc = EFBIG;
    char buf[1 << 16];
    while (rc == 0) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) rc = last_error();
        if (n <= 0) break;
        out.append(buf, static_cast<size_t>(n));
        if (out.size() > max_bytes) rc = EFBIG;  // it grew while it was read
    }
    ::close(fd);
    return rc;
}

int PosixFileSystem::list_folder(const std::string& folder, std::vector<std::string>& names) {
    names.clear();
    DIR* dir = ::opendir(folder.c_str());
    if (!dir) return last_error();
    while (const dirent* e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name != "." && name != "..") names.push_back(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return 0;
}

FileSystem& system_file_system() {
    static PosixFileSystem fs;  // stateless: one is enough for the whole program
    return fs;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] write_file_atomically
// ---------------------------------------------------------------------------------------------

std::string describe_file_error(int error) {
    switch (error) {
        case ENOSPC:
        case EDQUOT: return "the disk is full";
        case EACCES:
        case EPERM: return "permission denied (the folder or the file is not writable)";
        case EROFS: return "the disk is read-only";
        case ENOENT: return "the folder does not exist";
        case ENOTDIR: return "a part of the path is a file, not a folder";
        case EISDIR: return "it is a folder, not a file";
        case EIO: return "the disk reported an error while writing";
        case EFBIG: return "the file is too large";
        default: return std::strerror(error);
    }
}

namespace {

std::string folder_of(const std::string& path) {
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// A name beside `base` no other writer uses: base + ".tmp-" + six random letters or digits.
std::string temporary_name(const std::string& base, std::mt19937& random) {
    static const char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string name = base + ".tmp-";
    for (int i = 0; i < 6; ++i) name += kChars[random() % (sizeof kChars - 1)];
    return name;
}

std::mt19937 seeded_random() {
    std::random_device device;
    return std::mt19937(device() ^ static_cast<unsigned>(reinterpret_cast<uintptr_t>(&device)));
}

int write_all(FileSystem& fs, int fd, std::string_view text) {
    size_t done = 0;
    while (done < text.size()) {
        size_t n = 0;
        const int rc = fs.write(fd, text.data() + done, text.size() - done, n);
        if (rc == EINTR) continue;
        if (rc != 0) return rc;
        if (n == 0) return EIO;  // no progress on a regular file: give up rather than spin
        done += n;
    }
    return 0;
}

// Keeps `target` as `backup`: a hard link made under a temporary name and renamed over the old
// backup (so an old backup is only replaced by a complete new one), or a copy where hard links are
// not supported.
int keep_backup(FileSystem& fs, const std::string& target, const std::string& backup, std::mt19937& random) {
    std::string linked;
    int rc = EEXIST;
    for (int attempt = 0; attempt < 100 && rc == EEXIST; ++attempt) {
        linked = temporary_name(backup, random);
        rc = fs.link(target, linked);
    }
    if (rc == EXDEV || rc == EPERM || rc == ENOTSUP || rc == EMLINK || rc == ENOSYS) {
        std::string previous;
        rc = fs.read_file(target, SIZE_MAX, previous);
        if (rc != 0) return rc;
        const WriteResult copy = write_file_atomically(backup, previous, {}, fs);
        return copy.ok ? 0 : copy.error;
    }
    if (rc != 0) return rc;
    rc = fs.rename(linked, backup);
    if (rc != 0) fs.remove(linked);
    return rc;
}

}  // namespace

WriteResult write_file_atomically(const std::string& path, std::string_view text, const WriteOptions& options, FileSystem& fs) {
    WriteResult result;
    std::string target;
    FileStatus before;
    auto fail = [&](int error, const std::string& what) {
        result.ok = false;
        result.error = error;
        result.message = "cannot save " + path + ": " + what + (before.is_regular ? "; the file there is unchanged" : "; nothing was written");
        return result;
    };
    int rc = fs.resolve(path, target);
    if (rc != 0) return fail(rc, describe_file_error(rc));
    result.written_path = target;
    rc = fs.status(target, before);
    if (rc != 0) return fail(rc, describe_file_error(rc));
    if (before.is_folder) return fail(EISDIR, describe_file_error(EISDIR));
    if (before.exists && !before.is_regular) return fail(EINVAL, "it is not a regular file (a device or a pipe?)");
    const std::string folder = folder_of(target);
    if (options.create_folder && (rc = fs.make_folders(folder)) != 0)
        return fail(rc, "cannot make the folder " + folder + ": " + describe_file_error(rc));

    std::mt19937 random = seeded_random();
    std::string temp;
    int fd = -1;
    rc = EEXIST;
    for (int attempt = 0; attempt < 100 && rc == EEXIST; ++attempt) {
        temp = temporary_name(target, random);
        rc = fs.create_new(temp, 0666, fd);
    }
    if (rc != 0) return fail(rc, describe_file_error(rc) + " (" + folder + ")");
    // From here on a failure removes the temporary file.
    auto fail_after_temp = [&](int error, const std::string& what) {
        if (fd >= 0) fs.close(fd);
        fd = -1;
        fs.remove(temp);
        return fail(error, what);
    };
    if (before.exists) fs.set_mode(fd, before.mode);  // keep the file's permissions (best effort)
    if ((rc = write_all(fs, fd, text)) != 0) return fail_after_temp(rc, describe_file_error(rc));
    if ((rc = fs.sync(fd)) != 0) return fail_after_temp(rc, describe_file_error(rc));
    rc = fs.close(fd);
    fd = -1;
    if (rc != 0) return fail_after_temp(rc, describe_file_error(rc));
    if (options.keep_backup && before.exists) {
        const std::string backup = target + ".bak";
        if ((rc = keep_backup(fs, target, backup, random)) != 0)
            return fail_after_temp(rc, "cannot keep the previous version as " + backup + ": " + describe_file_error(rc));
        result.backup_path = backup;
    }
    if ((rc = fs.rename(temp, target)) != 0) return fail_after_temp(rc, describe_file_error(rc));
    // The new file is in place; a folder that cannot be flushed (some file systems refuse) only
    // makes the rename less durable, so it is not reported as a failed save.
    fs.sync_folder(folder);
    result.ok = true;
    return result;
}

}  // namespace dl
