#include "core/vendortext.h"

#include <algorithm>

namespace cc {

namespace {
// The escape a person reads for a character that is not shown: two hex digits below U+0080
// (as C writes them), four above.
QString escaped(QChar c)
{
    return c.unicode() < 0x80
               ? QStringLiteral("\\x") + QString::number(c.unicode(), 16).rightJustified(2, u'0')
               : QStringLiteral("\\u") + QString::number(c.unicode(), 16).rightJustified(4, u'0');
}

bool reordersText(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x061c || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e) ||
           (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029;
}
} // namespace

QString cleanVendorText(const QString& text)
{
    QString kept;
    kept.reserve(std::min<qsizetype>(text.size(), qsizetype{2} * maxVendorTextLength));
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            kept.append(QLatin1Char(' '));
        } else if (c.category() == QChar::Other_Control) {
            kept += escaped(c);
        } else if (c.category() != QChar::Other_Format) {
            kept.append(c);
        }
    }
    return capText(kept.simplified(), maxVendorTextLength);
}

QString escapeForTerminal(const QString& text)
{
    const bool clean = std::none_of(text.begin(), text.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || reordersText(c);
    });
    if (clean) {
        return text;
    }
    QString shown;
    shown.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || reordersText(c)) {
            shown += escaped(c);
        } else {
            shown.append(c);
        }
    }
    return shown;
}

QString capText(const QString& text, qsizetype maxLength)
{
    if (text.size() <= maxLength) {
        return text;
    }
    qsizetype cut = maxLength - 1;
    if (text.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return text.left(cut) + QChar(0x2026);
}

} // namespace cc
