#include "core/retryafter.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace cc {

namespace {
constexpr qint64 maxWaitSeconds = 24 * 60 * 60;
}

std::optional<int> parseRetryAfter(const QByteArray& header, const QDateTime& now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty() || value.size() > 64) {
        return std::nullopt;
    }
    if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Nine digits already exceed a day; longer ones would only overflow.
        const qint64 seconds = value.size() > 9 ? maxWaitSeconds : value.toLongLong();
        return static_cast<int>(std::min(seconds, maxWaitSeconds));
    }
    // IMF-fixdate, as RFC 9110 requires senders to use: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) {
        return std::nullopt;
    }
    when.setTimeZone(QTimeZone::utc());
    const qint64 seconds = std::clamp<qint64>(now.secsTo(when), 0, maxWaitSeconds);
    return static_cast<int>(seconds);
}

} // namespace cc
