#include "gui/wrappinglabel.h"

#include <QEvent>

namespace cc::gui {

namespace {
// Longer than any word of a sentence, short enough for the narrowest window.
constexpr int longestUnbrokenRun = 20;
constexpr QChar zeroWidthSpace(0x200b);
} // namespace

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

void WrappingLabel::setTextBreakingAnywhere(const QString& text)
{
    QString shown;
    shown.reserve(text.size() + text.size() / longestUnbrokenRun);
    int run = 0;
    for (const QChar c : text) {
        // Not between the two halves of a surrogate pair.
        if (run >= longestUnbrokenRun && !c.isSpace() && !c.isLowSurrogate()) {
            shown.append(zeroWidthSpace);
            run = 0;
        }
        shown.append(c);
        run = c.isSpace() ? 0 : run + 1;
    }
    setText(shown);
}

QString WrappingLabel::unbrokenText() const
{
    return text().remove(zeroWidthSpace);
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
