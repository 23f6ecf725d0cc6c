// Checking a list of tokens (--check-file), run as the real program against local HTTPS servers
// that answer each token its own way: the CSV and JSON Lines forms, every outcome in one list,
// twins sent once, the one Retry-After retry, the limits on requests in flight, the order of
// the answers, exit codes, files that cannot be used, and no token in any output.
#include "core/catalog.h"
#include "support/listtokens.h"
#include "support/programrun.h"
#include "support/sampleanswers.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cc::test;

namespace {
// The token a request carried, in either provider's header.
QByteArray tokenOf(const ReceivedRequest& request)
{
    const QList<QByteArray> mist = request.headerValues("Authorization");
    if (!mist.isEmpty()) {
        return mist.constFirst().mid(int(qstrlen("Token ")));
    }
    return request.headerValues("x-api-key").value(0);
}

// The request that asks whether a token works, not one of the follow-ups a verified token's
// answer leads to (its name, this hour's calls, the next page of organizations).
bool isVerifyRequest(const ReceivedRequest& request)
{
    return request.target == "/api/v1/self" ||
           (request.target.startsWith("/api/organizations") && !request.target.contains("skip="));
}

QString outcomeOf(const QJsonObject& object)
{
    return object.value(QLatin1String("outcome")).toString();
}
} // namespace

class TestCheckFile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void csvWithEveryOutcome();
    void jsonLinesFromStandardInput();
    void autoRowsSearchAsRegionAutoDoes();
    void everyRowVerifiedForPeople();
    void unusableFileSendsNothing_data();
    void unusableFileSendsNothing();
    void requestsInFlightAreCapped_data();
    void requestsInFlightAreCapped();

private:
    CannedReply answerFor(const ReceivedRequest& request);
    int requestsWith(const QByteArray& token) const;
    QString writeList(const QString& name, const QByteArray& text,
                      QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner);
    QStringList arguments(const QString& file, const QStringList& more = {}) const;
    ProgramRun run(const QStringList& arguments, const QByteArray& input = QByteArray());
    QByteArray leakIn(const QByteArray& output) const;

    TestPki m_pki;
    QTemporaryDir m_dir;
    std::unique_ptr<TlsTestServer> m_server;
    QString m_catalogFile;
    QList<QByteArray> m_tokens; // every token a list of this test gave, to search outputs for
};

void TestCheckFile::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    m_server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    QVERIFY(m_server->listen());
    m_server->setResponder([this](const ReceivedRequest& request) { return answerFor(request); });
    m_catalogFile = m_dir.filePath(QStringLiteral("catalog.json"));
    QFile catalog(m_catalogFile);
    QVERIFY(catalog.open(QIODevice::WriteOnly));
    catalog.write(
        builtinCatalogJsonWith({{QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")},
                                {QStringLiteral("jumpcloud"), QStringLiteral("us")},
                                {QStringLiteral("jumpcloud"), QStringLiteral("eu")},
                                {QStringLiteral("jumpcloud"), QStringLiteral("in")}},
                               m_server->baseUrl()));
}

void TestCheckFile::init()
{
    m_tokens.clear();
}

// good: accepted; bad: refused; deny: forbidden; limit: rate limited for longer than any
// deadline here; busy: 503; slow: never answered; retry: 429 with Retry-After: 1 the first
// time, accepted the second; wait<ms>: accepted after that many milliseconds.
CannedReply TestCheckFile::answerFor(const ReceivedRequest& request)
{
    const QByteArray token = tokenOf(request);
    const bool jumpCloud = request.target.startsWith("/api/organizations");
    const CannedReply accepted =
        CannedReply::json(200, jumpCloud ? sampleJumpCloudBody : sampleMistUserBody);
    if (token.startsWith("bad")) {
        return CannedReply::json(401, R"({"detail": "Invalid token."})");
    }
    if (token.startsWith("deny")) {
        return CannedReply::json(403, "{}");
    }
    if (token.startsWith("limit")) {
        return CannedReply::json(429, "{}").withHeader("Retry-After", "30");
    }
    if (token.startsWith("busy")) {
        return CannedReply::json(503, "{}");
    }
    if (token.startsWith("slow")) {
        CannedReply silent = accepted;
        silent.action = CannedReply::Action::NeverAnswer;
        return silent;
    }
    if (token.startsWith("retry") && requestsWith(token) == 1) {
        return CannedReply::json(429, "{}").withHeader("Retry-After", "1");
    }
    if (token.startsWith("wait")) {
        CannedReply later = accepted;
        later.delayMs = token.mid(4, token.indexOf('x') - 4).toInt();
        return later;
    }
    return accepted;
}

int TestCheckFile::requestsWith(const QByteArray& token) const
{
    int count = 0;
    for (const ReceivedRequest& request : m_server->requests()) {
        count += isVerifyRequest(request) && tokenOf(request) == token ? 1 : 0;
    }
    return count;
}

QString TestCheckFile::writeList(const QString& name, const QByteArray& text,
                                 QFile::Permissions permissions)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.close();
    QFile::setPermissions(path, permissions);
    return path;
}

QStringList TestCheckFile::arguments(const QString& file, const QStringList& more) const
{
    return QStringList{QStringLiteral("--check-file"), file,
                       QStringLiteral("--catalog"),    m_catalogFile,
                       QStringLiteral("--ca-bundle"),  m_pki.caFile()} +
           more;
}

ProgramRun TestCheckFile::run(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CREDENTIAL_CONNECT_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    // The server lives in this process: wait with the event loop running.
    ProgramRun result;
    if (!finished.wait(60000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Any 8 characters of a token this test gave, in the output (listTokenLeakIn).
QByteArray TestCheckFile::leakIn(const QByteArray& text) const
{
    return listTokenLeakIn(m_tokens, text);
}

void TestCheckFile::csvWithEveryOutcome()
{
    struct Row
    {
        QByteArray token;
        QByteArray csv; // the row, without its line end
        const char* outcome;
    };
    const QByteArray good = listToken("good", 1);
    const QByteArray twin = listToken("good", 2);
    const QByteArray retry = listToken("retry", 1);
    const QByteArray limit = listToken("limit", 1);
    const QByteArray spaced = listToken("good", 3).left(40) + ' ' + listToken("good", 3).mid(41);
    const QByteArray unknownProvider = listToken("good", 4);
    const QList<Row> rows{
        {good, "\"Ada, \"\"the admin\"\"\",juniper-mist,api.gc3," + good + ",x", "verified"},
        {listToken("bad", 1), "refused,juniper-mist,api.gc3," + listToken("bad", 1), "rejected"},
        {listToken("deny", 1), "denied,juniper-mist,api.gc3," + listToken("deny", 1), "forbidden"},
        {limit, "limited,juniper-mist,api.gc3," + limit, "rate_limited"},
        {listToken("busy", 1), "busy,juniper-mist,api.gc3," + listToken("busy", 1), "server_error"},
        {listToken("slow", 1), "slow,juniper-mist,api.gc3," + listToken("slow", 1), "timeout"},
        {twin, "first twin,juniper-mist,api.gc3," + twin, "verified"},
        {spaced, "spaced,juniper-mist,api.gc3,\"" + spaced + "\"", "invalid_input"},
        {unknownProvider, "okta,okta,api.gc3," + unknownProvider, "invalid_input"},
        {QByteArray(), "no token,juniper-mist,api.gc3,", "invalid_input"},
        {twin, "second twin,juniper-mist, api.gc3 ," + twin, "verified"},
        {retry, "retried,juniper-mist,api.gc3," + retry, "verified"},
    };
    // A byte order mark, CRLF line ends, the columns in another order with one more, and an
    // empty line after the header: line numbers count it.
    QByteArray csv = "\xEF\xBB\xBFLabel,provider,region,token,extra\r\n\r\n";
    QList<int> lines;
    int line = 3;
    for (const Row& row : rows) {
        csv += row.csv + "\r\n";
        lines.append(line++);
        m_tokens.append(row.token);
    }
    const QString file = writeList(QStringLiteral("every-outcome.csv"), csv,
                                   QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);

    const ProgramRun result = run(arguments(
        file, {QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3")}));

    QCOMPARE(result.exitCode, 3);
    const QList<QJsonObject> objects = result.jsonLines();
    QCOMPARE(objects.size(), rows.size() + 1);
    for (qsizetype index = 0; index < rows.size(); ++index) {
        const QJsonObject& object = objects.at(index);
        QCOMPARE(object.value(QLatin1String("line")).toInt(), lines.at(index));
        QVERIFY2(outcomeOf(object) == QLatin1String(rows.at(index).outcome),
                 QJsonDocument(object).toJson().constData());
        QVERIFY(!object.value(QLatin1String("message")).toString().isEmpty());
    }
    QCOMPARE(objects.at(0).value(QLatin1String("label")).toString(),
             QStringLiteral("Ada, \"the admin\""));
    QCOMPARE(objects.at(0).value(QLatin1String("region")).toString(), QStringLiteral("api.gc3"));
    QCOMPARE(objects.at(0).value(QLatin1String("http_status")).toInt(), 200);
    QCOMPARE(objects.at(3).value(QLatin1String("retry_after_s")).toInt(), 30);
    QVERIFY(objects.at(8)
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("Unknown provider")));
    QVERIFY(
        objects.at(9).value(QLatin1String("message")).toString().contains(QLatin1String("token")));

    // Twins are sent once; the retry is sent twice, the long rate limit once; invalid rows never.
    QCOMPARE(requestsWith(good), 1);
    QCOMPARE(requestsWith(twin), 1);
    QCOMPARE(requestsWith(retry), 2);
    QCOMPARE(requestsWith(limit), 1);
    QCOMPARE(requestsWith(spaced), 0);
    QCOMPARE(requestsWith(unknownProvider), 0);

    const QJsonObject summary = objects.constLast().value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("rows")).toInt(), rows.size());
    QCOMPARE(summary.value(QLatin1String("verified")).toInt(), 4);
    QCOMPARE(summary.value(QLatin1String("invalid_input")).toInt(), 3);
    QCOMPARE(summary.value(QLatin1String("timeout")).toInt(), 1);
    QVERIFY(summary.value(QLatin1String("elapsed_s")).toDouble() > 0);

    QVERIFY2(result.err.contains("can be read by other users"), result.err.constData());
    QVERIFY2(leakIn(result.out).isEmpty(), leakIn(result.out).constData());
    QVERIFY2(leakIn(result.err).isEmpty(), leakIn(result.err).constData());

    // One request per verified row: a list does not ask a token's own name or this hour's
    // calls, which --check asks.
    for (const ReceivedRequest& request : m_server->requests()) {
        QVERIFY2(isVerifyRequest(request), request.target.constData());
    }
}

void TestCheckFile::jsonLinesFromStandardInput()
{
    const QByteArray good = listToken("good", 5);
    const QByteArray bad = listToken("bad", 2);
    const QByteArray key = listToken("good", 6).left(40);
    m_tokens = {good, bad, key};
    const QByteArray list =
        "{\"provider\": \"juniper-mist\", \"region\": \"api.gc3\", \"token\": \"" + good +
        "\", \"label\": \"Ada\", \"other\": 1}\n" +
        "{\"provider\": \"juniper-mist\", \"region\": \"api.gc3\", \"token\": \"" + bad + "\"}\n" +
        "\n[\"not\", \"an object\"]\n" +
        "{\"provider\": \"jumpcloud\", \"region\": \"auto\", \"token\": \"" + key +
        "\", \"label\": \"console\"}\n";

    const ProgramRun result = run(arguments(QStringLiteral("-"), {QStringLiteral("--json")}), list);

    // Refused and invalid, every row answered: 1.
    QCOMPARE(result.exitCode, 1);
    const QList<QJsonObject> objects = result.jsonLines();
    QCOMPARE(objects.size(), 5);
    QCOMPARE(outcomeOf(objects.at(0)), QStringLiteral("verified"));
    QCOMPARE(objects.at(0).value(QLatin1String("label")).toString(), QStringLiteral("Ada"));
    QCOMPARE(outcomeOf(objects.at(1)), QStringLiteral("rejected"));
    QVERIFY(objects.at(1).value(QLatin1String("label")).isNull());
    QCOMPARE(outcomeOf(objects.at(2)), QStringLiteral("invalid_input"));
    QCOMPARE(objects.at(2).value(QLatin1String("line")).toInt(), 4);
    // Region auto: the object of --check --region auto, with every region asked.
    const QJsonObject found = objects.at(3);
    QCOMPARE(outcomeOf(found), QStringLiteral("verified"));
    QCOMPARE(found.value(QLatin1String("line")).toInt(), 5);
    QCOMPARE(found.value(QLatin1String("provider")).toString(), QStringLiteral("jumpcloud"));
    QCOMPARE(found.value(QLatin1String("detection"))
                 .toObject()
                 .value(QLatin1String("regions"))
                 .toArray()
                 .size(),
             3);
    // The first region accepted it; the others were asked only while it had not answered.
    QVERIFY(requestsWith(key) >= 1 && requestsWith(key) <= 3);
    QVERIFY(objects.at(4).contains(QLatin1String("summary")));
    // Standard input is no file others could read.
    QVERIFY2(!result.err.contains("other users"), result.err.constData());
    QVERIFY(leakIn(result.out).isEmpty());
    QVERIFY(leakIn(result.err).isEmpty());
}

void TestCheckFile::autoRowsSearchAsRegionAutoDoes()
{
    // The twelve Mist regions a search asks on 127.0.0.2 to 127.0.0.13, EMEA 02 rate limited
    // without a Retry-After, the others refusing; the US Government cloud on 127.0.0.14 accepts
    // any token, and is asked only by the row that names it.
    QString error;
    const std::optional<cc::Catalog> builtin = cc::Catalog::loadBuiltin(&error);
    QVERIFY2(builtin, qPrintable(error));
    const QList<cc::Region> regions = builtin->provider(QStringLiteral("juniper-mist"))->regions;
    QCOMPARE(regions.constLast().id, QStringLiteral("gov"));
    std::vector<std::unique_ptr<TlsTestServer>> servers;
    QMap<QPair<QString, QString>, QUrl> apiBases;
    for (int index = 0; index < regions.size(); ++index) {
        auto server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
        QVERIFY(server->listen(QHostAddress(QStringLiteral("127.0.0.%1").arg(index + 2))));
        const QString regionId = regions.at(index).id;
        server->setReply(regionId == QLatin1String("api.gc3")
                             ? CannedReply::json(429, R"({"detail": "Too Many Request"})")
                         : regionId == QLatin1String("gov")
                             ? CannedReply::json(200, sampleMistUserBody)
                             : CannedReply::json(401, R"({"detail": "Invalid token."})"));
        apiBases.insert({QStringLiteral("juniper-mist"), regionId}, server->baseUrl());
        servers.push_back(std::move(server));
    }
    const QString catalogFile = m_dir.filePath(QStringLiteral("mist-regions.json"));
    QFile catalog(catalogFile);
    QVERIFY(catalog.open(QIODevice::WriteOnly | QIODevice::Truncate));
    catalog.write(builtinCatalogJsonWith(apiBases));
    catalog.close();
    const QByteArray searched = listToken("good", 20);
    const QByteArray named = listToken("good", 21);
    m_tokens = {searched, named};
    const QString file = writeList(QStringLiteral("search.csv"),
                                   "provider,region,token\njuniper-mist,auto," + searched +
                                       "\njuniper-mist,gov," + named + '\n');
    QStringList listArguments = arguments(file, {QStringLiteral("--json")});
    listArguments[listArguments.indexOf(QStringLiteral("--catalog")) + 1] = catalogFile;

    const ProgramRun result = run(listArguments);

    // A rate limit could not tell what the token grants: 3.
    QCOMPARE(result.exitCode, 3);
    const QList<QJsonObject> objects = result.jsonLines();
    QCOMPARE(objects.size(), 3);
    // As --check --region auto: the per-token rate limit names the region and ends the search.
    const QJsonObject found = objects.at(0);
    QCOMPARE(outcomeOf(found), QStringLiteral("rate_limited"));
    QCOMPARE(found.value(QLatin1String("region")).toString(), QStringLiteral("api.gc3"));
    QCOMPARE(found.value(QLatin1String("title")).toString(),
             QStringLiteral("Region found, rate limited"));
    QCOMPARE(found.value(QLatin1String("vendor_message")).toString(),
             QStringLiteral("Too Many Request"));
    QVERIFY(!found.value(QLatin1String("retry_at")).isNull());
    const QJsonObject detection = found.value(QLatin1String("detection")).toObject();
    QCOMPARE(detection.value(QLatin1String("found")).toString(), QStringLiteral("api.gc3"));
    const QJsonArray entries = detection.value(QLatin1String("regions")).toArray();
    QCOMPARE(entries.size(), 12);
    for (const QJsonValue& entry : entries) {
        QVERIFY(entry.toObject().value(QLatin1String("region")).toString() != QLatin1String("gov"));
    }
    // The US Government cloud never saw the searched token, only the one whose row names it.
    const TlsTestServer& gov = *servers.back();
    int searchedAtGov = 0;
    int namedAtGov = 0;
    for (const ReceivedRequest& request : gov.requests()) {
        if (!isVerifyRequest(request)) {
            continue;
        }
        searchedAtGov += tokenOf(request) == searched ? 1 : 0;
        namedAtGov += tokenOf(request) == named ? 1 : 0;
    }
    QCOMPARE(searchedAtGov, 0);
    QCOMPARE(namedAtGov, 1);
    QCOMPARE(outcomeOf(objects.at(1)), QStringLiteral("verified"));
    QCOMPARE(objects.at(1).value(QLatin1String("region")).toString(), QStringLiteral("gov"));
    QVERIFY(objects.at(2).contains(QLatin1String("summary")));
    QVERIFY(leakIn(result.out).isEmpty());
    QVERIFY(leakIn(result.err).isEmpty());

    // For people, the service's own words under the row's message, as --check prints them.
    listArguments.removeAll(QStringLiteral("--json"));
    const ProgramRun table = run(listArguments);
    QCOMPARE(table.exitCode, 3);
    QVERIFY2(table.out.contains("The service said: Too Many Request"), table.out.constData());
    QVERIFY(leakIn(table.out).isEmpty());
}

void TestCheckFile::everyRowVerifiedForPeople()
{
    const QByteArray first = listToken("good", 7);
    const QByteArray second = listToken("good", 8);
    m_tokens = {first, second};
    const QString file = writeList(QStringLiteral("verified.csv"),
                                   "provider,region,token,label\njuniper-mist,api.gc3," + first +
                                       ",\"line\nbreak\"\njuniper-mist,api.gc3," + second +
                                       ",\"\x1b]0;title\x07\"\n");

    const ProgramRun result = run(arguments(file));

    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.split('\n');
    QVERIFY2(lines.value(0).startsWith("Line"), result.out.constData());
    QVERIFY2(lines.value(1).contains("verified") && lines.value(1).contains("juniper-mist/api.gc3"),
             result.out.constData());
    QVERIFY2(lines.value(2).contains("verified"), result.out.constData());
    QVERIFY2(result.out.contains("2 rows in "), result.out.constData());
    // A label's control characters never reach the terminal.
    QVERIFY(!result.out.contains('\x1b'));
    QVERIFY(!result.out.contains('\x07'));
    // The file is private: no warning.
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(leakIn(result.out).isEmpty());
}

void TestCheckFile::unusableFileSendsNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");

    const QByteArray row = "juniper-mist,api.gc3," + listToken("good", 9) + '\n';
    QTest::addRow("no such file") << m_dir.filePath(QStringLiteral("missing.csv")) << "Cannot read";
    QTest::addRow("a folder") << m_dir.path() << "Cannot read";
    QTest::addRow("empty") << writeList(QStringLiteral("empty.csv"), QByteArray()) << "first line";
    QTest::addRow("no header") << writeList(QStringLiteral("no-header.csv"), row) << "first line";
    QTest::addRow("no token column")
        << writeList(QStringLiteral("no-token.csv"), "provider,region,label\n" + row)
        << "first line";
    QTest::addRow("unclosed quote in the header")
        << writeList(QStringLiteral("unclosed.csv"), "provider,region,\"token\n" + row)
        << "first line";
    QFile::Permissions none;
    QTest::addRow("unreadable") << writeList(QStringLiteral("unreadable.csv"),
                                             "provider,region,token\n" + row, none)
                                << "Cannot read";
}

void TestCheckFile::unusableFileSendsNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);
    if (QTest::currentDataTag() == QByteArray("unreadable") &&
        QFile(file).open(QIODevice::ReadOnly)) {
        QSKIP("this user reads files whatever their permissions (root)");
    }
    const int connectionsBefore = m_server->connectionCount();

    const ProgramRun result = run(arguments(file, {QStringLiteral("--json")}));

    QCOMPARE(result.exitCode, 2);
    const QList<QJsonObject> objects = result.jsonLines();
    QCOMPARE(objects.size(), 1);
    QCOMPARE(outcomeOf(objects.at(0)), QStringLiteral("invalid_input"));
    const QString message = objects.at(0).value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    QCOMPARE(m_server->connectionCount(), connectionsBefore);
}

void TestCheckFile::requestsInFlightAreCapped_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("cap");
    QTest::addRow("--jobs 3") << QStringList{QStringLiteral("--jobs"), QStringLiteral("3")} << 3;
    // One API host: its own cap binds before the default of 16 in all.
    QTest::addRow("default, one host") << QStringList() << 4;
}

void TestCheckFile::requestsInFlightAreCapped()
{
    QFETCH(QStringList, options);
    QFETCH(int, cap);
    // Later rows answer sooner, so the answers arrive out of order.
    QByteArray csv = "provider,region,token\n";
    const int rows = 24;
    for (int index = 0; index < rows; ++index) {
        const QByteArray token = listToken("wait", 300 - index * 10);
        m_tokens.append(token);
        csv += "juniper-mist,api.gc3," + token + '\n';
    }
    const QString file = writeList(QStringLiteral("many.csv"), csv);
    // A server of its own, so that the count starts at zero.
    m_server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    QVERIFY(m_server->listen());
    m_server->setResponder([this](const ReceivedRequest& request) { return answerFor(request); });
    QFile catalog(m_catalogFile);
    QVERIFY(catalog.open(QIODevice::WriteOnly | QIODevice::Truncate));
    catalog.write(builtinCatalogJsonWith(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"),
                                         m_server->baseUrl()));
    catalog.close();

    const ProgramRun result = run(arguments(file, options + QStringList{QStringLiteral("--json")}));

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(
        std::count_if(m_server->requests().cbegin(), m_server->requests().cend(), isVerifyRequest),
        rows);
    QVERIFY2(m_server->maxOpenConnections() <= cap,
             qPrintable(QString::number(m_server->maxOpenConnections())));
    QVERIFY2(m_server->maxOpenConnections() >= 2, "the requests never overlapped");
    const QList<QJsonObject> objects = result.jsonLines();
    QCOMPARE(objects.size(), rows + 1);
    for (int index = 0; index < rows; ++index) {
        QCOMPARE(objects.at(index).value(QLatin1String("line")).toInt(), index + 2);
    }
}

QTEST_GUILESS_MAIN(TestCheckFile)
#include "tst_checkfile.moc"
