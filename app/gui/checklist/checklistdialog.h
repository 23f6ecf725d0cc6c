#pragma once

#include "core/result.h"
#include "gui/statusicons.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChecklistDialog;
}

class QIODevice;
class QSortFilterProxyModel;

namespace cc {
class Catalog;
class ConnectionKeeper;
class Verifier;
} // namespace cc

namespace cc::gui {

class ChecklistModel;
class ChecklistRun;
class HeldTokens;
class VerifiedSaver;
struct Prompts;

// File › Check a List…: a list of tokens from a CSV or JSON Lines file, or pasted, checked as
// --check-file checks it, its answers in a table as they come; the problems alone on request,
// the details of the selected row below, the answers exported as CSV without the tokens, and
// the verified tokens saved in the system keychain in one step. The tokens of the verified rows
// are held until saved or the dialog closes.
class ChecklistDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistDialog)

public:
    // Borrows everything, which must outlive the dialog.
    ChecklistDialog(const Catalog& catalog, Verifier& verifier, ConnectionKeeper& keeper,
                    const Prompts& prompts, QWidget* parent = nullptr);
    ~ChecklistDialog() override;

    const ChecklistModel& model() const { return *m_model; }
    // How many tokens the dialog holds: those of rows waiting and verified ones not saved.
    int heldTokens() const;

    void openFile();
    void checkPasted();
    void cancel();
    void exportResults();
    void saveVerified();

protected:
    void done(int result) override;

private:
    void start(std::unique_ptr<QIODevice> device, const QString& shownName);
    void showWarning(const QString& text);
    void showStatus(const QString& text, StatusKind kind);
    void updateProgress();
    static QString countWord(Outcome outcome);
    QString countsText() const;
    bool allVerified() const;
    void onFinished(const QString& problem);
    void onSaved(int saved, int notSaved, int skipped);
    void showSelectedDetails();
    void updateButtons();

    std::unique_ptr<Ui::ChecklistDialog> m_ui;
    const Prompts& m_prompts;
    std::unique_ptr<HeldTokens> m_tokens;
    ChecklistModel* m_model;
    QSortFilterProxyModel* m_problems;
    ChecklistRun* m_run;
    VerifiedSaver* m_saver;
    bool m_cancelled = false;
};

} // namespace cc::gui
