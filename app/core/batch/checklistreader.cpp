#include "core/batch/checklistreader.h"

#include "core/batch/csvrecords.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckList)
};

bool isBlank(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QString problemOf(CsvRecord::Problem problem)
{
    switch (problem) {
    case CsvRecord::Problem::UnclosedQuote:
        return Text::tr("A quoted field is not closed before the end of the file.");
    case CsvRecord::Problem::TooLong:
        return Text::tr("The row is longer than 64 KiB.");
    case CsvRecord::Problem::None:
        break;
    }
    return QString();
}

// The first of the three keys the row lacks, as a problem; empty when it has all.
QString missingKey(const ListRow& row)
{
    const std::pair<const char*, const QString*> required[] = {
        {"provider", &row.provider}, {"region", &row.region}, {"token", &row.token}};
    for (const auto& [key, value] : required) {
        if (value->trimmed().isEmpty()) {
            return Text::tr("The row has no %1.").arg(QLatin1String(key));
        }
    }
    return QString();
}
} // namespace

ChecklistReader::ChecklistReader(QIODevice& device) : m_input(device) {}

bool ChecklistReader::start()
{
    while (isBlank(m_input.peek())) {
        m_input.get();
    }
    if (m_input.peek() == '{') {
        m_json = true;
        return true;
    }
    std::optional<CsvRecord> header = readCsvRecord(m_input);
    if (!header || header->problem != CsvRecord::Problem::None) {
        return false;
    }
    for (qsizetype column = 0; column < header->fields.size(); ++column) {
        const QByteArray name = header->fields.at(column).trimmed().toLower();
        qsizetype* slot = name == "provider" ? &m_provider
                          : name == "region" ? &m_region
                          : name == "token"  ? &m_token
                          : name == "label"  ? &m_label
                                             : nullptr;
        if (slot != nullptr && *slot < 0) {
            *slot = column;
        }
    }
    return m_provider >= 0 && m_region >= 0 && m_token >= 0;
}

std::optional<ListRow> ChecklistReader::next()
{
    return m_json ? nextJsonRow() : nextCsvRow();
}

std::optional<ListRow> ChecklistReader::nextCsvRow()
{
    std::optional<CsvRecord> record = readCsvRecord(m_input);
    if (!record) {
        return std::nullopt;
    }
    ListRow row;
    row.line = record->line;
    const auto field = [&record](qsizetype column) {
        return column >= 0 && column < record->fields.size()
                   ? QString::fromUtf8(record->fields.at(column))
                   : QString();
    };
    row.provider = field(m_provider).trimmed();
    row.region = field(m_region).trimmed();
    row.token = field(m_token);
    if (m_label >= 0) {
        row.label = field(m_label);
    }
    row.problem = problemOf(record->problem);
    wipeRecord(*record);
    if (row.problem.isEmpty()) {
        row.problem = missingKey(row);
    }
    return row;
}

std::optional<ListRow> ChecklistReader::nextJsonRow()
{
    while (isBlank(m_input.peek())) {
        m_input.get();
    }
    if (m_input.peek() == -1) {
        return std::nullopt;
    }
    ListRow row;
    row.line = m_input.line();
    QByteArray line;
    line.reserve(1024);
    bool tooLong = false;
    for (int c = m_input.get(); c != -1 && c != '\n'; c = m_input.get()) {
        if (line.size() >= maxRecordBytes) {
            tooLong = true;
        } else {
            line.append(static_cast<char>(c));
        }
    }
    QJsonParseError error{};
    const QJsonDocument document =
        tooLong ? QJsonDocument() : QJsonDocument::fromJson(line, &error);
    line.fill('\0');
    if (tooLong) {
        row.problem = Text::tr("The row is longer than 64 KiB.");
        return row;
    }
    if (!document.isObject()) {
        row.problem = Text::tr("The line is not a JSON object.");
        return row;
    }
    const QJsonObject object = document.object();
    const std::pair<const char*, QString*> keys[] = {{"provider", &row.provider},
                                                     {"region", &row.region},
                                                     {"token", &row.token},
                                                     {"label", &row.label}};
    for (const auto& [key, value] : keys) {
        const QJsonValue json = object.value(QLatin1String(key));
        if (!json.isUndefined() && !json.isNull() && !json.isString()) {
            row.problem = Text::tr("The value of %1 is not text.").arg(QLatin1String(key));
        }
        *value = json.toString();
    }
    row.provider = row.provider.trimmed();
    row.region = row.region.trimmed();
    if (row.problem.isEmpty()) {
        row.problem = missingKey(row);
    }
    return row;
}

} // namespace cc
