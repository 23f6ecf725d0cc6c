#include "gui/checklist/verifiedsaver.h"

#include "connections/connectionkeeper.h"
#include "connections/keeperjob.h"
#include "gui/checklist/checklistmodel.h"
#include "gui/checklist/heldtokens.h"
#include "gui/prompts.h"
#include "gui/verifiedprofile.h"

#include <QLocale>
#include <QWidget>

namespace cc::gui {

VerifiedSaver::VerifiedSaver(ConnectionKeeper& keeper, const Prompts& prompts,
                             ChecklistModel& model, HeldTokens& tokens, QWidget* dialog)
    : QObject(dialog), m_keeper(keeper), m_prompts(prompts), m_model(model), m_tokens(tokens),
      m_dialog(dialog)
{}

VerifiedSaver::~VerifiedSaver() = default;

int VerifiedSaver::saveable() const
{
    int count = 0;
    for (int row = 0; row < m_model.total(); ++row) {
        count += m_model.row(row).isVerified() && m_tokens.find(row) != nullptr ? 1 : 0;
    }
    return count;
}

void VerifiedSaver::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_next = m_saved = m_notSaved = m_skipped = 0;
    saveNext();
}

void VerifiedSaver::saveNext()
{
    for (; m_next < m_model.total(); ++m_next) {
        const int row = m_next;
        const ChecklistRow& checked = m_model.row(row);
        const QString* token = m_tokens.find(row);
        if (!checked.isVerified() || token == nullptr || checked.regionAnswer() == nullptr) {
            continue;
        }
        const std::optional<Organization> organization = organizationFor(row);
        if (!organization) {
            ++m_skipped;
            m_model.setSaveNote(row, tr("Not saved: no organization was chosen."));
            continue;
        }
        const VerificationResult& verified = *checked.regionAnswer();
        const std::optional<ConnectionProfile> profile =
            profileToSave(m_model.catalog(), verified.providerId, verified.regionId, verified,
                          *organization, checked.orgIdFromAddress, checked.answeredAt);
        if (!profile) {
            continue;
        }
        ++m_next;
        KeeperJob* job = m_keeper.save(*profile, *token);
        connect(job, &KeeperJob::finished, this,
                [this, row](const KeeperResult& result) { onSaved(row, result); });
        return;
    }
    m_running = false;
    m_model.flush();
    emit finished(m_saved, m_notSaved, m_skipped);
}

std::optional<Organization> VerifiedSaver::organizationFor(int row)
{
    const ChecklistRow& checked = m_model.row(row);
    const QList<Organization> organizations = organizationsOf(checked.regionAnswer()->identity);
    if (organizations.isEmpty()) {
        return Organization();
    }
    if (organizations.size() == 1) {
        return organizations.constFirst();
    }
    // The one a pasted portal address named, as the wizard would choose it.
    for (const Organization& organization : organizations) {
        if (!checked.orgIdFromAddress.isEmpty() && organization.id == checked.orgIdFromAddress) {
            return organization;
        }
    }
    QStringList choices;
    for (const Organization& organization : organizations) {
        // A button's text: "&" would make the next letter a shortcut.
        choices.append(tr("%1 (ID %2)")
                           .arg(shownName(organization.name), organization.id)
                           .replace(QLatin1Char('&'), QStringLiteral("&&")));
    }
    const QString label =
        checked.label.isEmpty()
            ? tr("line %1").arg(QLocale().toString(checked.line))
            : tr("\u201c%1\u201d (line %2)").arg(checked.label, QLocale().toString(checked.line));
    const int choice = m_prompts.choose(
        m_dialog, tr("Choose the Organization"),
        tr("The token of %1 reaches %n organizations. Which one is this connection for? "
           "Close the question to leave this token unsaved.",
           nullptr, int(organizations.size()))
            .arg(label),
        choices);
    if (choice < 0 || choice >= organizations.size()) {
        return std::nullopt;
    }
    return organizations.at(choice);
}

void VerifiedSaver::onSaved(int row, const KeeperResult& result)
{
    if (result.ok()) {
        ++m_saved;
        m_tokens.forget(row);
    } else {
        ++m_notSaved;
    }
    m_model.setSaveNote(row, result.message);
    saveNext();
}

} // namespace cc::gui
