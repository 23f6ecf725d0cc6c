#include "support/testcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace cc::test {

Catalog builtinCatalogWith(const QString& providerId, const QString& regionId, const QUrl& apiBase)
{
    return builtinCatalogWith({{providerId, regionId}}, apiBase);
}

Catalog builtinCatalogWith(const QList<QPair<QString, QString>>& regions, const QUrl& apiBase)
{
    QMap<QPair<QString, QString>, QUrl> apiBases;
    for (const auto& region : regions) {
        apiBases.insert(region, apiBase);
    }
    return builtinCatalogWith(apiBases);
}

Catalog builtinCatalogWith(const QMap<QPair<QString, QString>, QUrl>& apiBases)
{
    QString error;
    std::optional<Catalog> catalog = Catalog::fromJson(builtinCatalogJsonWith(apiBases), &error);
    if (!catalog) {
        qFatal("the changed built-in catalog does not load: %s", qPrintable(error));
    }
    for (auto it = apiBases.cbegin(); it != apiBases.cend(); ++it) {
        if (catalog->region(it.key().first, it.key().second) == nullptr) {
            qFatal("no region %s of %s", qPrintable(it.key().second), qPrintable(it.key().first));
        }
    }
    return *catalog;
}

QByteArray builtinCatalogJsonWith(const QString& providerId, const QString& regionId,
                                  const QUrl& apiBase)
{
    return builtinCatalogJsonWith({{providerId, regionId}}, apiBase);
}

QByteArray builtinCatalogJsonWith(const QList<QPair<QString, QString>>& moved, const QUrl& apiBase)
{
    QMap<QPair<QString, QString>, QUrl> apiBases;
    for (const auto& region : moved) {
        apiBases.insert(region, apiBase);
    }
    return builtinCatalogJsonWith(apiBases);
}

QByteArray builtinCatalogJsonWith(const QMap<QPair<QString, QString>, QUrl>& apiBases)
{
    QString error;
    Catalog::loadBuiltin(&error); // makes the compiled-in resource readable
    QFile file(QStringLiteral(":/catalog/providers.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("the built-in catalog cannot be read");
    }
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray providers = root.value(QLatin1String("providers")).toArray();
    for (auto providerValue = providers.begin(); providerValue != providers.end();
         ++providerValue) {
        QJsonObject provider = providerValue->toObject();
        const QString providerId = provider.value(QLatin1String("id")).toString();
        QJsonArray regions = provider.value(QLatin1String("regions")).toArray();
        for (auto regionValue = regions.begin(); regionValue != regions.end(); ++regionValue) {
            QJsonObject region = regionValue->toObject();
            const auto moved = apiBases.constFind(
                qMakePair(providerId, region.value(QLatin1String("id")).toString()));
            if (moved != apiBases.constEnd()) {
                region.insert(QLatin1String("api"), moved->toString());
                *regionValue = region;
            }
        }
        provider.insert(QLatin1String("regions"), regions);
        *providerValue = provider;
    }
    root.insert(QLatin1String("providers"), providers);
    return QJsonDocument(root).toJson();
}

} // namespace cc::test
