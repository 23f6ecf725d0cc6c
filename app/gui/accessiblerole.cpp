#include "gui/accessiblerole.h"

#include <QAccessibleWidget>
#include <QVariant>
#include <QWidget>

namespace cc::gui {

// Qt Widgets has no property for the role: QAccessibleWidget takes it in its constructor, and
// only an accessibility factory can construct one for a given widget.
namespace {
const char roleProperty[] = "cc_accessibleRole";

QAccessibleInterface* interfaceWithRole(const QString& /*className*/, QObject* object)
{
    auto* widget = qobject_cast<QWidget*>(object);
    if (widget == nullptr) {
        return nullptr;
    }
    const QVariant role = widget->property(roleProperty);
    return role.isValid() ? new QAccessibleWidget(widget, QAccessible::Role(role.toInt()))
                          : nullptr;
}
} // namespace

void setAccessibleRole(QWidget* widget, QAccessible::Role role)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&interfaceWithRole);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    widget->setProperty(roleProperty, int(role));
    // Setting a name in a form makes Qt create the interface at once, while a screen reader
    // runs: that one is dropped, and the next question makes one with the role.
    QAccessibleInterface* made = QAccessible::queryAccessibleInterface(widget);
    if (made != nullptr && made->role() != role) {
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
    }
}

} // namespace cc::gui
