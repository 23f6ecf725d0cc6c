#include "core/cabundle.h"

#include "core/credential.h"
#include "core/regularfile.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cc {

namespace {
constexpr qint64 maxBundleBytes = qint64{4} * 1024 * 1024;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CaBundle)
};

QString describe(const QSslCertificate& certificate)
{
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty()
               ? certificate.subjectInfo(QSslCertificate::Organization).join(QStringLiteral(", "))
               : names.join(QStringLiteral(", "));
}
} // namespace

std::optional<CaBundle> parseCaBundle(const QByteArray& pem, const QDateTime& now, QString* error)
{
    if (pem.size() > maxBundleBytes) {
        *error = Text::tr("The file is larger than 4 MiB; a bundle of authorities is far smaller.");
        return std::nullopt;
    }
    if (pem.contains("PRIVATE KEY-----")) {
        *error = Text::tr("The file holds a private key. Give the certificate of the authority "
                          "only, and keep the key where it was.");
        return std::nullopt;
    }
    // Qt skips what it cannot read; read each block alone to say which one is broken.
    static const QByteArray begin = "-----BEGIN CERTIFICATE-----";
    CaBundle bundle;
    int index = 0;
    for (qsizetype at = pem.indexOf(begin); at >= 0; at = pem.indexOf(begin, at + 1)) {
        ++index;
        const qsizetype next = pem.indexOf(begin, at + 1);
        const QList<QSslCertificate> read =
            QSslCertificate::fromData(pem.mid(at, next < 0 ? -1 : next - at), QSsl::Pem);
        if (read.size() != 1) {
            *error = Text::tr("Certificate %1 in the file cannot be read.").arg(index);
            return std::nullopt;
        }
        const QSslCertificate& certificate = read.constFirst();
        if (certificate.expiryDate() < now) {
            bundle.warnings.append(
                Text::tr("The certificate \u201c%1\u201d expired on %2 and is not used.")
                    .arg(describe(certificate),
                         certificate.expiryDate().toUTC().toString(Qt::ISODate)));
            continue;
        }
        bundle.certificates.append(certificate);
    }
    if (index == 0) {
        *error = Text::tr("The file holds no PEM certificate (a block starting "
                          "\u201c-----BEGIN CERTIFICATE-----\u201d).");
        return std::nullopt;
    }
    if (bundle.certificates.isEmpty()) {
        *error = Text::tr("Every certificate in the file has expired.");
        return std::nullopt;
    }
    return bundle;
}

std::optional<CaBundle> loadCaBundle(const QString& path, QString* error)
{
    // The path is repeated back: masked, in case a token was given as the path by mistake.
    const QString shown = maskIfTokenLike(path);
    QString problem;
    const std::optional<QByteArray> pem = readRegularFile(path, maxBundleBytes, &problem);
    if (!pem) {
        *error = Text::tr("Cannot open the CA bundle %1: %2").arg(shown, problem);
        return std::nullopt;
    }
    std::optional<CaBundle> bundle = parseCaBundle(*pem, QDateTime::currentDateTimeUtc(), &problem);
    if (!bundle) {
        *error = Text::tr("The CA bundle %1 cannot be used: %2").arg(shown, problem);
    }
    return bundle;
}

} // namespace cc
