#pragma once

#include <QString>

namespace cc {

// At most this many characters of a service's own words are kept. The messages Mist and
// JumpCloud send for a refused token or a rate limit are one short sentence (under 100
// characters); anything much longer is not a message meant for people (a stack trace, a web
// page), and would push the program's own advice out of sight.
inline constexpr int maxVendorTextLength = 300;

// A text from a server made safe to show as plain text in the window, in JSON and on a
// terminal: line breaks and tabs become spaces; any other control character, which on a
// terminal could move the cursor or rewrite earlier lines, is written out as an escape
// ("\x1b", "\u009b"), so the person sees that it was there; invisible formatting characters
// (such as those that reverse the direction of text) are dropped; runs of spaces are joined,
// and the text is cut at maxVendorTextLength characters with an ellipsis.
QString cleanVendorText(const QString& text);

// A line for a terminal. Every character a terminal acts on instead of showing (the C0
// controls from NUL to ESC, line breaks included, DEL and the C1 controls) and every one that
// reorders the text around it (the bidirectional controls, the line and paragraph separators)
// is written out as an escape: "\x1b", "\x0d", "\u009b", "\u202e". A name from a server, a
// catalog, a certificate or an argument then cannot clear the screen, set the title or the
// clipboard, move the cursor or start a line of its own. All else is kept as it is.
QString escapeForTerminal(const QString& text);

// The text, or its first maxLength - 1 characters and an ellipsis when it is longer; never
// half of a surrogate pair.
QString capText(const QString& text, qsizetype maxLength);

} // namespace cc
