#include "gui/checklist/checklistexport.h"

#include "gui/checklist/checklistmodel.h"

#include <QStringList>

namespace cc::gui {

namespace {
// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QByteArray checklistCsv(const ChecklistModel& model)
{
    QByteArray csv = "line,label,provider,region,outcome,identity,organization,message\r\n";
    for (int index = 0; index < model.total(); ++index) {
        const ChecklistRow& row = model.row(index);
        const VerificationResult* answered = row.isAnswered() ? row.regionAnswer() : nullptr;
        const QString region = answered != nullptr && !answered->regionId.isEmpty()
                                   ? answered->regionId
                                   : row.regionText.trimmed();
        const QStringList fields{QString::number(row.line),
                                 row.label,
                                 row.providerId.trimmed(),
                                 region,
                                 ChecklistRowText::outcomeId(row),
                                 ChecklistRowText::identity(row),
                                 ChecklistRowText::organization(row),
                                 ChecklistRowText::message(row)};
        QStringList quoted;
        for (const QString& field : fields) {
            quoted.append(csvField(field));
        }
        csv += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return csv;
}

} // namespace cc::gui
