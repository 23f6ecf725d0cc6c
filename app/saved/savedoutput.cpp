#include "saved/savedoutput.h"

#include <QJsonDocument>

namespace cc::saved {

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

void printJson(const QJsonObject& object)
{
    print(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) +
                      QLatin1Char('\n'));
}

void tell(const QString& sentence)
{
    print(stderr, sentence + QLatin1Char('\n'));
}

} // namespace cc::saved
