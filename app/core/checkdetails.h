#pragma once

#include "core/result.h"

#include <QStringList>

namespace cc {

// What a verified check learnt beyond who the token is, one line each: the token's own
// details, then each thing its follow-up requests could not read and why. Shown with the
// identity; not kept with a saved connection, since most of it changes by the hour.
QStringList describeCheckDetails(const VerificationResult& result);

} // namespace cc
