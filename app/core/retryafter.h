#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace cc {

// Reads a Retry-After header: delay-seconds ("120") or an HTTP-date, relative to now.
// Returns the wait in whole seconds (0 for a date in the past), or nothing when absent or
// unreadable. Absurd values are capped at one day, so a hostile header cannot say "wait
// forever".
std::optional<int> parseRetryAfter(const QByteArray& header, const QDateTime& now);

// The next full hour after now, in UTC: when a limit that resets every hour ends.
QDateTime nextFullHour(const QDateTime& now);

} // namespace cc
