#pragma once

#include "core/catalog.h"
#include "core/regiondetector.h"
#include "core/result.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ConnectForm;
}

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

    // A check that succeeded for the inputs as they stand: forgotten as soon as one changes.
    struct VerifiedCheck
    {
        VerificationResult result;
        QString token;            // as sent: kept in memory only, for the person's next step
        QString orgIdFromAddress; // from a pasted portal URL, if any
    };

    bool isChecking() const { return !m_job.isNull() || m_detector.isRunning(); }
    const Provider* currentProvider() const;
    // The region the region field names now, or null when it names none.
    const Region* currentRegion() const;
    // The organization id taken from a pasted portal URL, if any.
    QString organizationId() const;
    const std::optional<VerifiedCheck>& verifiedCheck() const { return m_verified; }

    void selectProvider(const QString& providerId);
    void selectRegion(const QString& regionId);
    // The wizard asks for the provider on a page of its own and hides the choice here.
    void setProviderChoiceVisible(bool visible);
    // The wizard introduces the form in words of its own.
    void setIntroduction(const QString& text);
    // Puts the cursor where the person has something left to do: the region or the token.
    void focusFirstEmptyField();

signals:
    void checkingChanged(bool checking);
    void verificationFinished(const cc::VerificationResult& result);
    // The verified check appeared or was forgotten.
    void verifiedCheckChanged();
    // The person picked another region, or one was resolved from what they typed.
    void regionChanged(const QString& regionId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Find my region: first what the search would send where, then the search itself.
    void offerDetection();
    void startDetection();
    void onDetectionFinished(const DetectionResult& detection);
    void onProviderChanged();
    void onVerifyOrCancel();
    void startCheck();
    void cancelCheck();
    void onCheckFinished(const VerificationResult& result);
    void setChecking(bool checking);
    void focusAnswer(bool focusWasOnButton);
    void onInputEdited();
    void forgetVerifiedCheck();

    std::unique_ptr<Ui::ConnectForm> m_ui;
    const Catalog& m_catalog;
    Verifier& m_verifier;
    QPointer<VerificationJob> m_job;
    RegionDetector m_detector;
    int m_regionsAnswered = 0;
    std::optional<VerifiedCheck> m_verified;
};

} // namespace cc::gui
