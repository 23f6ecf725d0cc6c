#include "core/retryafter.h"

#include <QLocale>
#include <QTimeZone>

#include <QStringList>

#include <algorithm>

namespace cc {

namespace {
constexpr qint64 maxWaitSeconds = qint64{24} * 60 * 60;
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
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") and the two obsolete forms RFC 9110 still
    // asks recipients to read. The weekday is skipped and date and time are read apart, then
    // joined in UTC, so the computer's own time zone (and its clock changes) never enters.
    const QStringList words = QString::fromLatin1(value).simplified().split(QLatin1Char(' '));
    const QLocale c = QLocale::c();
    QDate date;
    QTime time;
    if (words.size() == 6 && words.at(5) == QLatin1String("GMT")) { // IMF-fixdate
        date = c.toDate(words.mid(1, 3).join(QLatin1Char(' ')), QStringLiteral("d MMM yyyy"));
        time = c.toTime(words.at(4), QStringLiteral("HH:mm:ss"));
    } else if (words.size() == 4 && words.at(3) == QLatin1String("GMT")) { // RFC 850
        date = c.toDate(words.at(1), QStringLiteral("dd-MMM-yy"));
        time = c.toTime(words.at(2), QStringLiteral("HH:mm:ss"));
        if (date.isValid() && date.year() < 1970) {
            date = date.addYears(100); // two-digit years: Qt reads them as 19xx
        }
    } else if (words.size() == 5) { // asctime: "Sun Nov  6 08:49:37 1994"
        date =
            c.toDate(words.at(1) + QLatin1Char(' ') + words.at(2) + QLatin1Char(' ') + words.at(4),
                     QStringLiteral("MMM d yyyy"));
        time = c.toTime(words.at(3), QStringLiteral("HH:mm:ss"));
    }
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    const QDateTime when(date, time, QTimeZone::utc());
    const qint64 seconds = std::clamp<qint64>(now.secsTo(when), 0, maxWaitSeconds);
    return static_cast<int>(seconds);
}

QDateTime nextFullHour(const QDateTime& now)
{
    const QDateTime utc = now.toUTC();
    const QDateTime hourStart(utc.date(), QTime(utc.time().hour(), 0), Qt::UTC);
    return hourStart.addSecs(qint64{60} * 60);
}

} // namespace cc
