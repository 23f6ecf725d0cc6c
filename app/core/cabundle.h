#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

// Certificate authorities to trust besides the system store, for this program only: the
// CLI's --ca-bundle and the window's setting both read them here.
struct CaBundle
{
    QList<QSslCertificate> certificates;
    QStringList warnings; // certificates read but of no use, in words
};

// Reads a PEM file of certificate authorities as untrusted input: at most 4 MiB, at least one
// certificate, every certificate in it readable, and no private key (a sign that the wrong
// file was picked). Expired certificates are left out with a warning: TLS would not use them.
// Nothing, with the reason in *error, when the file cannot be used.
std::optional<CaBundle> loadCaBundle(const QString& path, QString* error);
// The same for PEM text already read.
std::optional<CaBundle> parseCaBundle(const QByteArray& pem, const QDateTime& now, QString* error);

} // namespace cc
