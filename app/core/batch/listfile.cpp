#include "core/batch/listfile.h"

#include <QCoreApplication>
#include <QFile>

namespace cc {

namespace {
// The words were first the command line's: they keep its translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};
} // namespace

bool othersCanRead(const QString& path)
{
    return (QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)) != 0;
}

QString othersCanReadWarning(const QString& shownPath)
{
    return Text::tr("%1 can be read by other users of this computer, and it holds "
                    "tokens. Make it yours alone: chmod 600 %1")
        .arg(shownPath);
}

QString listUnreadableProblem(const QString& shownPath, const QString& reason)
{
    return Text::tr("Cannot read %1: %2.").arg(shownPath, reason);
}

QString notAListProblem(const QString& shownPath)
{
    return Text::tr("The first line of %1 must name the columns provider, region and "
                    "token (CSV), or be a JSON object (JSON Lines).")
        .arg(shownPath);
}

} // namespace cc
