#include "core/checkdetails.h"

#include <QCoreApplication>

namespace cc {

QStringList describeCheckDetails(const VerificationResult& result)
{
    QStringList lines = describeTokenDetails(result.identity);
    for (const MissingDetail& missing : result.missingDetails) {
        lines.append(QCoreApplication::translate("CheckDetails", "Could not read %1: %2.")
                         .arg(missing.what, missing.reason));
    }
    return lines;
}

} // namespace cc
