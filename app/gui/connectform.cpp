#include "gui/connectform.h"

#include "core/credential.h"
#include "core/verifier.h"
#include "gui/statusicons.h"

#include "ui_connectform.h"

#include <QKeyEvent>

namespace cc::gui {

namespace {
// A provider with one region a search may ask has nothing to search.
bool hasRegionsToSearch(const Provider* provider)
{
    return provider != nullptr && RegionDetector::regionsToBeAsked(*provider).size() > 1;
}
} // namespace

ConnectForm::ConnectForm(const Catalog& catalog, Verifier& verifier, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConnectForm>()), m_catalog(catalog),
      m_verifier(verifier), m_detector(verifier)
{
    m_ui->setupUi(this);
    m_ui->detectConsent->setVisible(false);
    for (const Provider& provider : m_catalog.providers()) {
        m_ui->providerCombo->addItem(provider.name, provider.id);
    }
    m_ui->regionField->setProvider(currentProvider());
    m_ui->tokenField->setProvider(currentProvider());
    m_ui->findRegionButton->setVisible(hasRegionsToSearch(currentProvider()));

    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this,
            &ConnectForm::onProviderChanged);
    connect(m_ui->regionField, &RegionField::edited, this, &ConnectForm::onInputEdited);
    connect(m_ui->regionField, &RegionField::regionChanged, this, [this](const QString& regionId) {
        onInputEdited();
        emit regionChanged(regionId);
    });
    connect(m_ui->tokenField, &TokenField::edited, this, [this] {
        // A token is likely to be checked soon: its TLS library loads meanwhile.
        m_verifier.prepareTls();
        onInputEdited();
    });
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &ConnectForm::onVerifyOrCancel);
    connect(m_ui->findRegionButton, &QPushButton::clicked, this, &ConnectForm::offerDetection);
    connect(m_ui->resultPanel, &ResultPanel::actionTriggered, this, &ConnectForm::offerDetection);
    connect(m_ui->startDetectButton, &QPushButton::clicked, this, &ConnectForm::startDetection);
    connect(m_ui->skipDetectButton, &QPushButton::clicked, this, [this] {
        m_ui->detectConsent->setVisible(false);
        m_ui->findRegionButton->setFocus(Qt::OtherFocusReason);
    });
    connect(&m_detector, &RegionDetector::regionAnswered, this, [this] {
        ++m_regionsAnswered;
        if (const Provider* provider = currentProvider()) {
            m_ui->resultPanel->showChecking(
                tr("%1 of %n regions answered\u2026", nullptr,
                   int(RegionDetector::regionsToBeAsked(*provider).size()))
                    .arg(m_regionsAnswered));
        }
    });
    connect(&m_detector, &RegionDetector::finished, this, &ConnectForm::onDetectionFinished);
}

ConnectForm::~ConnectForm()
{
    if (m_job) {
        m_job->cancel();
    }
    m_detector.cancel();
    // The children outlive m_ui by a moment: closing the window moves focus, and their
    // signals must not reach handlers that read m_ui.
    for (QObject* child : findChildren<QObject*>()) {
        child->disconnect(this);
    }
}

const Provider* ConnectForm::currentProvider() const
{
    return m_catalog.provider(m_ui->providerCombo->currentData().toString());
}

const Region* ConnectForm::currentRegion() const
{
    return m_ui->regionField->region();
}

QString ConnectForm::organizationId() const
{
    return m_ui->regionField->organizationId();
}

void ConnectForm::selectProvider(const QString& providerId)
{
    const int index = m_ui->providerCombo->findData(providerId);
    if (index >= 0) {
        m_ui->providerCombo->setCurrentIndex(index);
    }
}

void ConnectForm::selectRegion(const QString& regionId)
{
    m_ui->regionField->selectRegion(regionId);
}

void ConnectForm::setProviderChoiceVisible(bool visible)
{
    m_ui->fieldsLayout->setRowVisible(m_ui->providerCombo, visible);
}

void ConnectForm::setIntroduction(const QString& text)
{
    m_ui->introLabel->setText(text);
}

void ConnectForm::focusFirstEmptyField()
{
    if (currentRegion() == nullptr) {
        m_ui->regionField->setFocus(Qt::OtherFocusReason);
    } else {
        m_ui->tokenField->setFocus(Qt::OtherFocusReason);
    }
}

void ConnectForm::onProviderChanged()
{
    const Provider* provider = currentProvider();
    m_ui->detectConsent->setVisible(false);
    m_ui->findRegionButton->setVisible(hasRegionsToSearch(provider));
    m_ui->regionField->setProvider(provider);
    onInputEdited();
    m_ui->tokenField->setProvider(provider);
    emit regionChanged(currentRegion() != nullptr ? currentRegion()->id : QString());
}

void ConnectForm::keyPressEvent(QKeyEvent* event)
{
    // Outside a dialog no button is "default" by itself: Enter in any field verifies here, and
    // Enter on another push button presses that button, as it would in a dialog.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    auto* focusedButton = qobject_cast<QPushButton*>(focusWidget());
    if (enter && focusedButton != nullptr && focusedButton != m_ui->verifyButton) {
        event->accept();
        focusedButton->click();
        return;
    }
    if (enter && m_ui->verifyButton->isEnabled()) {
        event->accept();
        onVerifyOrCancel();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ConnectForm::onVerifyOrCancel()
{
    if (isChecking()) {
        cancelCheck();
    } else {
        startCheck();
    }
}

void ConnectForm::offerDetection()
{
    const Provider* provider = currentProvider();
    if (!hasRegionsToSearch(provider) || isChecking()) {
        return;
    }
    if (!m_ui->tokenField->checkForPress().isAcceptable()) {
        return; // nothing is offered, let alone sent, for a token that cannot be right
    }
    const QStringList hosts = RegionDetector::hostsToBeAsked(*provider);
    m_ui->detectConsentText->setText(
        tr("To find the region, Credential Connect sends this token to the API host of every "
           "%1 region, %n hosts in all: %2. It stops asking as soon as one region accepts "
           "the token. Each of these hosts belongs to %1.",
           nullptr, int(hosts.size()))
            .arg(provider->name, hosts.join(QStringLiteral(", "))));
    m_ui->detectConsent->setVisible(true);
    m_ui->startDetectButton->setFocus(Qt::OtherFocusReason);
}

void ConnectForm::startDetection()
{
    m_ui->detectConsent->setVisible(false);
    const Provider* provider = currentProvider();
    if (provider == nullptr) {
        return;
    }
    const TokenCheck check = m_ui->tokenField->checkForPress();
    if (!check.isAcceptable()) {
        return;
    }
    forgetVerifiedCheck();
    m_ui->tokenField->clearMessage();
    m_regionsAnswered = 0;
    m_detector.start(*provider, check.cleaned);
    setChecking(true);
    m_ui->resultPanel->showChecking(
        tr("Asking every region of %1 whether it accepts the token\u2026").arg(provider->name));
}

void ConnectForm::onDetectionFinished(const DetectionResult& detection)
{
    setChecking(false);
    const VerificationResult* found = detection.found();
    if (found != nullptr) {
        // Selecting the region clears what the form showed for the old one; then the answer.
        selectRegion(found->regionId);
    }
    m_ui->resultPanel->showDetection(detection);
    if (found != nullptr) {
        // A region found by its rate limit is the token's, but nothing about it was checked.
        if (found->outcome == Outcome::Verified) {
            m_verified = VerifiedCheck{*found, m_ui->tokenField->text(), organizationId()};
            emit verifiedCheckChanged();
        }
        emit verificationFinished(*found);
    } else if (detection.outcome == Outcome::Rejected) {
        m_ui->tokenField->showRefused(tr("No region accepted this token: see below."));
    }
}

void ConnectForm::onInputEdited()
{
    if (!isChecking()) {
        m_ui->resultPanel->clear();
    }
    forgetVerifiedCheck();
}

void ConnectForm::forgetVerifiedCheck()
{
    if (m_verified) {
        m_verified.reset();
        emit verifiedCheckChanged();
    }
}

void ConnectForm::startCheck()
{
    const Provider* provider = currentProvider();
    if (provider == nullptr) {
        return;
    }
    const Region* region = m_ui->regionField->resolveForPress();
    if (region == nullptr) {
        return;
    }
    const TokenCheck check = m_ui->tokenField->checkForPress();
    if (!check.isAcceptable()) {
        return;
    }

    forgetVerifiedCheck();
    m_job = m_verifier.start(*provider, *region, check.cleaned);
    connect(m_job, &VerificationJob::finished, this, &ConnectForm::onCheckFinished);
    setChecking(true);
    m_ui->resultPanel->showChecking(
        tr("Asking %1 whether the token works\u2026").arg(regionLabel(*region)));
}

void ConnectForm::cancelCheck()
{
    if (m_job) {
        m_job->cancel();
        m_job = nullptr;
    }
    m_detector.cancel();
    setChecking(false);
    m_ui->resultPanel->showMessage(StatusKind::Warning, tr("Check cancelled"),
                                   tr("Nothing was verified. Press Verify to try again."));
}

void ConnectForm::onCheckFinished(const VerificationResult& result)
{
    m_job = nullptr;
    setChecking(false);
    m_ui->resultPanel->showResult(result);
    if (result.outcome == Outcome::Verified) {
        m_verified = VerifiedCheck{result, m_ui->tokenField->text(), organizationId()};
        emit verifiedCheckChanged();
    }
    if (result.outcome == Outcome::Rejected) {
        m_ui->tokenField->showRefused(tr("The service refused this token: see below."));
        // A token for another region is refused the same way: offer to look for it.
        if (hasRegionsToSearch(currentProvider())) {
            m_ui->resultPanel->setAction(
                tr("Search every region for this token\u2026"),
                tr("Shows which hosts would receive the token, then asks every region"));
        }
    }
    emit verificationFinished(result);
}

void ConnectForm::setChecking(bool checking)
{
    for (QWidget* input :
         {static_cast<QWidget*>(m_ui->providerCombo), static_cast<QWidget*>(m_ui->regionField),
          static_cast<QWidget*>(m_ui->findRegionButton), static_cast<QWidget*>(m_ui->tokenField)}) {
        input->setEnabled(!checking);
    }
    m_ui->verifyButton->setText(checking ? tr("&Cancel") : tr("&Verify"));
    if (checking) {
        m_ui->verifyButton->setFocus(Qt::OtherFocusReason);
    }
    emit checkingChanged(checking);
}

} // namespace cc::gui
