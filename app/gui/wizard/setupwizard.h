#pragma once

#include "gui/wizard/connectiondraft.h"

#include <QWizard>

namespace cc {
class Catalog;
class Verifier;
} // namespace cc

namespace cc::gui {

class CredentialsPage;

// The guided way to connect an account: which service, how to get a token, check it, what it
// grants and for which organization, and keeping it safe.
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId { ProviderPageId, TokenGuidePageId, CredentialsPageId, ResultPageId };

    SetupWizard(const Catalog& catalog, Verifier& verifier, QWidget* parent = nullptr);
    ~SetupWizard() override;

    const ConnectionDraft& draft() const { return m_draft; }
    CredentialsPage* credentialsPage() const { return m_credentials; }

private:
    ConnectionDraft m_draft;
    CredentialsPage* m_credentials;
};

} // namespace cc::gui
