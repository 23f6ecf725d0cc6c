#include "gui/keeperresults.h"

#include "connections/keeperresult.h"
#include "gui/resultpanel.h"

namespace cc::gui {

void showKeeperResult(ResultPanel& panel, const KeeperResult& result, const QString& doneTitle,
                      const QString& failedTitle)
{
    if (!result.verification.endpoint.isEmpty()) {
        VerificationResult shown = result.verification;
        shown.message = result.message;
        panel.showResult(shown);
    } else if (result.ok()) {
        panel.showMessage(StatusKind::Ok, doneTitle, result.message);
    } else {
        panel.showMessage(StatusKind::Error, failedTitle, result.message);
    }
}

} // namespace cc::gui
