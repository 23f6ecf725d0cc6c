// A local stand-in for the vendors' APIs, for screenshots and for trying the program by hand.
// It never reaches the real services: it serves 127.0.0.1 with a certificate authority of its
// own, and writes a catalog and that authority's certificate for --catalog and --ca-bundle.
//
// The token chooses the answer: one starting "bad" is refused (401), "limit" is rate limited,
// "slow" never answers, one ending "org" is an organization token; any other is a person.
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
const QByteArray personBody = R"({"email": "ada.lovelace@example.com", "first_name": "Ada",
  "last_name": "Lovelace", "privileges": [
    {"scope": "org", "role": "admin", "name": "ACME Corp", "org_id": "6748cfa6-4e12-11e6-9188-0242ac110007"},
    {"scope": "site", "role": "read", "name": "Berlin HQ", "org_name": "ACME Corp"}]})";
const QByteArray orgTokenBody = R"({"name": "Inventory sync", "privileges": [
    {"scope": "org", "role": "write", "name": "ACME Corp"}]})";
const QByteArray organizationsBody = R"({"results": [
    {"_id": "5f1e0c1e9a3b4c0012345678", "displayName": "ACME Europe"},
    {"_id": "5f1e0c1e9a3b4c0087654321", "displayName": "ACME Asia Pacific"}], "totalCount": 2})";

CannedReply answerFor(const ReceivedRequest& request)
{
    const bool jumpCloud = request.target == "/api/organizations";
    QByteArray token = jumpCloud ? request.headerValues("x-api-key").value(0)
                                 : request.headerValues("Authorization").value(0).mid(6);
    if (token.startsWith("bad")) {
        return CannedReply::json(401, R"({"detail": "Invalid token."})");
    }
    if (token.startsWith("limit")) {
        return CannedReply::json(429, R"({"detail": "Too Many Request"})")
            .withHeader("Retry-After", "90");
    }
    if (token.startsWith("slow")) {
        CannedReply silent;
        silent.action = CannedReply::Action::NeverAnswer;
        return silent;
    }
    if (jumpCloud) {
        return CannedReply::json(200, organizationsBody);
    }
    return CannedReply::json(200, token.endsWith("org") ? orgTokenBody : personBody);
}

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
    server.setResponder(answerFor);
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
