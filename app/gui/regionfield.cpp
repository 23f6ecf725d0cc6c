#include "gui/regionfield.h"

#include "core/catalog.h"
#include "core/regionresolver.h"
#include "gui/statusicons.h"

#include "ui_regionfield.h"

#include <QLineEdit>

namespace cc::gui {

RegionField::RegionField(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RegionField>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->regionCombo);
    setMessage(QString(), false);

    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_orgId.clear();
        applyText(false);
        emit regionChanged(m_ui->regionCombo->currentData().toString());
    });
    connect(m_ui->regionCombo->lineEdit(), &QLineEdit::textEdited, this, &RegionField::edited);
    connect(m_ui->regionCombo->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { applyText(true); });
}

RegionField::~RegionField()
{
    // The edit outlives m_ui by a moment: closing the window moves focus, and its
    // editingFinished() must not reach a handler that reads m_ui.
    m_ui->regionCombo->lineEdit()->disconnect(this);
}

void RegionField::setProvider(const Provider* provider)
{
    m_provider = provider;
    const QSignalBlocker blocker(m_ui->regionCombo);
    m_ui->regionCombo->clear();
    m_orgId.clear();
    if (m_provider == nullptr) {
        return;
    }
    for (const Region& region : m_provider->regions) {
        m_ui->regionCombo->addItem(tr("%1 \u00b7 %2").arg(region.name, hostWithPort(region.api)),
                                   region.id);
    }
    m_ui->regionCombo->setCurrentIndex(0);
    applyText(false);
}

const Region* RegionField::listedRegion() const
{
    const QComboBox* combo = m_ui->regionCombo;
    if (m_provider == nullptr || combo->currentIndex() < 0 ||
        combo->currentText() != combo->itemText(combo->currentIndex())) {
        return nullptr;
    }
    return m_provider->region(combo->currentData().toString());
}

const Region* RegionField::region() const
{
    if (m_provider == nullptr) {
        return nullptr;
    }
    const Region* listed = listedRegion();
    return listed != nullptr ? listed
                             : resolveRegion(*m_provider, m_ui->regionCombo->currentText()).region;
}

void RegionField::selectRegion(const QString& regionId)
{
    const int index = m_ui->regionCombo->findData(regionId);
    if (index < 0) {
        return;
    }
    m_ui->regionCombo->setCurrentIndex(index);
    // The index may be current already while the text says something else.
    m_ui->regionCombo->setEditText(m_ui->regionCombo->itemText(index));
    applyText(false);
}

const Region* RegionField::resolveForPress()
{
    const Region* chosen = applyText(true);
    if (chosen == nullptr) {
        m_ui->regionCombo->setFocus(Qt::OtherFocusReason);
        m_ui->regionCombo->lineEdit()->selectAll();
    }
    return chosen;
}

const Region* RegionField::applyText(bool reportProblems)
{
    if (m_provider == nullptr) {
        return nullptr;
    }
    QComboBox* combo = m_ui->regionCombo;
    const QString text = combo->currentText();
    const Region* chosen = listedRegion();
    if (chosen == nullptr) {
        const ResolvedRegion resolved = resolveRegion(*m_provider, text);
        chosen = resolved.region;
        if (chosen != nullptr) {
            const int index = combo->findData(chosen->id);
            {
                const QSignalBlocker blocker(combo);
                combo->setCurrentIndex(index);
                combo->setEditText(combo->itemText(index));
            }
            m_orgId = resolved.orgId;
            emit regionChanged(chosen->id);
        }
    }
    if (chosen == nullptr) {
        if (reportProblems) {
            setMessage(text.trimmed().isEmpty()
                           ? tr("Choose a region, or paste the address of your portal.")
                           : tr("\u201c%1\u201d is not a region of %2. Pick one from the list, or "
                                "paste the address of your portal (for example %3).")
                                 .arg(text.trimmed().left(120), m_provider->name,
                                      m_provider->regions.constFirst().portal.host()),
                       true);
        }
        return nullptr;
    }
    QString hint = tr("Portal: %1").arg(hostWithPort(chosen->portal));
    if (!m_orgId.isEmpty()) {
        hint += QLatin1Char('\n') + tr("Organization ID from the address: %1").arg(m_orgId);
    }
    setMessage(hint, false);
    return chosen;
}

void RegionField::setMessage(const QString& text, bool isProblem)
{
    setStatusLine(m_ui->regionMessageIcon, m_ui->regionMessage, text,
                  isProblem ? StatusKind::Error : StatusKind::Ok);
    m_ui->regionMessageIcon->setVisible(isProblem && !text.isEmpty());
    m_ui->regionCombo->setAccessibleDescription(
        isProblem ? text
                  : tr("Pick the region, or type its API subdomain or host, or paste the "
                       "address of your portal"));
}

} // namespace cc::gui
