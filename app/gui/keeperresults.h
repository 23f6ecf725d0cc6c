#pragma once

#include <QString>

namespace cc {
struct KeeperResult;
}

namespace cc::gui {

class ResultPanel;

// How every view shows what became of a keeper operation: the keeper's message as it is, under
// doneTitle or failedTitle; after a check that reached the service, under the check's headline
// with its identity and details beneath.
void showKeeperResult(ResultPanel& panel, const KeeperResult& result, const QString& doneTitle,
                      const QString& failedTitle);

} // namespace cc::gui
