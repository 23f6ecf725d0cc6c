#include "gui/tokenfield.h"

#include "core/catalog.h"
#include "gui/announcer.h"
#include "gui/statusicons.h"

#include "ui_tokenfield.h"

#include <QAction>
#include <QKeySequence>
#include <QLineEdit>

namespace cc::gui {

namespace {
// One key for both ways: a mnemonic would change with the button's words, and differ by
// language. Ctrl+H is the password managers' own (KeePassXC).
const QKeySequence showShortcut(Qt::CTRL | Qt::Key_H);
} // namespace

TokenField::TokenField(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::TokenField>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->tokenEdit);

    m_showAction = new QAction(this);
    m_showAction->setCheckable(true);
    m_showAction->setShortcut(showShortcut);
    // Anywhere in the field, the edit or the button, and nowhere else.
    m_showAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_showAction);
    m_ui->showTokenButton->setDefaultAction(m_showAction);
    onShownToggled(false);

    m_problemMark =
        m_ui->tokenEdit->addAction(statusIcon(StatusKind::Error), QLineEdit::TrailingPosition);
    m_problemMark->setVisible(false);
    setMessage(QString(), false);

    connect(m_showAction, &QAction::toggled, this, &TokenField::onShownToggled);
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, [this] {
        clearMessage();
        emit edited();
    });
    connect(m_ui->tokenEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_provider != nullptr && !text().isEmpty()) {
            showCheck(checkToken(text(), *m_provider), false);
        }
    });
}

TokenField::~TokenField()
{
    // The edit outlives m_ui by a moment: closing the window moves focus, and its
    // editingFinished() must not reach a handler that reads m_ui.
    m_ui->tokenEdit->disconnect(this);
}

QString TokenField::text() const
{
    return m_ui->tokenEdit->text();
}

void TokenField::setProvider(const Provider* provider)
{
    m_provider = provider;
    if (m_provider != nullptr && !text().isEmpty()) {
        showCheck(checkToken(text(), *m_provider), false);
    }
}

TokenCheck TokenField::checkForPress()
{
    if (m_provider == nullptr) {
        TokenCheck nothingToCheck;
        nothingToCheck.problem = TokenCheck::Problem::Empty;
        return nothingToCheck;
    }
    const TokenCheck check = checkToken(text(), *m_provider);
    if (check.cleaned != text()) {
        m_ui->tokenEdit->setText(check.cleaned); // whitespace pasted around the token
    }
    showCheck(check, true);
    if (!check.isAcceptable()) {
        announce(this, m_ui->tokenMessage->text());
        m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
        if (check.position >= 0) {
            m_ui->tokenEdit->setCursorPosition(check.position);
        }
    }
    return check;
}

void TokenField::showRefused(const QString& message)
{
    setMessage(message, true);
    m_ui->tokenEdit->setFocus(Qt::OtherFocusReason);
    m_ui->tokenEdit->selectAll();
}

void TokenField::clearMessage()
{
    setMessage(QString(), false);
}

void TokenField::showCheck(const TokenCheck& check, bool reportProblems)
{
    if (check.isAcceptable()) {
        setMessage(describeLengthWarning(check), false);
    } else if (reportProblems || check.problem != TokenCheck::Problem::Empty) {
        setMessage(describeTokenProblem(check), true);
    }
}

void TokenField::setMessage(const QString& text, bool isProblem)
{
    setStatusLine(m_ui->tokenMessageIcon, m_ui->tokenMessage, text,
                  isProblem ? StatusKind::Error : StatusKind::Warning);
    m_problemMark->setVisible(isProblem);
    const QString description =
        isProblem ? text
                  : tr("The secret token from the provider's portal. It is hidden while you type "
                       "and is never stored.");
    // Each keystroke comes here; Qt would send a description change each time, which Orca
    // reads from the field on every key it echoes.
    if (m_ui->tokenEdit->accessibleDescription() != description) {
        m_ui->tokenEdit->setAccessibleDescription(description);
    }
}

void TokenField::onShownToggled(bool shown)
{
    m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_showAction->setIcon(shown ? hideTokenIcon() : showTokenIcon());
    m_showAction->setText(shown ? tr("Hide") : tr("Show"));
    m_showAction->setToolTip(tr("Shows or hides the characters of the token (%1)")
                                 .arg(showShortcut.toString(QKeySequence::NativeText)));
    m_ui->showTokenButton->setAccessibleName(shown ? tr("Hide token") : tr("Show token"));
}

} // namespace cc::gui
