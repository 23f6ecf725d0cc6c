#include "gui/settingsdialog.h"

#include "gui/announcer.h"
#include "gui/statusicons.h"
#include "gui/watchschedule.h"
#include "storage/appsettings.h"

#include "ui_settingsdialog.h"

#include <QDir>
#include <QFileDialog>

namespace cc::gui {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings),
      m_schedule(new WatchSchedule(QStringLiteral("systemctl"), this))
{
    m_ui->setupUi(this);
    m_ui->caBundleEdit->setText(QDir::toNativeSeparators(m_settings.extraCaBundle()));
    m_ui->watchCheck->setChecked(m_settings.watchConnections());
    showMessage(QString(), false);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->caBundleEdit, &QLineEdit::textEdited, this,
            [this] { showMessage(QString(), false); });
    connect(m_ui->watchCheck, &QCheckBox::toggled, this, [this] { showMessage(QString(), false); });
    connect(m_schedule, &WatchSchedule::changed, this, &SettingsDialog::onWatchChanged);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the Certificate Authorities"), m_ui->caBundleEdit->text(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty()) {
        m_ui->caBundleEdit->setText(QDir::toNativeSeparators(path));
        showMessage(QString(), false);
    }
}

void SettingsDialog::accept()
{
    if (m_schedule->isBusy()) {
        return;
    }
    const std::optional<CaBundle> authorities = chosenAuthorities();
    if (!authorities) {
        return;
    }
    m_chosen = *authorities;
    const bool watch = m_ui->watchCheck->isChecked();
    if (watch == m_settings.watchConnections()) {
        keepAndClose();
        return;
    }
    // The setting first: when it cannot be written, systemctl is never asked. It is put back
    // if systemctl fails.
    QString error;
    if (!m_settings.setWatchConnections(watch, &error)) {
        showMessage(tr("The setting was not saved: %1").arg(error), true, m_ui->watchCheck);
        return;
    }
    setBusy(true);
    showMessage(watch ? tr("Turning the daily check on\u2026")
                      : tr("Turning the daily check off\u2026"),
                false);
    m_schedule->change(watch);
}

void SettingsDialog::reject()
{
    if (!m_schedule->isBusy()) {
        QDialog::reject();
    }
}

std::optional<CaBundle> SettingsDialog::chosenAuthorities()
{
    const QString path = QDir::fromNativeSeparators(m_ui->caBundleEdit->text().trimmed());
    if (path.isEmpty()) {
        return CaBundle{};
    }
    QString error;
    std::optional<CaBundle> loaded = loadCaBundle(path, &error);
    if (!loaded) {
        showMessage(error, true, m_ui->caBundleEdit);
        m_ui->caBundleEdit->setFocus(Qt::OtherFocusReason);
    }
    return loaded;
}

void SettingsDialog::onWatchChanged(bool on, const QString& problem)
{
    setBusy(false);
    if (!problem.isEmpty()) {
        // As it was: the timer unchanged, so the setting too.
        m_settings.setWatchConnections(!on);
        m_ui->watchCheck->setChecked(m_settings.watchConnections());
        showMessage(problem, true, m_ui->watchCheck);
        m_ui->watchCheck->setFocus(Qt::OtherFocusReason);
        return;
    }
    keepAndClose();
}

void SettingsDialog::keepAndClose()
{
    const QString path = QDir::fromNativeSeparators(m_ui->caBundleEdit->text().trimmed());
    QString error;
    if (!m_settings.setExtraCaBundle(path, &error)) {
        showMessage(tr("The setting was not saved: %1").arg(error), true, m_ui->caBundleEdit);
        return;
    }
    m_authorities = m_chosen;
    QDialog::accept();
}

void SettingsDialog::setBusy(bool busy)
{
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->watchCheck->setEnabled(!busy);
}

void SettingsDialog::showMessage(const QString& text, bool isProblem, QWidget* about)
{
    setStatusLine(m_ui->messageIcon, m_ui->messageLabel, text,
                  isProblem ? StatusKind::Error : StatusKind::Busy);
    m_ui->caBundleEdit->setAccessibleDescription(
        isProblem && about == m_ui->caBundleEdit
            ? text
            : tr("The path of a PEM file with the certificate authorities your IT "
                 "department gave you; empty for none"));
    m_ui->watchCheck->setAccessibleDescription(
        isProblem && about == m_ui->watchCheck
            ? text
            : tr("Once a day, check every saved connection and show a desktop notification "
                 "when one stops working"));
    // The focus stays in the field, so nothing else would make a screen reader say why OK did
    // nothing.
    if (isProblem && !text.isEmpty()) {
        announce(this, text);
    }
}

} // namespace cc::gui
