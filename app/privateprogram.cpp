#include "privateprogram.h"

#include <cerrno>
#include <climits>
#include <cstring>

#include <unistd.h>

namespace cc {

namespace {
// The folder of the executable the kernel started, links resolved: where the program was
// installed or built, whatever name it was started by ($PATH, a link, a relative path).
// Empty, with errno saying why, when it cannot be read.
std::string executableFolder()
{
    std::string path(PATH_MAX, '\0');
    const ssize_t length = readlink("/proc/self/exe", path.data(), path.size());
    if (length < 0) {
        return std::string();
    }
    if (static_cast<std::size_t>(length) == path.size()) {
        errno = ENAMETOOLONG;
        return std::string();
    }
    path.resize(static_cast<std::size_t>(length));
    return path.substr(0, path.rfind('/'));
}
} // namespace

std::string execPrivateProgram(const char* name, char* argv[])
{
    const std::string folder = executableFolder();
    if (folder.empty()) {
        return std::string("/proc/self/exe: ") + std::strerror(errno);
    }
    // CC_PRIVATE_PROGRAM_DIR is relative to this executable's folder (app/CMakeLists.txt).
    const std::string program = folder + '/' + CC_PRIVATE_PROGRAM_DIR + '/' + name;
    execv(program.c_str(), argv);
    return program + ": " + std::strerror(errno);
}

} // namespace cc
