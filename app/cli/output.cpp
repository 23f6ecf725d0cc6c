#include "cli/output.h"

#include <QJsonDocument>

namespace cc::cli {

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

} // namespace cc::cli
