#include "support/testpki.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>

namespace cc::test {

namespace {
const QString subjectAltNames = []() -> QString {
    QStringList names{QStringLiteral("DNS:localhost"),
                      QStringLiteral("DNS:") + QLatin1String(proxiedHostName),
                      QStringLiteral("IP:0.0.0.0")};
    for (int last = 1; last <= 16; ++last) {
        names.append(QStringLiteral("IP:127.0.0.%1").arg(last));
    }
    return QStringLiteral("subjectAltName=") + names.join(QLatin1Char(','));
}();

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

TestPki::TestPki() = default;

QString TestPki::path(const QString& name) const
{
    return m_dir.filePath(name);
}

bool TestPki::run(const QStringList& arguments, QString* error) const
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl ") + arguments.join(QLatin1Char(' ')) +
                 QStringLiteral(" failed: ") + QString::fromLocal8Bit(openssl.readAll()) +
                 openssl.errorString();
        return false;
    }
    return true;
}

bool TestPki::create(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QStringList ecKey{
        QStringLiteral("-newkey"),  QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"),   QStringLiteral("-days"),
        QStringLiteral("2")};
    const QStringList serverExtensions{
        QStringLiteral("-addext"), subjectAltNames,
        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:FALSE"),
        QStringLiteral("-addext"), QStringLiteral("extendedKeyUsage=serverAuth")};
    const QStringList makeCa =
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
        QStringList{QStringLiteral("-keyout"),
                    path(QStringLiteral("ca.key")),
                    QStringLiteral("-out"),
                    caFile(),
                    QStringLiteral("-subj"),
                    QStringLiteral("/O=Credential Connect Tests/CN=Credential Connect Test Root"),
                    QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign")};
    const QStringList makeServer =
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
        QStringList{QStringLiteral("-keyout"), path(QStringLiteral("server.key")),
                    QStringLiteral("-out"),    path(QStringLiteral("server.pem")),
                    QStringLiteral("-subj"),   QStringLiteral("/CN=localhost"),
                    QStringLiteral("-CA"),     caFile(),
                    QStringLiteral("-CAkey"),  path(QStringLiteral("ca.key"))} +
        serverExtensions;
    const QStringList makeSelfSigned =
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
        QStringList{QStringLiteral("-keyout"),
                    path(QStringLiteral("self.key")),
                    QStringLiteral("-out"),
                    path(QStringLiteral("self.pem")),
                    QStringLiteral("-subj"),
                    QStringLiteral("/O=Inspecting Proxy Ltd/CN=Inspecting Proxy Root")} +
        serverExtensions;
    const QStringList makeWrongHost =
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
        QStringList{
            QStringLiteral("-keyout"), path(QStringLiteral("wronghost.key")),
            QStringLiteral("-out"),    path(QStringLiteral("wronghost.pem")),
            QStringLiteral("-subj"),   QStringLiteral("/CN=otherhost.example"),
            QStringLiteral("-CA"),     caFile(),
            QStringLiteral("-CAkey"),  path(QStringLiteral("ca.key")),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:otherhost.example")};
    const QStringList makeHostileNames =
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
        QStringList{QStringLiteral("-keyout"),
                    path(QStringLiteral("hostile.key")),
                    QStringLiteral("-out"),
                    path(QStringLiteral("hostile.pem")),
                    QStringLiteral("-utf8"),
                    QStringLiteral("-subj"),
                    QStringLiteral("/O=Evil\x1b]0;pwned\x07 Ltd/CN=evil\x1b[2J\r\nverified: "
                                   "forged\u009b1A\u202e")} +
        serverExtensions;
    return run(makeCa, error) && run(makeServer, error) && run(makeSelfSigned, error) &&
           run(makeWrongHost, error) && run(makeHostileNames, error) && createExpired(error);
}

bool TestPki::createExpired(QString* error)
{
    // "openssl ca" is the one openssl command that takes a start and end date of its own.
    QFile config(path(QStringLiteral("ca.cnf")));
    QFile index(path(QStringLiteral("index.txt")));
    QFile serial(path(QStringLiteral("serial")));
    if (!config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly) ||
        !serial.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the openssl ca files");
        return false;
    }
    serial.write("1000\n");
    config.write("[ca]\ndefault_ca = test\n[test]\ndatabase = " + index.fileName().toLocal8Bit() +
                 "\nnew_certs_dir = " + m_dir.path().toLocal8Bit() +
                 "\nserial = " + serial.fileName().toLocal8Bit() +
                 "\ndefault_md = sha256\npolicy = anything\ncopy_extensions = copy\n"
                 "[anything]\ncommonName = supplied\n");
    config.close();
    index.close();
    serial.close();
    return run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), path(QStringLiteral("expired.key")),
                QStringLiteral("-out"), path(QStringLiteral("expired.csr")),
                QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                subjectAltNames},
               error) &&
           run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                config.fileName(), QStringLiteral("-cert"), caFile(), QStringLiteral("-keyfile"),
                path(QStringLiteral("ca.key")), QStringLiteral("-startdate"),
                QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                QStringLiteral("20200201000000Z"), QStringLiteral("-notext"), QStringLiteral("-in"),
                path(QStringLiteral("expired.csr")), QStringLiteral("-out"),
                path(QStringLiteral("expired.pem"))},
               error);
}

QString TestPki::caFile() const
{
    return path(QStringLiteral("ca.pem"));
}

QList<QSslCertificate> TestPki::caCertificates() const
{
    return QSslCertificate::fromData(readAll(caFile()), QSsl::Pem);
}

QSslConfiguration TestPki::serverConfiguration(const QString& certificate, const QString& key) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(readAll(path(certificate)), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(readAll(path(key)), QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks no client cert
    return configuration;
}

QSslConfiguration TestPki::trustedServerConfiguration() const
{
    return serverConfiguration(QStringLiteral("server.pem"), QStringLiteral("server.key"));
}

QSslConfiguration TestPki::wrongHostServerConfiguration() const
{
    return serverConfiguration(QStringLiteral("wronghost.pem"), QStringLiteral("wronghost.key"));
}

QSslConfiguration TestPki::expiredServerConfiguration() const
{
    return serverConfiguration(QStringLiteral("expired.pem"), QStringLiteral("expired.key"));
}

QSslConfiguration TestPki::selfSignedServerConfiguration() const
{
    return serverConfiguration(QStringLiteral("self.pem"), QStringLiteral("self.key"));
}

QSslConfiguration TestPki::hostileNamesServerConfiguration() const
{
    return serverConfiguration(QStringLiteral("hostile.pem"), QStringLiteral("hostile.key"));
}

} // namespace cc::test
