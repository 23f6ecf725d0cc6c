#pragma once

#include <QString>

namespace cc {

struct Provider;
struct Region;

struct ResolvedRegion
{
    const Region* region = nullptr; // null when nothing matched
    QString orgId;                  // from a pasted portal URL's org_id, when it had one
};

// Finds the region a person means, from any of the forms they may have at hand:
// the region id ("api.gc1"), the API or portal host ("api.gc1.mist.com"), a pasted
// portal or API URL ("https://manage.ac2.mist.com/admin/?org_id=…"), or the region's
// name ("EMEA 02"). Case and surrounding space do not matter.
ResolvedRegion resolveRegion(const Provider& provider, const QString& input);

} // namespace cc
