#include "gui/savedconnectionitem.h"

namespace cc::gui {

bool SavedConnectionItem::operator<(const QTreeWidgetItem& other) const
{
    const int column = treeWidget() != nullptr ? treeWidget()->sortColumn() : 0;
    const QVariant key = data(column, sortKeyRole);
    if (!key.isValid()) {
        return QTreeWidgetItem::operator<(other);
    }
    return key.toString() < other.data(column, sortKeyRole).toString();
}

} // namespace cc::gui
