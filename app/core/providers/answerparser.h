#pragma once

#include "core/identity.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cc {

struct Region;

// What a parser made of a 200 answer.
struct ParsedAnswer
{
    enum class Status { Identity, NotJson, WrongShape };
    Status status = Status::NotJson;
    Identity identity;
    QString problem; // for WrongShape and NotJson: what was off, for support
};

// Provider-specific words, kept with the parser of the same provider.
struct ProviderAdvice
{
    QString (*rejected)(const Region& region) = nullptr;
    QString (*forbidden)() = nullptr;
    QString (*rateLimited)() = nullptr;
};

// The answer formats the catalog may name: "mist-self", "jumpcloud-organizations".
bool isKnownAnswerFormat(const QString& format);
// Reads the body of a 200 answer for the given format. Never throws, never trusts the body.
ParsedAnswer parseAnswer(const QString& format, const QByteArray& body);
ProviderAdvice adviceFor(const QString& format);
// The service's own words in the body of an answer other than 200, where the format names
// them: Mist's {"detail": "..."}, JumpCloud's {"message": "..."} (or, without one, "error").
// Cleaned for showing as plain text (cleanVendorText()); empty when the body has none.
QString readVendorMessage(const QString& format, const QByteArray& body);

// Shared by the parsers: the body as a JSON object, or the reason it is not one.
ParsedAnswer parseJsonObject(const QByteArray& body, QJsonObject* object);

} // namespace cc
