#include "support/testpki.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>

namespace cc::test {

namespace {
const QString subjectAltNames = []() -> QString {
    QStringList names{QStringLiteral("DNS:localhost")};
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
    return run(makeCa, error) && run(makeServer, error) && run(makeSelfSigned, error);
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

QSslConfiguration TestPki::selfSignedServerConfiguration() const
{
    return serverConfiguration(QStringLiteral("self.pem"), QStringLiteral("self.key"));
}

} // namespace cc::test
