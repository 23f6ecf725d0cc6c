#pragma once

#include <QIcon>

namespace cc::gui {

enum class StatusKind { Ok, Error, Warning, Busy };

// Scalable icons from resources/icons: sharp at any scale factor. Status is never shown by
// colour alone; every icon comes with words.
QIcon statusIcon(StatusKind kind);
QIcon showTokenIcon();
QIcon hideTokenIcon();
QIcon applicationIcon();

} // namespace cc::gui
