#include "core/programidentity.h"

#include "version.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

namespace cc {

void describeProgram()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Credential Connect"));
    QCoreApplication::setApplicationName(QStringLiteral(CREDENTIAL_CONNECT_EXECUTABLE));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDENTIAL_CONNECT_VERSION));
    // Honour the system's proxy settings (https_proxy, no_proxy and the desktop's own).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace cc
