#include "gui/maskedaccessibility.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLineEdit>
#include <QStyle>

namespace cc::gui {

// Qt hides a masked field's text from the accessibility tree (QAccessibleLineEdit answers
// nothing, or '*' for its value), but QWidgetLineControl still puts the clear characters into
// the TextInserted, TextRemoved and TextUpdated events it sends, and the AT-SPI bridge passes
// them on as object:text-changed: Orca speaks each typed letter, a pasted token whole and each
// letter deleted, and any client on the session's accessibility bus can read them. Checked in
// the sources of Qt 6.4.2, 6.8.2 and 6.11.2: no release up to 6.11 masks them, so this stays
// until one does.
//
// QAccessible::updateAccessibility() hands every event to the update handler when one is
// installed, instead of the platform bridge. This one replaces the text events of masked
// fields with events that carry what the field shows (its password character, or nothing for
// NoEcho) and passes every event on to the bridge by calling updateAccessibility() again with
// itself uninstalled.
namespace {
// Set on the editors whose text no accessibility client may read.
constexpr char secretTextProperty[] = "cc_secretText";

void maskTextEvents(QAccessibleEvent* event);

bool holdsSecretText(const QObject* object)
{
    return object != nullptr && object->property(secretTextProperty).toBool();
}

bool isTextEvent(QAccessible::Event type)
{
    return type == QAccessible::TextInserted || type == QAccessible::TextRemoved ||
           type == QAccessible::TextUpdated;
}

// The accessible object of such an editor: a QAccessibleWidget offers no text interface.
QAccessibleInterface* withoutText(const QString& /*className*/, QObject* object)
{
    return holdsSecretText(object)
               ? new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::EditableText)
               : nullptr;
}

void forwardToBridge(QAccessibleEvent* event)
{
    QAccessible::installUpdateHandler(nullptr);
    QAccessible::updateAccessibility(event);
    QAccessible::installUpdateHandler(&maskTextEvents);
}

const QLineEdit* maskedLineEdit(QAccessibleEvent* event)
{
    const auto* edit = qobject_cast<const QLineEdit*>(event->object());
    return edit != nullptr && edit->echoMode() != QLineEdit::Normal ? edit : nullptr;
}

// As many password characters as the text has: a screen reader can still tell how many
// characters were typed or deleted, as a sighted person can.
QString masked(const QLineEdit& edit, const QString& text)
{
    if (edit.echoMode() == QLineEdit::NoEcho) {
        return QString();
    }
    const QChar shown(
        edit.style()->styleHint(QStyle::SH_LineEdit_PasswordCharacter, nullptr, &edit));
    return QString(text.size(), shown);
}

void maskTextEvents(QAccessibleEvent* event)
{
    if (isTextEvent(event->type()) && holdsSecretText(event->object())) {
        return;
    }
    const QLineEdit* edit = maskedLineEdit(event);
    QObject* object = event->object();
    switch (event->type()) {
    case QAccessible::TextInserted:
        if (edit != nullptr) {
            const auto* inserted = static_cast<QAccessibleTextInsertEvent*>(event);
            QAccessibleTextInsertEvent safe(object, inserted->changePosition(),
                                            masked(*edit, inserted->textInserted()));
            safe.setCursorPosition(inserted->cursorPosition());
            forwardToBridge(&safe);
            return;
        }
        break;
    case QAccessible::TextRemoved:
        if (edit != nullptr) {
            const auto* removed = static_cast<QAccessibleTextRemoveEvent*>(event);
            QAccessibleTextRemoveEvent safe(object, removed->changePosition(),
                                            masked(*edit, removed->textRemoved()));
            safe.setCursorPosition(removed->cursorPosition());
            forwardToBridge(&safe);
            return;
        }
        break;
    case QAccessible::TextUpdated:
        if (edit != nullptr) {
            const auto* updated = static_cast<QAccessibleTextUpdateEvent*>(event);
            QAccessibleTextUpdateEvent safe(object, updated->changePosition(),
                                            masked(*edit, updated->textRemoved()),
                                            masked(*edit, updated->textInserted()));
            safe.setCursorPosition(updated->cursorPosition());
            forwardToBridge(&safe);
            return;
        }
        break;
    case QAccessible::TableModelChanged:
        // updateAccessibility() has already passed it to the table before calling the handler,
        // and would pass it a second time when called again; the AT-SPI bridge ignores it.
        return;
    default:
        break;
    }
    forwardToBridge(event);
}
} // namespace

void installMaskedTextEvents()
{
    QAccessible::installUpdateHandler(&maskTextEvents);
}

void keepTextFromAccessibility(QWidget* editor)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&withoutText);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    editor->setProperty(secretTextProperty, true);
    // An accessible object made before, while its form was set up, would still offer the text.
    QAccessibleInterface* made = QAccessible::queryAccessibleInterface(editor);
    if (made != nullptr && made->textInterface() != nullptr) {
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
    }
}

} // namespace cc::gui
