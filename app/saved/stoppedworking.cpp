#include "saved/stoppedworking.h"

#include "connections/keeperresult.h"
#include "storage/connectionstatus.h"

#include <QCoreApplication>
#include <QStringList>

namespace cc::saved {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WatchNotice)
};

// A notification is read at a glance: past this many, the rest are counted.
constexpr int namedAtMost = 5;

bool isRefusal(Outcome outcome)
{
    return outcome == Outcome::Rejected || outcome == Outcome::Forbidden;
}

// What most often ends a saved token that worked before, and what to do, by provider (the
// vendors' rules as the token guides tell them).
QString adviceFor(const QString& providerId)
{
    if (providerId == QLatin1String("juniper-mist")) {
        return Text::tr("Juniper Mist deletes a personal token unused for 90 days, and an "
                        "organization token works only from the networks it allows: make a new "
                        "token in the Mist portal and save the connection again (File \u203a "
                        "Connect an Account\u2026).");
    }
    if (providerId == QLatin1String("jumpcloud")) {
        return Text::tr("A new JumpCloud API key revokes the old one, and keys starting with "
                        "jca_ expire: save the connection again with the current key (File "
                        "\u203a Connect an Account\u2026).");
    }
    return Text::tr("A token deleted in the portal is refused from then on: make a new token "
                    "and save the connection again (File \u203a Connect an Account\u2026).");
}
} // namespace

bool newlyStoppedWorking(const ConnectionProfile& before, const KeeperResult& result)
{
    // No endpoint: no request was made, so the service said nothing.
    if (result.verification.endpoint.isEmpty() || !isRefusal(result.verification.outcome)) {
        return false;
    }
    const std::optional<Outcome> previous = outcomeFromId(before.lastOutcome);
    return !previous || !isRefusal(*previous);
}

StoppedWorkingNotice stoppedWorkingNotice(const QList<StoppedConnection>& stopped)
{
    const int count = int(stopped.size());
    StoppedWorkingNotice notice;
    notice.summary = Text::tr("%n saved connection(s) stopped working", nullptr, count);
    QStringList lines;
    QStringList providers;
    for (const StoppedConnection& connection : stopped) {
        if (!providers.contains(connection.profile.providerId)) {
            providers.append(connection.profile.providerId);
        }
        if (lines.size() == namedAtMost) {
            continue;
        }
        const QString label = connectionLabel(connection.profile);
        lines.append(connection.outcome == Outcome::Forbidden
                         ? Text::tr("%1: the service now denies its token access.").arg(label)
                         : Text::tr("%1: the service refused its token.").arg(label));
    }
    if (count > namedAtMost) {
        lines.append(Text::tr("And %n more.", nullptr, count - namedAtMost));
    }
    // Paragraphs: the connections, what to do for each of their providers, where to read more.
    QStringList paragraphs{lines.join(QLatin1Char('\n'))};
    for (const QString& provider : std::as_const(providers)) {
        paragraphs.append(adviceFor(provider));
    }
    paragraphs.append(
        Text::tr("Saved connections in Credential Connect shows what each check said."));
    notice.body = paragraphs.join(QStringLiteral("\n\n"));
    return notice;
}

} // namespace cc::saved
