#pragma once

#include <QString>

namespace cc {

// At most this many characters of a service's own words are kept. The messages Mist and
// JumpCloud send for a refused token or a rate limit are one short sentence (under 100
// characters); anything much longer is not a message meant for people (a stack trace, a web
// page), and would push the program's own advice out of sight.
inline constexpr int maxVendorTextLength = 300;

// A text from a file or a server made safe to show as plain text on one line, in the window, in
// JSON and on a terminal: line breaks and tabs become spaces; any other control character,
// which on a terminal could move the cursor, clear the screen or rewrite earlier lines, is
// written out as an escape ("\x1b", "\u009b"), so the person sees that it was there;
// invisible formatting characters (such as those that reverse the direction of text) are
// dropped. Everything else is kept as it is.
QString printableText(const QString& text);

// A service's own words as the program shows them: printableText(), with runs of spaces
// joined, cut at maxVendorTextLength characters with an ellipsis.
QString cleanVendorText(const QString& text);

} // namespace cc
