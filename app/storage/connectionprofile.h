#pragma once

#include "core/identity.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>

namespace cc {

struct Provider;
struct Region;
struct VerificationResult;

// What the program keeps of one connection besides its token: enough to list it, re-verify it
// and describe it on a ticket. Never the token; that lives only in the keychain (SecretStore).
struct ConnectionProfile
{
    QString providerId;       // catalog id: "juniper-mist", "jumpcloud"...
    QString providerName;     // as the catalog named it when saved: "Juniper Mist"
    QString regionId;         // catalog id: "api.gc3", "eu"...
    QString regionName;       // "EMEA 02"
    QString apiHost;          // where the token goes: "api.gc3.mist.com" (":port" unless 443)
    QString organizationId;   // the organization this connection is for; may be empty
    QString organizationName; // its name as the provider gave it
    // Who the token is and what it grants, in words (describeIdentity): the holder first, then
    // one line per role or organization.
    QStringList identity;
    QDateTime verifiedAt; // UTC; invalid when never verified
    // The last check of the stored token (re-verify, Re-verify all, --check-saved), whatever
    // it answered, so a list can show which connections stopped working and why.
    QDateTime lastCheckedAt; // UTC; invalid when never checked since it was saved
    QString lastOutcome;     // outcomeId() of that check: "verified", "rejected", "timeout"...
    QString lastMessage;     // what that check said, in the person's language then
    // When the checks started failing: the first of the failed checks since the last one that
    // verified. Invalid while the last check verified (or none failed yet).
    QDateTime failingSince;

    // The stable key of a connection, see connectionKey().
    QString key() const;
    QString holder() const { return identity.value(0); }
    QStringList grants() const { return identity.mid(1); }

    bool operator==(const ConnectionProfile& other) const;
    bool operator!=(const ConnectionProfile& other) const { return !(*this == other); }
};

// The text fields of a profile, by the names the settings and the profile JSON both give them.
// The identity (a list) and verifiedAt (a date) are not among them.
struct ProfileTextField
{
    const char* name;
    QString ConnectionProfile::*member;
};
const std::array<ProfileTextField, 7>& profileTextFields();

// "<provider id>/<region id>/<organization id>", or "<provider id>/<region id>" when the
// connection is for no particular organization. One token per key: saving a connection with
// the same provider, region and organization replaces the earlier one. The key names the
// keychain entry too (see SecretStore).
QString connectionKey(const QString& providerId, const QString& regionId,
                      const QString& organizationId);

// "api.gc3.mist.com", with ":port" when the region's API is not on 443 (local test servers).
QString apiHostOf(const Region& region);

// The profile of a verified check: names and host from the catalog, the identity in words.
ConnectionProfile profileFromVerification(const Provider& provider, const Region& region,
                                          const VerificationResult& result,
                                          const Organization& organization,
                                          const QDateTime& verifiedAt);

} // namespace cc

Q_DECLARE_METATYPE(cc::ConnectionProfile)
