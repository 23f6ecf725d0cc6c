#include "saved/checksavedrun.h"

#include "cli/output.h"
#include "cli/resultjson.h"
#include "connections/connectionkeeper.h"
#include "connections/reverifybatch.h"
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

const QString notChecked = QStringLiteral("not_checked");

bool checked(const KeeperResult& result)
{
    return !result.verification.endpoint.isEmpty();
}

// The row's part of the exit code, by the --check rules; a row never sent counts as one that
// could not be checked.
int exitCodeOf(const KeeperResult& result)
{
    return checked(result) ? exitCodeFor(result.verification.outcome) : 3;
}
} // namespace

QString rowOutcomeId(const KeeperResult& result)
{
    return checked(result) ? outcomeId(result.verification.outcome) : notChecked;
}

CheckSavedRun::CheckSavedRun(ConnectionKeeper& keeper, int jobs, bool asJson, QObject* parent)
    : QObject(parent), m_keeper(keeper), m_batch(new ReverifyBatch(keeper, jobs, this)),
      m_asJson(asJson)
{
    connect(m_batch, &ReverifyBatch::checked, this, &CheckSavedRun::onChecked);
    connect(m_batch, &ReverifyBatch::finished, this, &CheckSavedRun::finishRun);
}

CheckSavedRun::~CheckSavedRun() = default;

void CheckSavedRun::start()
{
    m_profiles = m_keeper.profiles().profiles();
    m_results = QList<std::optional<KeeperResult>>(m_profiles.size());
    QStringList keys;
    for (const ConnectionProfile& profile : std::as_const(m_profiles)) {
        keys.append(profile.key());
    }
    m_batch->start(keys);
}

void CheckSavedRun::onChecked(int row, const KeeperResult& result)
{
    m_results[row] = result;
    printReadyRows();
}

void CheckSavedRun::printReadyRows()
{
    while (m_printed < m_profiles.size() && m_results.at(m_printed).has_value()) {
        const KeeperResult& result = *m_results.at(m_printed);
        // The profile as it was listed: a failed check may have left no profile in the result.
        printRow(m_profiles.at(m_printed), result);
        if (newlyStoppedWorking(m_profiles.at(m_printed), result)) {
            m_stopped.append({m_profiles.at(m_printed), result.verification.outcome});
        }
        ++m_counts[rowOutcomeId(result)];
        const int code = exitCodeOf(result);
        if (code == 3 || (code == 1 && m_exitCode == 0)) {
            m_exitCode = code;
        }
        ++m_printed;
    }
}

void CheckSavedRun::printRow(const ConnectionProfile& profile, const KeeperResult& result)
{
    // A check made but not recorded (the settings could not be written) is still reported,
    // with the reason on standard error.
    if (!result.detail.isEmpty() && checked(result)) {
        cli::printLines(stderr, {Text::tr("%1: %2").arg(profile.key(), result.message)});
    }
    if (m_asJson) {
        QJsonObject row;
        if (checked(result)) {
            row = cli::resultToJson(result.verification, cli::ResultContext{});
        } else {
            row.insert(QStringLiteral("outcome"), notChecked);
            row.insert(QStringLiteral("provider"), profile.providerId);
            row.insert(QStringLiteral("region"), profile.regionId);
            row.insert(QStringLiteral("message"), result.message);
            if (!result.detail.isEmpty()) {
                row.insert(QStringLiteral("detail"), result.detail);
            }
        }
        row.insert(QStringLiteral("key"), profile.key());
        row.insert(QStringLiteral("label"), connectionLabel(profile));
        cli::printJson(row);
        return;
    }
    // The longest outcome id, "unexpected_response", fits the column.
    QStringList lines{rowOutcomeId(result).leftJustified(20) + connectionLabel(profile) +
                      QStringLiteral("  (") + profile.key() + QLatin1Char(')')};
    if (!checked(result) || result.verification.outcome != Outcome::Verified) {
        const QString why = checked(result) ? result.verification.message : result.message;
        lines.append(QString(20, QLatin1Char(' ')) + why);
    }
    cli::printLines(stdout, lines);
}

void CheckSavedRun::finishRun()
{
    const int rows = int(m_profiles.size());
    if (m_asJson) {
        QJsonObject summary{{QStringLiteral("connections"), rows}};
        for (auto count = m_counts.cbegin(); count != m_counts.cend(); ++count) {
            summary.insert(count.key(), count.value());
        }
        cli::printJson(QJsonObject{{QStringLiteral("summary"), summary}});
    } else {
        QStringList parts;
        for (auto count = m_counts.cbegin(); count != m_counts.cend(); ++count) {
            parts.append(QString::number(count.value()) + QLatin1Char(' ') + count.key());
        }
        cli::printLines(stdout,
                        {rows == 0 ? Text::tr("There are no saved connections.")
                                   : Text::tr("%n connection(s) checked: %1.", nullptr, rows)
                                         .arg(parts.join(QStringLiteral(", ")))});
    }
    emit finished(m_exitCode);
}

} // namespace cc::saved
