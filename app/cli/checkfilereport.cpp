#include "cli/checkfilereport.h"

#include "cli/detectionreport.h"
#include "cli/output.h"
#include "core/vendortext.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <array>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace cc::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckFile)
};

// Words --check said first: one context, one set of translations.
struct CheckCommandText
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

constexpr std::array<Outcome, 11> everyOutcome{
    Outcome::Verified,     Outcome::Rejected,           Outcome::Forbidden,
    Outcome::InvalidInput, Outcome::RateLimited,        Outcome::ServerError,
    Outcome::Timeout,      Outcome::NetworkError,       Outcome::TlsError,
    Outcome::ProxyError,   Outcome::UnexpectedResponse,
};

constexpr int progressIntervalMs = 200;
constexpr int labelWidth = 24;
constexpr int regionWidth = 32;

// The text cut to width characters, with an ellipsis where it was cut, then padded.
QString column(const QString& text, int width)
{
    const QString shown = text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
    return shown.leftJustified(width + 2);
}

QString regionOf(const AnsweredRow& row)
{
    const VerificationResult& result =
        row.answer.detection ? summarizeDetection(*row.answer.detection) : row.answer.result;
    const QString provider =
        result.providerId.isEmpty() ? row.context.providerId : result.providerId;
    return result.regionId.isEmpty() ? provider : provider + QLatin1Char('/') + result.regionId;
}

QString messageOf(const AnsweredRow& row)
{
    return row.answer.detection ? row.answer.detection->message : row.answer.result.message;
}

QString vendorMessageOf(const AnsweredRow& row)
{
    return row.answer.detection ? row.answer.detection->vendorMessage
                                : row.answer.result.vendorMessage;
}
} // namespace

CheckFileReport::CheckFileReport(bool asJson)
    : m_asJson(asJson)
#ifdef Q_OS_UNIX
      ,
      m_progress(!asJson && isatty(STDERR_FILENO) == 1)
#else
      ,
      m_progress(false)
#endif
{
    m_sinceStart.start();
    if (!m_asJson) {
        printLines(stdout, {column(Text::tr("Line"), 6) + column(Text::tr("Outcome"), 20) +
                            column(Text::tr("Label"), labelWidth) +
                            column(Text::tr("Region"), regionWidth) + Text::tr("Message")});
    }
}

void CheckFileReport::print(const AnsweredRow& row)
{
    ++m_rows;
    ++m_counts[row.answer.outcome()];
    if (!m_asJson) {
        printTableRow(row);
        return;
    }
    QJsonObject object = row.answer.detection ? detectionToJson(*row.answer.detection, row.context)
                                              : resultToJson(row.answer.result, row.context);
    object.insert(QStringLiteral("line"), row.line);
    object.insert(QStringLiteral("label"),
                  row.label.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.label));
    printJson(object);
}

void CheckFileReport::printTableRow(const AnsweredRow& row)
{
    clearProgress();
    // Names from the file and the answer are escaped by printLines: they cannot start a line
    // of their own or act on the terminal.
    QStringList lines{QString::number(row.line).rightJustified(4).leftJustified(6) +
                      column(outcomeId(row.answer.outcome()), 20) + column(row.label, labelWidth) +
                      column(regionOf(row), regionWidth) + messageOf(row)};
    if (const QString vendorMessage = vendorMessageOf(row); !vendorMessage.isEmpty()) {
        // The words --check prints under its advice.
        lines.append(QStringLiteral("      ") +
                     CheckCommandText::tr("The service said: %1").arg(vendorMessage));
    }
    for (const QString& warning : row.context.warnings) {
        lines.append(QStringLiteral("      ") + warning);
    }
    printLines(stdout, lines);
    showProgress();
}

void CheckFileReport::showProgress()
{
    if (!m_progress ||
        (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < progressIntervalMs)) {
        return;
    }
    m_sinceProgress.start();
    writeProgramBytes(
        stderr,
        '\r' + escapeForTerminal(
                   Text::tr("%n row(s) answered, %1 read…", "", int(m_rows)).arg(m_rowsRead))
                   .toUtf8());
    m_progressShown = true;
}

void CheckFileReport::clearProgress()
{
    if (m_progressShown) {
        // Back to the start of the line, and clear it.
        writeProgramBytes(stderr, "\r\x1b[K");
        m_progressShown = false;
    }
}

void CheckFileReport::printSummary()
{
    const double seconds = double(m_sinceStart.elapsed()) / 1000.0;
    if (m_asJson) {
        QJsonObject summary{{QStringLiteral("rows"), m_rows},
                            {QStringLiteral("elapsed_s"), seconds}};
        for (const Outcome outcome : everyOutcome) {
            summary.insert(outcomeId(outcome), m_counts.value(outcome));
        }
        printJson(QJsonObject{{QStringLiteral("summary"), summary}});
        return;
    }
    clearProgress();
    QStringList counts;
    for (const Outcome outcome : everyOutcome) {
        if (m_counts.value(outcome) > 0) {
            counts.append(outcomeId(outcome) + QLatin1Char(' ') +
                          QString::number(m_counts.value(outcome)));
        }
    }
    printLines(stdout, {QString(), Text::tr("%n row(s) in %1 s: %2", "", int(m_rows))
                                       .arg(QString::number(seconds, 'f', 1),
                                            counts.join(QStringLiteral(", ")))});
}

int CheckFileReport::exitCode() const
{
    int code = 0;
    for (auto count = m_counts.cbegin(); count != m_counts.cend(); ++count) {
        // A row's invalid input (2 for --check) is a refusal of the list: the file was read.
        const int rowCode = exitCodeFor(count.key());
        code = std::max(code, rowCode == 2 ? 1 : rowCode);
    }
    return code;
}

} // namespace cc::cli
