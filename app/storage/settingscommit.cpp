#include "storage/settingscommit.h"

#include "storage/settingsfile.h"

#include <QCoreApplication>
#include <QSettings>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)
};

QString describeFailure(const QSettings& settings)
{
    if (settings.status() == QSettings::FormatError) {
        return Text::tr("the settings file %1 is damaged and was left as it is")
            .arg(settings.fileName());
    }
    return Text::tr("the settings file %1 could not be written").arg(settings.fileName());
}
} // namespace

bool commitSettings(const QSettings& settings, const std::function<void(QSettings&)>& change,
                    const std::function<void(QSettings&)>& undo, QString* error)
{
    // A QSettings object keeps the first error it met for good, so the injected one could not
    // tell whether this write worked. A fresh object on the same file shares its contents
    // (Qt keeps one cache per file in a process) and reports on this write alone.
    const QString problem = settingsFileProblem(settings.fileName());
    if (!problem.isEmpty()) {
        if (error != nullptr) {
            *error = problem;
        }
        return false;
    }
    if (!waitForSettingsLock(settings.fileName(), error)) {
        return false;
    }
    QSettings writer(settings.fileName(), settings.format());
    change(writer);
    writer.sync();
    if (writer.status() == QSettings::NoError) {
        return true;
    }
    if (error != nullptr) {
        *error = describeFailure(writer);
    }
    // The failed change still sits in the shared cache, and the next successful sync of any
    // QSettings on this file would write it. Put the previous contents back instead.
    undo(writer);
    writer.sync();
    return false;
}

bool commitSetting(const QSettings& settings, const QString& key, const QString& value,
                   QString* error)
{
    const QVariant previous = settings.value(key);
    return commitSettings(
        settings, [&](QSettings& writer) { writer.setValue(key, value); },
        [&](QSettings& writer) {
            if (previous.isValid()) {
                writer.setValue(key, previous);
            } else {
                writer.remove(key);
            }
        },
        error);
}

} // namespace cc
