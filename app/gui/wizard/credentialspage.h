#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class CredentialsPage;
}

namespace cc {
class Catalog;
class Verifier;
} // namespace cc

namespace cc::gui {

class ConnectForm;
struct ConnectionDraft;

// Step 3: the connect form, for the provider and region chosen before. Next waits for a
// verified check.
class CredentialsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsPage)

public:
    CredentialsPage(const Catalog& catalog, Verifier& verifier, ConnectionDraft& draft,
                    QWidget* parent = nullptr);
    ~CredentialsPage() override;

    ConnectForm* connectForm() const { return m_form; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void onVerifiedCheckChanged();

    std::unique_ptr<Ui::CredentialsPage> m_ui;
    ConnectionDraft& m_draft;
    ConnectForm* m_form;
};

} // namespace cc::gui
