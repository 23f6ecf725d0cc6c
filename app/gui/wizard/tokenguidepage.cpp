#include "gui/wizard/tokenguidepage.h"

#include "core/catalog.h"
#include "gui/comboboxvalue.h"
#include "gui/providerguides.h"
#include "gui/wizard/connectiondraft.h"

#include "ui_tokenguidepage.h"

#include <QDesktopServices>

namespace cc::gui {

TokenGuidePage::TokenGuidePage(const Catalog& catalog, ConnectionDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::TokenGuidePage>()), m_catalog(catalog),
      m_draft(draft)
{
    m_ui->setupUi(this);
    speakComboBoxValue(*m_ui->portalLabel, *m_ui->portalCombo);
    connect(m_ui->portalCombo, &QComboBox::currentIndexChanged, this,
            &TokenGuidePage::onRegionChosen);
    connect(m_ui->openPortalButton, &QPushButton::clicked, this, &TokenGuidePage::openPortal);
}

TokenGuidePage::~TokenGuidePage() = default;

void TokenGuidePage::initializePage()
{
    const Provider* provider = m_catalog.provider(m_draft.providerId);
    if (provider == nullptr) {
        return;
    }
    setTitle(tr("Get a %1 token").arg(provider->name));
    m_ui->introLabel->setText(
        tr("Make the token in the %1 portal, copy it, and come back: the next page "
           "checks it.")
            .arg(provider->name));
    m_ui->guideView->setHtml(guideToHtml(providerGuide(*provider)));

    const QSignalBlocker blocker(m_ui->portalCombo);
    m_ui->portalCombo->clear();
    for (const Region& region : provider->regions) {
        m_ui->portalCombo->addItem(tr("%1 \u00b7 %2").arg(region.name, region.portal.host()),
                                   region.id);
    }
    m_ui->portalCombo->setCurrentIndex(std::max(0, m_ui->portalCombo->findData(m_draft.regionId)));
    nameComboBoxValue(*m_ui->portalLabel, *m_ui->portalCombo);
    // A provider with one region has nothing to choose.
    m_ui->portalCombo->setEnabled(provider->regions.size() > 1);
    onRegionChosen();
}

void TokenGuidePage::onRegionChosen()
{
    const QString regionId = m_ui->portalCombo->currentData().toString();
    if (regionId.isEmpty()) {
        return;
    }
    if (regionId != m_draft.regionId) {
        m_draft.regionId = regionId;
        m_draft.orgIdFromAddress.clear();
        m_draft.forgetVerification();
    }
    const Provider* provider = m_catalog.provider(m_draft.providerId);
    const Region* region = provider != nullptr ? provider->region(regionId) : nullptr;
    if (region != nullptr) {
        m_ui->portalHint->setText(tr("Address: %1").arg(region->portal.toString()));
        m_ui->openPortalButton->setAccessibleDescription(
            tr("Opens %1 in your web browser").arg(region->portal.toString()));
    }
}

void TokenGuidePage::openPortal()
{
    const Provider* provider = m_catalog.provider(m_draft.providerId);
    const Region* region = provider != nullptr ? provider->region(m_draft.regionId) : nullptr;
    if (region != nullptr && !QDesktopServices::openUrl(region->portal)) {
        m_ui->portalHint->setText(tr("No web browser could be started. Open %1 in your browser "
                                     "yourself.")
                                      .arg(region->portal.toString()));
    }
}

} // namespace cc::gui
