#include "gui/verifiedprofile.h"

#include "core/catalog.h"

namespace cc::gui {

std::optional<ConnectionProfile>
profileToSave(const Catalog& catalog, const QString& providerId, const QString& regionId,
              const VerificationResult& verified, Organization organization,
              const QString& orgIdFromAddress, const QDateTime& verifiedAt)
{
    const Provider* provider = catalog.provider(providerId);
    const Region* region = provider != nullptr ? provider->region(regionId) : nullptr;
    if (region == nullptr) {
        return std::nullopt;
    }
    if (organization.id.isEmpty()) {
        organization.id = orgIdFromAddress;
    }
    return profileFromVerification(*provider, *region, verified, organization, verifiedAt);
}

} // namespace cc::gui
