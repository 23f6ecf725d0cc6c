#pragma once

#include "core/catalog.h"

#include <QString>

#include <optional>

namespace cc {

// Where one check goes, from a provider id and a region as a person writes them, on the
// command line (--provider, --region) or in a row of a list (--check-file).
struct CheckTarget
{
    Provider provider;
    std::optional<Region> region; // none: auto, every region of the provider is asked
    QString orgId;                // from a pasted portal URL
};

// regionText: a region id, an API or portal host, a portal or API URL, or "auto". Nothing,
// with the problem in words in *problem, when the catalog has no such provider or region.
std::optional<CheckTarget> resolveCheckTarget(const Catalog& catalog, const QString& providerId,
                                              const QString& regionText, QString* problem);

} // namespace cc
