#pragma once

#include "core/regiondetector.h"
#include "core/result.h"
#include "gui/statusicons.h"

#include <QFrame>

#include <memory>
#include <optional>

namespace Ui {
class ResultPanel;
}

namespace cc::gui {

// The answer of a check, inside the form: an icon and words for the outcome, what the token
// is and grants, and the technical details for a ticket. Never a modal dialog.
class ResultPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPanel)

public:
    explicit ResultPanel(QWidget* parent = nullptr);
    ~ResultPanel() override;

    void showChecking(const QString& what);
    // kind overrides the status the outcome implies: a check that passed but whose date could
    // not be saved is a warning.
    void showResult(const VerificationResult& result,
                    std::optional<StatusKind> kind = std::nullopt);
    // A search for the token's region: what was found, and what each other region answered.
    void showDetection(const DetectionResult& detection);
    // A message of the form itself, such as a cancelled check.
    void showMessage(StatusKind kind, const QString& title, const QString& message);
    void clear();
    // A next step the person can take from here, as a button under the words; empty hides it.
    void setAction(const QString& text, const QString& description = QString());

    // What is shown, for code and tests that must not depend on the words: the kind of status,
    // and the outcome id of the check shown ("verified", "rejected"...; empty for a message of
    // the form itself, such as a saved connection).
    StatusKind status() const { return m_status; }
    const QString& outcomeId() const { return m_outcomeId; }
    QString title() const;
    QString message() const;
    // The service's own words under the program's, or empty when none are shown.
    QString vendorText() const;
    QString identityText() const;
    QString detailsText() const;

signals:
    void actionTriggered();

private:
    void display(StatusKind kind, const QString& title, const QString& message,
                 const QString& identity, const QString& details, bool busy = false,
                 const QString& vendorMessage = QString());

    std::unique_ptr<Ui::ResultPanel> m_ui;
    StatusKind m_status = StatusKind::Ok;
    QString m_outcomeId;
};

} // namespace cc::gui
