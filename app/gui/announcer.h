#pragma once

#include <QString>

class QWidget;

namespace cc::gui {

// Has a screen reader speak a sentence once, where it appears, without moving the focus: the
// outcome of a check, or why the input was refused before anything was sent. Each call speaks
// again, even the same sentence. `near` is a visible widget of the window that shows it.
void announce(QWidget* near, const QString& sentence);

} // namespace cc::gui
