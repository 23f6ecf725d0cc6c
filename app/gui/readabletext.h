#pragma once

class QLabel;

namespace cc::gui {

// Makes a label that holds an answer a stop of the Tab order, as read-only selectable text. A
// QLabel selectable by keyboard takes the focus only when clicked (Qt::ClickFocus), so a person
// who moves with Tab never reaches it, and a screen reader never reads it unless asked to review
// the whole window. Its words stay its accessible name: no name may be set that replaces them.
void makeReadableWithTab(QLabel& label);

} // namespace cc::gui
