#include "gui/resultpanel.h"

#include "core/checkdetails.h"
#include "core/detectionmessages.h"
#include "gui/accessiblerole.h"
#include "gui/announcer.h"
#include "gui/readabletext.h"
#include "gui/statusicons.h"

#include "ui_resultpanel.h"

#include <QApplication>
#include <QStyle>

namespace cc::gui {

namespace {
QString bulleted(const QStringList& lines)
{
    QStringList result;
    for (const QString& line : lines) {
        result.append(QStringLiteral("\u2022 ") + line);
    }
    return result.join(QLatin1Char('\n'));
}
} // namespace

ResultPanel::ResultPanel(QWidget* parent)
    : QFrame(parent), m_ui(std::make_unique<Ui::ResultPanel>())
{
    m_ui->setupUi(this);
    // Where the answer of the last operation stands: Orca 43 reads a status bar on request
    // (Orca+KP_Enter twice in its desktop layout), wherever the focus is.
    setAccessibleRole(this, QAccessible::StatusBar);
    for (QLabel* words :
         {m_ui->titleLabel, m_ui->messageLabel, m_ui->identityLabel, m_ui->detailsLabel}) {
        makeReadableWithTab(*words);
    }
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_ui->titleLabel->setFont(titleFont);
    connect(m_ui->actionButton, &QPushButton::clicked, this, &ResultPanel::actionTriggered);
    clear();
}

ResultPanel::~ResultPanel() = default;

void ResultPanel::showChecking(const QString& what)
{
    display(StatusKind::Busy, tr("Checking\u2026"), what, QString(), QString(), true);
}

void ResultPanel::showResult(const VerificationResult& result, std::optional<StatusKind> kind)
{
    QStringList details;
    if (!result.endpoint.isEmpty()) {
        details.append(tr("Asked: %1").arg(result.endpoint.toString()));
    }
    if (result.httpStatus > 0) {
        details.append(tr("HTTP status: %1").arg(result.httpStatus));
    }
    if (!result.technicalDetail.isEmpty() && result.outcome != Outcome::Verified) {
        details.append(tr("Detail: %1").arg(result.technicalDetail));
    }
    display(kind.value_or(statusKindFor(result.outcome)), result.title, result.message,
            bulleted(describeIdentity(result.identity) + describeCheckDetails(result)),
            details.join(QLatin1Char('\n')), false, result.vendorMessage);
    m_outcomeId = cc::outcomeId(result.outcome);
}

void ResultPanel::showDetection(const DetectionResult& detection)
{
    // The regions that answered, or were stopped, in the catalog's order, with a few words each.
    QStringList lines;
    for (qsizetype index = 0; index < detection.regions.size(); ++index) {
        if (index != detection.winner) {
            lines.append(describeRegionLine(detection.regions.at(index)));
        }
    }
    const VerificationResult* found = detection.found();
    const QString identity =
        found != nullptr
            ? bulleted(describeIdentity(found->identity) + describeCheckDetails(*found))
            : QString();
    const QString details = lines.isEmpty()
                                ? QString()
                                : tr("The other regions:") + QLatin1Char('\n') + bulleted(lines);
    display(statusKindFor(detection.outcome), detection.title, detection.message, identity, details,
            false, detection.vendorMessage);
    m_outcomeId = cc::outcomeId(detection.outcome);
}

void ResultPanel::setAction(const QString& text, const QString& description)
{
    m_ui->actionButton->setText(text);
    m_ui->actionButton->setAccessibleDescription(description);
    m_ui->actionButton->setVisible(!text.isEmpty());
}

void ResultPanel::focusHeadline()
{
    m_ui->titleLabel->setFocus(Qt::OtherFocusReason);
    announce(this, m_ui->messageLabel->text());
}

void ResultPanel::showMessage(StatusKind kind, const QString& title, const QString& message)
{
    display(kind, title, message, QString(), QString());
}

void ResultPanel::clear()
{
    m_ui->titleLabel->clear();
    m_ui->messageLabel->clear();
    m_ui->vendorLabel->clear();
    m_ui->identityLabel->clear();
    m_ui->detailsLabel->clear();
    m_ui->statusIcon->clear();
    m_ui->busyBar->setVisible(false);
    m_outcomeId.clear();
    setAction(QString());
    setAccessibleDescription(QString());
    setVisible(false);
}

void ResultPanel::display(StatusKind kind, const QString& title, const QString& message,
                          const QString& identity, const QString& details, bool busy,
                          const QString& vendorMessage)
{
    // Showing a part of a visible widget lays out the whole window at once, so each part shown
    // here would cost a layout of the form, wrapped text and all: the event loop stood still
    // for each. Rearranged while hidden, the panel is laid out once, when it is shown again;
    // nothing is painted in between. Not while it holds the focus, which hiding would move.
    const QWidget* focus = QApplication::focusWidget();
    if (isVisible() && (focus == nullptr || !isAncestorOf(focus))) {
        setVisible(false);
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_ui->statusIcon->setPixmap(statusIcon(kind).pixmap(iconSize, iconSize));
    m_ui->titleLabel->setTextBreakingAnywhere(title);
    m_ui->messageLabel->setTextBreakingAnywhere(message);
    // The program's advice comes first; the service's words follow as a quotation, in a
    // plain-text label, so nothing a server sends is read as markup.
    m_ui->vendorLabel->setTextBreakingAnywhere(
        vendorMessage.isEmpty() ? QString()
                                : tr("The service said: \u201c%1\u201d").arg(vendorMessage));
    m_ui->vendorLabel->setVisible(!vendorMessage.isEmpty());
    m_ui->identityLabel->setTextBreakingAnywhere(identity);
    m_ui->identityLabel->setVisible(!identity.isEmpty());
    m_ui->detailsLabel->setTextBreakingAnywhere(details);
    m_ui->detailsLabel->setVisible(!details.isEmpty());
    m_ui->busyBar->setVisible(busy);
    m_status = kind;
    m_outcomeId.clear();
    setAction(QString());
    setAccessibleDescription(title + QStringLiteral(". ") + message);
    setVisible(true);
    // Screen readers speak the new words without the person moving focus here.
    announce(this, title + QStringLiteral(". ") + message);
}

QString ResultPanel::title() const
{
    return m_ui->titleLabel->unbrokenText();
}

QString ResultPanel::message() const
{
    return m_ui->messageLabel->unbrokenText();
}

QString ResultPanel::vendorText() const
{
    return m_ui->vendorLabel->unbrokenText();
}

QString ResultPanel::identityText() const
{
    return m_ui->identityLabel->unbrokenText();
}

QString ResultPanel::detailsText() const
{
    return m_ui->detailsLabel->unbrokenText();
}

} // namespace cc::gui
