#pragma once

#include <QObject>

#include <optional>

class QWidget;

namespace cc {
class ConnectionKeeper;
struct KeeperResult;
struct Organization;
} // namespace cc

namespace cc::gui {

class ChecklistModel;
class HeldTokens;
struct Prompts;

// "Save the Verified Ones": every verified row whose token is still held goes into the system
// keychain through the keeper, one after the other, as the wizard saves one check
// (profileToSave, ConnectionKeeper::save). A token that reaches several organizations is
// saved for the one the person chooses (Prompts::choose), or not at all. A saved row's token
// is wiped; one not saved stays held, for another try.
class VerifiedSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifiedSaver)

public:
    VerifiedSaver(ConnectionKeeper& keeper, const Prompts& prompts, ChecklistModel& model,
                  HeldTokens& tokens, QWidget* dialog);
    ~VerifiedSaver() override;

    // The rows that Save would save now.
    int saveable() const;
    void start();
    bool isRunning() const { return m_running; }

signals:
    // Once every row was saved, skipped or failed.
    void finished(int saved, int notSaved, int skipped);

private:
    void saveNext();
    // The organization the row is for: none chosen (skip) gives nothing.
    std::optional<Organization> organizationFor(int row);
    void onSaved(int row, const KeeperResult& result);

    ConnectionKeeper& m_keeper;
    const Prompts& m_prompts;
    ChecklistModel& m_model;
    HeldTokens& m_tokens;
    QWidget* m_dialog;
    int m_next = 0;
    int m_saved = 0;
    int m_notSaved = 0;
    int m_skipped = 0;
    bool m_running = false;
};

} // namespace cc::gui
