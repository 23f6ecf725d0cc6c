#pragma once

#include <QString>

namespace cc::cli {

// A line for a terminal with the characters that could move the cursor, change colours or
// turn text around (control characters, escape sequences, bidirectional overrides) written
// as visible escapes, such as \x1b: names from a server are data, never commands.
QString forTerminal(const QString& line);

} // namespace cc::cli
