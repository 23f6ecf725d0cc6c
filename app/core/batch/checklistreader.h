#pragma once

#include "core/batch/wipedinput.h"

#include <QString>

#include <optional>

class QIODevice;

namespace cc {

// One row of a list of checks, as written: nothing is checked yet but the list's own form.
struct ListRow
{
    qint64 line = 0; // 1-based line of the file where the row starts
    QString provider;
    QString region;
    QString token;
    QString label;   // null when the list has no label for the row
    QString problem; // set when the row cannot be used: reported as invalid input
};

// Reads a list of checks a row at a time, never the whole list: CSV with a header row naming
// the columns provider, region, token and optionally label, in any order and case, or JSON
// Lines, one object per line with the same keys. Other columns and keys are ignored.
class ChecklistReader final
{
public:
    // device: opened with QIODevice::Unbuffered (see WipedInput).
    explicit ChecklistReader(QIODevice& device);

    // Reads the first line: a CSV header that names the three columns, or a JSON object.
    // False when it is neither or cannot be read: the list cannot be used at all.
    bool start();
    // The next row, or nothing at the end of the list. Call start() first.
    std::optional<ListRow> next();
    // The device could not be read to its end.
    bool failed() const { return m_input.failed(); }

private:
    std::optional<ListRow> nextCsvRow();
    std::optional<ListRow> nextJsonRow();

    WipedInput m_input;
    bool m_json = false;
    // Column of each key in a CSV row; -1: the header does not name it.
    qsizetype m_provider = -1;
    qsizetype m_region = -1;
    qsizetype m_token = -1;
    qsizetype m_label = -1;
};

} // namespace cc
