#include "gui/statusicons.h"

static void initIconResource()
{
    // Outside any namespace, as Q_INIT_RESOURCE requires; the static library's resource
    // initialiser would otherwise be dropped by the linker.
    Q_INIT_RESOURCE(icons);
}

namespace cc::gui {

namespace {
QIcon iconFromResource(const char* name)
{
    static const bool initialised = [] {
        initIconResource();
        return true;
    }();
    Q_UNUSED(initialised)
    return QIcon(QStringLiteral(":/icons/") + QLatin1String(name));
}
} // namespace

QIcon statusIcon(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Ok:
        return iconFromResource("status-ok.svg");
    case StatusKind::Error:
        return iconFromResource("status-error.svg");
    case StatusKind::Warning:
        return iconFromResource("status-warning.svg");
    case StatusKind::Busy:
        return iconFromResource("status-busy.svg");
    }
    return QIcon();
}

QIcon showTokenIcon()
{
    return iconFromResource("show-token.svg");
}

QIcon hideTokenIcon()
{
    return iconFromResource("hide-token.svg");
}

QIcon applicationIcon()
{
    return iconFromResource("credential-connect.svg");
}

} // namespace cc::gui
