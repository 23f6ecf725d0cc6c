#pragma once

#include <QString>

namespace cc {

// What a list of tokens says about itself before any row is read, in the same words for the
// command line (--check-file) and the window (File › Check a List…).

// Tokens in a file others can read are tokens others have: true when the group or anyone else
// may read the file at path.
bool othersCanRead(const QString& path);
// The warning for such a file, naming it as shownPath.
QString othersCanReadWarning(const QString& shownPath);
// The list at shownPath could not be opened or read to its end, with the system's reason.
QString listUnreadableProblem(const QString& shownPath, const QString& reason);
// The first line of the list at shownPath is neither a CSV header naming the three columns nor
// a JSON object.
QString notAListProblem(const QString& shownPath);

} // namespace cc
