// A local stand-in for the vendors' APIs, for screenshots and for trying the program by hand:
// every region of every provider on 127.0.0.1 to 127.0.0.13 (see DemoWorld in
// support/demoanswers.h). It writes a catalog and its certificate authority's certificate for
// --catalog and --ca-bundle. Nothing the program does against it leaves this machine.
//
// Each token has a home region, as real ones do: Juniper Mist EMEA 02, JumpCloud Europe and
// Routing Assurance's one region accept it; every other region refuses it (401). There the
// token chooses the answer: one starting "bad" is refused, "limit" is rate limited, "slow"
// never answers, a Mist token ending "org" is an organization token; any other is a person.
#include "support/demoanswers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace cc::test;

namespace {
bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local stand-in for the vendors' APIs."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Where to write catalog.json and ca.pem."),
                                       QStringLiteral("DIR"));
    parser.addOption(dirOption);
    parser.process(app);
    const QDir dir(parser.value(dirOption).isEmpty() ? QDir::currentPath()
                                                     : parser.value(dirOption));

    DemoWorld world;
    QString error;
    if (!world.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QFile ca(world.pki.caFile());
    if (!ca.open(QIODevice::ReadOnly) ||
        !writeFile(dir.filePath(QStringLiteral("ca.pem")), ca.readAll()) ||
        !writeFile(dir.filePath(QStringLiteral("catalog.json")), world.catalogJson())) {
        std::fprintf(stderr, "cannot write to %s\n", qPrintable(dir.path()));
        return 1;
    }
    std::printf("Serving every region on 127.0.0.1 to 127.0.0.13; tokens are at home in Juniper "
                "Mist EMEA 02, Routing Assurance and JumpCloud Europe.\n");
    std::printf("credential-connect --catalog %s --ca-bundle %s\n",
                qPrintable(dir.filePath(QStringLiteral("catalog.json"))),
                qPrintable(dir.filePath(QStringLiteral("ca.pem"))));
    std::fflush(stdout);
    return app.exec();
}
