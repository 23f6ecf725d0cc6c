#include "storage/profilejson.h"

#include "storage/atomicfile.h"
#include "storage/connectionprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc {

QByteArray profileJson(const ConnectionProfile& profile)
{
    QJsonObject json;
    json.insert(QStringLiteral("format"), QStringLiteral("credential-connect-profile"));
    json.insert(QStringLiteral("version"), 1);
    json.insert(QStringLiteral("key"), profile.key());
    for (const ProfileTextField& field : profileTextFields()) {
        json.insert(QLatin1String(field.name), profile.*field.member);
    }
    json.insert(QStringLiteral("identity"), QJsonArray::fromStringList(profile.identity));
    json.insert(QStringLiteral("verified_at"),
                profile.verifiedAt.isValid()
                    ? QJsonValue(profile.verifiedAt.toUTC().toString(Qt::ISODate))
                    : QJsonValue(QJsonValue::Null));
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

bool writeProfileJson(const QString& path, const ConnectionProfile& profile, QString* error)
{
    return writeFileAtomically(path, profileJson(profile),
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ReadGroup | QFileDevice::ReadOther,
                               error);
}

} // namespace cc
