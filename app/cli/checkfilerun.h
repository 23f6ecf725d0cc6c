#pragma once

#include "cli/checkfilereport.h"
#include "core/batch/checkqueue.h"

#include <QObject>

#include <deque>
#include <optional>

namespace cc {
class Catalog;
class ChecklistReader;
} // namespace cc

namespace cc::cli {

// Streams a list through a queue: reads rows while fewer than readAhead are waiting to be
// printed, hands each usable one to the queue, and prints each answer as soon as every row
// before it is printed. Memory stays bounded however long the list: no more than readAhead rows
// are held, and each row's token only until the queue has it.
class CheckFileRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckFileRun)

public:
    // Rows read beyond the oldest one not printed: enough to keep every request slot busy
    // while a slow row (a timeout) holds the front of the list.
    static constexpr std::size_t readAhead = 256;

    CheckFileRun(ChecklistReader& reader, const Catalog& catalog, CheckQueue& queue,
                 CheckFileReport& report, const ResultContext& context);

    void start();

signals:
    // Once every row is printed; the reader may have failed (see ChecklistReader::failed()).
    void finished();

private:
    struct Pending
    {
        AnsweredRow row;
        bool answered = false;
    };

    void readMore();
    void onAnswered(quint64 id, const CheckAnswer& answer);
    void printReady();

    ChecklistReader& m_reader;
    const Catalog& m_catalog;
    CheckQueue& m_queue;
    CheckFileReport& m_report;
    ResultContext m_context;
    std::deque<Pending> m_window; // oldest not printed first
    quint64 m_frontId = 0;        // the id of m_window.front(): ids count rows from 0
    qint64 m_rowsRead = 0;
    bool m_readerDone = false;
    bool m_finished = false;
};

} // namespace cc::cli
