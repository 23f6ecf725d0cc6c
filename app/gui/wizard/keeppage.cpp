#include "gui/wizard/keeppage.h"

#include "connections/connectionkeeper.h"
#include "gui/connectionexports.h"
#include "gui/keeperresults.h"
#include "gui/prompts.h"
#include "gui/readabletext.h"
#include "gui/verifiedprofile.h"
#include "gui/wizard/connectiondraft.h"
#include "storage/connectionsummary.h"
#include "storage/secretstore.h"

#include "ui_keeppage.h"

namespace cc::gui {

KeepPage::KeepPage(const Catalog& catalog, ConnectionKeeper& keeper, const Prompts& prompts,
                   ConnectionDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::KeepPage>()), m_catalog(catalog),
      m_keeper(keeper), m_prompts(prompts), m_draft(draft)
{
    m_ui->setupUi(this);
    makeReadableWithTab(*m_ui->summaryLabel);
    m_ui->keychainNote->setText(
        tr("The token goes to the system keychain, filed under \u201c%1\u201d; the provider, "
           "region, organization and identity go to the program's settings. Nothing else "
           "keeps the token.")
            .arg(SecretStore::defaultServiceName()));
    connect(m_ui->saveButton, &QPushButton::clicked, this, &KeepPage::save);
    connect(m_ui->copySummaryButton, &QPushButton::clicked, this, [this] {
        if (const auto kept = profile()) {
            showOutcome(copySummaryToClipboard(*kept));
        }
    });
    connect(m_ui->exportProfileButton, &QPushButton::clicked, this, [this] {
        if (const auto kept = profile()) {
            showOutcome(exportProfileJson(this, m_prompts, *kept));
        }
    });
    connect(m_ui->exportEnvButton, &QPushButton::clicked, this, &KeepPage::exportEnvFile);
}

KeepPage::~KeepPage() = default;

std::optional<ConnectionProfile> KeepPage::profile() const
{
    if (!m_draft.verified) {
        return std::nullopt;
    }
    return profileToSave(m_catalog, m_draft.providerId, m_draft.regionId, *m_draft.verified,
                         m_draft.organization, m_draft.orgIdFromAddress, m_draft.verifiedAt);
}

void KeepPage::initializePage()
{
    const auto kept = profile();
    if (!kept) {
        return;
    }
    m_ui->summaryLabel->setText(connectionSummary(*kept).trimmed());
    m_ui->saveButton->setEnabled(true);
    m_ui->saveButton->setText(tr("&Save in the system keychain"));
    offerEnvFileExport(*m_ui->exportEnvButton, *m_ui->envNote, kept, true);
    m_ui->statusPanel->clear();
    m_ui->saveButton->setFocus(Qt::OtherFocusReason);
}

void KeepPage::save()
{
    const auto kept = profile();
    if (!kept) {
        return;
    }
    m_ui->saveButton->setEnabled(false);
    m_ui->statusPanel->showChecking(tr("Saving in the system keychain\u2026"));
    KeeperJob* job = m_keeper.save(*kept, m_draft.token);
    connect(job, &KeeperJob::finished, this, &KeepPage::onSaved);
}

void KeepPage::onSaved(const KeeperResult& result)
{
    showKeeperResult(*m_ui->statusPanel, result, tr("Saved"), tr("Not saved"));
    if (!result.ok()) {
        m_ui->saveButton->setEnabled(true);
        return;
    }
    m_ui->saveButton->setText(tr("Saved"));
    emit connectionSaved(result.key);
}

void KeepPage::exportEnvFile()
{
    const auto kept = profile();
    if (!kept) {
        return;
    }
    const QString path = chooseEnvFilePath(this, m_prompts, *kept);
    if (path.isEmpty()) {
        return;
    }
    // The token just verified, whether or not the connection was saved.
    KeeperJob* job = m_keeper.exportEnvFile(*kept, m_draft.token, path);
    connect(job, &KeeperJob::finished, this, &KeepPage::onExported);
}

void KeepPage::onExported(const KeeperResult& result)
{
    showKeeperResult(*m_ui->statusPanel, result, tr("Exported"), tr("Not exported"));
}

void KeepPage::showOutcome(const ExportOutcome& outcome)
{
    switch (outcome.status) {
    case ExportOutcome::Status::Cancelled:
        return;
    case ExportOutcome::Status::Done:
        m_ui->statusPanel->showMessage(StatusKind::Ok, tr("Done"), outcome.message);
        return;
    case ExportOutcome::Status::Failed:
        m_ui->statusPanel->showMessage(StatusKind::Error, tr("Not exported"), outcome.message);
        return;
    }
}

} // namespace cc::gui
