#include "gui/checklist/checklistrun.h"

#include "core/batch/checklistreader.h"
#include "core/batch/checkqueue.h"
#include "core/batch/listfile.h"
#include "core/batch/preparedcheck.h"
#include "core/outcomemessages.h"
#include "gui/checklist/checklistmodel.h"
#include "gui/checklist/heldtokens.h"

#include <QIODevice>

namespace cc::gui {

namespace {
// Rows read in one turn of the event loop: a few milliseconds of work at most.
constexpr int rowsPerTurn = 64;
} // namespace

ChecklistRun::ChecklistRun(const Catalog& catalog, Verifier& verifier, ChecklistModel& model,
                           HeldTokens& tokens, QObject* parent)
    : QObject(parent), m_catalog(catalog), m_verifier(verifier), m_model(model), m_tokens(tokens)
{
    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(0);
    connect(&m_readTimer, &QTimer::timeout, this, &ChecklistRun::readMore);
}

ChecklistRun::~ChecklistRun() = default;

bool ChecklistRun::start(std::unique_ptr<QIODevice> device, const QString& shownName,
                         QString* problem)
{
    m_device = std::move(device);
    m_shownName = shownName;
    m_reader = std::make_unique<ChecklistReader>(*m_device);
    if (!m_reader->start()) {
        *problem = m_reader->failed() ? listUnreadableProblem(shownName, m_device->errorString())
                                      : notAListProblem(shownName);
        m_reader.reset();
        m_device.reset();
        return false;
    }
    m_queue = std::make_unique<CheckQueue>(m_verifier, CheckLimits{});
    connect(m_queue.get(), &CheckQueue::answered, this, &ChecklistRun::onAnswered);
    m_sent = m_sentAnswered = 0;
    m_readerDone = false;
    m_running = true;
    m_readTimer.start();
    return true;
}

void ChecklistRun::readMore()
{
    for (int read = 0; read < rowsPerTurn && !m_readerDone && m_sent - m_sentAnswered < readAhead;
         ++read) {
        std::optional<ListRow> listRow = m_reader->next();
        if (!listRow) {
            m_readerDone = true;
            break;
        }
        ChecklistRow row;
        row.line = listRow->line;
        row.label = listRow->label;
        row.providerId = listRow->provider;
        row.regionText = listRow->region;
        const auto id = quint64(m_model.total());
        PreparedCheck prepared = prepareListRow(m_catalog, *listRow, id);
        row.orgIdFromAddress = prepared.orgId;
        if (!prepared.warning.isEmpty()) {
            row.warnings.append(prepared.warning);
        }
        if (!prepared.check) {
            describeInvalidInput(row.answer.result, prepared.problem);
            row.state = ChecklistRow::State::Answered;
            m_model.append(std::move(row));
            continue;
        }
        m_model.append(std::move(row));
        m_tokens.keep(int(id), prepared.check->token);
        ++m_sent;
        m_queue->enqueue(std::move(*prepared.check));
    }
    if (!m_readerDone && m_sent - m_sentAnswered < readAhead) {
        m_readTimer.start();
    }
    emit progressed();
    finishIfDone();
}

void ChecklistRun::onAnswered(quint64 id, const CheckAnswer& answer)
{
    m_model.answer(int(id), answer);
    if (answer.outcome() != Outcome::Verified) {
        m_tokens.forget(int(id));
    }
    ++m_sentAnswered;
    if (!m_readerDone && !m_readTimer.isActive()) {
        m_readTimer.start();
    }
    emit progressed();
    finishIfDone();
}

void ChecklistRun::finishIfDone()
{
    if (!m_running || !m_readerDone || m_sentAnswered < m_sent) {
        return;
    }
    const QString problem = m_reader->failed()
                                ? listUnreadableProblem(m_shownName, m_device->errorString())
                                : QString();
    // From inside the queue's own signal: it goes once that has returned.
    m_queue->disconnect(this);
    m_queue.release()->deleteLater();
    stop();
    m_model.flush();
    emit finished(problem);
}

void ChecklistRun::cancel()
{
    if (!m_running) {
        return;
    }
    // The queue cancels what is under way and wipes the tokens it holds as it goes.
    stop();
    for (int index = 0; index < m_model.total(); ++index) {
        if (m_model.row(index).state == ChecklistRow::State::Waiting) {
            m_tokens.forget(index);
        }
    }
    m_model.cancelWaiting();
    emit progressed();
    emit finished(QString());
}

void ChecklistRun::stop()
{
    m_running = false;
    m_readTimer.stop();
    m_queue.reset();
    m_reader.reset();
    m_device.reset();
}

} // namespace cc::gui
