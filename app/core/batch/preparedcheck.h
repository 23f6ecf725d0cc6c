#pragma once

#include "core/batch/checkqueue.h"

#include <QString>

#include <optional>

namespace cc {

class Catalog;
struct ListRow;

// A check as a list gives it (provider id, region text, token), made ready for a CheckQueue,
// or the reason nothing may be sent for it: the same checks --check makes of its options.
struct PreparedCheck
{
    std::optional<QueuedCheck> check; // none: invalid input, with problem
    QString problem;
    QString orgId;   // from a pasted portal URL
    QString warning; // the token's unusual length
};

// Takes the token and wipes it: only the checked copy, inside the check, goes on.
PreparedCheck prepareCheck(const Catalog& catalog, const QString& providerId,
                           const QString& regionText, QString& token, quint64 id);
// A row of a list made ready the same way, or the row's own problem (a missing column, an
// unclosed quote). Takes the row's token and wipes it.
PreparedCheck prepareListRow(const Catalog& catalog, ListRow& row, quint64 id);

} // namespace cc
