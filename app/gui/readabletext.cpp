#include "gui/readabletext.h"

#include <QLabel>

namespace cc::gui {

void makeReadableWithTab(QLabel& label)
{
    // The interaction flags set the focus policy, so the policy comes after them.
    label.setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    label.setFocusPolicy(Qt::StrongFocus);
}

} // namespace cc::gui
