#pragma once

#include <QButtonGroup>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ProviderPage;
}

namespace cc {
class Catalog;
}

namespace cc::gui {

struct ConnectionDraft;

// Step 1: which service. One choice per provider of the catalog, each with a line on what it is.
class ProviderPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderPage)

public:
    ProviderPage(const Catalog& catalog, ConnectionDraft& draft, QWidget* parent = nullptr);
    ~ProviderPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void onChosen(int index);

    std::unique_ptr<Ui::ProviderPage> m_ui;
    const Catalog& m_catalog;
    ConnectionDraft& m_draft;
    QButtonGroup m_choices;
};

} // namespace cc::gui
