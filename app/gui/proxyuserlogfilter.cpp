#include "gui/proxyuserlogfilter.h"

#include <QString>
#include <QtGlobal>

namespace cc::gui {

namespace {
QtMessageHandler nextHandler = nullptr;

void filterProxyUsers(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(
            QLatin1String("QNetworkAccessCache::addEntry: overriding active cache entry 'auth:"))) {
        return;
    }
    if (nextHandler != nullptr) {
        nextHandler(type, context, message);
    }
}
} // namespace

void installProxyUserLogFilter()
{
    if (nextHandler == nullptr) {
        nextHandler = qInstallMessageHandler(filterProxyUsers);
    }
}

} // namespace cc::gui
