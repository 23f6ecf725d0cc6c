#pragma once

#include <QString>

namespace cc {

struct DetectionResult;
struct Provider;
struct RegionAnswer;

// Fills result.title and result.message from its outcome and the regions' answers: the
// region found, or why none was, and what to do next. The one place where a region
// search becomes words; the window and the CLI both show these.
void describeDetection(DetectionResult& result, const Provider& provider);

// A few words on one region's part, for a list of the regions asked: "refused the token", or
// that its request was stopped because the token's region was found first.
QString describeRegionAnswer(const RegionAnswer& region);
// One line of that list: "EMEA 01 (api.eu.mist.com): refused the token", and " (HTTP 401)"
// after the words when asked for and the region answered with a status.
QString describeRegionLine(const RegionAnswer& region, bool withHttpStatus = false);

} // namespace cc
