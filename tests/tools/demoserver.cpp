// A local stand-in for the vendors' APIs, for screenshots and for trying the program by hand.
// It never reaches the real services: every region of every provider is served on an address
// of its own between 127.0.0.1 and 127.0.0.12, with a certificate authority of its own, and it
// writes a catalog and that authority's certificate for --catalog and --ca-bundle. Nothing the
// program does against it, region detection included, leaves this machine.
//
// Each token has a home region, as real ones do: Juniper Mist EMEA 02, JumpCloud Europe and
// Routing Assurance's one region accept it; every other region refuses it (401). There the
// token chooses the answer: one starting "bad" is refused, "limit" is rate limited, "slow"
// never answers, a Mist token ending "org" is an organization token; any other is a person.
#include "support/demoanswers.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <memory>
#include <vector>

using namespace cc::test;

namespace {
bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QSet<QPair<QString, QString>> homeRegions{
    {QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")},
    {QStringLiteral("juniper-routing-assurance"), QStringLiteral("routing")},
    {QStringLiteral("jumpcloud"), QStringLiteral("eu")},
};

// The answers of one region: the demo's answers at home, a refusal anywhere else.
std::function<CannedReply(const ReceivedRequest&)> regionResponder(bool home)
{
    return [home](const ReceivedRequest& request) {
        return home ? demoAnswerFor(request)
                    : CannedReply::json(401, R"({"detail": "Invalid token."})");
    };
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
    std::optional<cc::Catalog> shipped = cc::Catalog::loadBuiltin(&error);
    if (!shipped) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The n-th region of each provider on 127.0.0.n: one server per region and provider.
    std::vector<std::unique_ptr<TlsTestServer>> servers;
    QMap<QPair<QString, QString>, QUrl> apiBases;
    for (const cc::Provider& provider : shipped->providers()) {
        for (int index = 0; index < provider.regions.size(); ++index) {
            const QPair<QString, QString> region{provider.id, provider.regions.at(index).id};
            auto server = std::make_unique<TlsTestServer>(pki.trustedServerConfiguration());
            server->setResponder(regionResponder(homeRegions.contains(region)));
            const QHostAddress address(QStringLiteral("127.0.0.%1").arg(index + 1));
            if (!server->listen(address)) {
                std::fprintf(stderr, "cannot listen on %s\n", qPrintable(address.toString()));
                return 1;
            }
            apiBases.insert(region, server->baseUrl());
            servers.push_back(std::move(server));
        }
    }
    QFile ca(pki.caFile());
    if (!ca.open(QIODevice::ReadOnly) ||
        !writeFile(dir.filePath(QStringLiteral("ca.pem")), ca.readAll()) ||
        !writeFile(dir.filePath(QStringLiteral("catalog.json")),
                   builtinCatalogJsonWith(apiBases))) {
        std::fprintf(stderr, "cannot write to %s\n", qPrintable(dir.path()));
        return 1;
    }
    std::printf("Serving every region on 127.0.0.1 to 127.0.0.12; tokens are at home in Juniper "
                "Mist EMEA 02, Routing Assurance and JumpCloud Europe.\n");
    std::printf("credential-connect --catalog %s --ca-bundle %s\n",
                qPrintable(dir.filePath(QStringLiteral("catalog.json"))),
                qPrintable(dir.filePath(QStringLiteral("ca.pem"))));
    std::fflush(stdout);
    return app.exec();
}
