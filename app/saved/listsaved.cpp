#include "saved/listsaved.h"

#include "cli/output.h"
#include "saved/savedjson.h"
#include "storage/connectionstatus.h"
#include "storage/profilestore.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc::saved {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SavedConnections)
};
} // namespace

int listSaved(const ProfileStore& profiles, bool asJson)
{
    const QList<ConnectionProfile> saved = profiles.profiles();
    if (asJson) {
        for (const ConnectionProfile& profile : saved) {
            cli::printJson(savedConnectionJson(profile));
        }
        return 0;
    }
    if (saved.isEmpty()) {
        cli::printLines(stderr, {Text::tr("There are no saved connections.")});
        return 0;
    }
    const QString keyHeading = Text::tr("Key");
    const QString labelHeading = Text::tr("Connection");
    qsizetype keyWidth = keyHeading.size();
    qsizetype labelWidth = labelHeading.size();
    for (const ConnectionProfile& profile : saved) {
        keyWidth = std::max(keyWidth, profile.key().size());
        labelWidth = std::max(labelWidth, connectionLabel(profile).size());
    }
    const auto row = [&](const QString& key, const QString& label,
                         const QString& status) -> QString {
        return key.leftJustified(keyWidth) + QStringLiteral("  ") +
               label.leftJustified(labelWidth) + QStringLiteral("  ") + status;
    };
    QStringList table{row(keyHeading, labelHeading, Text::tr("Status"))};
    for (const ConnectionProfile& profile : saved) {
        table.append(row(profile.key(), connectionLabel(profile), connectionStatusText(profile)));
    }
    cli::printLines(stdout, table);
    return 0;
}

} // namespace cc::saved
