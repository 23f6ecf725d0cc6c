#include "gui/checklist/checklistmodel.h"

#include "gui/statusicons.h"

#include <QLocale>

namespace cc::gui {

namespace {
// Often enough to look live, seldom enough that a burst of answers is one update.
constexpr int batchMilliseconds = 40;

StatusKind statusKindOf(const ChecklistRow& row)
{
    switch (row.state) {
    case ChecklistRow::State::Waiting:
        return StatusKind::Busy;
    case ChecklistRow::State::Cancelled:
        return StatusKind::Warning;
    case ChecklistRow::State::Answered:
        break;
    }
    return statusKindFor(row.answer.outcome());
}
} // namespace

ChecklistModel::ChecklistModel(const Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(batchMilliseconds);
    connect(&m_batch, &QTimer::timeout, this, &ChecklistModel::flush);
}

ChecklistModel::~ChecklistModel() = default;

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown) {
        return QVariant();
    }
    const ChecklistRow& shown = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return QLocale().toString(shown.line);
        case LabelColumn:
            return shown.label;
        case PlaceColumn:
            return ChecklistRowText::place(m_catalog, shown);
        case StatusColumn:
            return ChecklistRowText::status(shown);
        case IdentityColumn:
            return ChecklistRowText::identity(shown);
        case OrganizationColumn:
            return ChecklistRowText::organization(shown);
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusIcon(statusKindOf(shown)))
                                              : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case OutcomeRole:
        return ChecklistRowText::outcomeId(shown);
    case ProblemRole:
        return shown.isProblem() ? QStringLiteral("problem") : QString();
    default:
        return QVariant();
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case LabelColumn:
        return tr("Label");
    case PlaceColumn:
        return tr("Provider and region");
    case StatusColumn:
        return tr("Status");
    case IdentityColumn:
        return tr("Who the token is");
    case OrganizationColumn:
        return tr("Organization");
    default:
        return QVariant();
    }
}

void ChecklistModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_shown = 0;
    m_changedFrom = m_changedTo = -1;
    m_answered = 0;
    m_counts.clear();
    m_batch.stop();
    endResetModel();
}

int ChecklistModel::append(ChecklistRow row)
{
    const bool answeredAlready = row.isAnswered();
    m_rows.push_back(std::move(row));
    const int index = total() - 1;
    if (answeredAlready) {
        ++m_answered;
        ++m_counts[m_rows.back().answer.outcome()];
    }
    if (!m_batch.isActive()) {
        m_batch.start();
    }
    return index;
}

void ChecklistModel::answer(int index, const CheckAnswer& answer)
{
    ChecklistRow& answered = m_rows.at(std::size_t(index));
    if (answered.state != ChecklistRow::State::Waiting) {
        return;
    }
    answered.state = ChecklistRow::State::Answered;
    answered.answer = answer;
    answered.answeredAt = QDateTime::currentDateTimeUtc();
    ++m_answered;
    ++m_counts[answer.outcome()];
    changed(index);
}

void ChecklistModel::cancelWaiting()
{
    for (int index = 0; index < total(); ++index) {
        if (m_rows.at(std::size_t(index)).state == ChecklistRow::State::Waiting) {
            m_rows.at(std::size_t(index)).state = ChecklistRow::State::Cancelled;
            changed(index);
        }
    }
    flush();
}

void ChecklistModel::setSaveNote(int index, const QString& note)
{
    m_rows.at(std::size_t(index)).saveNote = note;
    changed(index);
}

void ChecklistModel::changed(int index)
{
    if (index < m_shown) {
        m_changedFrom = m_changedFrom < 0 ? index : std::min(m_changedFrom, index);
        m_changedTo = std::max(m_changedTo, index);
    }
    if (!m_batch.isActive()) {
        m_batch.start();
    }
}

void ChecklistModel::flush()
{
    m_batch.stop();
    if (m_changedFrom >= 0) {
        emit dataChanged(index(m_changedFrom, 0), index(m_changedTo, ColumnCount - 1));
        m_changedFrom = m_changedTo = -1;
    }
    if (m_shown < total()) {
        beginInsertRows(QModelIndex(), m_shown, total() - 1);
        m_shown = total();
        endInsertRows();
    }
    emit rowsShown();
}

} // namespace cc::gui
