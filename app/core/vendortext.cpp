#include "core/vendortext.h"

namespace cc {

QString printableText(const QString& text)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            kept.append(QLatin1Char(' '));
        } else if (c.category() == QChar::Other_Control) {
            kept += c.unicode() < 0x80
                        ? QStringLiteral("\\x") +
                              QString::number(c.unicode(), 16).rightJustified(2, u'0')
                        : QStringLiteral("\\u") +
                              QString::number(c.unicode(), 16).rightJustified(4, u'0');
        } else if (c.category() != QChar::Other_Format) {
            kept.append(c);
        }
    }
    return kept;
}

QString cleanVendorText(const QString& text)
{
    QString kept = printableText(text).simplified();
    if (kept.size() > maxVendorTextLength) {
        // Not inside a surrogate pair, which would leave half a character.
        qsizetype cut = maxVendorTextLength - 1;
        if (kept.at(cut - 1).isHighSurrogate()) {
            --cut;
        }
        kept = kept.left(cut) + QChar(0x2026);
    }
    return kept;
}

} // namespace cc
