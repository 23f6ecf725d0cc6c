#pragma once

#include <QIcon>

class QLabel;

namespace cc {
enum class Outcome;
}

namespace cc::gui {

enum class StatusKind { Ok, Error, Warning, Busy };

// How an outcome is shown: verified is Ok; a refusal or bad input an Error; the answers that
// could not tell (network, rate limit, server...) a Warning.
StatusKind statusKindFor(Outcome outcome);

// Scalable icons from resources/icons: sharp at any scale factor. Status is never shown by
// colour alone; every icon comes with words.
QIcon statusIcon(StatusKind kind);
QIcon showTokenIcon();
QIcon hideTokenIcon();
QIcon applicationIcon();

// A message beside a field: the icon of its kind and the words, both hidden when text is empty.
void setStatusLine(QLabel* icon, QLabel* label, const QString& text, StatusKind kind);

} // namespace cc::gui
