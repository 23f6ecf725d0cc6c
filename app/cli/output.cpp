#include "cli/output.h"

#include "core/vendortext.h"

#include <QJsonDocument>

namespace cc::cli {

void writeProgramBytes(FILE* stream, const QByteArray& bytes)
{
    // By length: fputs would stop at the first NUL byte. Flushed, so that lines reach a pipe
    // as they are made.
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void printLines(FILE* stream, const QStringList& lines)
{
    QByteArray bytes;
    for (const QString& line : lines) {
        bytes += escapeForTerminal(line).toUtf8() + '\n';
    }
    writeProgramBytes(stream, bytes);
}

void printText(FILE* stream, QString text)
{
    if (text.endsWith(QLatin1Char('\n'))) {
        text.chop(1);
    }
    printLines(stream, text.split(QLatin1Char('\n')));
}

void printJson(const QJsonObject& object)
{
    writeProgramBytes(stdout, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace cc::cli
