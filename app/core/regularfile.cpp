#include "core/regularfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RegularFile)
};
} // namespace

QString describeNonRegularFile(mode_t mode)
{
    switch (mode & S_IFMT) {
    case S_IFREG:
        return QString();
    case S_IFLNK:
        return Text::tr("a symbolic link");
    case S_IFDIR:
        return Text::tr("a folder");
    case S_IFIFO:
        return Text::tr("a named pipe");
    case S_IFSOCK:
        return Text::tr("a socket");
    case S_IFCHR:
    case S_IFBLK:
        return Text::tr("a device");
    default:
        return Text::tr("a special file");
    }
}

bool openRegularFile(QFile& file, const QString& path, QIODevice::OpenMode mode, QString* error)
{
    // Without O_NONBLOCK, opening a named pipe would wait here for a writer; for a regular file
    // the flag changes nothing.
    const int descriptor =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0) {
        *error = qt_error_string(errno);
        return false;
    }
    struct stat status
    {};
    if (fstat(descriptor, &status) != 0) {
        *error = qt_error_string(errno);
        ::close(descriptor);
        return false;
    }
    if (!S_ISREG(status.st_mode)) {
        *error =
            Text::tr("it is %1, not a regular file").arg(describeNonRegularFile(status.st_mode));
        ::close(descriptor);
        return false;
    }
    if (!file.open(descriptor, mode | QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        *error = file.errorString();
        ::close(descriptor);
        return false;
    }
    return true;
}

std::optional<QByteArray> readRegularFile(const QString& path, qint64 maxBytes, QString* error)
{
    QFile file;
    if (!openRegularFile(file, path, QIODevice::ReadOnly, error)) {
        return std::nullopt;
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return std::nullopt;
    }
    return bytes;
}

} // namespace cc
