#include "gui/wizard/setupwizard.h"

#include "gui/statusicons.h"
#include "gui/wizard/credentialspage.h"
#include "gui/wizard/providerpage.h"
#include "gui/wizard/resultpage.h"
#include "gui/wizard/tokenguidepage.h"

namespace cc::gui {

SetupWizard::SetupWizard(const Catalog& catalog, Verifier& verifier, QWidget* parent)
    : QWizard(parent), m_credentials(new CredentialsPage(catalog, verifier, m_draft, this))
{
    setWindowTitle(tr("Connect an account"));
    setWindowIcon(applicationIcon());
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ProviderPageId, new ProviderPage(catalog, m_draft, this));
    setPage(TokenGuidePageId, new TokenGuidePage(catalog, m_draft, this));
    setPage(CredentialsPageId, m_credentials);
    setPage(ResultPageId, new ResultPage(m_draft, this));
    setStartId(ProviderPageId);
    resize(680, 600);
}

SetupWizard::~SetupWizard()
{
    m_draft.forgetVerification();
}

} // namespace cc::gui
