// The exports of a saved connection: the .env file read back by the readers it is written for
// (python-dotenv, which mistapi uses, and a POSIX shell, from which Juniper's Terraform provider
// and the JumpCloud PowerShell module read the environment), its mode and its atomic
// replacement; where none is offered; the profile JSON; the summary for a ticket.
#include "storage/connectionsummary.h"
#include "storage/envfile.h"
#include "storage/profilejson.h"
#include "support/storagetesting.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/stat.h>

using namespace cc;
using namespace cc::test;

namespace {

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return QByteArray();
    }
    return process.readAllStandardOutput();
}

// NAME=value lines, as python-dotenv (the reader mistapi uses) reads the file.
QStringList readByDotenv(const QString& path)
{
    const QByteArray json =
        run(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import json, sys\n"
                            "from dotenv import dotenv_values\n"
                            "json.dump(dotenv_values(sys.argv[1]), sys.stdout)"),
             path});
    const QJsonObject values = QJsonDocument::fromJson(json).object();
    QStringList lines;
    for (auto it = values.begin(); it != values.end(); ++it) {
        lines.append(it.key() + QLatin1Char('=') + it.value().toString());
    }
    return lines;
}

// The same names as a POSIX shell sees them after sourcing the file with `set -a`.
QStringList readByShell(const QString& path, const QStringList& names)
{
    const QString script = QStringLiteral("set -a; . \"$1\"; shift; "
                                          "for name; do printf '%s=%s\\n' \"$name\" \"${!name}\"; "
                                          "done");
    const QString output = QString::fromUtf8(
        run(QStringLiteral("bash"),
            QStringList{QStringLiteral("-c"), script, QStringLiteral("bash"), path} + names));
    return output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The host for both tools, the token for mistapi (MIST_APITOKEN) and for Terraform
// (MIST_API_TOKEN).
QStringList mistVariables(const QString& host, const QString& token)
{
    return {QStringLiteral("MIST_HOST=") + host, QStringLiteral("MIST_APITOKEN=") + token,
            QStringLiteral("MIST_API_TOKEN=") + token};
}

QStringList names(const QStringList& assignments)
{
    QStringList found;
    for (const QString& assignment : assignments) {
        found.append(assignment.section(QLatin1Char('='), 0, 0));
    }
    return found;
}

bool writeExport(const QString& kind, const QString& path, QString* error)
{
    return kind == QLatin1String("env")
               ? writeEnvFile(path, sampleMistProfile(), sampleMistToken, error)
               : writeProfileJson(path, sampleMistProfile(), error);
}
} // namespace

class TestExports final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void envFileIsReadAsWritten_data();
    void envFileIsReadAsWritten();
    void oneMistFileServesMistapiAndTerraform();
    void jumpCloudFileNamesTheModuleVersion_data();
    void jumpCloudFileNamesTheModuleVersion();
    void noEnvFileWhereNoToolCouldUseIt_data();
    void noEnvFileWhereNoToolCouldUseIt();
    void mistEnvFileInFull();
    void unsafeValuesAreRefused_data();
    void unsafeValuesAreRefused();
    void envFileIsPrivateEvenWhenReplacingAReadableFile();
    void failedWriteLeavesThePreviousFile_data();
    void failedWriteLeavesThePreviousFile();
    void missingFolderIsReported();
    void exportNeverFollowsALink_data();
    void exportNeverFollowsALink();
    void exportReplacesOnlyAPlainFile_data();
    void exportReplacesOnlyAPlainFile();
    void temporaryFileIsPrivateWithoutOTmpfile_data();
    void temporaryFileIsPrivateWithoutOTmpfile();
    void profileJsonHasEverythingButTheToken();
    void summary_data();
    void summary();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExports::envFileIsReadAsWritten_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("variables");

    const ConnectionProfile mist = sampleMistProfile();
    QTest::addRow("mist") << mist << sampleMistToken
                          << mistVariables(QStringLiteral("api.gc3.mist.com"), sampleMistToken);

    ConnectionProfile local = mist;
    local.apiHost = QStringLiteral("127.0.0.1:8443");
    QTest::addRow("mist on a local port")
        << local << sampleMistToken
        << mistVariables(QStringLiteral("127.0.0.1:8443"), sampleMistToken);

    // Characters a shell or python-dotenv would expand, strip or cut at, were they unquoted.
    const QString awkward = QStringLiteral("ab$HOME$(id)`id`#c\"d e;f");
    QTest::addRow("characters quotes must hold")
        << mist << awkward << mistVariables(QStringLiteral("api.gc3.mist.com"), awkward);

    ConnectionProfile injected = mist;
    injected.organizationName = QStringLiteral("ACME\nMIST_HOST='evil.example.com'\r\n#");
    QTest::addRow("line breaks in a name stay in the comment")
        << injected << sampleMistToken
        << mistVariables(QStringLiteral("api.gc3.mist.com"), sampleMistToken);

    QTest::addRow("jumpcloud us") << sampleJumpCloudProfile(
                                         QStringLiteral("us"),
                                         QStringLiteral("5f1e0c1e9a3b4c0012345678"),
                                         QStringLiteral("ACME"))
                                  << sampleJumpCloudToken
                                  << QStringList{QStringLiteral("JCApiKey=") + sampleJumpCloudToken,
                                                 QStringLiteral("JCOrgId=5f1e0c1e9a3b4c0012345678"),
                                                 QStringLiteral("JCEnvironment=STANDARD")};
    QTest::addRow("jumpcloud eu") << sampleJumpCloudProfile(
                                         QStringLiteral("eu"),
                                         QStringLiteral("5f1e0c1e9a3b4c0087654321"),
                                         QStringLiteral("ACME Europe"))
                                  << sampleJumpCloudToken
                                  << QStringList{QStringLiteral("JCApiKey=") + sampleJumpCloudToken,
                                                 QStringLiteral("JCOrgId=5f1e0c1e9a3b4c0087654321"),
                                                 QStringLiteral("JCEnvironment=EU")};
    QTest::addRow("jumpcloud india")
        << sampleJumpCloudProfile(QStringLiteral("in"), QStringLiteral("5f1e0c1e9a3b4c00aaaaaaaa"),
                                  QStringLiteral("ACME India"))
        << sampleJumpCloudToken
        << QStringList{QStringLiteral("JCApiKey=") + sampleJumpCloudToken,
                       QStringLiteral("JCOrgId=5f1e0c1e9a3b4c00aaaaaaaa"),
                       QStringLiteral("JCEnvironment=IN")};
    QTest::addRow("jumpcloud, single organization not chosen")
        << sampleJumpCloudProfile(QStringLiteral("eu"), QString(), QString())
        << sampleJumpCloudToken
        << QStringList{QStringLiteral("JCApiKey=") + sampleJumpCloudToken,
                       QStringLiteral("JCEnvironment=EU")};
}

void TestExports::envFileIsReadAsWritten()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, token);
    QFETCH(QStringList, variables);
    const QString file = path(QStringLiteral("connection.env"));
    QString error;
    QVERIFY2(writeEnvFile(file, profile, token, &error), qPrintable(error));

    QCOMPARE(fileMode(file), 0600);
    const QByteArray bytes = readFile(file);
    // Once per variable that holds it, and nowhere else.
    const auto holders =
        std::count_if(variables.cbegin(), variables.cend(), [&token](const QString& variable) {
            return variable.endsWith(QLatin1Char('=') + token);
        });
    QCOMPARE(bytes.count(token.toUtf8()), holders);
    QStringList byDotenv = readByDotenv(file);
    QStringList expected = variables;
    byDotenv.sort();
    expected.sort();
    QCOMPARE(byDotenv, expected);
    QCOMPARE(readByShell(file, names(variables)), variables);
}

void TestExports::oneMistFileServesMistapiAndTerraform()
{
    const QString file = path(QStringLiteral("mist.env"));
    QString error;
    QVERIFY2(writeEnvFile(file, sampleMistProfile(), sampleMistToken, &error), qPrintable(error));
    const QStringList values = readByDotenv(file);
    QVERIFY(values.contains(QStringLiteral("MIST_APITOKEN=") + sampleMistToken));
    QVERIFY(values.contains(QStringLiteral("MIST_API_TOKEN=") + sampleMistToken));
    QVERIFY(values.contains(QStringLiteral("MIST_HOST=api.gc3.mist.com")));
}

void TestExports::jumpCloudFileNamesTheModuleVersion_data()
{
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QString>("comment"); // empty: no version note at all

    QTest::addRow("us: every version connects there") << "us" << QString();
    QTest::addRow("eu") << "eu"
                        << "# JCEnvironment='EU' is read by version 3.0.0 and later of the "
                           "JumpCloud PowerShell module; older versions silently connect to the "
                           "US console instead, which refuses a key of the EU console "
                           "(console.eu.jumpcloud.com).\n";
    QTest::addRow("india") << "in"
                           << "# JCEnvironment='IN' is read by version 3.2.0 and later of the "
                              "JumpCloud PowerShell module; older versions silently connect to "
                              "the US console instead, which refuses a key of the India console "
                              "(console.in.jumpcloud.com).\n";
}

void TestExports::jumpCloudFileNamesTheModuleVersion()
{
    QFETCH(QString, regionId);
    QFETCH(QString, comment);
    QString error;
    const QString text = QString::fromUtf8(
        envFileText(sampleJumpCloudProfile(regionId, QStringLiteral("o"), QStringLiteral("A")),
                    sampleJumpCloudToken, &error));
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    if (comment.isEmpty()) {
        QVERIFY2(!text.contains(QStringLiteral("version")), qPrintable(text));
    } else {
        QVERIFY2(text.contains(comment), qPrintable(text));
    }
}

void TestExports::noEnvFileWhereNoToolCouldUseIt_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("reason");

    QTest::addRow("routing assurance: a host neither Mist tool accepts")
        << sampleRoutingAssuranceProfile()
        << "mistapi and Juniper's Terraform provider for Mist, the tools that read such a file, "
           "accept only the Juniper Mist cloud hosts they list, and routing.ai.juniper.net is "
           "not among them";
    ConnectionProfile unknownConsole = sampleJumpCloudProfile(QStringLiteral("us"), QString(), {});
    unknownConsole.regionId = QStringLiteral("moon");
    unknownConsole.regionName = QStringLiteral("Moon");
    unknownConsole.apiHost = QStringLiteral("console.moon.jumpcloud.com");
    QTest::addRow("a jumpcloud console the module does not know")
        << unknownConsole
        << "the JumpCloud PowerShell module has no JCEnvironment value for the Moon console "
           "(console.moon.jumpcloud.com) and would connect to the US console instead";
    ConnectionProfile unknownProvider = sampleMistProfile();
    unknownProvider.providerId = QStringLiteral("acme-cloud");
    QTest::addRow("a provider added to the catalog later")
        << unknownProvider << "there is no .env format for the provider acme-cloud";
}

void TestExports::noEnvFileWhereNoToolCouldUseIt()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, reason);
    QCOMPARE(envFileUnavailableReason(profile), reason);
    const QString file = path(QStringLiteral("connection.env"));
    QString error;
    QVERIFY(!writeEnvFile(file, profile, sampleMistToken, &error));
    QCOMPARE(error, reason);
    QVERIFY(!QFile::exists(file));
    QVERIFY(envFileUnavailableReason(sampleMistProfile()).isEmpty());
}

void TestExports::mistEnvFileInFull()
{
    QString error;
    QCOMPARE(QString::fromUtf8(envFileText(sampleMistProfile(), sampleMistToken, &error)),
             QStringLiteral(
                 "# Juniper Mist, EMEA 02: Personal token of Ada Lovelace <ada@example.com>\n"
                 "# Organization ACME Corp (ID a97c1b22-a4e9-411e-9bfd-d8695a0f9e61)\n"
                 "# For the mistapi Python package, mistapi.APISession(env_file=\"<this "
                 "file>\"), and for Juniper's Terraform provider for Mist, which reads the "
                 "environment: set -a; . ./<this file>; set +a\n"
                 "# This file holds the API token in the clear: keep it private and delete it "
                 "when it is no longer needed.\n"
                 "# The API host, read by both.\n"
                 "MIST_HOST='api.gc3.mist.com'\n"
                 "# The token, as mistapi reads it.\n"
                 "MIST_APITOKEN='") +
                 sampleMistToken +
                 QStringLiteral("'\n"
                                "# The same token, as the Terraform provider reads it.\n"
                                "MIST_API_TOKEN='") +
                 sampleMistToken + QStringLiteral("'\n"));
}

void TestExports::unsafeValuesAreRefused_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("variable");

    const ConnectionProfile mist = sampleMistProfile();
    const QString tokens = QStringLiteral("MIST_APITOKEN, MIST_API_TOKEN");
    QTest::addRow("single quote") << mist << "abc'def" << tokens;
    QTest::addRow("backslash") << mist << "abc\\'def" << tokens;
    QTest::addRow("line break") << mist << "abc\nMIST_HOST=x" << tokens;
    // python-dotenv expands ${NAME} even in single quotes.
    QTest::addRow("dollar brace") << mist << "abc${HOME}def" << tokens;
    QTest::addRow("non-ASCII") << mist << QStringLiteral("abc\u2019def") << tokens;
    QTest::addRow("organization id")
        << sampleJumpCloudProfile(QStringLiteral("eu"), QStringLiteral("o'1"), QStringLiteral("A"))
        << sampleJumpCloudToken << "JCOrgId";
}

void TestExports::unsafeValuesAreRefused()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, token);
    QFETCH(QString, variable);
    const QString file = path(QStringLiteral("connection.env"));
    {
        QFile previous(file);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("PREVIOUS=1\n");
    }
    QString error;
    QVERIFY(!writeEnvFile(file, profile, token, &error));
    QCOMPARE(error, QStringLiteral("the value of %1 holds characters that a .env file cannot "
                                   "carry safely (a quote, a backslash, \u201c${\u201d, a control "
                                   "or non-ASCII character)")
                        .arg(variable));
    QCOMPARE(readFile(file), QByteArray("PREVIOUS=1\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             QStringList{QStringLiteral("connection.env")});
}

void TestExports::envFileIsPrivateEvenWhenReplacingAReadableFile()
{
    // QSaveFile gives a replacement the permissions of the file it replaces; a world-readable
    // earlier export must not make the new one world-readable.
    const QString file = path(QStringLiteral("connection.env"));
    {
        QFile previous(file);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("OLD=1\n");
    }
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    QCOMPARE(fileMode(file), 0644);

    QString error;
    QVERIFY2(writeEnvFile(file, sampleMistProfile(), sampleMistToken, &error), qPrintable(error));
    QCOMPARE(fileMode(file), 0600);
    QCOMPARE(readFile(file).count(QByteArray("MIST_APITOKEN='" + sampleMistToken.toUtf8() + "'\n")),
             1);
    QVERIFY(!readFile(file).contains("OLD=1"));
}

void TestExports::failedWriteLeavesThePreviousFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("env") << "env";
    QTest::addRow("json") << "json";
}

void TestExports::failedWriteLeavesThePreviousFile()
{
    QFETCH(QString, kind);
    const QString file = path(QStringLiteral("export"));
    const QByteArray previous = "PREVIOUS=kept\n";
    {
        QFile earlier(file);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write(previous);
    }
    QString error;
    bool written = true;
    {
        // The new content is longer than the limit: the write stops part way, as on a full disk.
        const FileSizeLimit limit(64);
        written = kind == QLatin1String("env")
                      ? writeEnvFile(file, sampleMistProfile(), sampleMistToken, &error)
                      : writeProfileJson(file, sampleMistProfile(), &error);
    }
    QVERIFY(!written);
    QVERIFY2(
        error.startsWith(QDir::toNativeSeparators(file) + QStringLiteral(" could not be written")),
        qPrintable(error));
    QCOMPARE(readFile(file), previous);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("export")});
}

void TestExports::missingFolderIsReported()
{
    const QString file = path(QStringLiteral("missing/connection.env"));
    QString error;
    QVERIFY(!writeEnvFile(file, sampleMistProfile(), sampleMistToken, &error));
    QVERIFY2(
        error.startsWith(QDir::toNativeSeparators(file) + QStringLiteral(" could not be created")),
        qPrintable(error));
    QVERIFY(!QFile::exists(file));
}

void TestExports::exportNeverFollowsALink_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("targetExists");
    QTest::addRow(".env over a link to a file") << "env" << true;
    QTest::addRow(".env over a dangling link") << "env" << false;
    QTest::addRow("profile over a link to a file") << "json" << true;
    QTest::addRow("profile over a dangling link") << "json" << false;
}

void TestExports::exportNeverFollowsALink()
{
    // Another user plants the suggested name in a shared folder as a link to a file of the
    // person's, or to a name that does not exist yet: the export must write neither.
    QFETCH(QString, kind);
    QFETCH(bool, targetExists);
    const QString target = path(QStringLiteral("target"));
    const QByteArray original = "the person's own file\n";
    if (targetExists) {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    const QString link = path(QStringLiteral("connection.export"));
    QVERIFY(QFile::link(target, link));

    QString error;
    QVERIFY(!writeExport(kind, link, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(link)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    if (targetExists) {
        QCOMPARE(readFile(target), original);
    } else {
        QVERIFY(!QFileInfo::exists(target));
    }
    QStringList expected{QStringLiteral("connection.export")};
    if (targetExists) {
        expected.append(QStringLiteral("target"));
    }
    QCOMPARE(QDir(m_dir->path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                            QDir::Name),
             expected);
}

void TestExports::exportReplacesOnlyAPlainFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("what");
    QTest::addRow(".env over a named pipe") << "env"
                                            << "named pipe";
    QTest::addRow(".env over a folder") << "env"
                                        << "folder";
    QTest::addRow("profile over a named pipe") << "json"
                                               << "named pipe";
}

void TestExports::exportReplacesOnlyAPlainFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, what);
    const QString target = path(QStringLiteral("connection.export"));
    if (what == QLatin1String("folder")) {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("connection.export")));
    } else {
        QCOMPARE(mkfifo(QFile::encodeName(target).constData(), 0600), 0);
    }

    QString error;
    QVERIFY(!writeExport(kind, target, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
    QVERIFY2(error.contains(what), qPrintable(error));
    QCOMPARE(QDir(m_dir->path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("connection.export")});
}

void TestExports::temporaryFileIsPrivateWithoutOTmpfile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("env") << "env";
    QTest::addRow("json") << "json";
}

void TestExports::temporaryFileIsPrivateWithoutOTmpfile()
{
    // NFS, SMB/CIFS and vfat have no O_TMPFILE, so a temporary file there has a name from the
    // start: it must be created private, not made private after others could open it.
    QFETCH(QString, kind);
    const QString log = path(QStringLiteral("created-files.log"));
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QDir(m_dir->path()).mkdir(QStringLiteral("exports"));
    const QString file = path(QStringLiteral("exports/connection.export"));
    QProcess writer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(NO_TMPFILE_LIBRARY));
    environment.insert(QStringLiteral("CC_CREATED_FILES_LOG"), log);
    // In the sanitized build the shim comes before the sanitizer's runtime in the preload list;
    // the shim only forwards to the next open(), so that order is safe to allow.
    const QString sanitizerOptions = environment.value(QStringLiteral("ASAN_OPTIONS"));
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       sanitizerOptions +
                           (sanitizerOptions.isEmpty() ? QString() : QStringLiteral(":")) +
                           QStringLiteral("verify_asan_link_order=0"));
    writer.setProcessEnvironment(environment);
    writer.start(QStringLiteral(WRITE_EXPORT_BINARY), {kind, file});
    QVERIFY(writer.waitForFinished(30000));
    QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
    QVERIFY(QFile::exists(file));

    const QStringList created = QString::fromUtf8(readFile(log))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                    .filter(path(QStringLiteral("exports/")));
    // The library saw the files being made, so the absence of a wide mode below means something.
    QVERIFY2(!created.isEmpty(), "the preloaded library recorded no file in the export folder");
    for (const QString& line : created) {
        const int mode = line.section(QLatin1Char(' '), 0, 0).toInt(nullptr, 8);
        QVERIFY2((mode & 077) == 0,
                 qPrintable(QStringLiteral("created readable by others: ") + line));
    }
}

void TestExports::profileJsonHasEverythingButTheToken()
{
    const QString file = path(QStringLiteral("profile.json"));
    QString error;
    QVERIFY2(writeProfileJson(file, sampleMistProfile(), &error), qPrintable(error));
    QCOMPARE(fileMode(file), 0644);

    QJsonParseError parseError{};
    const QJsonObject json = QJsonDocument::fromJson(readFile(file), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QLatin1String("format")).toString(),
             QStringLiteral("credential-connect-profile"));
    QCOMPARE(json.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("key")).toString(),
             QStringLiteral("juniper-mist/api.gc3/a97c1b22-a4e9-411e-9bfd-d8695a0f9e61"));
    QCOMPARE(json.value(QLatin1String("provider")).toString(), QStringLiteral("juniper-mist"));
    QCOMPARE(json.value(QLatin1String("region_name")).toString(), QStringLiteral("EMEA 02"));
    QCOMPARE(json.value(QLatin1String("api_host")).toString(), QStringLiteral("api.gc3.mist.com"));
    QCOMPARE(json.value(QLatin1String("organization_name")).toString(),
             QStringLiteral("ACME Corp"));
    QCOMPARE(json.value(QLatin1String("identity")).toArray().size(), 2);
    QCOMPARE(json.value(QLatin1String("verified_at")).toString(),
             QStringLiteral("2026-03-02T14:05:07Z"));
    QStringList fields = json.keys();
    fields.sort();
    QCOMPARE(fields,
             (QStringList{QStringLiteral("api_host"), QStringLiteral("format"),
                          QStringLiteral("identity"), QStringLiteral("key"),
                          QStringLiteral("organization_id"), QStringLiteral("organization_name"),
                          QStringLiteral("provider"), QStringLiteral("provider_name"),
                          QStringLiteral("region"), QStringLiteral("region_name"),
                          QStringLiteral("verified_at"), QStringLiteral("version")}));

    ConnectionProfile never = sampleMistProfile();
    never.verifiedAt = QDateTime();
    QVERIFY(QJsonDocument::fromJson(profileJson(never))
                .object()
                .value(QLatin1String("verified_at"))
                .isNull());
}

void TestExports::summary_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("text");

    QTest::addRow("mist") << sampleMistProfile()
                          << "Juniper Mist connection\n"
                             "Region: EMEA 02 (api.gc3.mist.com)\n"
                             "Organization: ACME Corp (ID a97c1b22-a4e9-411e-9bfd-d8695a0f9e61)\n"
                             "Identity: Personal token of Ada Lovelace <ada@example.com>\n"
                             "Roles:\n"
                             "- Super User on organization ACME Corp\n"
                             "Verified at: 2026-03-02 14:05 UTC\n";

    ConnectionProfile multiTenant = sampleJumpCloudProfile(
        QStringLiteral("eu"), QStringLiteral("j1"), QStringLiteral("ACME Europe"));
    multiTenant.identity =
        QStringList{QStringLiteral("Multi-tenant administrator key: reaches 2 organizations"),
                    QStringLiteral("Organization ACME Europe (ID j1)"),
                    QStringLiteral("Organization ACME Asia (ID j2)")};
    multiTenant.verifiedAt = QDateTime(QDate(2026, 1, 31), QTime(23, 59), Qt::OffsetFromUTC, -3600);
    QTest::addRow("jumpcloud multi-tenant, verified in another zone")
        << multiTenant
        << "JumpCloud connection\n"
           "Region: EU (console.eu.jumpcloud.com)\n"
           "Organization: ACME Europe (ID j1)\n"
           "Identity: Multi-tenant administrator key: reaches 2 organizations\n"
           "Organizations reached:\n"
           "- Organization ACME Europe (ID j1)\n"
           "- Organization ACME Asia (ID j2)\n"
           "Verified at: 2026-02-01 00:59 UTC\n";

    ConnectionProfile bare = sampleMistProfile();
    bare.organizationId.clear();
    bare.identity.clear();
    bare.verifiedAt = QDateTime();
    QTest::addRow("nothing known beyond the region") << bare
                                                     << "Juniper Mist connection\n"
                                                        "Region: EMEA 02 (api.gc3.mist.com)\n"
                                                        "Verified at: never\n";
}

void TestExports::summary()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, text);
    QCOMPARE(connectionSummary(profile), text);
}

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
