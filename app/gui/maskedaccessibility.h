#pragma once

namespace cc::gui {

// Keeps what is typed into a masked line edit (echo mode Password, PasswordEchoOnEdit or
// NoEcho) out of the accessibility events, for every such field of the program: the quick
// check, the wizard and any later dialog. Installed once, at start-up, before any window.
void installMaskedTextEvents();

} // namespace cc::gui
