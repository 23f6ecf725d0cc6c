#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace cc::test {

// The system's certificate store with one more authority in it, seen by one program only.
//
// Qt's OpenSSL backend reads the system store from fixed folders (/etc/ssl/certs first on
// Debian), looking certificates up by their hash links; it ignores SSL_CERT_DIR and
// SSL_CERT_FILE. So a test of "IT installed our root certificate" needs that folder itself to
// hold the authority. This builds a copy of /etc/ssl/certs with the authority added the way
// update-ca-certificates adds one (a .pem beside the others, the bundle file extended, hash
// links remade by `openssl rehash`), and runs the program in a private mount namespace where
// the copy is mounted over /etc/ssl/certs. The machine's own store is never touched.
class PrivateCaStore final
{
public:
    PrivateCaStore();

    // Builds the copy with the authority in caFile added. False, with the reason, on failure.
    bool create(const QString& caFile, QString* error);

    // Whether this machine lets an unprivileged process have a mount namespace of its own
    // (user namespaces: `unshare --user --map-root-user --mount`), or, as root, a mount
    // namespace alone. When not, *why says so.
    bool namespacesAvailable(QString* why) const;

    // The program and arguments that run a command with the copy as the system store: append
    // the command's own program and arguments.
    QStringList wrapper() const;

private:
    QTemporaryDir m_dir;
    QStringList m_unshare;
};

} // namespace cc::test
