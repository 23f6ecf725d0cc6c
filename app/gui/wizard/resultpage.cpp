#include "gui/wizard/resultpage.h"

#include "gui/readabletext.h"
#include "gui/wizard/connectiondraft.h"

#include "ui_resultpage.h"

namespace cc::gui {

ResultPage::ResultPage(ConnectionDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ResultPage>()), m_draft(draft)
{
    m_ui->setupUi(this);
    makeReadableWithTab(*m_ui->identityLabel);
    // The choice is the selected row: a list that merely gets focus has a current row too.
    connect(m_ui->organizationList, &QListWidget::itemSelectionChanged, this,
            &ResultPage::onOrganizationChosen);
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
    for (const QString& line : describeIdentity(result.identity)) {
        lines.append(QStringLiteral("\u2022 ") + line);
    }
    m_ui->identityLabel->setText(lines.join(QLatin1Char('\n')));
    showOrganizations();
}

void ResultPage::showOrganizations()
{
    m_organizations = organizationsOf(m_draft.verified->identity);
    const QSignalBlocker blocker(m_ui->organizationList);
    m_ui->organizationList->clear();
    for (const Organization& organization : m_organizations) {
        m_ui->organizationList->addItem(tr("%1 (ID %2)").arg(organization.name, organization.id));
    }
    // Keep an earlier choice; else the only one, or the one a pasted portal address named.
    const QString wanted = !m_draft.organization.id.isEmpty() ? m_draft.organization.id
                           : m_organizations.size() == 1      ? m_organizations.constFirst().id
                                                              : m_draft.orgIdFromAddress;
    for (int row = 0; row < m_organizations.size(); ++row) {
        if (m_organizations.at(row).id == wanted) {
            m_ui->organizationList->setCurrentRow(row, QItemSelectionModel::ClearAndSelect);
        }
    }
    const bool choice = !m_organizations.isEmpty();
    m_ui->organizationLabel->setVisible(choice);
    m_ui->organizationList->setVisible(choice);
    m_ui->organizationNote->setText(organizationNote());
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
        const int unlisted = identity.totalOrganizations - count;
        if (unlisted > 0) {
            note += QLatin1Char(' ') + tr("%n more are not listed in the first answer; they "
                                          "can be connected later.",
                                          nullptr, unlisted);
        }
        return note;
    }
    return count == 1 ? tr("This token's grants are in one organization.")
                      : tr("This token has grants in %n organizations. Pick the one this "
                           "connection is for.",
                           nullptr, count);
}

bool ResultPage::isComplete() const
{
    return m_draft.verified.has_value() && (m_organizations.isEmpty() || chosenRow() >= 0);
}

int ResultPage::chosenRow() const
{
    const QModelIndexList selected = m_ui->organizationList->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.constFirst().row();
}

void ResultPage::onOrganizationChosen()
{
    const int row = chosenRow();
    m_draft.organization =
        row >= 0 && row < m_organizations.size() ? m_organizations.at(row) : Organization();
    emit completeChanged();
}

} // namespace cc::gui
