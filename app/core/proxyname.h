#pragma once

#include <QString>

class QNetworkProxy;

namespace cc {

// A proxy as the program names it to people and files what it keeps about it: "host:port",
// "[::1]:3128" for an IPv6 address. Never its user name or password.
QString proxyHostAndPort(const QNetworkProxy& proxy);

} // namespace cc
