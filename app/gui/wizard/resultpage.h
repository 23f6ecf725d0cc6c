#pragma once

#include "core/identity.h"

#include <QWizardPage>

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class ResultPage;
}

namespace cc::gui {

struct ConnectionDraft;

// Step 4: who and what the verified token is, and, where it reaches several organizations,
// which one this connection is for: a list with a filter, for MSPs with hundreds of them.
class ResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPage)

public:
    explicit ResultPage(ConnectionDraft& draft, QWidget* parent = nullptr);
    ~ResultPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    QStringList describeToken() const;
    void showOrganizations();
    QString organizationNote() const;
    void filterOrganizations(const QString& text);
    void selectOrganization(const QString& id);
    void moveIntoList();
    void onOrganizationChosen();
    int chosenRow() const;

    std::unique_ptr<Ui::ResultPage> m_ui;
    ConnectionDraft& m_draft;
    QList<Organization> m_organizations;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_filtered;
    QString m_wantedId; // the last one chosen: chosen again when a filter shows it again
};

} // namespace cc::gui
