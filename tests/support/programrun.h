#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace cc::test {

// What a run of one of the program's executables left: its exit code (-1: it never ended, -2:
// it crashed) and everything it wrote.
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // Standard output as one JSON object (--check --json).
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    // Standard output as JSON Lines (--check-file --json, --check-saved --json), in order.
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray& line : out.split('\n')) {
            if (!line.isEmpty()) {
                objects.append(QJsonDocument::fromJson(line).object());
            }
        }
        return objects;
    }
};

} // namespace cc::test
