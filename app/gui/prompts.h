#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace cc::gui {

// The few questions the window asks in a dialog of its own: where to save a file, and whether
// to go ahead with something that cannot be undone or that writes the token in the clear.
// The program uses the system's dialogs; tests answer in their place.
struct Prompts
{
    // The path chosen, or empty when the person cancelled. It does not ask whether to replace
    // a file that is there: the caller does (see connectionexports.cpp).
    std::function<QString(QWidget* parent, const QString& title, const QString& suggestedPath,
                          const QString& filter)>
        savePath;
    // True when the person chose acceptText.
    std::function<bool(QWidget* parent, const QString& title, const QString& question,
                       const QString& acceptText)>
        confirm;

    static Prompts systemDialogs();
};

} // namespace cc::gui
