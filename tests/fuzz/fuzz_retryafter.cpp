// Retry-After, as any server may send it: the wait is never negative nor over a day.
#include "core/retryafter.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());
    const auto wait = cc::parseRetryAfter(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), now);
    if (wait && (*wait < 0 || *wait > 24 * 60 * 60)) {
        __builtin_trap();
    }
    return 0;
}
