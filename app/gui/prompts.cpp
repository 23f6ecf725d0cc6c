#include "gui/prompts.h"

#include "gui/proxysignindialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace cc::gui {

Prompts Prompts::systemDialogs()
{
    Prompts prompts;
    prompts.savePath = [](QWidget* parent, const QString& title, const QString& suggestedPath,
                          const QString& filter) {
        // The dialog's own question follows links: it asks about the file a link points to,
        // and not at all for a link to nothing. confirmedSavePath() asks instead.
        return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };
    prompts.openPath = [](QWidget* parent, const QString& title, const QString& filter) {
        return QFileDialog::getOpenFileName(parent, title, QString(), filter);
    };
    prompts.confirm = [](QWidget* parent, const QString& title, const QString& question,
                         const QString& acceptText) {
        QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, parent);
        // The question names a connection's provider and region, from a catalog: never markup.
        box.setTextFormat(Qt::PlainText);
        QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
        // The safe answer is the one Enter gives.
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == accept;
    };
    prompts.choose = [](QWidget* parent, const QString& title, const QString& question,
                        const QStringList& choices) {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
        // The question may name a list's label or an organization: never markup.
        box.setTextFormat(Qt::PlainText);
        QList<QAbstractButton*> buttons;
        for (const QString& choice : choices) {
            buttons.append(box.addButton(choice, QMessageBox::ActionRole));
        }
        box.exec();
        return int(buttons.indexOf(box.clickedButton()));
    };
    prompts.proxySignIn = [](QWidget* parent, const QString& proxy,
                             const QString& realm) -> std::optional<ProxySignInAnswer> {
        ProxySignInDialog dialog(proxy, realm, parent);
        if (dialog.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return dialog.answer();
    };
    return prompts;
}

} // namespace cc::gui
