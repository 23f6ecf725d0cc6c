#include "core/providers/answerparser.h"

#include "core/providers/jumpcloud.h"
#include "core/providers/mist.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cc {

namespace {
struct Format
{
    const char* id;
    ParsedAnswer (*parse)(const QByteArray& body);
    ProviderAdvice advice;
    QUrlQuery (*verifyQuery)();
    QList<FollowUp> (*followUps)(const Identity& identity, const TokenEnds& token);
};

const Format formats[] = {
    {"mist-self",
     mist::parseSelf,
     {mist::rejectedAdvice, mist::rateLimitAdvice},
     [] { return QUrlQuery(); },
     mist::followUps},
    {"jumpcloud-organizations",
     jumpcloud::parseOrganizations,
     {jumpcloud::rejectedAdvice, jumpcloud::rateLimitAdvice},
     jumpcloud::firstPageQuery,
     [](const Identity& identity, const TokenEnds&) {
         return jumpcloud::followUps(identity);
     }},
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

QUrlQuery verifyQueryFor(const QString& format)
{
    const Format* found = findFormat(format);
    return found != nullptr ? found->verifyQuery() : QUrlQuery();
}

QList<FollowUp> followUpsFor(const QString& format, const Identity& identity,
                             const TokenEnds& token)
{
    const Format* found = findFormat(format);
    return found != nullptr ? found->followUps(identity, token) : QList<FollowUp>();
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
