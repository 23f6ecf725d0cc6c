#include "core/credential.h"

#include "core/catalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Credential)
};
} // namespace

TokenCheck checkToken(const QString& raw, const Provider& provider)
{
    TokenCheck check;
    check.cleaned = raw.trimmed();
    if (check.cleaned.isEmpty()) {
        check.problem = TokenCheck::Problem::Empty;
        return check;
    }
    for (int i = 0; i < check.cleaned.size(); ++i) {
        const QChar c = check.cleaned.at(i);
        TokenCheck::Problem found = TokenCheck::Problem::None;
        if (c.isSpace()) {
            found = TokenCheck::Problem::InnerWhitespace;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f ||
                   c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            found = TokenCheck::Problem::ControlCharacter;
        } else if (c.unicode() > 0x7e) {
            found = TokenCheck::Problem::NonAscii;
        }
        if (found != TokenCheck::Problem::None) {
            check.problem = found;
            check.position = i;
            return check;
        }
    }
    const int length = int(check.cleaned.size());
    if (!provider.usualTokenLengths.isEmpty() && !provider.usualTokenLengths.contains(length)) {
        check.unusualLength = true;
        check.expectedLength = provider.usualTokenLengths.constFirst();
    }
    return check;
}

QString describeTokenProblem(const TokenCheck& check)
{
    const int column = check.position + 1;
    switch (check.problem) {
    case TokenCheck::Problem::None:
        return QString();
    case TokenCheck::Problem::Empty:
        return Text::tr("Enter the token: the field is empty.");
    case TokenCheck::Problem::InnerWhitespace:
        return Text::tr("The token has a space or line break at character %1. Tokens never "
                        "contain spaces: copy it again in one piece.")
            .arg(column);
    case TokenCheck::Problem::ControlCharacter:
        return Text::tr("The token has an invisible control character at character %1. Copy "
                        "it again, straight from the portal.")
            .arg(column);
    case TokenCheck::Problem::NonAscii:
        return Text::tr("The token has a character that no token uses (\u201c%1\u201d at "
                        "character %2), often a typographic quote or dash picked up while "
                        "copying. Copy it again, straight from the portal.")
            .arg(check.cleaned.mid(check.position,
                                   check.cleaned.at(check.position).isHighSurrogate() ? 2 : 1))
            .arg(column);
    }
    return QString();
}

std::optional<QString> acceptToken(QString& raw, const Provider& provider, QString* problem,
                                   QString* warning)
{
    TokenCheck check = checkToken(raw, provider);
    // Only the cleaned copy goes on.
    wipeSecret(raw);
    if (!check.isAcceptable()) {
        *problem = describeTokenProblem(check);
        wipeSecret(check.cleaned);
        return std::nullopt;
    }
    *warning = describeLengthWarning(check);
    return std::move(check.cleaned);
}

QString describeLengthWarning(const TokenCheck& check)
{
    if (!check.unusualLength) {
        return QString();
    }
    return Text::tr("This token has %n characters; tokens of this provider usually have %1. "
                    "Check that it was copied in full. You can still verify it.",
                    nullptr, int(check.cleaned.size()))
        .arg(check.expectedLength);
}

namespace {
// Shorter than any token a provider issues; at this length four and four characters are a
// small part of the whole.
constexpr int maskedLength = 16;
} // namespace

QString maskToken(const QString& token)
{
    // Short tokens show nothing: four and four of a ten-character token would be most of it.
    if (token.size() < maskedLength) {
        return QString(token.size(), QChar(0x2022));
    }
    return token.left(4) + QChar(0x2026) + token.right(4);
}

void wipeSecret(QString& secret)
{
    std::fill(secret.begin(), secret.end(), QChar());
}

QString maskIfTokenLike(const QString& text)
{
    // The tokens of the providers have neither; a path, host or address the person typed has one.
    const bool pathOrAddress = text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('.'));
    return text.size() < maskedLength || pathOrAddress ? text : maskToken(text);
}

} // namespace cc
