#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class TokenGuidePage;
}

namespace cc {
class Catalog;
}

namespace cc::gui {

struct ConnectionDraft;

// Step 2: how to make a token for the chosen provider, and a button that opens the portal of
// the chosen region in the browser.
class TokenGuidePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenGuidePage)

public:
    TokenGuidePage(const Catalog& catalog, ConnectionDraft& draft, QWidget* parent = nullptr);
    ~TokenGuidePage() override;

    void initializePage() override;

private:
    void onRegionChosen();
    void openPortal();

    std::unique_ptr<Ui::TokenGuidePage> m_ui;
    const Catalog& m_catalog;
    ConnectionDraft& m_draft;
};

} // namespace cc::gui
