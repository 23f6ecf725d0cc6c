#pragma once

#include "storage/connectionprofile.h"

#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class SavedConnectionsView;
}

namespace cc {
class ConnectionKeeper;
struct KeeperResult;
} // namespace cc

namespace cc::gui {

struct Prompts;

// The saved connections: each with its service, region, organization, holder, when it was
// last verified and its status (verified when, or failing since when and why), sortable by any
// of them; re-verify one or all with their stored tokens (never shown), copy a summary, export
// one, or delete it (keychain entry and profile together).
class SavedConnectionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedConnectionsView)

public:
    SavedConnectionsView(ConnectionKeeper& keeper, const Prompts& prompts,
                         QWidget* parent = nullptr);
    ~SavedConnectionsView() override;

    // Selects the connection with that key, if it is in the list.
    void select(const QString& key);
    // The selected connection, if any.
    std::optional<ConnectionProfile> selected() const;

signals:
    void connectRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Asks, once per connection and window, what to do with each change that was cut off
    // (ConnectionKeeper::unfinished()): restore it, remove its token, or decide later.
    void offerUnfinished();
    // Reads the list again from the settings, keeping the selection where it can. The keeper
    // says when: whoever changed a connection, this list follows.
    void reload();
    void updateActions();
    void reverify();
    void reverifyAll();
    void remove();
    void exportEnvFile();
    void onFinished(const KeeperResult& result, const QString& doneTitle,
                    const QString& failedTitle);
    void setBusy(bool busy);

    std::unique_ptr<Ui::SavedConnectionsView> m_ui;
    ConnectionKeeper& m_keeper;
    const Prompts& m_prompts;
    bool m_busy = false;
    QSet<QString> m_offered;
};

} // namespace cc::gui
