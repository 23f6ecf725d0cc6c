#pragma once

#include <QString>

#include <optional>

namespace cc::cli {

// Reads the token, one line, from standard input: it never appears on the command line,
// where other users and shell history could see it. At a terminal it asks on stderr and
// turns echo off. Nothing when the input ends before any character or exceeds 64 KiB.
std::optional<QString> readTokenFromStdin();

} // namespace cc::cli
