#include "gui/connectform.h"

#include "core/credential.h"
#include "core/regionresolver.h"
#include "core/verifier.h"
#include "gui/announcer.h"
#include "gui/statusicons.h"

#include "ui_connectform.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>

namespace cc::gui {

namespace {
QString hostWithPort(const QUrl& url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}
} // namespace

ConnectForm::ConnectForm(const Catalog& catalog, Verifier& verifier, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConnectForm>()), m_catalog(catalog),
      m_verifier(verifier), m_detector(verifier)
{
    m_ui->setupUi(this);
    m_ui->detectConsent->setVisible(false);
    m_ui->showTokenButton->setIcon(showTokenIcon());
    m_tokenProblemMark =
        m_ui->tokenEdit->addAction(statusIcon(StatusKind::Error), QLineEdit::TrailingPosition);
    m_tokenProblemMark->setVisible(false);
    setRegionMessage(QString(), false);
    setTokenMessage(QString(), false);

    fillProviders();
    fillRegions();

    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillRegions();
        onInputEdited();
        updateTokenMessage(false);
        emit regionChanged(m_ui->regionCombo->currentData().toString());
    });
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_orgId.clear();
        onInputEdited();
        applyRegionText(false);
        emit regionChanged(m_ui->regionCombo->currentData().toString());
    });
    connect(m_ui->regionCombo->lineEdit(), &QLineEdit::textEdited, this,
            &ConnectForm::onInputEdited);
    connect(m_ui->regionCombo->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { applyRegionText(true); });
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, [this] {
        markTokenInvalid(false);
        setTokenMessage(QString(), false);
        onInputEdited();
    });
    connect(m_ui->tokenEdit, &QLineEdit::editingFinished, this,
            [this] { updateTokenMessage(false); });
    connect(m_ui->showTokenButton, &QToolButton::toggled, this, &ConnectForm::onShowTokenToggled);
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
                tr("%1 of %n regions answered\u2026", nullptr, int(provider->regions.size()))
                    .arg(m_regionsAnswered));
        }
    });
    connect(&m_detector, &RegionDetector::finished, this, &ConnectForm::onDetectionFinished);
    updateFindRegionButton();
}

ConnectForm::~ConnectForm()
{
    if (m_job) {
        m_job->cancel();
    }
    m_detector.cancel();
    // The children outlive m_ui by a moment: closing the window moves focus, and their
    // editingFinished() must not reach handlers that read m_ui.
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
    const Provider* provider = currentProvider();
    if (provider == nullptr) {
        return nullptr;
    }
    const QComboBox* combo = m_ui->regionCombo;
    if (combo->currentIndex() >= 0 &&
        combo->currentText() == combo->itemText(combo->currentIndex())) {
        return provider->region(combo->currentData().toString());
    }
    return resolveRegion(*provider, combo->currentText()).region;
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
    const int index = m_ui->regionCombo->findData(regionId);
    if (index < 0) {
        return;
    }
    m_ui->regionCombo->setCurrentIndex(index);
    // The index may be current already while the text says something else.
    m_ui->regionCombo->setEditText(m_ui->regionCombo->itemText(index));
    applyRegionText(false);
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
        m_ui->regionCombo->setFocus(Qt::OtherFocusReason);
    } else {
        m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
    }
}

void ConnectForm::fillProviders()
{
    for (const Provider& provider : m_catalog.providers()) {
        m_ui->providerCombo->addItem(provider.name, provider.id);
    }
}

void ConnectForm::fillRegions()
{
    const QSignalBlocker blocker(m_ui->regionCombo);
    m_ui->regionCombo->clear();
    m_orgId.clear();
    m_ui->detectConsent->setVisible(false);
    updateFindRegionButton();
    const Provider* provider = currentProvider();
    if (provider == nullptr) {
        return;
    }
    for (const Region& region : provider->regions) {
        m_ui->regionCombo->addItem(tr("%1 \u00b7 %2").arg(region.name, hostWithPort(region.api)),
                                   region.id);
    }
    m_ui->regionCombo->setCurrentIndex(0);
    applyRegionText(false);
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

void ConnectForm::updateFindRegionButton()
{
    // A provider with one region has nothing to search.
    const Provider* provider = currentProvider();
    m_ui->findRegionButton->setVisible(provider != nullptr && provider->regions.size() > 1);
}

void ConnectForm::offerDetection()
{
    const Provider* provider = currentProvider();
    if (provider == nullptr || provider->regions.size() < 2 || isChecking()) {
        return;
    }
    const TokenCheck check = checkToken(m_ui->tokenEdit->text(), *provider);
    updateTokenMessage(true);
    if (!check.isAcceptable()) {
        // Nothing is offered, let alone sent, for a token that cannot be right.
        m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
        return;
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
    const TokenCheck check = checkToken(m_ui->tokenEdit->text(), *provider);
    if (!check.isAcceptable()) {
        updateTokenMessage(true);
        m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (check.cleaned != m_ui->tokenEdit->text()) {
        m_ui->tokenEdit->setText(check.cleaned);
    }
    forgetVerifiedCheck();
    markTokenInvalid(false);
    setTokenMessage(QString(), false);
    m_regionsAnswered = 0;
    m_detector.start(*provider, check.cleaned);
    setChecking(true);
    m_ui->resultPanel->showChecking(
        tr("Asking every region of %1 whether it accepts the token\u2026").arg(provider->name));
}

void ConnectForm::onDetectionFinished(const DetectionResult& detection)
{
    setChecking(false);
    const Provider* provider = m_catalog.provider(detection.providerId);
    if (provider == nullptr) {
        return;
    }
    if (detection.found) {
        // Selecting the region clears what the form showed for the old one; then the answer.
        selectRegion(detection.found->regionId);
    }
    m_ui->resultPanel->showDetection(detection, *provider);
    if (detection.found) {
        m_verified = VerifiedCheck{*detection.found, m_ui->tokenEdit->text(), m_orgId};
        emit verifiedCheckChanged();
        emit verificationFinished(*detection.found);
    } else if (detection.outcome == Outcome::Rejected) {
        setTokenMessage(tr("No region accepted this token: see below."), true);
        markTokenInvalid(true);
        m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
        m_ui->tokenEdit->selectAll();
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

const Region* ConnectForm::applyRegionText(bool reportProblems)
{
    const Provider* provider = currentProvider();
    if (provider == nullptr) {
        return nullptr;
    }
    QComboBox* combo = m_ui->regionCombo;
    const QString text = combo->currentText();
    const Region* region = nullptr;
    if (combo->currentIndex() >= 0 && text == combo->itemText(combo->currentIndex())) {
        region = provider->region(combo->currentData().toString());
    } else {
        const ResolvedRegion resolved = resolveRegion(*provider, text);
        region = resolved.region;
        if (region != nullptr) {
            const int index = combo->findData(region->id);
            {
                const QSignalBlocker blocker(combo);
                combo->setCurrentIndex(index);
                combo->setEditText(combo->itemText(index));
            }
            m_orgId = resolved.orgId;
            m_ui->resultPanel->clear();
            forgetVerifiedCheck();
            emit regionChanged(region->id);
        }
    }
    if (region == nullptr) {
        if (reportProblems) {
            setRegionMessage(
                text.trimmed().isEmpty()
                    ? tr("Choose a region, or paste the address of your portal.")
                    : tr("\u201c%1\u201d is not a region of %2. Pick one from the list, or "
                         "paste the address of your portal (for example %3).")
                          .arg(text.trimmed().left(120), provider->name,
                               provider->regions.constFirst().portal.host()),
                true);
        }
        return nullptr;
    }
    QString hint = tr("Portal: %1").arg(hostWithPort(region->portal));
    if (!m_orgId.isEmpty()) {
        hint += QLatin1Char('\n') + tr("Organization ID from the address: %1").arg(m_orgId);
    }
    setRegionMessage(hint, false);
    return region;
}

void ConnectForm::updateTokenMessage(bool reportProblems)
{
    const Provider* provider = currentProvider();
    if (provider == nullptr || (m_ui->tokenEdit->text().isEmpty() && !reportProblems)) {
        return;
    }
    const TokenCheck check = checkToken(m_ui->tokenEdit->text(), *provider);
    if (!check.isAcceptable()) {
        if (reportProblems || check.problem != TokenCheck::Problem::Empty) {
            setTokenMessage(describeTokenProblem(check), true);
            markTokenInvalid(true);
        }
        return;
    }
    markTokenInvalid(false);
    setTokenMessage(describeLengthWarning(check), false);
}

void ConnectForm::startCheck()
{
    const Provider* provider = currentProvider();
    if (provider == nullptr) {
        return;
    }
    const Region* region = applyRegionText(true);
    if (region == nullptr) {
        m_ui->regionCombo->setFocus(Qt::OtherFocusReason);
        m_ui->regionCombo->lineEdit()->selectAll();
        return;
    }
    const TokenCheck check = checkToken(m_ui->tokenEdit->text(), *provider);
    if (check.cleaned != m_ui->tokenEdit->text()) {
        m_ui->tokenEdit->setText(check.cleaned); // whitespace pasted around the token
    }
    updateTokenMessage(true);
    if (!check.isAcceptable()) {
        announce(this, m_ui->tokenMessage->text());
        m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
        if (check.position >= 0) {
            m_ui->tokenEdit->setCursorPosition(check.position);
        }
        return;
    }

    forgetVerifiedCheck();
    m_job = m_verifier.start(*provider, *region, check.cleaned);
    connect(m_job, &VerificationJob::finished, this, &ConnectForm::onCheckFinished);
    setChecking(true);
    m_ui->resultPanel->showChecking(
        tr("Asking %1 (%2) whether the token works\u2026").arg(region->name, region->api.host()));
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
        m_verified = VerifiedCheck{result, m_ui->tokenEdit->text(), m_orgId};
        emit verifiedCheckChanged();
    }
    if (result.outcome == Outcome::Rejected) {
        setTokenMessage(tr("The service refused this token: see below."), true);
        markTokenInvalid(true);
        m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
        m_ui->tokenEdit->selectAll();
        // A token for another region is refused the same way: offer to look for it.
        const Provider* provider = currentProvider();
        if (provider != nullptr && provider->regions.size() > 1) {
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
         {static_cast<QWidget*>(m_ui->providerCombo), static_cast<QWidget*>(m_ui->regionCombo),
          static_cast<QWidget*>(m_ui->findRegionButton), static_cast<QWidget*>(m_ui->tokenEdit),
          static_cast<QWidget*>(m_ui->showTokenButton)}) {
        input->setEnabled(!checking);
    }
    m_ui->verifyButton->setText(checking ? tr("&Cancel") : tr("&Verify"));
    if (checking) {
        m_ui->verifyButton->setFocus(Qt::OtherFocusReason);
    }
    emit checkingChanged(checking);
}

void ConnectForm::setRegionMessage(const QString& text, bool isProblem)
{
    setStatusLine(m_ui->regionMessageIcon, m_ui->regionMessage, text,
                  isProblem ? StatusKind::Error : StatusKind::Ok);
    m_ui->regionMessageIcon->setVisible(isProblem && !text.isEmpty());
    m_ui->regionCombo->setAccessibleDescription(
        isProblem ? text
                  : tr("Pick the region, or type its API subdomain or host, or paste the "
                       "address of your portal"));
}

void ConnectForm::setTokenMessage(const QString& text, bool isProblem)
{
    setStatusLine(m_ui->tokenMessageIcon, m_ui->tokenMessage, text,
                  isProblem ? StatusKind::Error : StatusKind::Warning);
}

void ConnectForm::markTokenInvalid(bool invalid)
{
    m_tokenProblemMark->setVisible(invalid);
    const QString description =
        invalid ? m_ui->tokenMessage->text()
                : tr("The secret token from the provider's portal. It is hidden while you type "
                     "and is never stored.");
    // Each keystroke comes here; Qt would send a description change each time, which Orca
    // reads from the field on every key it echoes.
    if (m_ui->tokenEdit->accessibleDescription() != description) {
        m_ui->tokenEdit->setAccessibleDescription(description);
    }
}

void ConnectForm::onShowTokenToggled(bool shown)
{
    m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_ui->showTokenButton->setIcon(shown ? hideTokenIcon() : showTokenIcon());
    m_ui->showTokenButton->setText(shown ? tr("Hi&de") : tr("Sho&w"));
    m_ui->showTokenButton->setAccessibleName(shown ? tr("Hide token") : tr("Show token"));
}

} // namespace cc::gui
