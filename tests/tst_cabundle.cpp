// Reading a file of extra certificate authorities (--ca-bundle, and the window's setting) as
// untrusted input: what is accepted, what is left out with a warning, what is refused and why.
#include "core/cabundle.h"
#include "support/testpki.h"

#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cc;
using namespace cc::test;

class TestCaBundle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void loadsFromAFile();
    void refusesMissingAndOversizedFiles();

private:
    QByteArray authority() const;
    QByteArray expired() const;

    TestPki m_pki;
    QTemporaryDir m_dir;
    const QDateTime m_now{QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc()};
};

void TestCaBundle::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
}

QByteArray TestCaBundle::authority() const
{
    return m_pki.caCertificates().constFirst().toPem();
}

QByteArray TestCaBundle::expired() const
{
    // Valid only in January 2020.
    return m_pki.expiredServerConfiguration().localCertificate().toPem();
}

void TestCaBundle::accepted_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<int>("certificates");
    QTest::addColumn<QStringList>("warnings"); // words each warning holds, in order

    const QByteArray selfSigned = m_pki.selfSignedServerConfiguration().localCertificate().toPem();
    QTest::addRow("one authority") << authority() << 1 << QStringList();
    QTest::addRow("two authorities") << authority() + selfSigned << 2 << QStringList();
    QTest::addRow("comments between the blocks")
        << "# Corporate root\n" + authority() + "\n# Proxy root\n" + selfSigned << 2
        << QStringList();
    QTest::addRow("Windows line ends")
        << QByteArray(authority()).replace("\n", "\r\n") << 1 << QStringList();
    QTest::addRow("an expired one is left out")
        << authority() + expired() << 1 << QStringList{QStringLiteral("2020-02-01")};
}

void TestCaBundle::accepted()
{
    QFETCH(QByteArray, pem);
    QFETCH(int, certificates);
    QFETCH(QStringList, warnings);

    QString error;
    const std::optional<CaBundle> bundle = parseCaBundle(pem, m_now, &error);

    QVERIFY2(bundle.has_value(), qPrintable(error));
    QCOMPARE(bundle->certificates.size(), certificates);
    QCOMPARE(bundle->warnings.size(), warnings.size());
    for (int i = 0; i < warnings.size(); ++i) {
        QVERIFY2(bundle->warnings.at(i).contains(warnings.at(i)),
                 qPrintable(bundle->warnings.at(i)));
        QVERIFY(bundle->warnings.at(i).contains(QLatin1String("localhost")));
    }
}

void TestCaBundle::refused_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("mention");

    QByteArray broken = authority() + authority();
    broken[broken.size() - 60] = '*'; // not base64: the second block no longer decodes
    QTest::addRow("empty") << QByteArray() << "no PEM certificate";
    QTest::addRow("text only") << QByteArray("corporate root, see the intranet\n")
                               << "no PEM certificate";
    QTest::addRow("DER instead of PEM")
        << m_pki.caCertificates().constFirst().toDer() << "no PEM certificate";
    QTest::addRow("second block damaged") << broken << "Certificate 2";
    QTest::addRow("only expired") << expired() << "expired";
    QTest::addRow("a private key beside the certificate")
        << authority() + m_pki.trustedServerConfiguration().privateKey().toPem() << "private key";
    QTest::addRow("over 4 MiB") << authority() + QByteArray(4 * 1024 * 1024, '\n') << "4 MiB";
}

void TestCaBundle::refused()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, mention);

    QString error;
    QVERIFY(!parseCaBundle(pem, m_now, &error).has_value());
    QVERIFY2(error.contains(mention), qPrintable(error));
}

void TestCaBundle::loadsFromAFile()
{
    QString error;
    const std::optional<CaBundle> bundle = loadCaBundle(m_pki.caFile(), &error);
    QVERIFY2(bundle.has_value(), qPrintable(error));
    QCOMPARE(bundle->certificates, m_pki.caCertificates());
}

void TestCaBundle::refusesMissingAndOversizedFiles()
{
    QString error;
    const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
    QVERIFY(!loadCaBundle(missing, &error).has_value());
    QVERIFY2(error.contains(missing), qPrintable(error));

    const QString large = m_dir.filePath(QStringLiteral("large.pem"));
    QFile file(large);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(authority());
    file.write(QByteArray(5 * 1024 * 1024, '\n'));
    file.close();
    QVERIFY(!loadCaBundle(large, &error).has_value());
    QVERIFY2(error.contains(large) && error.contains(QLatin1String("4 MiB")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCaBundle)
#include "tst_cabundle.moc"
