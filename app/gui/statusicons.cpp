#include "gui/statusicons.h"

#include "core/result.h"

#include <QLabel>
#include <QStyle>

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

StatusKind statusKindFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified:
        return StatusKind::Ok;
    case Outcome::Rejected:
    case Outcome::Forbidden:
    case Outcome::InvalidInput:
        return StatusKind::Error;
    default:
        return StatusKind::Warning;
    }
}

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

void setStatusLine(QLabel* icon, QLabel* label, const QString& text, StatusKind kind)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    icon->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        const int size = icon->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, icon);
        icon->setPixmap(statusIcon(kind).pixmap(size, size));
    }
}

} // namespace cc::gui
