// The reference for one check: the least a QNetworkAccessManager program does to send one GET
// over HTTPS, trusting one more certificate authority, and print the answer.
// Usage: bench-minimal-client URL CA_FILE HEADER_FILE
//   HEADER_FILE holds "Name: value" lines, the same file curl reads with -H @FILE.
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fputs("usage: bench-minimal-client URL CA_FILE HEADER_FILE\n", stderr);
        return 2;
    }
    QNetworkRequest request(QUrl(QString::fromLocal8Bit(argv[1])));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(QSslCertificate::fromPath(QString::fromLocal8Bit(argv[2])));
    request.setSslConfiguration(tls);
    QFile headers(QString::fromLocal8Bit(argv[3]));
    if (!headers.open(QIODevice::ReadOnly)) {
        return 2;
    }
    while (!headers.atEnd()) {
        const QByteArray line = headers.readLine().trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            request.setRawHeader(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
    }

    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {
        const QByteArray body = reply->readAll();
        std::fwrite(body.constData(), 1, static_cast<size_t>(body.size()), stdout);
        std::fputc('\n', stdout);
        QCoreApplication::exit(reply->error() == QNetworkReply::NoError ? 0 : 1);
    });
    return app.exec();
}
