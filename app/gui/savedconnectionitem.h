#pragma once

#include <QTreeWidgetItem>

namespace cc::gui {

// A row of the saved connections list that sorts by a key of its own where one is set
// (sortKeyRole) and by its text elsewhere: the status column sorts failing connections first,
// the longest failing at the top, and the first column keeps the store's order.
class SavedConnectionItem final : public QTreeWidgetItem
{
public:
    static constexpr int sortKeyRole = Qt::UserRole + 1;

    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem& other) const override;
};

} // namespace cc::gui
