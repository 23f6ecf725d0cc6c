#include "storage/settingsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)
};
} // namespace

QString settingsFileProblem(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return QString();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Text::tr("the settings file %1 cannot be read (%2)").arg(path, file.errorString());
    }
    if (file.size() > maxSettingsFileBytes) {
        return Text::tr("the settings file %1 is %2 MB, far more than the program writes, so it "
                        "was left as it is")
            .arg(path, QLocale().toString(double(file.size()) / (1024 * 1024), 'f', 1));
    }
    return QString();
}

bool waitForSettingsLock(const QString& path, QString* error)
{
    // The lock file QSettings takes for a write. Taking it here and letting it go again at once
    // only waits for the other writer: QSettings must take it itself, and a second QLockFile on
    // the same file in this process would wait for the first for good.
    QLockFile lock(path + QStringLiteral(".lock"));
    if (lock.tryLock(settingsLockWaitMs)) {
        lock.unlock();
        return true;
    }
    // A lock file that cannot be written (a full disk) is QSettings' failure to report.
    if (lock.error() != QLockFile::LockFailedError) {
        return true;
    }
    if (error != nullptr) {
        *error = Text::tr("the settings file %1 is being written by another window or program, "
                          "which did not finish within %2 seconds")
                     .arg(path)
                     .arg(settingsLockWaitMs / 1000);
    }
    return false;
}

} // namespace cc
