#pragma once

class QComboBox;
class QLabel;

namespace cc::gui {

// Has a screen reader say the value of a combo box that cannot be typed into, on Debian 12's
// Qt 6.4 and Orca 43. Orca reads such a combo box by its label (the buddy) and takes the value
// from the selected item of its list, through the AT-SPI Selection interface, which Qt 6.4's
// bridge does not offer (QAccessibleSelectionInterface came with Qt 6.5): so Orca says
// "Provider: combo box", and nothing when the arrow keys change it (it ignores the name change Qt
// sends for combo boxes). Here the label's accessible name carries the value, which Orca reads
// with the combo box, and a change made while the combo box has the focus is announced. Whether
// a later Qt makes this unnecessary is untried: try it with Orca before removing this.
void speakComboBoxValue(QLabel& buddy, QComboBox& combo);
// For a value set while the combo box's signals were blocked.
void nameComboBoxValue(QLabel& buddy, const QComboBox& combo);

} // namespace cc::gui
