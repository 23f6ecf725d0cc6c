#pragma once

#include "cli/resultjson.h"
#include "core/regiondetector.h"

#include <QJsonObject>
#include <QStringList>

namespace cc::cli {

// The detection as one check's result, for the fields every --check prints: the region found
// (its region, endpoint, http_status and identity) or none, with the detection's outcome,
// title and message.
VerificationResult summarizeDetection(const DetectionResult& detection);

// The JSON of --check --region auto: every field of one check, and "detection" listing each
// region asked with its outcome, http_status, retry_after_s, retry_at, a short reason and the
// service's own words (vendor_message). "found" names the region where the token is at home:
// it accepted the token, or, for a provider that limits per token, rate limited it.
QJsonObject detectionToJson(const DetectionResult& detection, const ResultContext& context);

// The same list for people, one line per region: "EMEA 01 (api.eu.mist.com): refused the token".
QStringList describeRegionEntries(const DetectionResult& detection);

} // namespace cc::cli
