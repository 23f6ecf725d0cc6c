#pragma once

#include "gui/wizard/connectiondraft.h"

#include <QPointer>
#include <QWizard>

namespace cc {
class AppSettings;
class Catalog;
class ConnectionKeeper;
class Verifier;
} // namespace cc

namespace cc::gui {

class CredentialsPage;
struct Prompts;

// The guided way to connect an account: which service, how to get a token, check it, what it
// grants and for which organization, and keeping it safe.
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId { ProviderPageId, TokenGuidePageId, CredentialsPageId, ResultPageId, KeepPageId };

    // Starts with the provider and region the person chose last, when the catalog has them,
    // and remembers the choice of each check the service answers. Borrows all it is given.
    SetupWizard(const Catalog& catalog, Verifier& verifier, ConnectionKeeper& keeper,
                AppSettings& settings, const Prompts& prompts, QWidget* parent = nullptr);
    ~SetupWizard() override;

    const ConnectionDraft& draft() const { return m_draft; }
    CredentialsPage* credentialsPage() const { return m_credentials; }

signals:
    void connectionSaved(const QString& key);

protected:
    void initializePage(int id) override;

private:
    ConnectionDraft m_draft;
    CredentialsPage* m_credentials;
    QPointer<QWidget> m_chosenFocus; // where the page's initializePage() put the focus
};

} // namespace cc::gui
