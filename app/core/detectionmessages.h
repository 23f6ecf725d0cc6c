#pragma once

#include <QString>

namespace cc {

struct DetectionResult;
struct Provider;
struct VerificationResult;

// Fills result.title and result.message from its outcome and the regions' answers: the
// region found, or why none was, and what to do next. The one place where a region
// search becomes words; the window and the CLI both show these.
void describeDetection(DetectionResult& result, const Provider& provider);

// A few words on one region's answer, for a list of the regions asked: "refused the token".
QString describeRegionAnswer(const VerificationResult& answer);
// The same for a region whose request was stopped because another region accepted the token.
QString describeStoppedRegion();

} // namespace cc
