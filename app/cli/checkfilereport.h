#pragma once

#include "cli/resultjson.h"
#include "core/batch/checkqueue.h"

#include <QElapsedTimer>
#include <QMap>

namespace cc::cli {

// One row of a list, answered: what its report needs.
struct AnsweredRow
{
    qint64 line = 0;
    QString label; // null when the list gives none
    ResultContext context;
    CheckAnswer answer;
};

// Prints the answers of --check-file, one row at a time as they come in order, and the summary
// at the end: with --json, each row as --check --json prints it plus "line" and "label", then
// {"summary": ...}; otherwise a table, with progress on standard error when it is a terminal.
class CheckFileReport final
{
public:
    explicit CheckFileReport(bool asJson);

    void print(const AnsweredRow& row);
    // The rows read so far, for the progress line.
    void setRowsRead(qint64 rows) { m_rowsRead = rows; }
    void printSummary();
    // 0: every row verified; 3: some row could not be checked; otherwise 1.
    int exitCode() const;

private:
    void printTableRow(const AnsweredRow& row);
    void showProgress();
    void clearProgress();

    bool m_asJson;
    bool m_progress; // standard error is a terminal
    bool m_progressShown = false;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceProgress;
    qint64 m_rows = 0;
    qint64 m_rowsRead = 0;
    QMap<Outcome, qint64> m_counts;
};

} // namespace cc::cli
