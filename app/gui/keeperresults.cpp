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
        // The check's own status, unless what the keeper had to do after it failed.
        panel.showResult(shown, result.ok() ? std::nullopt : std::optional(StatusKind::Warning));
    } else if (result.ok()) {
        panel.showMessage(StatusKind::Ok, doneTitle, result.message);
    } else {
        panel.showMessage(StatusKind::Error, failedTitle, result.message);
    }
}

} // namespace cc::gui
