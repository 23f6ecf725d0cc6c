#pragma once

#include "gui/checklist/checklistrow.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QTimer>

#include <vector>

namespace cc::gui {

// The rows of a list checked in the window, one table row each, filled in as the answers come.
// Rows and answers are taken at once and shown in batches (one insertion, one change over the
// rows changed) on a later turn of the event loop, so that a thousand answers at once cost the
// view a few updates, not a thousand. Every text is plain DisplayRole data, never markup, and
// no role holds a token.
class ChecklistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)

public:
    enum Column {
        LineColumn,
        LabelColumn,
        PlaceColumn,
        StatusColumn,
        IdentityColumn,
        OrganizationColumn,
        ColumnCount
    };
    enum Role {
        OutcomeRole = Qt::UserRole, // outcomeId, "waiting" or "cancelled"
        ProblemRole,                // "problem" for a row not verified, else empty
    };

    explicit ChecklistModel(const Catalog& catalog, QObject* parent = nullptr);
    ~ChecklistModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Forgets every row.
    void clear();
    // Takes a row read from the list; returns its index, the id of its check.
    int append(ChecklistRow row);
    void answer(int index, const CheckAnswer& answer);
    // Every row still waiting is cancelled.
    void cancelWaiting();
    void setSaveNote(int index, const QString& note);
    // Shows what was taken so far now, not on the next batch.
    void flush();

    // Every row taken, shown or not yet.
    const ChecklistRow& row(int index) const { return m_rows.at(std::size_t(index)); }
    int total() const { return int(m_rows.size()); }
    int answered() const { return m_answered; }
    const QMap<Outcome, int>& counts() const { return m_counts; }
    const Catalog& catalog() const { return m_catalog; }

signals:
    // After each batch is shown.
    void rowsShown();

private:
    void changed(int index);

    const Catalog& m_catalog;
    std::vector<ChecklistRow> m_rows;
    int m_shown = 0; // the rows the view knows of: m_rows' first m_shown
    int m_changedFrom = -1;
    int m_changedTo = -1;
    int m_answered = 0;
    QMap<Outcome, int> m_counts;
    QTimer m_batch;
};

} // namespace cc::gui
