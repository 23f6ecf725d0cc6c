#include "cli/terminaltext.h"

namespace cc::cli {

namespace {
bool isUnsafe(char32_t code)
{
    const bool control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    const bool bidirectional =
        (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    return control || bidirectional;
}
} // namespace

QString forTerminal(const QString& line)
{
    QString safe;
    safe.reserve(line.size());
    for (const QChar character : line) {
        const char16_t code = character.unicode();
        if (!isUnsafe(code)) {
            safe.append(character);
        } else if (code <= 0xff) {
            safe.append(QStringLiteral("\\x%1").arg(uint(code), 2, 16, QLatin1Char('0')));
        } else {
            safe.append(QStringLiteral("\\u%1").arg(uint(code), 4, 16, QLatin1Char('0')));
        }
    }
    return safe;
}

} // namespace cc::cli
