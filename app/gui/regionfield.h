#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class RegionField;
}

namespace cc {
struct Provider;
struct Region;
} // namespace cc

namespace cc::gui {

// The region: a list of the provider's regions that also takes what the person has at hand
// (a region id, a host, a pasted portal address), and below it the region's portal, the
// organization id taken from a pasted address, or why the text names no region.
class RegionField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionField)

public:
    explicit RegionField(QWidget* parent = nullptr);
    ~RegionField() override;

    // Lists the provider's regions, the first one chosen; null lists none.
    void setProvider(const Provider* provider);
    // The region the field names now, or null when it names none.
    const Region* region() const;
    // The organization id taken from a pasted portal URL, if any.
    QString organizationId() const { return m_orgId; }
    void selectRegion(const QString& regionId);

    // For a press of Verify: the region the text names, chosen in the list; when it names
    // none, says why and puts the cursor there.
    const Region* resolveForPress();

signals:
    // The person typed in the field.
    void edited();
    // The person picked another region, or one was resolved from what they typed.
    void regionChanged(const QString& regionId);

private:
    // The region of the list entry the text shows unchanged, or null when it was typed over.
    const Region* listedRegion() const;
    const Region* applyText(bool reportProblems);
    void setMessage(const QString& text, bool isProblem);

    std::unique_ptr<Ui::RegionField> m_ui;
    const Provider* m_provider = nullptr;
    QString m_orgId;
};

} // namespace cc::gui
