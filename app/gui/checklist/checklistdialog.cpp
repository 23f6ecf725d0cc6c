#include "gui/checklist/checklistdialog.h"

#include "core/batch/listfile.h"
#include "core/credential.h"
#include "core/regularfile.h"
#include "gui/announcer.h"
#include "gui/checklist/checklistexport.h"
#include "gui/checklist/checklistmodel.h"
#include "gui/checklist/checklistrun.h"
#include "gui/checklist/heldtokens.h"
#include "gui/checklist/verifiedsaver.h"
#include "gui/connectionexports.h"
#include "gui/maskedaccessibility.h"
#include "gui/prompts.h"
#include "gui/statusicons.h"
#include "storage/atomicfile.h"

#include "ui_checklistdialog.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace cc::gui {

namespace {
// Pasted rows, read as a file is: the bytes are overwritten when the check is done with them.
class WipedBuffer final : public QBuffer
{
public:
    explicit WipedBuffer(QByteArray bytes)
    {
        setData(bytes);
        wipeBytes(bytes);
    }
    ~WipedBuffer() override
    {
        close();
        wipeBytes(buffer());
    }
    WipedBuffer(const WipedBuffer&) = delete;
    WipedBuffer& operator=(const WipedBuffer&) = delete;

private:
    // Only an unshared array is overwritten in place; a shared one keeps its bytes for the
    // other owner, which wipes its own.
    static void wipeBytes(QByteArray& bytes)
    {
        if (!bytes.isDetached()) {
            bytes.clear();
            return;
        }
        bytes.fill('\0');
        bytes.clear();
    }
};
} // namespace

ChecklistDialog::ChecklistDialog(const Catalog& catalog, Verifier& verifier,
                                 ConnectionKeeper& keeper, const Prompts& prompts, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChecklistDialog>()), m_prompts(prompts),
      m_tokens(std::make_unique<HeldTokens>()), m_model(new ChecklistModel(catalog, this)),
      m_problems(new QSortFilterProxyModel(this)),
      m_run(new ChecklistRun(catalog, verifier, *m_model, *m_tokens, this)),
      m_saver(new VerifiedSaver(keeper, prompts, *m_model, *m_tokens, this))
{
    m_ui->setupUi(this);
    keepTextFromAccessibility(m_ui->pasteEdit);
    m_problems->setSourceModel(m_model);
    m_problems->setFilterRole(ChecklistModel::ProblemRole);
    m_ui->resultTable->setModel(m_problems);
    // The table takes what room there is; the columns start wide enough for their usual words.
    m_ui->mainLayout->setStretchFactor(m_ui->resultTable, 1);
    QHeaderView* header = m_ui->resultTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().averageCharWidth();
    for (const auto& [column, characters] : {std::pair{ChecklistModel::LineColumn, 6},
                                             {ChecklistModel::LabelColumn, 18},
                                             {ChecklistModel::PlaceColumn, 22},
                                             {ChecklistModel::StatusColumn, 30},
                                             {ChecklistModel::IdentityColumn, 20}}) {
        // Never narrower than its heading, in any language.
        m_ui->resultTable->setColumnWidth(
            column, std::max(characters * em, header->sectionSizeHint(column)));
    }
    m_ui->resultTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->progressBar->setFormat(QStringLiteral("%v / %m"));
    showWarning(QString());
    showStatus(QString(), StatusKind::Ok);
    updateProgress();
    updateButtons();

    connect(m_ui->openButton, &QPushButton::clicked, this, &ChecklistDialog::openFile);
    connect(m_ui->checkPastedButton, &QPushButton::clicked, this, &ChecklistDialog::checkPasted);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ChecklistDialog::cancel);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ChecklistDialog::exportResults);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ChecklistDialog::saveVerified);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->problemsOnlyCheck, &QCheckBox::toggled, this, [this](bool problemsOnly) {
        m_problems->setFilterFixedString(problemsOnly ? QStringLiteral("problem") : QString());
    });
    connect(m_ui->resultTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecklistDialog::showSelectedDetails);
    connect(m_model, &ChecklistModel::rowsShown, this, [this] {
        updateProgress();
        showSelectedDetails();
    });
    connect(m_run, &ChecklistRun::finished, this, &ChecklistDialog::onFinished);
    connect(m_saver, &VerifiedSaver::finished, this, &ChecklistDialog::onSaved);
}

ChecklistDialog::~ChecklistDialog()
{
    m_run->cancel();
}

int ChecklistDialog::heldTokens() const
{
    return m_tokens->size();
}

void ChecklistDialog::done(int result)
{
    // Closed: nothing of the list goes on, and no token stays.
    m_run->cancel();
    m_tokens->forgetAll();
    updateButtons();
    QDialog::done(result);
}

void ChecklistDialog::openFile()
{
    const QString path =
        m_prompts.openPath(this, tr("Open a List of Tokens"),
                           tr("Lists of tokens (*.csv *.jsonl *.ndjson *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const QString shownName = QDir::toNativeSeparators(path);
    auto file = std::make_unique<QFile>();
    QString error;
    if (!openRegularFile(*file, path, QIODevice::Unbuffered, &error)) {
        showWarning(listUnreadableProblem(shownName, error));
        return;
    }
    const bool exposed = othersCanRead(path);
    start(std::move(file), shownName);
    if (exposed && !m_ui->warningLabel->isVisible()) {
        showWarning(othersCanReadWarning(shownName));
    }
}

void ChecklistDialog::checkPasted()
{
    QString text = m_ui->pasteEdit->toPlainText();
    m_ui->pasteEdit->clear();
    QByteArray bytes = text.toUtf8();
    wipeSecret(text);
    auto buffer = std::make_unique<WipedBuffer>(std::move(bytes));
    buffer->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    start(std::move(buffer), tr("the pasted rows"));
}

void ChecklistDialog::start(std::unique_ptr<QIODevice> device, const QString& shownName)
{
    if (m_run->isRunning() || m_saver->isRunning()) {
        return;
    }
    m_tokens->forgetAll();
    m_model->clear();
    m_cancelled = false;
    showWarning(QString());
    showStatus(QString(), StatusKind::Ok);
    m_ui->detailsEdit->clear();
    QString problem;
    if (!m_run->start(std::move(device), shownName, &problem)) {
        showWarning(problem);
    }
    updateProgress();
    updateButtons();
}

void ChecklistDialog::cancel()
{
    m_cancelled = m_run->isRunning();
    m_run->cancel();
}

void ChecklistDialog::showWarning(const QString& text)
{
    setStatusLine(m_ui->warningIcon, m_ui->warningLabel, text, StatusKind::Warning);
}

void ChecklistDialog::showStatus(const QString& text, StatusKind kind)
{
    setStatusLine(m_ui->statusIcon, m_ui->statusLabel, text, kind);
}

QString ChecklistDialog::countWord(Outcome outcome)
{
    // A word each, for a count; the Status column and the details say more.
    switch (outcome) {
    case Outcome::Verified:
        return tr("verified");
    case Outcome::Rejected:
        return tr("refused");
    case Outcome::Forbidden:
        return tr("forbidden");
    case Outcome::InvalidInput:
        return tr("invalid input");
    case Outcome::RateLimited:
        return tr("rate limited");
    case Outcome::ServerError:
        return tr("server error");
    case Outcome::Timeout:
        return tr("timed out");
    case Outcome::NetworkError:
        return tr("network error");
    case Outcome::TlsError:
        return tr("TLS error");
    case Outcome::ProxyError:
        return tr("proxy error");
    case Outcome::UnexpectedResponse:
        return tr("unexpected answer");
    }
    return QString();
}

QString ChecklistDialog::countsText() const
{
    QStringList counts;
    for (auto count = m_model->counts().cbegin(); count != m_model->counts().cend(); ++count) {
        counts.append(tr("%1 %2", "a count of rows, then what they got")
                          .arg(countWord(count.key()), QLocale().toString(count.value())));
    }
    int cancelled = 0;
    for (int index = 0; index < m_model->total(); ++index) {
        cancelled += m_model->row(index).state == ChecklistRow::State::Cancelled ? 1 : 0;
    }
    if (cancelled > 0) {
        counts.append(tr("%1 %2", "a count of rows, then what they got")
                          .arg(tr("cancelled"), QLocale().toString(cancelled)));
    }
    return counts.join(QStringLiteral(", "));
}

bool ChecklistDialog::allVerified() const
{
    const QMap<Outcome, int>& counts = m_model->counts();
    return counts.value(Outcome::Verified) == m_model->total();
}

void ChecklistDialog::updateProgress()
{
    const int total = m_model->total();
    m_ui->progressBar->setMaximum(std::max(total, 1));
    m_ui->progressBar->setValue(m_model->answered());
    const QString answered =
        tr("%1 of %n row(s) answered", nullptr, total).arg(QLocale().toString(m_model->answered()));
    const QString counts = countsText();
    m_ui->countsLabel->setText(counts.isEmpty() ? answered
                                                : answered + QStringLiteral(": ") + counts);
    m_ui->progressBar->setAccessibleDescription(m_ui->countsLabel->text());
}

void ChecklistDialog::onFinished(const QString& problem)
{
    m_model->flush();
    updateProgress();
    updateButtons();
    if (!problem.isEmpty()) {
        showWarning(problem);
    }
    const QString sentence =
        tr("%n row(s) checked: %1", nullptr, m_model->total()).arg(countsText());
    // Some rows not verified is what the person must look at: a warning, not a tick.
    showStatus(m_cancelled ? tr("Cancelled. %1").arg(sentence) : sentence,
               allVerified() && !m_cancelled ? StatusKind::Ok : StatusKind::Warning);
    announce(this, m_ui->statusLabel->text());
}

void ChecklistDialog::showSelectedDetails()
{
    const QModelIndex current = m_problems->mapToSource(m_ui->resultTable->currentIndex());
    const QString details =
        current.isValid()
            ? ChecklistRowText::details(m_model->catalog(), m_model->row(current.row()))
            : QString();
    if (m_ui->detailsEdit->toPlainText() != details) {
        m_ui->detailsEdit->setPlainText(details);
    }
}

void ChecklistDialog::exportResults()
{
    const QString path = confirmedSavePath(this, m_prompts, tr("Export the Results"),
                                           QDir::home().filePath(QStringLiteral("checked.csv")),
                                           tr("CSV file (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!writeFileAtomically(path, checklistCsv(*m_model),
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner, &error)) {
        showStatus(tr("The results were not exported: %1").arg(error), StatusKind::Error);
        return;
    }
    showStatus(
        tr("The results, without the tokens, are in %1.").arg(QDir::toNativeSeparators(path)),
        StatusKind::Ok);
}

void ChecklistDialog::saveVerified()
{
    if (m_run->isRunning() || m_saver->saveable() == 0) {
        return;
    }
    showStatus(tr("Saving in the system keychain\u2026"), StatusKind::Ok);
    m_saver->start();
    updateButtons();
}

void ChecklistDialog::onSaved(int saved, int notSaved, int skipped)
{
    QStringList parts{tr("%n connection(s) saved in the system keychain.", nullptr, saved)};
    if (notSaved > 0) {
        parts.append(tr("%n could not be saved: see their rows.", nullptr, notSaved));
    }
    if (skipped > 0) {
        parts.append(tr("%n left unsaved, with no organization chosen.", nullptr, skipped));
    }
    showStatus(parts.join(QLatin1Char(' ')), notSaved > 0 ? StatusKind::Error : StatusKind::Ok);
    announce(this, m_ui->statusLabel->text());
    showSelectedDetails();
    updateButtons();
}

void ChecklistDialog::updateButtons()
{
    const bool running = m_run->isRunning();
    const bool saving = m_saver->isRunning();
    m_ui->openButton->setEnabled(!running && !saving);
    m_ui->checkPastedButton->setEnabled(!running && !saving);
    m_ui->cancelButton->setEnabled(running);
    m_ui->exportButton->setEnabled(!running && m_model->total() > 0);
    m_ui->saveButton->setEnabled(!running && !saving && m_saver->saveable() > 0);
}

} // namespace cc::gui
