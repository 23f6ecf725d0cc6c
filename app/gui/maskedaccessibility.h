#pragma once

class QWidget;

namespace cc::gui {

// Keeps what is typed into a masked line edit (echo mode Password, PasswordEchoOnEdit or
// NoEcho) out of the accessibility events, for every such field of the program: the quick
// check, the wizard and any later dialog. Installed once, at start-up, before any window.
void installMaskedTextEvents();

// Keeps an editor's text out of the accessibility tree altogether: a box where a list of tokens
// is pasted. Its accessible object is an editable text without a text interface (its name and
// description stay), and the text events the installed handler sees for it are dropped.
void keepTextFromAccessibility(QWidget* editor);

} // namespace cc::gui
