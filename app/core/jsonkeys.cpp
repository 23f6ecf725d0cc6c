#include "core/jsonkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <vector>

namespace cc {

namespace {
struct Scope
{
    bool isObject = false;
    QSet<QString> keys; // of an object
};

// The index of the quote that ends the string starting at `quote`, or the last index.
qsizetype endOfString(const QByteArray& json, qsizetype quote)
{
    for (qsizetype at = quote + 1; at < json.size(); ++at) {
        if (json.at(at) == '\\') {
            ++at;
        } else if (json.at(at) == '"') {
            return at;
        }
    }
    return json.size() - 1;
}

// A quoted JSON string as text, escapes resolved by Qt's own parser.
QString decoded(const QByteArray& quoted)
{
    if (!quoted.contains('\\')) {
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    }
    return QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString();
}
} // namespace

std::optional<QString> firstRepeatedKey(const QByteArray& json)
{
    std::vector<Scope> scopes;
    bool keyNext = false;
    for (qsizetype at = 0; at < json.size(); ++at) {
        switch (json.at(at)) {
        case '{':
            scopes.push_back(Scope{true, {}});
            keyNext = true;
            break;
        case '[':
            scopes.push_back(Scope{});
            keyNext = false;
            break;
        case '}':
        case ']':
            if (!scopes.empty()) {
                scopes.pop_back();
            }
            keyNext = false;
            break;
        case ',':
            keyNext = !scopes.empty() && scopes.back().isObject;
            break;
        case '"': {
            const qsizetype end = endOfString(json, at);
            if (keyNext) {
                const QString key = decoded(json.mid(at, end - at + 1));
                if (scopes.back().keys.contains(key)) {
                    return key;
                }
                scopes.back().keys.insert(key);
            }
            keyNext = false;
            at = end;
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace cc
