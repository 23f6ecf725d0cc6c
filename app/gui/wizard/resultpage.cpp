#include "gui/wizard/resultpage.h"

#include "core/checkdetails.h"
#include "gui/readabletext.h"
#include "gui/wizard/connectiondraft.h"

#include "ui_resultpage.h"

#include <QAction>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <algorithm>

namespace cc::gui {

namespace {
// Up to this many organizations fit at a glance; more get the filter.
constexpr int filterFrom = 11;
// The list's height in rows: hundreds scroll in it rather than stretch the wizard.
constexpr int visibleRows = 8;
constexpr int indexRole = Qt::UserRole;
} // namespace

ResultPage::ResultPage(ConnectionDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ResultPage>()), m_draft(draft),
      m_model(new QStandardItemModel(this)), m_filtered(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    makeReadableWithTab(*m_ui->identityLabel);
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->organizationList->setModel(m_filtered);
    // The choice is the selected row: a list that merely gets focus has a current row too.
    connect(m_ui->organizationList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResultPage::onOrganizationChosen);
    connect(m_ui->organizationFilter, &QLineEdit::textChanged, this,
            &ResultPage::filterOrganizations);
    // From the filter, the Down arrow goes on to the list, as in a search field with results.
    auto* down = new QAction(m_ui->organizationFilter);
    down->setShortcut(Qt::Key_Down);
    down->setShortcutContext(Qt::WidgetShortcut);
    m_ui->organizationFilter->addAction(down);
    connect(down, &QAction::triggered, this, &ResultPage::moveIntoList);
}

ResultPage::~ResultPage() = default;

void ResultPage::initializePage()
{
    if (!m_draft.verified) {
        return;
    }
    const VerificationResult& result = *m_draft.verified;
    m_ui->introLabel->setText(result.message);
    QStringList lines;
    for (const QString& line : describeToken()) {
        lines.append(QStringLiteral("\u2022 ") + line);
    }
    m_ui->identityLabel->setText(lines.join(QLatin1Char('\n')));
    showOrganizations();
}

QStringList ResultPage::describeToken() const
{
    const VerificationResult& result = *m_draft.verified;
    const Identity& identity = result.identity;
    // A multi-tenant key's organizations are all in the choice below; the lines name the
    // holder, the grants and the details only.
    QStringList lines = identity.kind == Identity::Kind::JumpCloudAdmin
                            ? QStringList{describeHolder(identity)}
                            : describeIdentity(identity);
    return lines + describeCheckDetails(result);
}

void ResultPage::showOrganizations()
{
    m_organizations = organizationsOf(m_draft.verified->identity);
    {
        const QSignalBlocker selection(m_ui->organizationList->selectionModel());
        const QSignalBlocker filter(m_ui->organizationFilter);
        m_ui->organizationFilter->clear();
        m_filtered->setFilterFixedString(QString());
        m_model->clear();
        for (int row = 0; row < m_organizations.size(); ++row) {
            const Organization& organization = m_organizations.at(row);
            auto* item =
                new QStandardItem(tr("%1 (ID %2)").arg(organization.name, organization.id));
            item->setData(row, indexRole);
            item->setEditable(false);
            m_model->appendRow(item);
        }
    }
    const int count = int(m_organizations.size());
    const bool choice = count > 0;
    const bool filter = count >= filterFrom;
    m_ui->organizationLabel->setVisible(choice);
    m_ui->organizationList->setVisible(choice);
    m_ui->organizationFilterLabel->setVisible(filter);
    m_ui->organizationFilter->setVisible(filter);
    if (count > visibleRows) {
        m_ui->organizationList->setMaximumHeight(m_ui->organizationList->sizeHintForRow(0) *
                                                     visibleRows +
                                                 2 * m_ui->organizationList->frameWidth());
    } else {
        m_ui->organizationList->setMaximumHeight(QWIDGETSIZE_MAX);
    }
    m_ui->organizationNote->setText(organizationNote());
    // Keep an earlier choice; else the only one, or the one a pasted portal address named.
    m_wantedId = !m_draft.organization.id.isEmpty() ? m_draft.organization.id
                 : count == 1                       ? m_organizations.constFirst().id
                                                    : m_draft.orgIdFromAddress;
    selectOrganization(m_wantedId);
    onOrganizationChosen();
}

QString ResultPage::organizationNote() const
{
    const Identity& identity = m_draft.verified->identity;
    const int count = int(m_organizations.size());
    if (count == 0) {
        if (!m_draft.orgIdFromAddress.isEmpty()) {
            return tr("The answer names no single organization. The organization ID from your "
                      "portal address, %1, is kept with the connection.")
                .arg(m_draft.orgIdFromAddress);
        }
        return tr("The answer names no single organization (for example, a grant on a whole "
                  "MSP). The connection is kept without one.");
    }
    if (identity.kind == Identity::Kind::JumpCloudAdmin) {
        QString note = count == 1
                           ? tr("This key is for one organization.")
                           : tr("This key reaches %n organizations: you are a multi-tenant "
                                "administrator. Pick the organization this connection is for; "
                                "later JumpCloud calls send its ID in the x-org-id header.",
                                nullptr, identity.totalOrganizations);
        if (identity.totalOrganizations > count) {
            note += QLatin1Char(' ') +
                    tr("Only the first %1 are listed here.").arg(QLocale().toString(count));
        }
        return note;
    }
    return count == 1 ? tr("This token's grants are in one organization.")
                      : tr("This token reaches %n organizations. Pick the one this connection "
                           "is for.",
                           nullptr, count);
}

void ResultPage::filterOrganizations(const QString& text)
{
    m_filtered->setFilterFixedString(text.trimmed());
    // A filter that leaves one organization has found it; one that shows the last choice
    // again brings the choice back.
    if (chosenRow() < 0) {
        selectOrganization(
            m_filtered->rowCount() == 1
                ? m_organizations.at(m_filtered->index(0, 0).data(indexRole).toInt()).id
                : m_wantedId);
    }
}

void ResultPage::selectOrganization(const QString& id)
{
    for (int row = 0; row < m_filtered->rowCount(); ++row) {
        const QModelIndex index = m_filtered->index(row, 0);
        if (m_organizations.at(index.data(indexRole).toInt()).id == id) {
            m_ui->organizationList->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect);
            m_ui->organizationList->scrollTo(index);
            return;
        }
    }
}

void ResultPage::moveIntoList()
{
    if (m_filtered->rowCount() == 0) {
        return;
    }
    m_ui->organizationList->setFocus(Qt::TabFocusReason);
    if (chosenRow() < 0) {
        m_ui->organizationList->selectionModel()->setCurrentIndex(
            m_filtered->index(0, 0), QItemSelectionModel::ClearAndSelect);
    }
}

bool ResultPage::isComplete() const
{
    return m_draft.verified.has_value() && (m_organizations.isEmpty() || chosenRow() >= 0);
}

int ResultPage::chosenRow() const
{
    const QModelIndexList selected = m_ui->organizationList->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.constFirst().data(indexRole).toInt();
}

void ResultPage::onOrganizationChosen()
{
    const int row = chosenRow();
    m_draft.organization =
        row >= 0 && row < m_organizations.size() ? m_organizations.at(row) : Organization();
    if (!m_draft.organization.id.isEmpty()) {
        m_wantedId = m_draft.organization.id;
    }
    emit completeChanged();
}

} // namespace cc::gui
