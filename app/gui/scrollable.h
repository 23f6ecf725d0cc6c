#pragma once

class QWidget;

namespace cc::gui {

// content in a frameless scroll area that gives it the whole width: a long answer (a region
// search lists every region) or long words in another language scroll instead of being cut off.
QWidget* scrollable(QWidget* content);

} // namespace cc::gui
