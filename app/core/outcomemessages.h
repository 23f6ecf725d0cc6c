#pragma once

#include "core/result.h"

#include <QStringList>

#include <chrono>

namespace cc {

struct Provider;
struct Region;

// Fills result.title and result.message: what happened, in plain words, and the next step.
// The one place where outcomes become words; the window and the CLI both show these.
void describeOutcome(VerificationResult& result, const Provider& provider, const Region& region,
                     std::chrono::milliseconds deadline);

// The parts that are not empty, one sentence after the other.
QString joinSentences(const QStringList& parts);

// The title and message of an input refused before any request (invalid_input).
void describeInvalidInput(VerificationResult& result, const QString& problem);

} // namespace cc
