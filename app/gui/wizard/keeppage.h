#pragma once

#include "storage/connectionprofile.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class KeepPage;
}

namespace cc {
class Catalog;
class ConnectionKeeper;
struct KeeperResult;
} // namespace cc

namespace cc::gui {

struct ConnectionDraft;
struct ExportOutcome;
struct Prompts;

// Step 5: keep the connection: the token in the system keychain and the profile in the
// settings, a summary for a ticket, and the exports.
class KeepPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeepPage)

public:
    KeepPage(const Catalog& catalog, ConnectionKeeper& keeper, const Prompts& prompts,
             ConnectionDraft& draft, QWidget* parent = nullptr);
    ~KeepPage() override;

    void initializePage() override;

signals:
    void connectionSaved(const QString& key);

private:
    std::optional<ConnectionProfile> profile() const;
    void save();
    void onSaved(const KeeperResult& result);
    void exportEnvFile();
    void onExported(const KeeperResult& result);
    void showOutcome(const ExportOutcome& outcome);

    std::unique_ptr<Ui::KeepPage> m_ui;
    const Catalog& m_catalog;
    ConnectionKeeper& m_keeper;
    const Prompts& m_prompts;
    ConnectionDraft& m_draft;
};

} // namespace cc::gui
