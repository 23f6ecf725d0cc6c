#include "core/catalog.h"

#include "core/catalogvalidation.h"
#include "core/credential.h"
#include "core/regularfile.h"

#include <QCoreApplication>
#include <QFile>

static void initCatalogResource()
{
    // Outside any namespace, as Q_INIT_RESOURCE requires.
    Q_INIT_RESOURCE(catalog);
}

namespace cc {

namespace {
constexpr qint64 maxCatalogFileSize = qint64{1024} * 1024;

std::optional<QByteArray> readSmallFile(const QString& path, QString* error)
{
    // The path is repeated back: masked, in case a token was given as the path by mistake.
    const QString shown = maskIfTokenLike(path);
    QString problem;
    std::optional<QByteArray> bytes = readRegularFile(path, maxCatalogFileSize, &problem);
    if (!bytes) {
        *error = QCoreApplication::translate("Catalog", "Cannot open the catalog file %1: %2")
                     .arg(shown, problem);
        return std::nullopt;
    }
    if (bytes->size() > maxCatalogFileSize) {
        *error = QCoreApplication::translate("Catalog", "The catalog file %1 is larger than 1 MiB.")
                     .arg(shown);
        return std::nullopt;
    }
    return bytes;
}
} // namespace

QString hostWithPort(const QUrl& url)
{
    const int port = url.port(443);
    return port == 443 ? url.host() : url.host() + QLatin1Char(':') + QString::number(port);
}

QString regionLabel(const Region& region)
{
    return QCoreApplication::translate("Catalog", "%1 (%2)").arg(region.name, region.api.host());
}

const Region* Provider::region(const QString& regionId) const
{
    for (const Region& candidate : regions) {
        if (candidate.id == regionId) {
            return &candidate;
        }
    }
    return nullptr;
}

QUrl Provider::verifyUrl(const Region& inRegion) const
{
    QUrl url = inRegion.api;
    url.setPath(verify.path);
    return url;
}

std::optional<Catalog> Catalog::loadBuiltin(QString* error)
{
    initCatalogResource();
    QFile file(QStringLiteral(":/catalog/providers.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Catalog", "Cannot open the catalog file %1: %2")
                     .arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

std::optional<Catalog> Catalog::fromJson(const QByteArray& json, QString* error)
{
    if (json.size() > maxCatalogFileSize) {
        *error = QCoreApplication::translate("Catalog", "The catalog is larger than 1 MiB.");
        return std::nullopt;
    }
    return parseCatalog(json, error);
}

std::optional<Catalog> Catalog::fromFile(const QString& path, QString* error)
{
    const std::optional<QByteArray> bytes = readSmallFile(path, error);
    if (!bytes) {
        return std::nullopt;
    }
    return fromJson(*bytes, error);
}

const Provider* Catalog::provider(const QString& providerId) const
{
    for (const Provider& candidate : m_providers) {
        if (candidate.id == providerId) {
            return &candidate;
        }
    }
    return nullptr;
}

const Region* Catalog::region(const QString& providerId, const QString& regionId) const
{
    const Provider* found = provider(providerId);
    return found != nullptr ? found->region(regionId) : nullptr;
}

} // namespace cc
