#pragma once

class QApplication;

namespace cc::gui {

// The program with a window: loads the catalog (a broken one is a clear error, never a
// crash), owns the one network access manager, shows the main window and runs it.
int runWindow(QApplication& app);

} // namespace cc::gui
