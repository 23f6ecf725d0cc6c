#include "gui/wrappinglabel.h"

#include <QEvent>

namespace cc::gui {

WrappingLabel::WrappingLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
}

WrappingLabel::~WrappingLabel() = default;

int WrappingLabel::heightForWidth(int width) const
{
    if (text() != m_text) {
        m_text = text();
        m_heights.fill(Remembered{});
    }
    for (const Remembered& remembered : m_heights) {
        if (remembered.width == width) {
            return remembered.height;
        }
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = Remembered{width, height};
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

void WrappingLabel::changeEvent(QEvent* event)
{
    // What changes the height besides the text: the font, the style, the contents' margins.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::ContentsRectChange || event->type() == QEvent::LanguageChange) {
        m_heights.fill(Remembered{});
    }
    QLabel::changeEvent(event);
}

} // namespace cc::gui
