#include "core/checktarget.h"

#include "core/credential.h"
#include "core/regionresolver.h"

#include <QCoreApplication>

namespace cc {

namespace {
// The words of --check, which said them first: one context, one set of translations. A value
// as long as a token is echoed masked: a token pasted into the wrong place stays unseen.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

QString unknownProviderProblem(const Catalog& catalog, const QString& providerId)
{
    QStringList known;
    for (const Provider& candidate : catalog.providers()) {
        known.append(candidate.id);
    }
    return providerId.isEmpty()
               ? Text::tr("Name the provider with --provider (%1).")
                     .arg(known.join(QStringLiteral(", ")))
               : Text::tr("Unknown provider \u201c%1\u201d. Known providers: %2.")
                     .arg(maskIfTokenLike(providerId), known.join(QStringLiteral(", ")));
}

QString unknownRegionProblem(const Provider& provider, const QString& regionText)
{
    QStringList known;
    for (const Region& candidate : provider.regions) {
        known.append(candidate.id);
    }
    return regionText.isEmpty()
               ? Text::tr("Name the region with --region (%1, or auto to find it).")
                     .arg(known.join(QStringLiteral(", ")))
               : Text::tr("\u201c%1\u201d is not a region of %2. Give a region id (%3), its "
                          "API or portal host, the address of your portal, or auto.")
                     .arg(maskIfTokenLike(regionText).left(200), provider.name,
                          known.join(QStringLiteral(", ")));
}
} // namespace

std::optional<CheckTarget> resolveCheckTarget(const Catalog& catalog, const QString& providerId,
                                              const QString& regionText, QString* problem)
{
    const Provider* provider = catalog.provider(providerId);
    if (provider == nullptr) {
        *problem = unknownProviderProblem(catalog, providerId);
        return std::nullopt;
    }
    CheckTarget target;
    target.provider = *provider;
    if (regionText.trimmed().compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        return target;
    }
    const ResolvedRegion resolved = resolveRegion(*provider, regionText);
    if (resolved.region == nullptr) {
        *problem = unknownRegionProblem(*provider, regionText);
        return std::nullopt;
    }
    target.region = *resolved.region;
    target.orgId = resolved.orgId;
    return target;
}

} // namespace cc
