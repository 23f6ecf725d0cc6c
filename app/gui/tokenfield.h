#pragma once

#include "core/credential.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TokenField;
}

class QAction;

namespace cc {
struct Provider;
}

namespace cc::gui {

// The API token: a masked line edit, show and hide as a checkable action with a fixed
// shortcut, and below it what is wrong or unusual about the token. Focus goes to the edit.
class TokenField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenField)

public:
    explicit TokenField(QWidget* parent = nullptr);
    ~TokenField() override;

    QString text() const;
    // The provider whose token rules apply; null checks nothing.
    void setProvider(const Provider* provider);

    // For a press of Verify or Find my region: checks the token once, puts it back without the
    // whitespace pasted around it, and shows what is wrong or unusual. On a problem the cursor
    // goes where it is.
    TokenCheck checkForPress();
    // The service's answer says the token is wrong: marks it, selects it for replacing.
    void showRefused(const QString& message);
    void clearMessage();

signals:
    // The person changed the token.
    void edited();

private:
    void showCheck(const TokenCheck& check, bool reportProblems);
    void setMessage(const QString& text, bool isProblem);
    void onShownToggled(bool shown);

    std::unique_ptr<Ui::TokenField> m_ui;
    const Provider* m_provider = nullptr;
    QAction* m_showAction = nullptr;
    QAction* m_problemMark = nullptr;
};

} // namespace cc::gui
