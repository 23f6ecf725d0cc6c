#pragma once

#include "storage/connectionprofile.h"

#include <optional>

namespace cc {
class Catalog;
}

namespace cc::gui {

// The profile a verified check is saved as, wherever the window saves one (the wizard's last
// page, a list's "Save the Verified Ones"): names and host from the catalog, the organization
// chosen or, with none chosen, the one a pasted portal address named. Nothing when the catalog
// has no such provider and region.
std::optional<ConnectionProfile>
profileToSave(const Catalog& catalog, const QString& providerId, const QString& regionId,
              const VerificationResult& verified, Organization organization,
              const QString& orgIdFromAddress, const QDateTime& verifiedAt);

} // namespace cc::gui
