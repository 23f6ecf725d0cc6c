#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace cc::cli {

// Extra facts for the JSON that do not come from the check itself.
struct ResultContext
{
    QString providerId; // as given, when the check never started
    QString orgId;      // from a pasted portal URL
    QStringList warnings;
};

// The one JSON object of --check --json: outcome, provider, region, endpoint, http_status,
// retry_after_s, retry_at, identity, message (and title, org_id, warnings, detail, and
// vendor_message: the service's own words, cleaned). Never the token.
QJsonObject resultToJson(const VerificationResult& result, const ResultContext& context);
QJsonObject identityToJson(const Identity& identity);
// "2026-11-26T15:00:00Z", or null when the time is not known.
QJsonValue retryAtToJson(const QDateTime& retryAt);

} // namespace cc::cli
