// The local servers the benchmark checks against, on this machine only: every Juniper Mist
// region a region search asks on an address of its own (127.0.0.1 for the first region, 127.0.0.2
// for the second...), each answering after --delay-ms, where only the last region accepts the
// token, as when a person's token belongs to one region; and one more server on 127.0.0.13 that
// answers at once, for timing one check with nothing to wait for. For the list check
// (--check-file), every region of Juniper Mist (the US Government cloud too, which a list's row
// may name) and JumpCloud twice more, each accepting any token, on 127.0.0.1 to 127.0.0.16
// (ports of their own): answering after --list-delay-ms, and at once.
// Writes into --dir: ca.pem, token (one line, for standard input), headers (the request's
// headers, for curl -H @headers and bench-minimal-client), check-url, check-catalog.json and
// detect-catalog.json (for --catalog), and, where this machine allows private mount namespaces,
// system-store-wrapper: one argument a line, a command prefix under which the system's
// certificate store also trusts ca.pem, so the window can be measured as a person runs it,
// without --ca-bundle. For the list check: list.csv (300 rows, every region in turn, each row
// a token of its own) and list-10k.csv (10,000 such rows), list-catalog.json and
// list-fast-catalog.json (the delayed and the prompt servers), and the same 300 requests as
// list-curl.cfg (a curl config) and list-requests.tsv (URL, header name, header value, for
// bench/listclient.py). Prints "ready" when they are written, then serves until it is stopped.
#include "core/regiondetector.h"
#include "core/verifier.h"
#include "support/demoanswers.h"
#include "support/privatecastore.h"
#include "support/serverthread.h"
#include "support/testcatalog.h"
#include "support/testpki.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <memory>
#include <vector>

using namespace cc;
using namespace cc::test;

namespace {
const QString mist = QStringLiteral("juniper-mist");
const QString jumpCloud = QStringLiteral("jumpcloud");
constexpr int listRows = 300;
constexpr int longListRows = 10000;
const QByteArray token = "u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFR"
                         "IBXuDL7DxtpYlSXpfKtHF4vU";

bool writeFile(const QDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Each server in a thread of its own, so that twelve TLS handshakes at once are served as
// fast as the machine allows, not one after the other.
TlsTestServer* startServer(std::vector<std::unique_ptr<ServerThread>>& threads, const TestPki& pki,
                           const QHostAddress& address, bool accepts, int delayMs);

// A token of its own for each row, in the provider's usual length.
QByteArray listToken(const QString& providerId, int row)
{
    const QByteArray number = QByteArray::number(row);
    const qsizetype length = providerId == mist ? 96 : 40;
    return QByteArray("bench") + QByteArray(length - 5 - number.size(), 'q') + number;
}

struct ListRegion
{
    const Provider* provider;
    Region region;
};

// The rows of a list, every region in turn.
QByteArray listCsv(const QList<ListRegion>& regions, int rows)
{
    QByteArray csv = "provider,region,token,label\n";
    for (int row = 0; row < rows; ++row) {
        const ListRegion& at = regions.at(row % regions.size());
        csv += at.provider->id.toUtf8() + ',' + at.region.id.toUtf8() + ',' +
               listToken(at.provider->id, row) + ",row " + QByteArray::number(row) + '\n';
    }
    return csv;
}

// The same requests for curl and for the Python client, to the servers at bases.
void listRequests(const QList<ListRegion>& regions,
                  const QMap<QPair<QString, QString>, QUrl>& bases, const QString& ca,
                  QByteArray* curlConfig, QByteArray* tsv)
{
    for (int row = 0; row < listRows; ++row) {
        const ListRegion& at = regions.at(row % regions.size());
        const QUrl base = bases.value({at.provider->id, at.region.id});
        const QByteArray url = base.toEncoded() + at.provider->verify.path.toUtf8();
        const QByteArray value = at.provider->verify.authPrefix + listToken(at.provider->id, row);
        if (row > 0) {
            *curlConfig += "next\n";
        }
        *curlConfig += "url = \"" + url + "\"\ncacert = \"" + ca.toUtf8() + "\"\nheader = \"" +
                       at.provider->verify.authHeader + ": " + value +
                       "\"\nheader = \"Accept: application/json\"\nheader = \"User-Agent: " +
                       Verifier::userAgent() + "\"\noutput = \"/dev/null\"\nsilent\n";
        *tsv += url + '\t' + at.provider->verify.authHeader + '\t' + value + '\n';
    }
}

TlsTestServer* startServer(std::vector<std::unique_ptr<ServerThread>>& threads, const TestPki& pki,
                           const QHostAddress& address, bool accepts, int delayMs)
{
    threads.push_back(std::make_unique<ServerThread>());
    ServerThread& thread = *threads.back();
    TlsTestServer* server = thread.addServer(pki.trustedServerConfiguration(), address, {});
    if (server == nullptr) {
        qFatal("cannot listen on %s", qPrintable(address.toString()));
    }
    thread.run([server, accepts, delayMs] {
        server->setResponder([accepts, delayMs](const ReceivedRequest& request) {
            CannedReply reply = accepts ? demoAnswerFor(request)
                                        : CannedReply::json(401, R"({"detail": "Invalid token."})");
            reply.delayMs = delayMs;
            return reply;
        });
    });
    return server;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local servers for scripts/benchmark."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Where to write the files."), QStringLiteral("DIR"));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
                                         QStringLiteral("How long each region waits to answer."),
                                         QStringLiteral("MS"), QStringLiteral("300"));
    const QCommandLineOption listDelayOption(
        QStringLiteral("list-delay-ms"),
        QStringLiteral("How long each region waits to answer a list's requests."),
        QStringLiteral("MS"), QStringLiteral("100"));
    parser.addOptions({dirOption, delayOption, listDelayOption});
    parser.process(app);
    const QDir dir(parser.value(dirOption));
    const int delayMs = parser.value(delayOption).toInt();
    const int listDelayMs = parser.value(listDelayOption).toInt();

    TestPki pki;
    QString error;
    if (!pki.create(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QString catalogError;
    const std::optional<Catalog> builtin = Catalog::loadBuiltin(&catalogError);
    const Provider* provider = builtin ? builtin->provider(mist) : nullptr;
    if (provider == nullptr) {
        std::fprintf(stderr, "the built-in catalog has no %s\n", qPrintable(mist));
        return 1;
    }

    std::vector<std::unique_ptr<ServerThread>> threads;
    QMap<QPair<QString, QString>, QUrl> regionBases;
    const QList<Region> regions = RegionDetector::regionsToBeAsked(*provider);
    for (int index = 0; index < regions.size(); ++index) {
        const QHostAddress address(QStringLiteral("127.0.0.%1").arg(index + 1));
        const bool accepts = index == regions.size() - 1;
        regionBases.insert({mist, regions.at(index).id},
                           startServer(threads, pki, address, accepts, delayMs)->baseUrl());
    }
    const QUrl checkBase =
        startServer(threads, pki, QHostAddress(QStringLiteral("127.0.0.13")), true, 0)->baseUrl();

    QList<ListRegion> listRegions;
    for (const QString& id : {mist, jumpCloud}) {
        const Provider* listed = builtin->provider(id);
        for (const Region& region : listed->regions) {
            listRegions.append(ListRegion{listed, region});
        }
    }
    QMap<QPair<QString, QString>, QUrl> delayedBases;
    QMap<QPair<QString, QString>, QUrl> promptBases;
    for (int index = 0; index < listRegions.size(); ++index) {
        const QPair<QString, QString> key{listRegions.at(index).provider->id,
                                          listRegions.at(index).region.id};
        delayedBases.insert(key,
                            startServer(threads, pki,
                                        QHostAddress(QStringLiteral("127.0.0.%1").arg(1 + index)),
                                        true, listDelayMs)
                                ->baseUrl());
        promptBases.insert(
            key, startServer(threads, pki,
                             QHostAddress(QStringLiteral("127.0.0.%1").arg(1 + index)), true, 0)
                     ->baseUrl());
    }
    QByteArray curlConfig;
    QByteArray requestsTsv;
    listRequests(listRegions, delayedBases, dir.filePath(QStringLiteral("ca.pem")), &curlConfig,
                 &requestsTsv);

    QFile ca(pki.caFile());
    const QByteArray headers = "Authorization: Token " + token +
                               "\nAccept: application/json\nUser-Agent: " + Verifier::userAgent() +
                               '\n';
    if (!ca.open(QIODevice::ReadOnly) || !writeFile(dir, QStringLiteral("ca.pem"), ca.readAll()) ||
        !writeFile(dir, QStringLiteral("token"), token + '\n') ||
        !writeFile(dir, QStringLiteral("headers"), headers) ||
        !writeFile(dir, QStringLiteral("check-url"),
                   checkBase.toEncoded() + provider->verify.path.toUtf8() + '\n') ||
        !writeFile(dir, QStringLiteral("check-catalog.json"),
                   builtinCatalogJsonWith(mist, regions.constLast().id, checkBase)) ||
        !writeFile(dir, QStringLiteral("detect-catalog.json"),
                   builtinCatalogJsonWith(regionBases)) ||
        !writeFile(dir, QStringLiteral("list.csv"), listCsv(listRegions, listRows)) ||
        !writeFile(dir, QStringLiteral("list-10k.csv"), listCsv(listRegions, longListRows)) ||
        !writeFile(dir, QStringLiteral("list-catalog.json"),
                   builtinCatalogJsonWith(delayedBases)) ||
        !writeFile(dir, QStringLiteral("list-fast-catalog.json"),
                   builtinCatalogJsonWith(promptBases)) ||
        !writeFile(dir, QStringLiteral("list-curl.cfg"), curlConfig) ||
        !writeFile(dir, QStringLiteral("list-requests.tsv"), requestsTsv)) {
        std::fprintf(stderr, "cannot write to %s\n", qPrintable(dir.path()));
        return 1;
    }
    PrivateCaStore systemStore;
    QString why;
    if (systemStore.create(pki.caFile(), &error) && systemStore.namespacesAvailable(&why)) {
        if (!writeFile(dir, QStringLiteral("system-store-wrapper"),
                       systemStore.wrapper().join(QLatin1Char('\n')).toUtf8() + '\n')) {
            std::fprintf(stderr, "cannot write to %s\n", qPrintable(dir.path()));
            return 1;
        }
    } else {
        std::fprintf(stderr, "no private system store: %s\n", qPrintable(error + why));
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
