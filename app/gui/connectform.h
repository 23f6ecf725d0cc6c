#pragma once

#include "core/catalog.h"
#include "core/result.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ConnectForm;
}

class QAction;

namespace cc {
class VerificationJob;
class Verifier;
} // namespace cc

namespace cc::gui {

// The connect form: provider, region, token, Verify, and the answer inside the form.
// It shows state and forwards intent; the checks and the words come from the core.
class ConnectForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectForm)

public:
    ConnectForm(const Catalog& catalog, Verifier& verifier, QWidget* parent = nullptr);
    ~ConnectForm() override;

    bool isChecking() const { return !m_job.isNull(); }
    const Provider* currentProvider() const;
    // The organization id taken from a pasted portal URL, if any.
    QString organizationId() const { return m_orgId; }

signals:
    void checkingChanged(bool checking);
    void verificationFinished(const cc::VerificationResult& result);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void fillProviders();
    void fillRegions();
    void onVerifyOrCancel();
    void startCheck();
    void cancelCheck();
    void onCheckFinished(const VerificationResult& result);
    void setChecking(bool checking);
    void onInputEdited();
    const Region* applyRegionText(bool reportProblems);
    void updateTokenMessage(bool reportProblems);
    void setRegionMessage(const QString& text, bool isProblem);
    void setTokenMessage(const QString& text, bool isProblem);
    void markTokenInvalid(bool invalid);
    void onShowTokenToggled(bool shown);

    std::unique_ptr<Ui::ConnectForm> m_ui;
    const Catalog& m_catalog;
    Verifier& m_verifier;
    QPointer<VerificationJob> m_job;
    QAction* m_tokenProblemMark = nullptr;
    QString m_orgId;
};

} // namespace cc::gui
