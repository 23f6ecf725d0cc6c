#include "gui/wizard/credentialspage.h"

#include "gui/connectform.h"
#include "gui/scrollable.h"
#include "gui/wizard/connectiondraft.h"

#include "ui_credentialspage.h"

namespace cc::gui {

CredentialsPage::CredentialsPage(const Catalog& catalog, Verifier& verifier, ConnectionDraft& draft,
                                 QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::CredentialsPage>()), m_draft(draft),
      m_form(new ConnectForm(catalog, verifier, this))
{
    m_ui->setupUi(this);
    m_ui->formLayout->addWidget(scrollable(m_form));
    m_form->setProviderChoiceVisible(false);
    // In the form's own words' place: the wizard's header cuts off text that wraps.
    m_form->setIntroduction(tr("Paste the token and press Verify. Next is available once the "
                               "service has accepted it."));
    setFocusProxy(m_form);
    connect(m_form, &ConnectForm::verifiedCheckChanged, this,
            &CredentialsPage::onVerifiedCheckChanged);
    connect(m_form, &ConnectForm::regionChanged, this, [this](const QString& regionId) {
        if (!regionId.isEmpty()) {
            m_draft.regionId = regionId;
        }
    });
}

CredentialsPage::~CredentialsPage() = default;

void CredentialsPage::initializePage()
{
    // The form keeps what was typed; only a provider or region chosen anew is applied.
    // Choosing the provider resets the form's region and so the draft's: keep the wanted one.
    const QString wantedRegion = m_draft.regionId;
    const Provider* shown = m_form->currentProvider();
    if (shown == nullptr || shown->id != m_draft.providerId) {
        m_form->selectProvider(m_draft.providerId);
    }
    const Region* region = m_form->currentRegion();
    if (region == nullptr || region->id != wantedRegion) {
        m_form->selectRegion(wantedRegion);
    }
    m_form->focusFirstEmptyField();
}

bool CredentialsPage::isComplete() const
{
    return m_form->verifiedCheck().has_value();
}

void CredentialsPage::onVerifiedCheckChanged()
{
    const auto& check = m_form->verifiedCheck();
    if (check) {
        m_draft.verified = check->result;
        m_draft.token = check->token;
        m_draft.verifiedAt = QDateTime::currentDateTimeUtc();
        m_draft.orgIdFromAddress = check->orgIdFromAddress;
        m_draft.regionId = check->result.regionId;
        m_draft.organization = Organization();
    } else {
        m_draft.forgetVerification();
    }
    emit completeChanged();
}

} // namespace cc::gui
