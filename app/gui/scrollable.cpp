#include "gui/scrollable.h"

#include <QScrollArea>

namespace cc::gui {

QWidget* scrollable(QWidget* content)
{
    auto* area = new QScrollArea(content->parentWidget());
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    // Tab from the tab bar or the wizard's buttons lands in the form, not on the area.
    area->setFocusPolicy(Qt::NoFocus);
    return area;
}

} // namespace cc::gui
