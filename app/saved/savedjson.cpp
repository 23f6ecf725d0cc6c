#include "saved/savedjson.h"

#include "storage/connectionprofile.h"
#include "storage/connectionstatus.h"

#include <QJsonArray>

namespace cc::saved {

namespace {
QJsonValue dateJson(const QDateTime& date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject savedConnectionJson(const ConnectionProfile& profile)
{
    QJsonObject json;
    json.insert(QStringLiteral("key"), profile.key());
    json.insert(QStringLiteral("label"), connectionLabel(profile));
    for (const ProfileTextField& field : profileTextFields()) {
        json.insert(QLatin1String(field.name), profile.*field.member);
    }
    json.insert(QStringLiteral("identity"), QJsonArray::fromStringList(profile.identity));
    json.insert(QStringLiteral("verified_at"), dateJson(profile.verifiedAt));
    json.insert(QStringLiteral("last_checked_at"), dateJson(profile.lastCheckedAt));
    json.insert(QStringLiteral("last_outcome"), textOrNull(profile.lastOutcome));
    json.insert(QStringLiteral("last_message"), textOrNull(profile.lastMessage));
    json.insert(QStringLiteral("failing_since"), dateJson(profile.failingSince));
    return json;
}

} // namespace cc::saved
