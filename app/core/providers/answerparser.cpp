#include "core/providers/answerparser.h"

#include "core/providers/jumpcloud.h"
#include "core/providers/mist.h"
#include "core/vendortext.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace cc {

namespace {
struct Format
{
    const char* id;
    ParsedAnswer (*parse)(const QByteArray& body);
    ProviderAdvice advice;
    // The fields of an error answer that hold the service's words, the first present wins.
    std::array<const char*, 2> messageKeys;
};

// Mist's OpenAPI describes every error body as {"detail": string}. JumpCloud's spec names
// {"code", "message", "status"}; real answers to an unknown key carry "message" and
// sometimes "error" ({"error": "Unauthorized", "message": "Unauthorized: api key user not
// found"}), where "message" says more.
const Format formats[] = {
    {"mist-self",
     mist::parseSelf,
     {mist::rejectedAdvice, mist::forbiddenAdvice, mist::rateLimitAdvice},
     {"detail"}},
    {"jumpcloud-organizations",
     jumpcloud::parseOrganizations,
     {jumpcloud::rejectedAdvice, jumpcloud::forbiddenAdvice, jumpcloud::rateLimitAdvice},
     {"message", "error"}},
};

const Format* findFormat(const QString& id)
{
    for (const Format& format : formats) {
        if (id == QLatin1String(format.id)) {
            return &format;
        }
    }
    return nullptr;
}
} // namespace

bool isKnownAnswerFormat(const QString& format)
{
    return findFormat(format) != nullptr;
}

ParsedAnswer parseAnswer(const QString& format, const QByteArray& body)
{
    const Format* found = findFormat(format);
    if (found == nullptr) {
        ParsedAnswer unknown;
        unknown.status = ParsedAnswer::Status::WrongShape;
        unknown.problem = QStringLiteral("no parser for answer format ") + format;
        return unknown;
    }
    return found->parse(body);
}

ProviderAdvice adviceFor(const QString& format)
{
    const Format* found = findFormat(format);
    return found != nullptr ? found->advice : ProviderAdvice{};
}

QString readVendorMessage(const QString& format, const QByteArray& body)
{
    const Format* found = findFormat(format);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (found == nullptr || !document.isObject()) {
        return QString();
    }
    for (const char* key : found->messageKeys) {
        if (key == nullptr) {
            break;
        }
        QString text = cleanVendorText(document.object().value(QLatin1String(key)).toString());
        if (!text.isEmpty()) {
            return text;
        }
    }
    return QString();
}

ParsedAnswer parseJsonObject(const QByteArray& body, QJsonObject* object)
{
    ParsedAnswer answer;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        answer.status = ParsedAnswer::Status::NotJson;
        answer.problem = QStringLiteral("not JSON: ") + error.errorString() +
                         QStringLiteral(" at offset ") + QString::number(error.offset);
        return answer;
    }
    if (!document.isObject()) {
        answer.status = ParsedAnswer::Status::WrongShape;
        answer.problem = QStringLiteral("the answer is JSON but not an object");
        return answer;
    }
    *object = document.object();
    answer.status = ParsedAnswer::Status::Identity;
    return answer;
}

} // namespace cc
