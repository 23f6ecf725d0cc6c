#include "storage/connectionprofile.h"

#include "core/catalog.h"
#include "core/result.h"

namespace cc {

QString ConnectionProfile::key() const
{
    return connectionKey(providerId, regionId, organizationId);
}

bool ConnectionProfile::operator==(const ConnectionProfile& other) const
{
    return providerId == other.providerId && providerName == other.providerName &&
           regionId == other.regionId && regionName == other.regionName &&
           apiHost == other.apiHost && organizationId == other.organizationId &&
           organizationName == other.organizationName && identity == other.identity &&
           verifiedAt == other.verifiedAt && lastCheckedAt == other.lastCheckedAt &&
           lastOutcome == other.lastOutcome && lastMessage == other.lastMessage &&
           failingSince == other.failingSince;
}

const std::array<ProfileTextField, 7>& profileTextFields()
{
    static const std::array<ProfileTextField, 7> fields{{
        {"provider", &ConnectionProfile::providerId},
        {"provider_name", &ConnectionProfile::providerName},
        {"region", &ConnectionProfile::regionId},
        {"region_name", &ConnectionProfile::regionName},
        {"api_host", &ConnectionProfile::apiHost},
        {"organization_id", &ConnectionProfile::organizationId},
        {"organization_name", &ConnectionProfile::organizationName},
    }};
    return fields;
}

QString connectionKey(const QString& providerId, const QString& regionId,
                      const QString& organizationId)
{
    QString key = providerId + QLatin1Char('/') + regionId;
    if (!organizationId.isEmpty()) {
        key += QLatin1Char('/') + organizationId;
    }
    return key;
}

QString apiHostOf(const Region& region)
{
    return hostWithPort(region.api);
}

ConnectionProfile profileFromVerification(const Provider& provider, const Region& region,
                                          const VerificationResult& result,
                                          const Organization& organization,
                                          const QDateTime& verifiedAt)
{
    ConnectionProfile profile;
    profile.providerId = provider.id;
    profile.providerName = provider.name;
    profile.regionId = region.id;
    profile.regionName = region.name;
    profile.apiHost = apiHostOf(region);
    profile.organizationId = organization.id;
    profile.organizationName = organization.name;
    profile.identity = describeIdentity(result.identity);
    profile.verifiedAt = verifiedAt.toUTC();
    return profile;
}

} // namespace cc
