#include "gui/savedconnectionsview.h"

#include "connections/connectionkeeper.h"
#include "connections/reverifybatch.h"
#include "gui/connectionexports.h"
#include "gui/keeperresults.h"
#include "gui/prompts.h"
#include "gui/savedconnectionitem.h"
#include "storage/connectionstatus.h"
#include "storage/profilestore.h"

#include "ui_savedconnectionsview.h"

#include <QHeaderView>
#include <QLocale>

#include <memory>

namespace cc::gui {

namespace {
constexpr int keyRole = Qt::UserRole;
constexpr int statusColumn = 4;
// Re-verify all asks a few providers at a time: enough to be quick, too few to be rate limited.
constexpr int reverifyAllCap = 4;

// Failing first, the longest failing at the top; then never checked; then verified, the
// oldest check first.
QString statusSortKey(const ConnectionProfile& profile)
{
    const ConnectionStanding standing = connectionStanding(profile);
    const QDateTime& since =
        standing == ConnectionStanding::Failing ? profile.failingSince : profile.lastCheckedAt;
    return QString::number(int(standing)) + since.toUTC().toString(Qt::ISODateWithMs);
}
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
    // A failure's reason can be long: the column keeps a width of its own and the whole text
    // is in the tooltip.
    header->setSectionResizeMode(statusColumn, QHeaderView::Interactive);
    header->resizeSection(statusColumn, fontMetrics().averageCharWidth() * 36);
    m_ui->connectionList->setSortingEnabled(true);
    m_ui->connectionList->sortByColumn(0, Qt::AscendingOrder);
    connect(m_ui->connectButton, &QPushButton::clicked, this,
            &SavedConnectionsView::connectRequested);
    connect(m_ui->connectionList, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_ui->statusPanel->clear();
        updateActions();
    });
    connect(m_ui->reverifyButton, &QPushButton::clicked, this, &SavedConnectionsView::reverify);
    connect(m_ui->reverifyAllButton, &QPushButton::clicked, this,
            &SavedConnectionsView::reverifyAll);
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
    for (qsizetype row = 0; row < profiles.size(); ++row) {
        const ConnectionProfile& profile = profiles.at(row);
        auto* item = new SavedConnectionItem(m_ui->connectionList);
        item->setText(0, tr("%1 \u00b7 %2").arg(profile.providerName, profile.regionName));
        // Sorted by the first column, the list keeps the store's order.
        item->setData(0, SavedConnectionItem::sortKeyRole,
                      QStringLiteral("%1").arg(row, 6, 10, QLatin1Char('0')));
        item->setText(1, profile.organizationName.isEmpty() ? profile.organizationId
                                                            : profile.organizationName);
        item->setText(2, profile.holder());
        item->setText(
            3, profile.verifiedAt.isValid()
                   ? QLocale().toString(profile.verifiedAt.toLocalTime(), QLocale::ShortFormat)
                   : tr("never"));
        const QString status = connectionStatusText(profile);
        item->setText(statusColumn, status);
        item->setToolTip(statusColumn, status);
        item->setData(statusColumn, SavedConnectionItem::sortKeyRole, statusSortKey(profile));
        item->setData(0, keyRole, profile.key());
        if (profile.key() == keep) {
            current = item;
        }
    }
    // A new current item makes Qt 6.4's tree report it focused to screen readers even while the
    // focus is elsewhere (on Re-verify, whose answer Orca would then not read): without the
    // focus, the item is only selected again.
    if (current != nullptr && m_ui->connectionList->hasFocus()) {
        m_ui->connectionList->setCurrentItem(current);
    } else if (current != nullptr) {
        current->setSelected(true);
    }
    const QString readProblem = m_keeper.profiles().readProblem();
    m_ui->introLabel->setText(
        !readProblem.isEmpty()
            ? tr("The saved connections cannot be shown: %1. Nothing in it was changed.")
                  .arg(readProblem)
        : profiles.isEmpty()
            ? tr("No saved connections yet. Connect an account to keep its token in the system "
                 "keychain and check it again at any time.")
            : tr("%n saved connection(s). The tokens stay in the system keychain; select one to "
                 "check it again, copy its summary or export it.",
                 nullptr, int(profiles.size())));
    updateActions();
}

void SavedConnectionsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // From the event loop: the list is on screen before the question is asked.
    QMetaObject::invokeMethod(this, &SavedConnectionsView::offerUnfinished, Qt::QueuedConnection);
}

void SavedConnectionsView::offerUnfinished()
{
    if (m_busy || !isVisible()) {
        return;
    }
    for (const ConnectionProfile& profile : m_keeper.unfinished()) {
        if (m_offered.contains(profile.key())) {
            continue;
        }
        m_offered.insert(profile.key());
        const int choice = m_prompts.choose(
            this, tr("Unfinished Change"),
            tr("A change to the %1 connection in %2 (%3) was cut off before it was finished: "
               "the system keychain may hold its token, but the list does not show it. Restore "
               "the connection, or remove its token from the keychain?")
                .arg(profile.providerName, profile.regionName,
                     profile.organizationName.isEmpty() ? profile.organizationId
                                                        : profile.organizationName),
            {tr("Restore"), tr("Remove"), tr("Later")});
        if (choice != 0 && choice != 1) {
            continue;
        }
        setBusy(true);
        KeeperJob* job =
            choice == 0 ? m_keeper.restore(profile.key()) : m_keeper.remove(profile.key());
        connect(job, &KeeperJob::finished, this, [this, choice](const KeeperResult& result) {
            onFinished(result, choice == 0 ? tr("Restored") : tr("Removed"),
                       tr("Nothing was changed"));
            // The next one, if any, once this is done.
            offerUnfinished();
        });
        return;
    }
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
    // The pressed button keeps the focus while its operation runs: disabled, it would pass the
    // focus on, and a screen reader would read the list instead of the answer.
    const auto enabledFor = [this, chosen](const QPushButton* button) {
        return chosen || (m_busy && button->hasFocus());
    };
    for (QPushButton* button : {m_ui->reverifyButton, m_ui->copySummaryButton,
                                m_ui->exportProfileButton, m_ui->deleteButton}) {
        button->setEnabled(enabledFor(button));
    }
    const bool any = m_ui->connectionList->topLevelItemCount() > 0;
    m_ui->reverifyAllButton->setEnabled((!m_busy && any) ||
                                        (m_busy && m_ui->reverifyAllButton->hasFocus()));
    offerEnvFileExport(*m_ui->exportEnvButton, *m_ui->envNote, selected(),
                       enabledFor(m_ui->exportEnvButton));
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
    if (m_busy || !profile) {
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

void SavedConnectionsView::reverifyAll()
{
    const QList<ConnectionProfile> profiles = m_keeper.profiles().profiles();
    if (m_busy || profiles.isEmpty()) {
        return;
    }
    QStringList keys;
    for (const ConnectionProfile& profile : profiles) {
        keys.append(profile.key());
    }
    const int count = int(keys.size());
    setBusy(true);
    m_ui->statusPanel->showChecking(
        tr("Asking the providers whether the stored tokens still work\u2026"));
    // Each check is recorded in its connection; the keeper's connectionChanged() updates the
    // list row by row. Here only the failures are counted, for the summary.
    auto* batch = new ReverifyBatch(m_keeper, reverifyAllCap, this);
    auto failing = std::make_shared<int>(0);
    connect(batch, &ReverifyBatch::checked, this, [failing](int, const KeeperResult& result) {
        if (result.verification.outcome != Outcome::Verified) {
            ++*failing;
        }
    });
    connect(batch, &ReverifyBatch::finished, this, [this, batch, failing, count] {
        batch->deleteLater();
        setBusy(false);
        if (*failing == 0) {
            m_ui->statusPanel->showMessage(
                StatusKind::Ok, tr("All verified"),
                tr("Checked %n saved connection(s): every stored token still works.", nullptr,
                   count));
        } else {
            m_ui->statusPanel->showMessage(
                StatusKind::Warning, tr("Not all verified"),
                tr("Connections that did not verify: %1 of %2. The Status column says since when "
                   "and why.")
                    .arg(*failing)
                    .arg(count));
        }
    });
    batch->start(keys);
}

void SavedConnectionsView::remove()
{
    const auto profile = selected();
    if (m_busy || !profile) {
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
    if (m_busy || !profile) {
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
