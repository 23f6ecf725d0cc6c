#pragma once

#include "core/catalog.h"

#include <QMap>
#include <QPair>
#include <QUrl>

namespace cc::test {

// The shipped catalog with one region pointed at a local test server: everything else,
// paths, headers, parsers, stays as shipped.
Catalog builtinCatalogWith(const QString& providerId, const QString& regionId, const QUrl& apiBase);
// The same with several regions, each given as {provider id, region id}, at one address.
Catalog builtinCatalogWith(const QList<QPair<QString, QString>>& regions, const QUrl& apiBase);
// The same with each region, given as {provider id, region id}, at an address of its own.
Catalog builtinCatalogWith(const QMap<QPair<QString, QString>, QUrl>& apiBases);

// A catalog JSON file's text with the same change, for the CLI's --catalog.
QByteArray builtinCatalogJsonWith(const QString& providerId, const QString& regionId,
                                  const QUrl& apiBase);
// The same with several regions, each given as {provider id, region id}, at one address.
QByteArray builtinCatalogJsonWith(const QList<QPair<QString, QString>>& regions,
                                  const QUrl& apiBase);
// The same with each region, given as {provider id, region id}, at an address of its own.
QByteArray builtinCatalogJsonWith(const QMap<QPair<QString, QString>, QUrl>& apiBases);

} // namespace cc::test
