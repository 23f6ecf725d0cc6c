#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace cc {

// One region of a provider: where its API and its web portal live.
struct Region
{
    QString id;   // as the vendor names it: "api.gc3", "eu", "routing"
    QString name; // as the vendor's region table shows it: "EMEA 02"
    QUrl api;     // https://host[:port], no path
    QUrl portal;  // the admin portal of the same region
    // Whether Find my region sends a token here. False for a region a token should reach only
    // when the person chose it: the US Government cloud, which the vendor's own tools leave
    // out of their searches.
    bool foundBySearch = true;
};

// A host as the program shows it: "api.gc3.mist.com", with ":port" when the port is not
// HTTPS's own (local test servers).
QString hostWithPort(const QUrl& url);
// A region as every list and message names it: "EMEA 02 (api.gc3.mist.com)". The host
// alone: the region's name says which one it is, a port would only repeat a test's set-up.
QString regionLabel(const Region& region);

// How a provider is asked whether a token works: always with a GET request.
struct VerifyCall
{
    QString path;
    QByteArray authHeader; // "Authorization" or "x-api-key"
    QByteArray authPrefix; // "Token " for Mist, empty for JumpCloud
};

// How a provider limits requests, where it says so; both false when it does not.
struct RateLimit
{
    // The limit counts requests per token (or per account) and a token the provider does not
    // know is refused instead, so a rate-limited answer shows that the token is at home there.
    bool perToken = false;
    // The count starts again at every full hour (UTC), so without a Retry-After the wait ends
    // then.
    bool resetsAtFullHour = false;
};

struct Provider
{
    QString id;
    QString name;
    QString answerFormat; // which parser reads the answer: see providers/answerparser.h
    VerifyCall verify;
    QList<int> usualTokenLengths; // a different length is a warning, never a block
    RateLimit rateLimit;
    QList<Region> regions;

    const Region* region(const QString& regionId) const;
    // The full URL of the verification request in one region.
    QUrl verifyUrl(const Region& region) const;
};

// The providers and regions the program knows, loaded from JSON (resources/providers.json).
class Catalog final
{
public:
    // The catalog compiled into the program. Never fails in a correct build; a broken
    // catalog still returns an error rather than crashing.
    static std::optional<Catalog> loadBuiltin(QString* error);
    // Any catalog text: checked as untrusted input before anything is used.
    static std::optional<Catalog> fromJson(const QByteArray& json, QString* error);
    static std::optional<Catalog> fromFile(const QString& path, QString* error);

    const QList<Provider>& providers() const { return m_providers; }
    const Provider* provider(const QString& providerId) const;
    // Null when the catalog has no such provider, or the provider no such region.
    const Region* region(const QString& providerId, const QString& regionId) const;

private:
    explicit Catalog(QList<Provider> providers) : m_providers(std::move(providers)) {}
    friend std::optional<Catalog> parseCatalog(const QByteArray& json, QString* error);

    QList<Provider> m_providers;
};

} // namespace cc
