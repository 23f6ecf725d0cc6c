// A preloaded library for tests: open() with O_TMPFILE fails with EOPNOTSUPP, as on NFS,
// SMB/CIFS and vfat, so the code under test takes the way it takes there; and every file opened
// with O_CREAT is recorded with its mode right after the open, before the program can narrow it.
// The log, one "MODE PATH" line per file in octal, goes to $CC_CREATED_FILES_LOG, which the test
// creates (the library never creates a file of its own).
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>

namespace {

using OpenFunction = int (*)(const char*, int, ...);
using OpenAtFunction = int (*)(int, const char*, int, ...);

template<typename Function> Function real(const char* name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

bool asksForTmpfile(int flags)
{
    return (flags & O_TMPFILE) == O_TMPFILE;
}

bool takesMode(int flags)
{
    return (flags & O_CREAT) != 0 || asksForTmpfile(flags);
}

// The file's absolute path, from the descriptor: openat() may have named it relative to a folder.
void record(int fd)
{
    const char* logPath = std::getenv("CC_CREATED_FILES_LOG");
    struct stat status
    {};
    if (logPath == nullptr || fd < 0 || fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        return;
    }
    const int log = real<OpenFunction>("open")(logPath, O_WRONLY | O_APPEND | O_CLOEXEC);
    if (log < 0) {
        return;
    }
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char path[4096] = {};
    if (readlink(link, path, sizeof path - 1) < 0) {
        close(log);
        return;
    }
    char line[4200];
    const int length = std::snprintf(line, sizeof line, "%04o %s\n",
                                     static_cast<unsigned>(status.st_mode & 07777), path);
    if (length > 0) {
        const ssize_t ignored = write(log, line, static_cast<size_t>(length));
        static_cast<void>(ignored);
    }
    close(log);
}

int openAt(const char* name, int directory, const char* path, int flags, mode_t mode)
{
    if (asksForTmpfile(flags)) {
        errno = EOPNOTSUPP;
        return -1;
    }
    const int fd = real<OpenAtFunction>(name)(directory, path, flags, mode);
    if ((flags & O_CREAT) != 0) {
        const int saved = errno;
        record(fd);
        errno = saved;
    }
    return fd;
}

int openPath(const char* name, const char* path, int flags, mode_t mode)
{
    if (asksForTmpfile(flags)) {
        errno = EOPNOTSUPP;
        return -1;
    }
    const int fd = real<OpenFunction>(name)(path, flags, mode);
    if ((flags & O_CREAT) != 0) {
        const int saved = errno;
        record(fd);
        errno = saved;
    }
    return fd;
}

mode_t modeArgument(int flags, va_list arguments)
{
    return takesMode(flags) ? static_cast<mode_t>(va_arg(arguments, int)) : 0;
}

} // namespace

extern "C" {

int open(const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    return openPath("open", path, flags, mode);
}

int open64(const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    return openPath("open64", path, flags, mode);
}

int openat(int directory, const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    return openAt("openat", directory, path, flags, mode);
}

int openat64(int directory, const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    return openAt("openat64", directory, path, flags, mode);
}

} // extern "C"
