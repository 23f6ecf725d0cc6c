#include "core/regionresolver.h"

#include "core/catalog.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace cc {

namespace {
constexpr int maxInputLength = 2048;

// Portal URLs carry the organization as org_id=…, in the query or after "#!" in the fragment.
QString findOrgId(const QUrl& url)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:^|[?&#!/])org_id=([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                       "[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:$|[&#/])"));
    for (const QString& part : {url.query(QUrl::FullyDecoded), url.fragment(QUrl::FullyDecoded)}) {
        const QRegularExpressionMatch match = pattern.match(part);
        if (match.hasMatch()) {
            return match.captured(1).toLower();
        }
    }
    return QString();
}

bool sameHost(const QUrl& url, const QString& host)
{
    return url.host().compare(host, Qt::CaseInsensitive) == 0;
}

const Region* regionByHost(const Provider& provider, const QString& host, int port)
{
    for (const Region& region : provider.regions) {
        // A port matters only where the catalog names one (local test servers do).
        const bool portMatches = port < 0 || port == region.api.port(443);
        if ((sameHost(region.api, host) && portMatches) || sameHost(region.portal, host)) {
            return &region;
        }
    }
    return nullptr;
}

const Region* regionByIdOrName(const Provider& provider, const QString& text)
{
    for (const Region& region : provider.regions) {
        if (region.id.compare(text, Qt::CaseInsensitive) == 0 ||
            region.name.compare(text, Qt::CaseInsensitive) == 0) {
            return &region;
        }
    }
    return nullptr;
}
} // namespace

ResolvedRegion resolveRegion(const Provider& provider, const QString& input)
{
    ResolvedRegion resolved;
    const QString text = input.trimmed();
    if (text.isEmpty() || text.size() > maxInputLength) {
        return resolved;
    }
    resolved.region = regionByIdOrName(provider, text);
    if (resolved.region != nullptr) {
        return resolved;
    }
    // A host or URL: without a scheme QUrl would read "api.gc1.mist.com" as a path.
    const bool hasScheme = text.contains(QLatin1String("://"));
    const QUrl url = QUrl(hasScheme ? text : QStringLiteral("https://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return resolved;
    }
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
        return resolved;
    }
    resolved.region = regionByHost(provider, url.host(), url.port(-1));
    if (resolved.region != nullptr) {
        resolved.orgId = findOrgId(url);
    }
    return resolved;
}

} // namespace cc
