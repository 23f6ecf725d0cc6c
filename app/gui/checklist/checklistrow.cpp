#include "gui/checklist/checklistrow.h"

#include "core/catalog.h"
#include "core/checkdetails.h"
#include "core/identity.h"

#include <QLocale>

namespace cc::gui {

const VerificationResult* ChecklistRow::regionAnswer() const
{
    return answer.detection ? answer.detection->found() : &answer.result;
}

QString ChecklistRowText::place(const Catalog& catalog, const ChecklistRow& row)
{
    const Provider* provider = catalog.provider(row.providerId.trimmed());
    const VerificationResult* answered = row.isAnswered() ? row.regionAnswer() : nullptr;
    const Region* region =
        provider != nullptr && answered != nullptr ? provider->region(answered->regionId) : nullptr;
    if (region != nullptr) {
        return provider->name + QStringLiteral(" \u00b7 ") + region->name;
    }
    const QString providerName = provider != nullptr ? provider->name : row.providerId.trimmed();
    return providerName + QStringLiteral(" \u00b7 ") + row.regionText.trimmed();
}

QString ChecklistRowText::outcomeId(const ChecklistRow& row)
{
    switch (row.state) {
    case ChecklistRow::State::Waiting:
        return QStringLiteral("waiting");
    case ChecklistRow::State::Cancelled:
        return QStringLiteral("cancelled");
    case ChecklistRow::State::Answered:
        break;
    }
    return cc::outcomeId(row.answer.outcome());
}

QString ChecklistRowText::status(const ChecklistRow& row)
{
    switch (row.state) {
    case ChecklistRow::State::Waiting:
        return tr("Waiting\u2026");
    case ChecklistRow::State::Cancelled:
        return tr("Cancelled");
    case ChecklistRow::State::Answered:
        break;
    }
    return row.answer.detection ? row.answer.detection->title : row.answer.result.title;
}

QString ChecklistRowText::identity(const ChecklistRow& row)
{
    if (!row.isVerified() || row.regionAnswer() == nullptr) {
        return QString();
    }
    const Identity& identity = row.regionAnswer()->identity;
    const QString name = identity.name.isEmpty() ? identity.email : identity.name;
    return name.isEmpty() ? describeHolder(identity) : shownName(name);
}

QString ChecklistRowText::organization(const ChecklistRow& row)
{
    if (!row.isVerified() || row.regionAnswer() == nullptr) {
        return QString();
    }
    const QList<Organization> organizations = organizationsOf(row.regionAnswer()->identity);
    if (organizations.size() == 1) {
        return shownName(organizations.constFirst().name);
    }
    if (organizations.size() > 1) {
        return tr("%n organization(s)", nullptr, int(organizations.size()));
    }
    return row.orgIdFromAddress;
}

QString ChecklistRowText::message(const ChecklistRow& row)
{
    switch (row.state) {
    case ChecklistRow::State::Waiting:
        return tr("The answer has not come yet.");
    case ChecklistRow::State::Cancelled:
        return tr("Not checked: the list was cancelled.");
    case ChecklistRow::State::Answered:
        break;
    }
    return row.answer.detection ? row.answer.detection->message : row.answer.result.message;
}

QString ChecklistRowText::details(const Catalog& catalog, const ChecklistRow& row)
{
    QStringList lines;
    lines.append(tr("Line %1: %2").arg(QLocale().toString(row.line), status(row)));
    if (!row.label.isEmpty()) {
        lines.append(tr("Label: %1").arg(row.label));
    }
    lines.append(place(catalog, row));
    lines.append(message(row));
    const QString vendorMessage = row.answer.detection ? row.answer.detection->vendorMessage
                                                       : row.answer.result.vendorMessage;
    if (row.isAnswered() && !vendorMessage.isEmpty()) {
        lines.append(tr("The service said: %1").arg(vendorMessage));
    }
    if (row.isVerified() && row.regionAnswer() != nullptr) {
        for (const QString& line : describeIdentity(row.regionAnswer()->identity) +
                                       describeCheckDetails(*row.regionAnswer())) {
            lines.append(QStringLiteral("\u2022 ") + line);
        }
    }
    for (const QString& warning : row.warnings) {
        lines.append(tr("Warning: %1").arg(warning));
    }
    if (!row.saveNote.isEmpty()) {
        lines.append(row.saveNote);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace cc::gui
