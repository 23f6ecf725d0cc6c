#include "core/catalogvalidation.h"

#include "core/providers/answerparser.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace cc {

namespace {

constexpr int supportedFormat = 1;
constexpr int maxProviders = 64;
constexpr int maxRegions = 64;
constexpr int maxNameLength = 100;
constexpr int maxPathLength = 200;
constexpr int maxTokenLength = 1024;

// Gives the free functions below a translation context of their own.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CatalogValidation)
};

// Collects the position of the field being read, so every message says where it is.
class Reader
{
public:
    explicit Reader(QString* error) : m_error(error) {}

    bool fail(const QString& where, const QString& what)
    {
        *m_error = where.isEmpty() ? what : where + QStringLiteral(": ") + what;
        return false;
    }

    bool text(const QJsonObject& object, const char* key, const QString& where, QString* out,
              int maxLength)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            return fail(where, Text::tr("\"%1\" must be a non-empty text").arg(QLatin1String(key)));
        }
        if (value.toString().size() > maxLength) {
            return fail(where, Text::tr("\"%1\" is longer than %2 characters")
                                   .arg(QLatin1String(key))
                                   .arg(maxLength));
        }
        *out = value.toString();
        return true;
    }

private:
    QString* m_error;
};

bool isKnownAuthHeader(const QByteArray& header)
{
    return header == "Authorization" || header == "x-api-key";
}

bool isPrintableAscii(const QByteArray& bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

bool readBaseUrl(Reader& reader, const QJsonObject& object, const char* key, const QString& where,
                 QUrl* out)
{
    QString text;
    if (!reader.text(object, key, where, &text, maxNameLength)) {
        return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString field = QLatin1String(key);
    if (!url.isValid() || url.host().isEmpty()) {
        return reader.fail(where, Text::tr("\"%1\" is not a valid web address").arg(field));
    }
    const bool plainHttpToLoopback =
        url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
    if (url.scheme() != QLatin1String("https") && !plainHttpToLoopback) {
        return reader.fail(where, Text::tr("\"%1\" must use https://").arg(field));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        return reader.fail(
            where,
            Text::tr("\"%1\" must be a bare address without user, path or query").arg(field));
    }
    QUrl clean = url.adjusted(QUrl::StripTrailingSlash);
    clean.setPath(QString());
    *out = clean;
    return true;
}

// A true or false that may be left out, when the default stands.
bool readOptionalFlag(Reader& reader, const QJsonObject& object, const char* key,
                      const QString& where, bool* out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        return true;
    }
    if (!value.isBool()) {
        return reader.fail(where, Text::tr("\"%1\" must be true or false").arg(QLatin1String(key)));
    }
    *out = value.toBool();
    return true;
}

bool readRegion(Reader& reader, const QJsonValue& value, const QString& where, Region* out)
{
    if (!value.isObject()) {
        return reader.fail(where, Text::tr("each region must be an object"));
    }
    const QJsonObject object = value.toObject();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"));
    if (!reader.text(object, "id", where, &out->id, 64)) {
        return false;
    }
    if (!idPattern.match(out->id).hasMatch()) {
        return reader.fail(where, Text::tr("region id \"%1\" may hold only letters, digits, dots "
                                           "and hyphens")
                                      .arg(out->id));
    }
    return reader.text(object, "name", where, &out->name, maxNameLength) &&
           readBaseUrl(reader, object, "api", where, &out->api) &&
           readBaseUrl(reader, object, "portal", where, &out->portal) &&
           readOptionalFlag(reader, object, "found_by_search", where, &out->foundBySearch);
}

bool readVerifyCall(Reader& reader, const QJsonObject& provider, const QString& where,
                    VerifyCall* out)
{
    const QJsonObject verify = provider.value(QLatin1String("verify")).toObject();
    if (verify.isEmpty()) {
        return reader.fail(where, Text::tr("\"verify\" must be an object"));
    }
    if (!reader.text(verify, "path", where, &out->path, maxPathLength)) {
        return false;
    }
    // Plain segments only: no query, no escapes, and no "." or ".." that would make the
    // request name one path while the server resolves another.
    static const QRegularExpression pathPattern(
        QStringLiteral("^(/(?!\\.\\.?(/|$))[A-Za-z0-9._~-]+)+$"));
    if (!pathPattern.match(out->path).hasMatch()) {
        return reader.fail(where, Text::tr("\"path\" must be a plain absolute path"));
    }
    QString header;
    if (!reader.text(verify, "auth_header", where, &header, 40)) {
        return false;
    }
    out->authHeader = header.toLatin1();
    if (!isKnownAuthHeader(out->authHeader)) {
        return reader.fail(where, Text::tr("unknown authentication header \"%1\"").arg(header));
    }
    const QJsonValue prefix = verify.value(QLatin1String("auth_prefix"));
    if (!prefix.isString() || prefix.toString().size() > 32 ||
        !isPrintableAscii(prefix.toString().toLatin1())) {
        return reader.fail(where, Text::tr("\"auth_prefix\" must be a short printable text"));
    }
    out->authPrefix = prefix.toString().toLatin1();
    if (out->authHeader == "Authorization" && out->authPrefix.trimmed().isEmpty()) {
        return reader.fail(where, Text::tr("the Authorization header needs a scheme prefix"));
    }
    return true;
}

bool readUsualLengths(Reader& reader, const QJsonObject& provider, const QString& where,
                      QList<int>* out)
{
    const QJsonValue token = provider.value(QLatin1String("token"));
    if (token.isUndefined()) {
        return true;
    }
    const QJsonValue lengths = token.toObject().value(QLatin1String("usual_lengths"));
    if (!token.isObject() || !lengths.isArray()) {
        return reader.fail(where, Text::tr("\"token\" must hold a \"usual_lengths\" list"));
    }
    for (const QJsonValue length : lengths.toArray()) {
        const double number = length.toDouble(-1);
        if (!length.isDouble() || number < 1 || number > maxTokenLength ||
            number != static_cast<int>(number)) {
            return reader.fail(
                where,
                Text::tr("token lengths must be whole numbers from 1 to %1").arg(maxTokenLength));
        }
        out->append(static_cast<int>(number));
    }
    return true;
}

bool readRateLimit(Reader& reader, const QJsonObject& provider, const QString& where,
                   RateLimit* out)
{
    const QJsonValue rateLimit = provider.value(QLatin1String("rate_limit"));
    if (rateLimit.isUndefined()) {
        return true;
    }
    if (!rateLimit.isObject()) {
        return reader.fail(where, Text::tr("\"rate_limit\" must be an object"));
    }
    const QJsonObject object = rateLimit.toObject();
    return readOptionalFlag(reader, object, "per_token", where, &out->perToken) &&
           readOptionalFlag(reader, object, "resets_at_full_hour", where, &out->resetsAtFullHour);
}

bool readProvider(Reader& reader, const QJsonValue& value, const QString& where, Provider* out)
{
    if (!value.isObject()) {
        return reader.fail(where, Text::tr("each provider must be an object"));
    }
    const QJsonObject object = value.toObject();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!reader.text(object, "id", where, &out->id, 64)) {
        return false;
    }
    if (!idPattern.match(out->id).hasMatch()) {
        return reader.fail(
            where,
            Text::tr("provider id \"%1\" may hold only lower-case letters, digits and hyphens")
                .arg(out->id));
    }
    const QString here = where + QStringLiteral(" (") + out->id + QStringLiteral(")");
    if (!reader.text(object, "name", here, &out->name, maxNameLength) ||
        !reader.text(object, "answer", here, &out->answerFormat, 64)) {
        return false;
    }
    if (!isKnownAnswerFormat(out->answerFormat)) {
        return reader.fail(here, Text::tr("unknown answer format \"%1\"").arg(out->answerFormat));
    }
    if (!readVerifyCall(reader, object, here, &out->verify) ||
        !readUsualLengths(reader, object, here, &out->usualTokenLengths) ||
        !readRateLimit(reader, object, here, &out->rateLimit)) {
        return false;
    }
    const QJsonValue regions = object.value(QLatin1String("regions"));
    if (!regions.isArray() || regions.toArray().isEmpty()) {
        return reader.fail(here, Text::tr("\"regions\" must be a non-empty list"));
    }
    if (regions.toArray().size() > maxRegions) {
        return reader.fail(here, Text::tr("more than %1 regions").arg(maxRegions));
    }
    QSet<QString> regionIds;
    int index = 0;
    for (const QJsonValue regionValue : regions.toArray()) {
        ++index;
        const QString regionWhere = here + Text::tr(", region %1").arg(index);
        Region region;
        if (!readRegion(reader, regionValue, regionWhere, &region)) {
            return false;
        }
        if (regionIds.contains(region.id)) {
            return reader.fail(regionWhere,
                               Text::tr("region id \"%1\" appears twice").arg(region.id));
        }
        regionIds.insert(region.id);
        out->regions.append(region);
    }
    return true;
}

} // namespace

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<Catalog> parseCatalog(const QByteArray& json, QString* error)
{
    Reader reader(error);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.fail(QString(), Text::tr("the catalog is not a valid JSON object (%1 at offset %2)")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        reader.fail(QString(), Text::tr("the catalog must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt(-1) != supportedFormat) {
        reader.fail(
            QString(),
            Text::tr("unsupported catalog format (expected \"format\": %1)").arg(supportedFormat));
        return std::nullopt;
    }
    const QJsonValue providers = root.value(QLatin1String("providers"));
    if (!providers.isArray() || providers.toArray().isEmpty()) {
        reader.fail(QString(), Text::tr("\"providers\" must be a non-empty list"));
        return std::nullopt;
    }
    if (providers.toArray().size() > maxProviders) {
        reader.fail(QString(), Text::tr("more than %1 providers").arg(maxProviders));
        return std::nullopt;
    }
    QList<Provider> result;
    QSet<QString> providerIds;
    int index = 0;
    for (const QJsonValue value : providers.toArray()) {
        ++index;
        const QString where = Text::tr("provider %1").arg(index);
        Provider provider;
        if (!readProvider(reader, value, where, &provider)) {
            return std::nullopt;
        }
        if (providerIds.contains(provider.id)) {
            reader.fail(where, Text::tr("provider id \"%1\" appears twice").arg(provider.id));
            return std::nullopt;
        }
        providerIds.insert(provider.id);
        result.append(provider);
    }
    return Catalog(result);
}

} // namespace cc
