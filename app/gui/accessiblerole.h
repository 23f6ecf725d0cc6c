#pragma once

#include <QAccessible>

class QWidget;

namespace cc::gui {

// Gives a container the role a screen reader should report for it. Qt reports every QFrame
// with the role Border, which the AT-SPI bridge maps to "frame", the role of a top-level window:
// Orca 43 then presents a box of results as if a window had opened. Call it before the widget is
// first asked for its accessibility interface (in the constructor, after setupUi).
void setAccessibleRole(QWidget* widget, QAccessible::Role role);

} // namespace cc::gui
