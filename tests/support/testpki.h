#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

namespace cc::test {

// A name only the test proxy knows (ConnectProxy tunnels it to a local server): requests to
// it go through a proxy or nowhere. The .test domain is reserved and never resolves (RFC 6761).
inline constexpr char proxiedHostName[] = "api.proxied.test";

// A certificate authority made at test time, trusted by nobody but the test that made it,
// and the certificates a local server presents. Made with the openssl command in a
// temporary folder that disappears with the object.
class TestPki final
{
public:
    TestPki();

    // Makes the authority and the certificates. False, with the reason, when openssl fails.
    bool create(QString* error);

    // The authority's certificate, as a PEM file (for --ca-bundle) and as certificates.
    QString caFile() const;
    QList<QSslCertificate> caCertificates() const;

    // A server certificate for localhost, 127.0.0.1 to 127.0.0.16, 0.0.0.0 (this machine) and
    // proxiedHostName, issued by the authority.
    QSslConfiguration trustedServerConfiguration() const;
    // A self-signed certificate for the same names: the client must refuse it.
    QSslConfiguration selfSignedServerConfiguration() const;
    // Issued by the authority, but for another host name only.
    QSslConfiguration wrongHostServerConfiguration() const;
    // Issued by the authority for the right names, but valid only in January 2020.
    QSslConfiguration expiredServerConfiguration() const;
    // Self-signed, with names that hold what a terminal acts on: escape sequences (set the
    // title, clear the screen), a line break and a line that looks like a verified answer, a C1
    // control and a right-to-left override. Shown in the refusal, they must stay visible text.
    QSslConfiguration hostileNamesServerConfiguration() const;

private:
    bool run(const QStringList& arguments, QString* error) const;
    bool createExpired(QString* error);
    QSslConfiguration serverConfiguration(const QString& certificate, const QString& key) const;
    QString path(const QString& name) const;

    QTemporaryDir m_dir;
};

} // namespace cc::test
