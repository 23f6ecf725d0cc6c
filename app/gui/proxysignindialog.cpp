#include "gui/proxysignindialog.h"

#include "ui_proxysignindialog.h"

#include <QPushButton>

namespace cc::gui {

ProxySignInDialog::ProxySignInDialog(const QString& proxy, const QString& realm, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProxySignInDialog>())
{
    m_ui->setupUi(this);
    QString question =
        tr("The proxy server %1 asks for a user name and password before it lets the check "
           "through. They go to the proxy only.")
            .arg(proxy);
    if (!realm.isEmpty()) {
        question += QLatin1Char('\n') + tr("The proxy calls itself \u201c%1\u201d.").arg(realm);
    }
    m_ui->questionLabel->setText(question);
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Sign In"));
    ok->setEnabled(false);
    connect(m_ui->userEdit, &QLineEdit::textChanged, ok,
            [ok](const QString& user) { ok->setEnabled(!user.isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProxySignInDialog::~ProxySignInDialog() = default;

ProxySignInAnswer ProxySignInDialog::answer() const
{
    return ProxySignInAnswer{m_ui->userEdit->text(), m_ui->passwordEdit->text(),
                             m_ui->keepCheckBox->isChecked()};
}

} // namespace cc::gui
