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
};

// How a provider is asked whether a token works.
struct VerifyCall
{
    QString method; // only GET today
    QString path;
    QByteArray authHeader; // "Authorization" or "x-api-key"
    QByteArray authPrefix; // "Token " for Mist, empty for JumpCloud
};

struct Provider
{
    QString id;
    QString name;
    QString answerFormat; // which parser reads the answer: see providers/answerparser.h
    VerifyCall verify;
    QList<int> usualTokenLengths; // a different length is a warning, never a block
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

    // Points one region at another API base URL, for tests that run a local server.
    // The shipped catalog file is never edited for a test.
    bool overrideApiBase(const QString& providerId, const QString& regionId, const QUrl& apiBase);

private:
    explicit Catalog(QList<Provider> providers) : m_providers(std::move(providers)) {}
    friend std::optional<Catalog> parseCatalog(const QByteArray& json, QString* error);

    QList<Provider> m_providers;
};

} // namespace cc
