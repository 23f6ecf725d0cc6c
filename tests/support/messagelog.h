#pragma once

#include <QStringList>

namespace cc::test {

// Records every message Qt or the program logs from now on, debug messages of every logging
// category included, so a test can prove a secret is in none of them. Messages from info up
// are still printed as usual; the debug flood is only recorded.
void startRecordingMessages();
// Restores the previous handler and logging rules; returns everything recorded.
QStringList stopRecordingMessages();

} // namespace cc::test
