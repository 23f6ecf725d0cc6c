#include "core/proxyname.h"

#include <QNetworkProxy>

namespace cc {

QString proxyHostAndPort(const QNetworkProxy& proxy)
{
    const QString host = proxy.hostName();
    const QString shownHost =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shownHost + QLatin1Char(':') + QString::number(proxy.port());
}

} // namespace cc
