#pragma once

#include <QString>

#include <optional>

namespace cc {

struct Provider;

// The offline checks a token passes before any request is made.
struct TokenCheck
{
    enum class Problem {
        None,
        Empty,
        InnerWhitespace,
        ControlCharacter,
        NonAscii,
    };

    QString cleaned; // the token with surrounding whitespace removed
    Problem problem = Problem::None;
    int position = -1;          // 0-based index in cleaned of the first bad character
    bool unusualLength = false; // a warning only: tokens may change format
    int expectedLength = 0;     // the provider's usual length when unusualLength is set

    bool isAcceptable() const { return problem == Problem::None; }
};

TokenCheck checkToken(const QString& raw, const Provider& provider);
// The problem in words, for the field's message and the CLI. Empty when there is none.
QString describeTokenProblem(const TokenCheck& check);
// The length warning in words. Empty when the length is usual.
QString describeLengthWarning(const TokenCheck& check);
// "abcd…wxyz": at most the first and last four characters, for any display of a token.
QString maskToken(const QString& token);
// checkToken() with its words, for a token about to be sent: the cleaned token, or nothing with
// the problem in *problem; the length warning, if any, in *warning. Wipes raw either way.
std::optional<QString> acceptToken(QString& raw, const Provider& provider, QString* problem,
                                   QString* warning);
// Overwrites a token's characters with zeros where they lie, so the memory left behind when
// the text is freed no longer holds the secret. Text shared with another copy is copied first
// (Qt copies on write) and that copy keeps the characters: each owner wipes its own.
void wipeSecret(QString& secret);
// For echoing text where a token may have landed by mistake (a stray argument, an option's
// value): text as long as a token is masked, unless a "/" or "." makes it a path or address.
QString maskIfTokenLike(const QString& text);

} // namespace cc
