#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};
} // namespace

bool writeFileAtomically(const QString& path, const QByteArray& content,
                         QFileDevice::Permissions permissions, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    // Unbuffered, so that a short write (a full disk, a file size limit) shows in write()'s
    // count: QSaveFile would otherwise commit a buffered file cut short without complaint.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = Text::tr("%1 could not be created (%2)").arg(shown, file.errorString());
        return false;
    }
    if (!file.setPermissions(permissions)) {
        *error =
            Text::tr("the permissions of %1 could not be set (%2)").arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (file.write(content) != content.size()) {
        *error = Text::tr("%1 could not be written (%2)").arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = Text::tr("%1 could not be written (%2)").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace cc
