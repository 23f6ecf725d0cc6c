#pragma once

#include "core/identity.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ResultPage;
}

namespace cc::gui {

struct ConnectionDraft;

// Step 4: who and what the verified token is, and, where it reaches several organizations,
// which one this connection is for.
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
    void showOrganizations();
    QString organizationNote() const;
    void onOrganizationChosen();
    int chosenRow() const;

    std::unique_ptr<Ui::ResultPage> m_ui;
    ConnectionDraft& m_draft;
    QList<Organization> m_organizations;
};

} // namespace cc::gui
