#include "gui/wizard/setupwizard.h"

#include "core/catalog.h"
#include "core/result.h"
#include "gui/announcer.h"
#include "gui/connectform.h"
#include "gui/statusicons.h"
#include "gui/wizard/credentialspage.h"
#include "gui/wizard/keeppage.h"
#include "gui/wizard/providerpage.h"
#include "gui/wizard/resultpage.h"
#include "gui/wizard/tokenguidepage.h"
#include "storage/appsettings.h"

namespace cc::gui {

SetupWizard::SetupWizard(const Catalog& catalog, Verifier& verifier, ConnectionKeeper& keeper,
                         AppSettings& settings, const Prompts& prompts, QWidget* parent)
    : QWizard(parent), m_credentials(new CredentialsPage(catalog, verifier, m_draft, this))
{
    if (const Provider* provider = catalog.provider(settings.lastProviderId())) {
        const QString regionId = settings.lastRegionId();
        m_draft.providerId = provider->id;
        m_draft.regionId =
            provider->region(regionId) != nullptr ? regionId : provider->regions.constFirst().id;
    }
    connect(m_credentials->connectForm(), &ConnectForm::verificationFinished, this,
            [&settings](const VerificationResult& result) { settings.rememberChoice(result); });
    setWindowTitle(tr("Connect an account"));
    setWindowIcon(applicationIcon());
    // Page titles name the provider, from the catalog; QWizard would read them as markup.
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ProviderPageId, new ProviderPage(catalog, m_draft, this));
    setPage(TokenGuidePageId, new TokenGuidePage(catalog, m_draft, this));
    setPage(CredentialsPageId, m_credentials);
    setPage(ResultPageId, new ResultPage(m_draft, this));
    auto* keep = new KeepPage(catalog, keeper, prompts, m_draft, this);
    connect(keep, &KeepPage::connectionSaved, this, &SetupWizard::connectionSaved);
    setPage(KeepPageId, keep);
    setStartId(ProviderPageId);
    // Orca 43 reads the focus on the new page, but not the page's title, which QWizard paints
    // in its header as a plain label nothing points at.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (currentPage() != nullptr) {
            announce(this, currentPage()->title());
        }
        // QWizard has just moved the focus to the page's first Tab stop (iWantTheFocus() in
        // qwizard.cpp), over the field that the page's initializePage() chose.
        if (m_chosenFocus != nullptr && currentPage() != nullptr &&
            currentPage()->isAncestorOf(m_chosenFocus)) {
            m_chosenFocus->setFocus(Qt::OtherFocusReason);
        }
    });
    resize(680, 600);
}

void SetupWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    m_chosenFocus = page(id)->focusWidget();
}

SetupWizard::~SetupWizard()
{
    m_draft.forgetVerification();
}

} // namespace cc::gui
