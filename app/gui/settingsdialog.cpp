#include "gui/settingsdialog.h"

#include "gui/announcer.h"
#include "gui/statusicons.h"
#include "storage/appsettings.h"

#include "ui_settingsdialog.h"

#include <QDir>
#include <QFileDialog>

namespace cc::gui {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->caBundleEdit->setText(QDir::toNativeSeparators(m_settings.extraCaBundle()));
    showMessage(QString(), false);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->caBundleEdit, &QLineEdit::textEdited, this,
            [this] { showMessage(QString(), false); });
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
    const QString path = QDir::fromNativeSeparators(m_ui->caBundleEdit->text().trimmed());
    CaBundle authorities;
    if (!path.isEmpty()) {
        QString error;
        const std::optional<CaBundle> loaded = loadCaBundle(path, &error);
        if (!loaded) {
            showMessage(error, true);
            m_ui->caBundleEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
        authorities = *loaded;
    }
    QString error;
    if (!m_settings.setExtraCaBundle(path, &error)) {
        showMessage(tr("The setting was not saved: %1").arg(error), true);
        return;
    }
    m_authorities = authorities;
    QDialog::accept();
}

void SettingsDialog::showMessage(const QString& text, bool isProblem)
{
    setStatusLine(m_ui->messageIcon, m_ui->messageLabel, text,
                  isProblem ? StatusKind::Error : StatusKind::Warning);
    m_ui->caBundleEdit->setAccessibleDescription(
        isProblem ? text
                  : tr("The path of a PEM file with the certificate authorities your IT "
                       "department gave you; empty for none"));
    // The focus stays in the path field, so nothing else would make a screen reader say why
    // OK did nothing.
    if (isProblem && !text.isEmpty()) {
        announce(this, text);
    }
}

} // namespace cc::gui
