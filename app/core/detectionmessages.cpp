#include "core/detectionmessages.h"

#include "core/catalog.h"
#include "core/outcomemessages.h"
#include "core/regiondetector.h"

#include <QCoreApplication>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RegionDetection)
};

// "EMEA 02 (api.gc3.mist.com)", or the region id when the catalog no longer has it.
QString regionLabel(const Provider& provider, const QString& regionId)
{
    const Region* region = provider.region(regionId);
    if (region == nullptr) {
        return regionId;
    }
    return Text::tr("%1 (%2)").arg(region->name, region->api.host());
}

// "EMEA 01 (api.eu.mist.com): connection refused; APAC 03 (api.gc7.mist.com): …"
QString listUndecided(const DetectionResult& result, const Provider& provider)
{
    QStringList entries;
    for (const VerificationResult& answer : result.otherAnswers) {
        if (answer.outcome != Outcome::Rejected && answer.outcome != Outcome::Forbidden) {
            entries.append(Text::tr("%1: %2").arg(regionLabel(provider, answer.regionId),
                                                  describeRegionAnswer(answer)));
        }
    }
    return entries.join(Text::tr("; "));
}

// The first answer with the overall outcome: its own message says what to do about it.
const VerificationResult* firstWithOutcome(const DetectionResult& result)
{
    for (const VerificationResult& answer : result.otherAnswers) {
        if (answer.outcome == result.outcome) {
            return &answer;
        }
    }
    return nullptr;
}

bool anyRejected(const DetectionResult& result)
{
    for (const VerificationResult& answer : result.otherAnswers) {
        if (answer.outcome == Outcome::Rejected) {
            return true;
        }
    }
    return false;
}
} // namespace

void describeDetection(DetectionResult& result, const Provider& provider)
{
    if (result.found) {
        result.title = Text::tr("Found your region");
        result.message = Text::tr("Found your region: %1 accepted the token.")
                             .arg(regionLabel(provider, result.found->regionId));
        return;
    }
    const VerificationResult* example = firstWithOutcome(result);
    switch (result.outcome) {
    case Outcome::Rejected:
        result.title = Text::tr("No region accepted the token");
        result.message = Text::tr("Every region of %1 refused this token, so the region is not "
                                  "the problem: the token is mistyped, was deleted, or has "
                                  "expired. Copy it again in full, or make a new one.")
                             .arg(provider.name);
        return;
    case Outcome::Forbidden:
        result.title = Text::tr("Region found, access denied");
        result.message = joinSentences({
            Text::tr("The token belongs to %1.")
                .arg(regionLabel(provider, example != nullptr ? example->regionId : QString())),
            example != nullptr ? example->message : QString(),
        });
        return;
    case Outcome::InvalidInput:
        if (result.otherAnswers.isEmpty()) {
            result.title = Text::tr("Check the input");
            result.message =
                Text::tr("%1 has no regions to ask. Nothing was sent.").arg(provider.name);
            return;
        }
        break;
    default:
        break;
    }
    if (anyRejected(result)) {
        result.title = Text::tr("Region not found for certain");
        result.message = joinSentences({
            Text::tr("The regions of %1 that could be checked refused the token, but not every "
                     "region could be checked: %2. The token may belong to a region that could "
                     "not be checked.")
                .arg(provider.name, listUndecided(result, provider)),
            example != nullptr ? example->message : QString(),
        });
    } else {
        // Every region is undecided here: the list of answers tells each one's reason.
        result.title = Text::tr("No region could be checked");
        result.message = joinSentences({
            Text::tr("No region of %1 could be checked, so it is not known whether the token "
                     "works.")
                .arg(provider.name),
            example != nullptr ? example->message : QString(),
        });
    }
}

QString describeRegionAnswer(const VerificationResult& answer)
{
    switch (answer.outcome) {
    case Outcome::Verified:
        return Text::tr("accepted the token");
    case Outcome::Rejected:
        return Text::tr("refused the token");
    case Outcome::Forbidden:
        return Text::tr("recognised the token, denied access");
    case Outcome::InvalidInput:
        return Text::tr("not asked: the address is not allowed");
    case Outcome::RateLimited:
        return Text::tr("too many requests");
    case Outcome::ServerError:
        return Text::tr("server error");
    case Outcome::Timeout:
        return Text::tr("no answer in time");
    case Outcome::NetworkError:
        switch (answer.cause) {
        case Cause::HostNotFound:
            return Text::tr("address not found");
        case Cause::ConnectionRefused:
            return Text::tr("connection refused");
        case Cause::ConnectionClosed:
            return Text::tr("connection closed before the answer");
        default:
            return Text::tr("network failure");
        }
    case Outcome::TlsError:
        return Text::tr("connection not trusted");
    case Outcome::ProxyError:
        return Text::tr("proxy problem");
    case Outcome::UnexpectedResponse:
        return answer.cause == Cause::Redirect ? Text::tr("redirected elsewhere, not followed")
                                               : Text::tr("unexpected answer");
    }
    return Text::tr("unexpected answer");
}

QString describeStoppedRegion()
{
    return Text::tr("stopped because another region accepted the token first");
}

} // namespace cc
