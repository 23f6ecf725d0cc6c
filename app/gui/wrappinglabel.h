#pragma once

#include <QLabel>

#include <array>

namespace cc::gui {

// A word-wrapped label that remembers its height for the last few widths. QLabel lays its
// whole text out again for each height-for-width question, and a layout asks several times,
// for every label in the window, whenever any part of the window changes; with this, only a
// label whose text, font or width changed lays out again.
class WrappingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingLabel)

public:
    explicit WrappingLabel(QWidget* parent = nullptr);
    ~WrappingLabel() override;

    int heightForWidth(int width) const override;

    // Shows the text with a break opportunity, an invisible zero-width space, every few
    // characters of any run too long for a line. QLabel wraps only between words, so one name
    // without spaces would otherwise make the label, and the window around it, as wide as the
    // whole name, and push the buttons out of sight.
    void setTextBreakingAnywhere(const QString& text);
    // The text as given to setTextBreakingAnywhere, without those breaks.
    QString unbrokenText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Remembered
    {
        int width = -1;
        int height = 0;
    };
    // The answers are for this text; another text (QLabel::setText is not virtual) starts over.
    mutable QString m_text;
    mutable std::array<Remembered, 4> m_heights{};
    mutable std::size_t m_next = 0;
};

} // namespace cc::gui
