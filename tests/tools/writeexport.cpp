// Writes one export as the program does, for tests that run it in a process of its own (with a
// preloaded library that changes the filesystem under it): "env PATH" writes the sample Mist
// connection's .env file, "json PATH" its profile. Exit code 0 when written; the error on stderr.
#include "storage/envfile.h"
#include "storage/profilejson.h"
#include "support/sampleanswers.h"
#include "support/storagetesting.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: credential-connect-write-export env|json PATH\n", stderr);
        return 2;
    }
    const QString& path = arguments.at(2);
    QString error;
    const bool written = arguments.at(1) == QLatin1String("env")
                             ? cc::writeEnvFile(path, cc::test::sampleMistProfile(),
                                                cc::test::sampleMistToken, &error)
                             : cc::writeProfileJson(path, cc::test::sampleMistProfile(), &error);
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
