#include "cli/detectionreport.h"

#include "core/detectionmessages.h"

#include <QJsonArray>

namespace cc::cli {

namespace {
QJsonValue numberOrNull(const std::optional<int>& number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}
} // namespace

VerificationResult summarizeDetection(const DetectionResult& detection)
{
    VerificationResult summary;
    if (const VerificationResult* found = detection.found()) {
        summary = *found;
    }
    summary.providerId = detection.providerId;
    summary.outcome = detection.outcome;
    summary.title = detection.title;
    summary.message = detection.message;
    summary.vendorMessage = detection.vendorMessage;
    return summary;
}

QJsonObject detectionToJson(const DetectionResult& detection, const ResultContext& context)
{
    QJsonArray regions;
    for (const RegionAnswer& entry : detection.regions) {
        const VerificationResult* answer = entry.answer ? &*entry.answer : nullptr;
        regions.append(QJsonObject{
            {QStringLiteral("region"), entry.region.id},
            {QStringLiteral("name"), entry.region.name},
            {QStringLiteral("host"), entry.region.api.host()},
            {QStringLiteral("outcome"), answer != nullptr ? QJsonValue(outcomeId(answer->outcome))
                                                          : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("stopped"), answer == nullptr},
            {QStringLiteral("http_status"), answer != nullptr && answer->httpStatus > 0
                                                ? QJsonValue(answer->httpStatus)
                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("retry_after_s"),
             numberOrNull(answer != nullptr ? answer->retryAfterSeconds : std::nullopt)},
            {QStringLiteral("retry_at"),
             retryAtToJson(answer != nullptr ? answer->retryAt : QDateTime())},
            {QStringLiteral("reason"), describeRegionAnswer(entry)},
            {QStringLiteral("vendor_message"), answer != nullptr && !answer->vendorMessage.isEmpty()
                                                   ? QJsonValue(answer->vendorMessage)
                                                   : QJsonValue(QJsonValue::Null)},
        });
    }
    QJsonObject object = resultToJson(summarizeDetection(detection), context);
    object.insert(QStringLiteral("detection"),
                  QJsonObject{
                      {QStringLiteral("found"), detection.found() != nullptr
                                                    ? QJsonValue(detection.found()->regionId)
                                                    : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("regions"), regions},
                  });
    return object;
}

QStringList describeRegionEntries(const DetectionResult& detection)
{
    QStringList lines;
    for (const RegionAnswer& entry : detection.regions) {
        lines.append(describeRegionLine(entry, true));
    }
    return lines;
}

} // namespace cc::cli
