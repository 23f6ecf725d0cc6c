#pragma once

#include "core/identity.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace cc::gui {

// What the setup wizard has gathered so far. The pages share it, so going back and forth
// loses nothing; it lives only as long as the wizard.
struct ConnectionDraft
{
    QString providerId;
    QString regionId;
    std::optional<VerificationResult> verified; // the answer of the last verified check
    QString token;                              // the token that answer is for
    QDateTime verifiedAt;                       // when that answer came, UTC
    QString orgIdFromAddress;                   // from a pasted portal URL
    Organization organization;                  // the one this connection is for, if any

    void forgetVerification()
    {
        verified.reset();
        token.fill(QLatin1Char('\0'));
        token.clear();
        verifiedAt = QDateTime();
        organization = Organization();
    }
};

} // namespace cc::gui
