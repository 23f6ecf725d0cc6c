#include "core/detectionmessages.h"

#include "core/catalog.h"
#include "core/outcomemessages.h"
#include "core/regiondetector.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RegionDetection)
};

// "EMEA 01 (api.eu.mist.com): connection refused; APAC 03 (api.gc7.mist.com): …"
QString listUndecided(const DetectionResult& result)
{
    QStringList entries;
    for (const RegionAnswer& region : result.regions) {
        if (region.answer && region.answer->outcome != Outcome::Rejected &&
            region.answer->outcome != Outcome::Forbidden) {
            entries.append(describeRegionLine(region));
        }
    }
    return entries.join(Text::tr("; "));
}

// The first region whose answer has the overall outcome: its message says what to do about it.
const RegionAnswer* firstWithOutcome(const DetectionResult& result)
{
    for (const RegionAnswer& region : result.regions) {
        if (region.answer && region.answer->outcome == result.outcome) {
            return &region;
        }
    }
    return nullptr;
}

bool anyRejected(const DetectionResult& result)
{
    return std::any_of(result.regions.cbegin(), result.regions.cend(),
                       [](const RegionAnswer& region) {
                           return region.answer && region.answer->outcome == Outcome::Rejected;
                       });
}
} // namespace

void describeDetection(DetectionResult& result, const Provider& provider)
{
    if (result.winner) {
        const RegionAnswer& winner = result.regions.at(*result.winner);
        result.vendorMessage = winner.answer->vendorMessage;
        if (result.outcome == Outcome::RateLimited) {
            result.title = Text::tr("Region found, rate limited");
            result.message = joinSentences({
                Text::tr("The token belongs to %1: %2 limits only the tokens it knows and "
                         "refuses the others, so the limit shows that the token is at home "
                         "there. What it grants can be checked once the limit is over.")
                    .arg(regionLabel(winner.region), provider.name),
                winner.answer->message,
            });
            return;
        }
        result.title = Text::tr("Found your region");
        result.message =
            Text::tr("Found your region: %1 accepted the token.").arg(regionLabel(winner.region));
        return;
    }
    const RegionAnswer* example = firstWithOutcome(result);
    const QString exampleMessage = example != nullptr ? example->answer->message : QString();
    result.vendorMessage = example != nullptr ? example->answer->vendorMessage : QString();
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
                .arg(example != nullptr ? regionLabel(example->region) : QString()),
            exampleMessage,
        });
        return;
    case Outcome::InvalidInput:
        if (result.regions.isEmpty()) {
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
                .arg(provider.name, listUndecided(result)),
            exampleMessage,
        });
    } else {
        // Every region is undecided here: the list of answers tells each one's reason.
        result.title = Text::tr("No region could be checked");
        result.message = joinSentences({
            Text::tr("No region of %1 could be checked, so it is not known whether the token "
                     "works.")
                .arg(provider.name),
            exampleMessage,
        });
    }
}

QString describeRegionAnswer(const RegionAnswer& region)
{
    if (!region.answer) {
        return Text::tr("stopped because the token's region was found first");
    }
    const VerificationResult& answer = *region.answer;
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

QString describeRegionLine(const RegionAnswer& region, bool withHttpStatus)
{
    QString words = describeRegionAnswer(region);
    if (withHttpStatus && region.answer && region.answer->httpStatus > 0) {
        words = Text::tr("%1 (HTTP %2)").arg(words).arg(region.answer->httpStatus);
    }
    return Text::tr("%1: %2").arg(regionLabel(region.region), words);
}

} // namespace cc
