#include "gui/wizard/providerpage.h"

#include "core/catalog.h"
#include "gui/providerguides.h"
#include "gui/wizard/connectiondraft.h"

#include "ui_providerpage.h"

#include <QLabel>
#include <QRadioButton>
#include <QStyle>

namespace cc::gui {

ProviderPage::ProviderPage(const Catalog& catalog, ConnectionDraft& draft, QWidget* parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::ProviderPage>()), m_catalog(catalog),
      m_draft(draft)
{
    m_ui->setupUi(this);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    for (int index = 0; index < m_catalog.providers().size(); ++index) {
        const Provider& provider = m_catalog.providers().at(index);
        const QString summary = providerGuide(provider).summary;
        auto* choice = new QRadioButton(provider.name, m_ui->providerGroup);
        choice->setObjectName(QStringLiteral("provider-") + provider.id);
        choice->setAccessibleDescription(summary);
        auto* line = new QLabel(summary, m_ui->providerGroup);
        line->setWordWrap(true);
        line->setTextFormat(Qt::PlainText);
        line->setContentsMargins(indent, 0, 0, 0);
        line->setBuddy(choice);
        m_ui->choicesLayout->addWidget(choice);
        m_ui->choicesLayout->addWidget(line);
        m_choices.addButton(choice, index);
    }
    connect(&m_choices, &QButtonGroup::idToggled, this, [this](int index, bool checked) {
        if (checked) {
            onChosen(index);
        }
    });
}

ProviderPage::~ProviderPage() = default;

void ProviderPage::initializePage()
{
    // The provider chosen before (or remembered from last time), else the first.
    const QList<Provider>& providers = m_catalog.providers();
    int chosen = 0;
    for (int index = 0; index < providers.size(); ++index) {
        if (providers.at(index).id == m_draft.providerId) {
            chosen = index;
        }
    }
    if (QAbstractButton* choice = m_choices.button(chosen)) {
        choice->setChecked(true);
        choice->setFocus(Qt::OtherFocusReason);
    }
}

bool ProviderPage::isComplete() const
{
    return m_choices.checkedId() >= 0;
}

void ProviderPage::onChosen(int index)
{
    const Provider& provider = m_catalog.providers().at(index);
    if (provider.id != m_draft.providerId) {
        m_draft.providerId = provider.id;
        m_draft.regionId = provider.regions.constFirst().id;
        m_draft.orgIdFromAddress.clear();
        m_draft.forgetVerification();
    }
    emit completeChanged();
}

} // namespace cc::gui
