// A local stand-in for the vendors' APIs, for screenshots and for trying the program by hand.
// It never reaches the real services: it serves 127.0.0.1 with a certificate authority of its
// own, and writes a catalog and that authority's certificate for --catalog and --ca-bundle.
//
// The token chooses the answer: one starting "bad" is refused (401), "limit" is rate limited,
// "slow" never answers, one ending "org" is an organization token; any other is a person.
#include "support/demoanswers.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

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

    TestPki pki;
    QString error;
    if (!pki.create(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    TlsTestServer server(pki.trustedServerConfiguration());
    server.setResponder(demoAnswerFor);
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }
    const QByteArray catalog = builtinCatalogJsonWith(
        {{QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")},
         {QStringLiteral("juniper-routing-assurance"), QStringLiteral("routing")},
         {QStringLiteral("jumpcloud"), QStringLiteral("eu")}},
        server.baseUrl());
    QFile ca(pki.caFile());
    if (!ca.open(QIODevice::ReadOnly) ||
        !writeFile(dir.filePath(QStringLiteral("ca.pem")), ca.readAll()) ||
        !writeFile(dir.filePath(QStringLiteral("catalog.json")), catalog)) {
        std::fprintf(stderr, "cannot write to %s\n", qPrintable(dir.path()));
        return 1;
    }
    std::printf("Serving Juniper Mist EMEA 02, Routing Assurance and JumpCloud Europe at %s\n",
                qPrintable(server.baseUrl().toString()));
    std::printf("credential-connect --catalog %s --ca-bundle %s\n",
                qPrintable(dir.filePath(QStringLiteral("catalog.json"))),
                qPrintable(dir.filePath(QStringLiteral("ca.pem"))));
    std::fflush(stdout);
    return app.exec();
}
