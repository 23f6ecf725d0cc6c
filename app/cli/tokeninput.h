#pragma once

#include <QString>

namespace cc::cli {

enum class TokenLine {
    Read,
    NothingArrived, // the input ended before any character
    TooLong,        // the line exceeds 64 KiB: no token is that long
};

// Reads the token, one line, from standard input into *token: it never appears on the command
// line, where other users and shell history could see it. At a terminal it asks on stderr and
// turns echo off.
TokenLine readTokenFromStdin(QString* token);

} // namespace cc::cli
