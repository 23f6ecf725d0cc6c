#include "gui/savedconnectionsview.h"

#include "connections/connectionkeeper.h"
#include "gui/connectionexports.h"
#include "gui/keeperresults.h"
#include "gui/prompts.h"
#include "storage/profilestore.h"

#include "ui_savedconnectionsview.h"

#include <QHeaderView>
#include <QLocale>

namespace cc::gui {

namespace {
constexpr int keyRole = Qt::UserRole;
} // namespace

SavedConnectionsView::SavedConnectionsView(ConnectionKeeper& keeper, const Prompts& prompts,
                                           QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SavedConnectionsView>()), m_keeper(keeper),
      m_prompts(prompts)
{
    m_ui->setupUi(this);
    // The holder's words take the room that is left; the other columns fit what they show.
    QHeaderView* header = m_ui->connectionList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_ui->connectButton, &QPushButton::clicked, this,
            &SavedConnectionsView::connectRequested);
    connect(m_ui->connectionList, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_ui->statusPanel->clear();
        updateActions();
    });
    connect(m_ui->reverifyButton, &QPushButton::clicked, this, &SavedConnectionsView::reverify);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &SavedConnectionsView::remove);
    connect(m_ui->copySummaryButton, &QPushButton::clicked, this, [this] {
        if (const auto profile = selected()) {
            const ExportOutcome outcome = copySummaryToClipboard(*profile);
            m_ui->statusPanel->showMessage(StatusKind::Ok, tr("Copied"), outcome.message);
        }
    });
    connect(m_ui->exportProfileButton, &QPushButton::clicked, this, [this] {
        const auto profile = selected();
        if (!profile) {
            return;
        }
        const ExportOutcome outcome = exportProfileJson(this, m_prompts, *profile);
        if (outcome.status == ExportOutcome::Status::Done) {
            m_ui->statusPanel->showMessage(StatusKind::Ok, tr("Exported"), outcome.message);
        } else if (outcome.status == ExportOutcome::Status::Failed) {
            m_ui->statusPanel->showMessage(StatusKind::Error, tr("Not exported"), outcome.message);
        }
    });
    connect(m_ui->exportEnvButton, &QPushButton::clicked, this,
            &SavedConnectionsView::exportEnvFile);
    connect(&m_keeper, &ConnectionKeeper::connectionChanged, this, &SavedConnectionsView::reload);
    connect(&m_keeper, &ConnectionKeeper::connectionRemoved, this, &SavedConnectionsView::reload);
    reload();
}

SavedConnectionsView::~SavedConnectionsView() = default;

void SavedConnectionsView::select(const QString& key)
{
    for (int row = 0; row < m_ui->connectionList->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_ui->connectionList->topLevelItem(row);
        if (item->data(0, keyRole).toString() == key) {
            m_ui->connectionList->setCurrentItem(item);
            return;
        }
    }
}

void SavedConnectionsView::reload()
{
    const std::optional<ConnectionProfile> chosen = selected();
    const QString keep = chosen ? chosen->key() : QString();
    const QList<ConnectionProfile> profiles = m_keeper.profiles().profiles();
    const QSignalBlocker blocker(m_ui->connectionList);
    m_ui->connectionList->clear();
    QTreeWidgetItem* current = nullptr;
    for (const ConnectionProfile& profile : profiles) {
        auto* item = new QTreeWidgetItem(m_ui->connectionList);
        item->setText(0, tr("%1 \u00b7 %2").arg(profile.providerName, profile.regionName));
        item->setText(1, profile.organizationName.isEmpty() ? profile.organizationId
                                                            : profile.organizationName);
        item->setText(2, profile.holder());
        item->setText(
            3, profile.verifiedAt.isValid()
                   ? QLocale().toString(profile.verifiedAt.toLocalTime(), QLocale::ShortFormat)
                   : tr("never"));
        item->setData(0, keyRole, profile.key());
        if (profile.key() == keep) {
            current = item;
        }
    }
    if (current != nullptr) {
        m_ui->connectionList->setCurrentItem(current);
    }
    m_ui->introLabel->setText(
        profiles.isEmpty()
            ? tr("No saved connections yet. Connect an account to keep its token in the system "
                 "keychain and check it again at any time.")
            : tr("%n saved connection(s). The tokens stay in the system keychain; select one to "
                 "check it again, copy its summary or export it.",
                 nullptr, int(profiles.size())));
    updateActions();
}

std::optional<ConnectionProfile> SavedConnectionsView::selected() const
{
    const QList<QTreeWidgetItem*> items = m_ui->connectionList->selectedItems();
    if (items.isEmpty()) {
        return std::nullopt;
    }
    return m_keeper.profiles().profile(items.constFirst()->data(0, keyRole).toString());
}

void SavedConnectionsView::updateActions()
{
    const bool chosen = !m_busy && !m_ui->connectionList->selectedItems().isEmpty();
    for (QPushButton* button : {m_ui->reverifyButton, m_ui->copySummaryButton,
                                m_ui->exportProfileButton, m_ui->deleteButton}) {
        button->setEnabled(chosen);
    }
    offerEnvFileExport(*m_ui->exportEnvButton, *m_ui->envNote, selected(), chosen);
    m_ui->connectionList->setEnabled(!m_busy);
}

void SavedConnectionsView::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void SavedConnectionsView::reverify()
{
    const auto profile = selected();
    if (!profile) {
        return;
    }
    setBusy(true);
    m_ui->statusPanel->showChecking(tr("Asking %1 (%2) whether the stored token still works\u2026")
                                        .arg(profile->regionName, profile->apiHost));
    KeeperJob* job = m_keeper.reverify(profile->key());
    connect(job, &KeeperJob::finished, this, [this](const KeeperResult& result) {
        onFinished(result, QString(), tr("Nothing was changed"));
    });
}

void SavedConnectionsView::remove()
{
    const auto profile = selected();
    if (!profile) {
        return;
    }
    const bool agreed = m_prompts.confirm(
        this, tr("Delete the Connection?"),
        tr("Delete the %1 connection in %2? Its token is removed from the system keychain and "
           "its details from the settings. The token itself keeps working at %1 until it is "
           "revoked there.")
            .arg(profile->providerName, profile->regionName),
        tr("Delete"));
    if (!agreed) {
        return;
    }
    setBusy(true);
    KeeperJob* job = m_keeper.remove(profile->key());
    connect(job, &KeeperJob::finished, this, [this](const KeeperResult& result) {
        onFinished(result, tr("Deleted"), tr("Nothing was changed"));
    });
}

void SavedConnectionsView::exportEnvFile()
{
    const auto profile = selected();
    if (!profile) {
        return;
    }
    const QString path = chooseEnvFilePath(this, m_prompts, *profile);
    if (path.isEmpty()) {
        return;
    }
    setBusy(true);
    KeeperJob* job = m_keeper.exportEnvFile(profile->key(), path);
    connect(job, &KeeperJob::finished, this, [this](const KeeperResult& result) {
        onFinished(result, tr("Exported"), tr("Not exported"));
    });
}

void SavedConnectionsView::onFinished(const KeeperResult& result, const QString& doneTitle,
                                      const QString& failedTitle)
{
    setBusy(false);
    showKeeperResult(*m_ui->statusPanel, result, doneTitle, failedTitle);
}

} // namespace cc::gui
