#include "cli/checkfilerun.h"

#include "core/batch/checklistreader.h"
#include "core/batch/preparedcheck.h"
#include "core/outcomemessages.h"

namespace cc::cli {

CheckFileRun::CheckFileRun(ChecklistReader& reader, const Catalog& catalog, CheckQueue& queue,
                           CheckFileReport& report, const ResultContext& context)
    : m_reader(reader), m_catalog(catalog), m_queue(queue), m_report(report), m_context(context)
{
    connect(&m_queue, &CheckQueue::answered, this, &CheckFileRun::onAnswered);
}

void CheckFileRun::start()
{
    readMore();
    printReady();
}

void CheckFileRun::readMore()
{
    while (!m_readerDone && m_window.size() < readAhead) {
        std::optional<ListRow> row = m_reader.next();
        if (!row) {
            m_readerDone = true;
            break;
        }
        const quint64 id = m_frontId + m_window.size();
        Pending pending;
        pending.row.line = row->line;
        pending.row.label = row->label;
        pending.row.context = m_context;
        pending.row.context.providerId = row->provider;
        PreparedCheck prepared = prepareListRow(m_catalog, *row, id);
        pending.row.context.orgId = prepared.orgId;
        if (!prepared.warning.isEmpty()) {
            pending.row.context.warnings.append(prepared.warning);
        }
        std::optional<QueuedCheck> check = std::move(prepared.check);
        if (!check) {
            describeInvalidInput(pending.row.answer.result, prepared.problem);
            pending.answered = true;
        }
        m_window.push_back(std::move(pending));
        ++m_rowsRead;
        if (check) {
            m_queue.enqueue(std::move(*check));
        }
    }
    m_report.setRowsRead(m_rowsRead);
}

void CheckFileRun::onAnswered(quint64 id, const CheckAnswer& answer)
{
    Pending& pending = m_window.at(static_cast<std::size_t>(id - m_frontId));
    pending.row.answer = answer;
    pending.answered = true;
    printReady();
}

void CheckFileRun::printReady()
{
    while (!m_window.empty() && m_window.front().answered) {
        m_report.print(m_window.front().row);
        m_window.pop_front();
        ++m_frontId;
        readMore();
    }
    if (m_window.empty() && m_readerDone && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

} // namespace cc::cli
