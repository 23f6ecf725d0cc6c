#include "cli/detectionreport.h"

#include "core/detectionmessages.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cc::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

QJsonValue numberOrNull(const std::optional<int>& number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

QString reasonFor(const RegionEntry& entry)
{
    return entry.answer != nullptr ? describeRegionAnswer(*entry.answer) : describeStoppedRegion();
}
} // namespace

QList<RegionEntry> regionEntries(const DetectionResult& detection, const Provider& provider)
{
    QList<RegionEntry> entries;
    for (const Region& region : provider.regions) {
        RegionEntry entry{&region, nullptr};
        if (detection.found && detection.found->regionId == region.id) {
            entry.answer = &*detection.found;
        }
        for (const VerificationResult& answer : detection.otherAnswers) {
            if (answer.regionId == region.id) {
                entry.answer = &answer;
            }
        }
        if (entry.answer != nullptr || detection.stoppedRegionIds.contains(region.id)) {
            entries.append(entry);
        }
    }
    return entries;
}

VerificationResult summarizeDetection(const DetectionResult& detection)
{
    VerificationResult summary;
    if (detection.found) {
        summary = *detection.found;
    }
    summary.providerId = detection.providerId;
    summary.outcome = detection.outcome;
    summary.title = detection.title;
    summary.message = detection.message;
    return summary;
}

QJsonObject detectionToJson(const DetectionResult& detection, const Provider& provider,
                            const ResultContext& context)
{
    QJsonArray regions;
    for (const RegionEntry& entry : regionEntries(detection, provider)) {
        const VerificationResult* answer = entry.answer;
        regions.append(QJsonObject{
            {QStringLiteral("region"), entry.region->id},
            {QStringLiteral("name"), entry.region->name},
            {QStringLiteral("host"), entry.region->api.host()},
            {QStringLiteral("outcome"), answer != nullptr ? QJsonValue(outcomeId(answer->outcome))
                                                          : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("stopped"), answer == nullptr},
            {QStringLiteral("http_status"), answer != nullptr && answer->httpStatus > 0
                                                ? QJsonValue(answer->httpStatus)
                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("retry_after_s"),
             numberOrNull(answer != nullptr ? answer->retryAfterSeconds : std::nullopt)},
            {QStringLiteral("reason"), reasonFor(entry)},
        });
    }
    QJsonObject object = resultToJson(summarizeDetection(detection), context);
    object.insert(
        QStringLiteral("detection"),
        QJsonObject{
            {QStringLiteral("found"), detection.found ? QJsonValue(detection.found->regionId)
                                                      : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("regions"), regions},
        });
    return object;
}

QStringList describeRegionEntries(const DetectionResult& detection, const Provider& provider)
{
    QStringList lines;
    for (const RegionEntry& entry : regionEntries(detection, provider)) {
        QString reason = reasonFor(entry);
        if (entry.answer != nullptr && entry.answer->httpStatus > 0) {
            reason = Text::tr("%1 (HTTP %2)").arg(reason).arg(entry.answer->httpStatus);
        }
        lines.append(
            Text::tr("%1 (%2): %3").arg(entry.region->name, entry.region->api.host(), reason));
    }
    return lines;
}

} // namespace cc::cli
