#include "support/listtokens.h"

namespace cc::test {

QByteArray listToken(const char* word, int number, const QByteArray& end)
{
    QByteArray token = QByteArray(word) + QByteArray::number(number) + 'x';
    return token + QByteArray(96 - token.size() - end.size(), 'k') + end;
}

QByteArray listTokenLeakIn(const QList<QByteArray>& tokens, const QByteArray& text)
{
    for (const QByteArray& token : tokens) {
        const QByteArray own = token.left(token.indexOf('x') + 1) + "kkk";
        for (qsizetype at = 0; at + 8 <= own.size(); ++at) {
            if (text.contains(own.mid(at, 8))) {
                return own.mid(at, 8);
            }
        }
    }
    return QByteArray();
}

} // namespace cc::test
