#pragma once

#include "gui/prompts.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProxySignInDialog;
}

namespace cc::gui {

// Asks for the user name and password a proxy wants, naming the proxy and what it calls itself
// (its realm) as plain text. Keeping them in the keychain is off until the person turns it on.
class ProxySignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxySignInDialog)

public:
    // proxy: "host:port"; realm: the proxy's words, maybe empty.
    ProxySignInDialog(const QString& proxy, const QString& realm, QWidget* parent = nullptr);
    ~ProxySignInDialog() override;

    ProxySignInAnswer answer() const;

private:
    std::unique_ptr<Ui::ProxySignInDialog> m_ui;
};

} // namespace cc::gui
