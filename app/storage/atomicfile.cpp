#include "storage/atomicfile.h"

#include "core/regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};

// Closes a file descriptor when it goes out of scope.
class Descriptor final
{
public:
    explicit Descriptor(int descriptor) : m_descriptor(descriptor) {}
    ~Descriptor()
    {
        if (m_descriptor >= 0) {
            ::close(m_descriptor);
        }
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;

    int get() const { return m_descriptor; }
    // Closes now, for the error close() may report (a write that a network filesystem
    // refuses only then).
    bool close()
    {
        const int descriptor = m_descriptor;
        m_descriptor = -1;
        return ::close(descriptor) == 0;
    }

private:
    int m_descriptor;
};

mode_t modeOf(QFileDevice::Permissions permissions)
{
    mode_t mode = 0;
    const std::pair<QFileDevice::Permission, mode_t> bits[] = {
        {QFileDevice::ReadOwner, S_IRUSR},  {QFileDevice::WriteOwner, S_IWUSR},
        {QFileDevice::ExeOwner, S_IXUSR},   {QFileDevice::ReadGroup, S_IRGRP},
        {QFileDevice::WriteGroup, S_IWGRP}, {QFileDevice::ExeGroup, S_IXGRP},
        {QFileDevice::ReadOther, S_IROTH},  {QFileDevice::WriteOther, S_IWOTH},
        {QFileDevice::ExeOther, S_IXOTH}};
    for (const auto& [permission, bit] : bits) {
        if (permissions.testFlag(permission)) {
            mode |= bit;
        }
    }
    return mode;
}

// Why the name in directory must not be replaced; empty when it may (a regular file, or
// nothing). Another user can plant a link under a predictable name in a shared folder, to a
// file of the person's or to a name not yet taken.
QString refusal(int directory, const QByteArray& name, const QString& shown)
{
    struct stat status
    {};
    if (fstatat(directory, name.constData(), &status, AT_SYMLINK_NOFOLLOW) != 0 ||
        S_ISREG(status.st_mode)) {
        return QString();
    }
    return Text::tr("%1 is %2, not a file. An export replaces only a file and never follows a "
                    "link: choose another name.")
        .arg(shown, describeNonRegularFile(status.st_mode));
}

// A new file beside the final one, under a name no one can guess, readable by the person alone
// from its creation on, on every filesystem: O_EXCL never opens what someone else made nor
// follows a link, and 0600 leaves the umask nothing to widen. (QSaveFile, where there is no
// O_TMPFILE, as on NFS, SMB and vfat, creates its file with the default mode and narrows it
// only afterwards.)
int createTemporaryFile(int directory, const QByteArray& name, QByteArray* temporaryName)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        *temporaryName = '.' + name + '.' +
                         QByteArray::number(QRandomGenerator::system()->generate64(), 36) + ".tmp";
        const int descriptor =
            openat(directory, temporaryName->constData(),
                   O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (descriptor >= 0 || errno != EEXIST) {
            return descriptor;
        }
    }
    return -1;
}

bool writeAll(int descriptor, const QByteArray& content)
{
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t count = ::write(descriptor, content.constData() + written,
                                      static_cast<size_t>(content.size() - written));
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count <= 0) {
            return false;
        }
        written += count;
    }
    return true;
}

// Fills the temporary file and puts it in place of the final name. False with *error set.
bool fillAndRename(int directory, Descriptor& file, const QByteArray& temporaryName,
                   const QByteArray& name, const QByteArray& content,
                   QFileDevice::Permissions permissions, const QString& shown, QString* error)
{
    if (fchmod(file.get(), modeOf(permissions)) != 0) {
        *error = Text::tr("the permissions of %1 could not be set (%2)")
                     .arg(shown, qt_error_string(errno));
        return false;
    }
    if (!writeAll(file.get(), content) || fsync(file.get()) != 0 || !file.close()) {
        *error = Text::tr("%1 could not be written (%2)").arg(shown, qt_error_string(errno));
        return false;
    }
    // rename() replaces the name itself, never what a link planted there since the check
    // points to; asking again only keeps such a link from being replaced without a word.
    const QString refused = refusal(directory, name, shown);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    if (renameat(directory, temporaryName.constData(), directory, name.constData()) != 0) {
        *error = Text::tr("%1 could not be written (%2)").arg(shown, qt_error_string(errno));
        return false;
    }
    return true;
}
} // namespace

bool writeFileAtomically(const QString& path, const QByteArray& content,
                         QFileDevice::Permissions permissions, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const QByteArray name = QFile::encodeName(info.fileName());
    // The folder is opened once, and every step names the file relative to it, so the folder
    // checked is the folder written.
    const Descriptor directory(::open(QFile::encodeName(info.absolutePath()).constData(),
                                      O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (directory.get() < 0) {
        *error = Text::tr("%1 could not be created (%2)").arg(shown, qt_error_string(errno));
        return false;
    }
    const QString refused = refusal(directory.get(), name, shown);
    if (!refused.isEmpty()) {
        *error = refused;
        return false;
    }
    QByteArray temporaryName;
    Descriptor file(createTemporaryFile(directory.get(), name, &temporaryName));
    if (file.get() < 0) {
        *error = Text::tr("%1 could not be created (%2)").arg(shown, qt_error_string(errno));
        return false;
    }
    if (!fillAndRename(directory.get(), file, temporaryName, name, content, permissions, shown,
                       error)) {
        unlinkat(directory.get(), temporaryName.constData(), 0);
        return false;
    }
    return true;
}

} // namespace cc
