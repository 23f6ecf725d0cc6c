#include "core/batch/preparedcheck.h"

#include "core/batch/checklistreader.h"
#include "core/checktarget.h"
#include "core/credential.h"

namespace cc {

PreparedCheck prepareCheck(const Catalog& catalog, const QString& providerId,
                           const QString& regionText, QString& token, quint64 id)
{
    PreparedCheck prepared;
    std::optional<CheckTarget> target =
        resolveCheckTarget(catalog, providerId, regionText, &prepared.problem);
    if (!target) {
        wipeSecret(token);
        return prepared;
    }
    std::optional<QString> accepted =
        acceptToken(token, target->provider, &prepared.problem, &prepared.warning);
    if (!accepted) {
        return prepared;
    }
    prepared.orgId = target->orgId;
    prepared.check = QueuedCheck{id, std::move(target->provider), std::move(target->region),
                                 std::move(*accepted)};
    return prepared;
}

PreparedCheck prepareListRow(const Catalog& catalog, ListRow& row, quint64 id)
{
    if (!row.problem.isEmpty()) {
        wipeSecret(row.token);
        PreparedCheck unusable;
        unusable.problem = row.problem;
        return unusable;
    }
    PreparedCheck prepared = prepareCheck(catalog, row.provider, row.region, row.token, id);
    wipeSecret(row.token);
    return prepared;
}

} // namespace cc
