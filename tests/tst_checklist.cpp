// File › Check a List… in the real main window against a local HTTPS server that answers each
// token its own way, with a real Secret Service (tests/run-with-secret-service keyring): a CSV
// with every outcome, a BOM, CRLF, an empty line, a quoted comma, twins and a Retry-After retry;
// the problems alone; Cancel; the export without tokens; pasted rows; the verified tokens saved
// in the keychain, with the organization asked for where a token reaches several; and no token
// in any accessible text.
#include "core/translations.h"
#include "gui/checklist/checklistdialog.h"
#include "gui/checklist/checklistmodel.h"
#include "gui/mainwindow.h"
#include "gui/statusicons.h"
#include "support/child.h"
#include "support/demoanswers.h"
#include "support/listtokens.h"
#include "support/storagetesting.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/testprompts.h"
#include "support/tlstestserver.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::test;

namespace {
QByteArray tokenOf(const ReceivedRequest& request)
{
    return request.headerValues("Authorization").value(0).mid(int(qstrlen("Token ")));
}

bool isVerifyRequest(const ReceivedRequest& request)
{
    return request.target == "/api/v1/self";
}

QString outcomeAt(const QAbstractItemModel& model, int row)
{
    return model.index(row, 0).data(gui::ChecklistModel::OutcomeRole).toString();
}

// Every text an accessibility client can read from the object and all it holds.
void collectAccessibleText(QAccessibleInterface* object, QStringList& texts, int depth = 0)
{
    if (object == nullptr || depth > 40) {
        return;
    }
    for (QAccessible::Text kind :
         {QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help}) {
        texts.append(object->text(kind));
    }
    if (QAccessibleTextInterface* text = object->textInterface()) {
        texts.append(text->text(0, text->characterCount()));
    }
    for (int index = 0; index < object->childCount(); ++index) {
        collectAccessibleText(object->child(index), texts, depth + 1);
    }
}
} // namespace

class TestChecklist final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void csvWithEveryOutcomeFillsTheTable();
    void problemsOnlyHidesTheVerified();
    void cancelStopsTheListAndForgetsItsTokens();
    void exportHoldsEveryAnswerAndNoToken();
    void pastedRowsAreCheckedAndNeverRead();
    void verifiedOnesAreSavedInTheKeychain();
    void closingForgetsTheTokens();

private:
    CannedReply answerFor(const ReceivedRequest& request);
    int requestsWith(const QByteArray& token) const;
    QString writeList(const QByteArray& text,
                      QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner);
    // Opens the list through File › Check a List… and Open a File…, and waits for every answer.
    gui::ChecklistDialog* checkFile(const QString& path);
    void waitForTheEnd(gui::ChecklistDialog* dialog);
    // Any 8 characters of a token of this test in text: a leak.
    QByteArray leakIn(const QByteArray& text) const;

    TestPki m_pki;
    QTemporaryDir m_dir;
    std::unique_ptr<TlsTestServer> m_server;
    std::optional<Catalog> m_catalog;
    std::unique_ptr<KeeperFixture> m_store;
    TestPrompts m_answers;
    std::unique_ptr<gui::MainWindow> m_window;
    QList<QByteArray> m_tokens;
    int m_lists = 0;
};

void TestChecklist::initTestCase()
{
    quietOffscreenSizeHints();
    // As the program does: English plurals come from the English translation.
    installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en")));
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    m_server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    QVERIFY(m_server->listen());
    m_server->setResponder([this](const ReceivedRequest& request) { return answerFor(request); });
    m_catalog = builtinCatalogWith(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"),
                                   m_server->baseUrl());
}

void TestChecklist::init()
{
    m_store = std::make_unique<KeeperFixture>(&*m_catalog);
    // Long enough for a Retry-After of one second, short enough for the row never answered.
    m_store->verifier.setDeadline(std::chrono::seconds(3));
    m_answers.reset();
    m_tokens.clear();
    m_window = std::make_unique<gui::MainWindow>(*m_catalog, m_store->verifier, m_store->keeper,
                                                 m_store->appSettings, m_answers.prompts,
                                                 m_pki.caCertificates());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestChecklist::cleanup()
{
    m_window.reset();
    m_store.reset();
}

// bad: refused; deny: forbidden; limit: rate limited; busy: 503; slow: never answered; retry:
// 429 with Retry-After: 1 the first time, then the demo's answer; anything else the demo's.
CannedReply TestChecklist::answerFor(const ReceivedRequest& request)
{
    const QByteArray token = tokenOf(request);
    if (token.startsWith("deny")) {
        return CannedReply::json(403, "{}");
    }
    if (token.startsWith("busy")) {
        return CannedReply::json(503, "{}");
    }
    if (token.startsWith("retry") && isVerifyRequest(request) && requestsWith(token) == 1) {
        return CannedReply::json(429, "{}").withHeader("Retry-After", "1");
    }
    return demoAnswerFor(request);
}

int TestChecklist::requestsWith(const QByteArray& token) const
{
    int count = 0;
    for (const ReceivedRequest& request : m_server->requests()) {
        count += isVerifyRequest(request) && tokenOf(request) == token ? 1 : 0;
    }
    return count;
}

QString TestChecklist::writeList(const QByteArray& text, QFile::Permissions permissions)
{
    const QString path = m_dir.filePath(QStringLiteral("list-%1.csv").arg(++m_lists));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.close();
    QFile::setPermissions(path, permissions);
    return path;
}

gui::ChecklistDialog* TestChecklist::checkFile(const QString& path)
{
    QAction* action = nullptr;
    for (QAction* item : m_window->menuBar()->actions().constFirst()->menu()->actions()) {
        if (item->text().contains(QLatin1String("&List"))) {
            action = item;
        }
    }
    if (action == nullptr) {
        qFatal("no File › Check a List…");
    }
    action->trigger();
    auto* dialog = m_window->findChild<gui::ChecklistDialog*>();
    if (dialog == nullptr) {
        qFatal("File › Check a List… opened no dialog");
    }
    m_answers.openPath = path;
    QTest::mouseClick(child<QPushButton>(dialog, "openButton"), Qt::LeftButton);
    waitForTheEnd(dialog);
    return dialog;
}

void TestChecklist::waitForTheEnd(gui::ChecklistDialog* dialog)
{
    auto* cancel = child<QPushButton>(dialog, "cancelButton");
    // Every row answered, and the table showing them all.
    const bool ended = QTest::qWaitFor(
        [&] {
            return !cancel->isEnabled() &&
                   child<QTableView>(dialog, "resultTable")->model()->rowCount() ==
                       dialog->model().total();
        },
        20000);
    if (!ended) {
        qWarning("the list did not end in time");
    }
}

QByteArray TestChecklist::leakIn(const QByteArray& text) const
{
    return listTokenLeakIn(m_tokens, text);
}

void TestChecklist::csvWithEveryOutcomeFillsTheTable()
{
    const QByteArray good = listToken("good", 1);
    const QByteArray twin = listToken("good", 2);
    const QByteArray retry = listToken("retry", 1);
    const QByteArray spaced = listToken("good", 3).left(40) + ' ' + listToken("good", 3).mid(41);
    m_tokens = {good,
                twin,
                retry,
                spaced,
                listToken("bad", 1),
                listToken("deny", 1),
                listToken("limit", 1),
                listToken("busy", 1),
                listToken("good", 4)};
    const QList<QPair<QByteArray, const char*>> rows{
        {"\"Ada, \"\"the admin\"\"\",juniper-mist,api.gc3," + good + ",x", "verified"},
        {"refused,juniper-mist,api.gc3," + listToken("bad", 1), "rejected"},
        {"denied,juniper-mist,api.gc3," + listToken("deny", 1), "forbidden"},
        {"limited,juniper-mist,api.gc3," + listToken("limit", 1), "rate_limited"},
        {"busy,juniper-mist,api.gc3," + listToken("busy", 1), "server_error"},
        {"first twin,juniper-mist,api.gc3," + twin, "verified"},
        {"spaced,juniper-mist,api.gc3,\"" + spaced + "\"", "invalid_input"},
        {"okta,okta,api.gc3," + listToken("good", 4), "invalid_input"},
        {"second twin,juniper-mist, api.gc3 ," + twin, "verified"},
        {"retried,juniper-mist,api.gc3," + retry, "verified"},
    };
    // A byte order mark, CRLF line ends, the columns in another order with one more, and an
    // empty line after the header: line numbers count it.
    QByteArray csv = "\xEF\xBB\xBFLabel,provider,region,token,extra\r\n\r\n";
    for (const auto& row : rows) {
        csv += row.first + "\r\n";
    }
    const QString file =
        writeList(csv, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    gui::ChecklistDialog* dialog = checkFile(file);

    const QAbstractItemModel* table = child<QTableView>(dialog, "resultTable")->model();
    QCOMPARE(table->rowCount(), rows.size());
    for (int index = 0; index < rows.size(); ++index) {
        QVERIFY2(outcomeAt(*table, index) == QLatin1String(rows.at(index).second),
                 qPrintable(QStringLiteral("row %1: %2").arg(index).arg(outcomeAt(*table, index))));
        QCOMPARE(table->index(index, gui::ChecklistModel::LineColumn).data().toString(),
                 QString::number(index + 3));
        const QVariant status = table->index(index, gui::ChecklistModel::StatusColumn).data();
        QVERIFY(!status.toString().isEmpty());
        QVERIFY(!table->index(index, gui::ChecklistModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
    }
    QCOMPARE(table->index(0, gui::ChecklistModel::LabelColumn).data().toString(),
             QStringLiteral("Ada, \"the admin\""));
    QCOMPARE(table->index(0, gui::ChecklistModel::PlaceColumn).data().toString(),
             QStringLiteral("Juniper Mist \u00b7 EMEA 02"));
    QCOMPARE(table->index(0, gui::ChecklistModel::IdentityColumn).data().toString(),
             QStringLiteral("Ada Lovelace"));
    QCOMPARE(table->index(0, gui::ChecklistModel::OrganizationColumn).data().toString(),
             QStringLiteral("2 organizations"));
    // Twins are sent once, the retry twice, the invalid rows never.
    QCOMPARE(requestsWith(twin), 1);
    QCOMPARE(requestsWith(retry), 2);
    QCOMPARE(requestsWith(spaced), 0);
    QCOMPARE(requestsWith(listToken("good", 4)), 0);

    // The progress and the counts; the file others can read, as the command line warns.
    auto* progress = child<QProgressBar>(dialog, "progressBar");
    QCOMPARE(progress->value(), rows.size());
    QCOMPARE(progress->maximum(), rows.size());
    const QString counts = child<QLabel>(dialog, "countsLabel")->text();
    QVERIFY2(counts.contains(QLatin1String("verified 4")) &&
                 counts.contains(QLatin1String("invalid input 2")),
             qPrintable(counts));
    // Not every row verified: the summary warns, it does not tick.
    auto* statusIconLabel = child<QLabel>(dialog, "statusIcon");
    const int iconSize =
        statusIconLabel->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, statusIconLabel);
    QCOMPARE(statusIconLabel->pixmap().toImage(),
             gui::statusIcon(gui::StatusKind::Warning).pixmap(iconSize, iconSize).toImage());
    QVERIFY2(child<QLabel>(dialog, "warningLabel")
                 ->text()
                 .contains(QLatin1String("can be read by other users")),
             qPrintable(child<QLabel>(dialog, "warningLabel")->text()));
    QVERIFY(child<QLabel>(dialog, "statusLabel")
                ->text()
                .startsWith(QLatin1String("10 rows checked: ")));

    // The details of a row: the whole message and the service's own words.
    auto* view = child<QTableView>(dialog, "resultTable");
    view->setCurrentIndex(table->index(7, 0));
    const QString details = child<QPlainTextEdit>(dialog, "detailsEdit")->toPlainText();
    QVERIFY2(details.contains(QLatin1String("Unknown provider")), qPrintable(details));
    view->setCurrentIndex(table->index(1, 0));
    QVERIFY2(child<QPlainTextEdit>(dialog, "detailsEdit")
                 ->toPlainText()
                 .contains(QLatin1String("The service said: Invalid token.")),
             qPrintable(child<QPlainTextEdit>(dialog, "detailsEdit")->toPlainText()));

    // Named for a screen reader; no token in anything one can read, cells included.
    QVERIFY(!view->accessibleName().isEmpty());
    QVERIFY(!progress->accessibleName().isEmpty());
    QStringList texts;
    collectAccessibleText(QAccessible::queryAccessibleInterface(dialog), texts);
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(QLatin1String("Ada Lovelace")),
             "the table's cells are not in the accessibility tree");
    const QByteArray leak = leakIn(texts.join(QLatin1Char('\n')).toUtf8());
    QVERIFY2(leak.isEmpty(), leak.constData());
    // The verified rows' tokens are held for saving, the others' already let go.
    QCOMPARE(dialog->heldTokens(), 4);
}

void TestChecklist::problemsOnlyHidesTheVerified()
{
    m_tokens = {listToken("good", 5), listToken("bad", 5), listToken("deny", 5)};
    gui::ChecklistDialog* dialog =
        checkFile(writeList("provider,region,token\njuniper-mist,api.gc3," + m_tokens.at(0) +
                            "\njuniper-mist,api.gc3," + m_tokens.at(1) + "\njuniper-mist,api.gc3," +
                            m_tokens.at(2) + '\n'));
    const QAbstractItemModel* table = child<QTableView>(dialog, "resultTable")->model();
    QCOMPARE(table->rowCount(), 3);

    child<QCheckBox>(dialog, "problemsOnlyCheck")->setChecked(true);

    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(outcomeAt(*table, 0), QStringLiteral("rejected"));
    QCOMPARE(outcomeAt(*table, 1), QStringLiteral("forbidden"));
    QCOMPARE(table->index(1, gui::ChecklistModel::LineColumn).data().toString(),
             QStringLiteral("4"));
    child<QCheckBox>(dialog, "problemsOnlyCheck")->setChecked(false);
    QCOMPARE(table->rowCount(), 3);
}

void TestChecklist::cancelStopsTheListAndForgetsItsTokens()
{
    QByteArray csv = "provider,region,token\njuniper-mist,api.gc3," + listToken("good", 6) + '\n';
    m_tokens = {listToken("good", 6)};
    for (int index = 0; index < 6; ++index) {
        m_tokens.append(listToken("slow", index));
        csv += "juniper-mist,api.gc3," + m_tokens.constLast() + '\n';
    }
    m_window->checkList();
    auto* dialog = m_window->findChild<gui::ChecklistDialog*>();
    QVERIFY(dialog != nullptr);
    m_answers.openPath = writeList(csv);
    QTest::mouseClick(child<QPushButton>(dialog, "openButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model().answered(), 1, 10000);
    auto* cancel = child<QPushButton>(dialog, "cancelButton");
    QVERIFY(cancel->isEnabled());

    QTest::mouseClick(cancel, Qt::LeftButton);

    QVERIFY(!cancel->isEnabled());
    const QAbstractItemModel* table = child<QTableView>(dialog, "resultTable")->model();
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(outcomeAt(*table, 0), QStringLiteral("verified"));
    for (int index = 1; index < 7; ++index) {
        QCOMPARE(outcomeAt(*table, index), QStringLiteral("cancelled"));
        QCOMPARE(table->index(index, gui::ChecklistModel::StatusColumn).data().toString(),
                 QStringLiteral("Cancelled"));
    }
    // Only the verified row's token is left, for saving. Four requests to the host at most:
    // the last two rows waited for a slot, and are never sent.
    QCOMPARE(dialog->heldTokens(), 1);
    QTest::qWait(1500);
    QCOMPARE(requestsWith(m_tokens.at(5)), 0);
    QCOMPARE(requestsWith(m_tokens.at(6)), 0);
    QVERIFY2(child<QLabel>(dialog, "statusLabel")->text().contains(QLatin1String("cancelled 6")),
             qPrintable(child<QLabel>(dialog, "statusLabel")->text()));
}

void TestChecklist::exportHoldsEveryAnswerAndNoToken()
{
    m_tokens = {listToken("good", 7), listToken("bad", 7)};
    gui::ChecklistDialog* dialog =
        checkFile(writeList("provider,region,token,label\njuniper-mist,api.gc3," + m_tokens.at(0) +
                            ",\"Ada, admin\"\njuniper-mist,api.gc3," + m_tokens.at(1) +
                            ",refused\nokta,x," + listToken("good", 8) + ",unknown\n"));
    m_tokens.append(listToken("good", 8));
    m_answers.savePath = m_dir.filePath(QStringLiteral("results.csv"));

    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);

    const QByteArray csv = readFile(m_answers.savePath);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.value(0), QByteArray("line,label,provider,region,outcome,identity,organization,"
                                        "message\r"));
    QVERIFY2(lines.value(1).startsWith("2,\"Ada, admin\",juniper-mist,api.gc3,verified,Ada "
                                       "Lovelace,2 organizations,"),
             lines.value(1).constData());
    QVERIFY2(lines.value(2).startsWith("3,refused,juniper-mist,api.gc3,rejected,,,"),
             lines.value(2).constData());
    QVERIFY2(lines.value(3).startsWith("4,unknown,okta,x,invalid_input,,,"),
             lines.value(3).constData());
    QCOMPARE(fileMode(m_answers.savePath), 0600);
    QVERIFY2(leakIn(csv).isEmpty(), leakIn(csv).constData());
    QVERIFY2(
        child<QLabel>(dialog, "statusLabel")->text().contains(QLatin1String("without the tokens")),
        qPrintable(child<QLabel>(dialog, "statusLabel")->text()));
}

void TestChecklist::pastedRowsAreCheckedAndNeverRead()
{
    m_tokens = {listToken("good", 9), listToken("bad", 9)};
    gui::ChecklistDialog* dialog = m_window->checkList();
    auto* paste = child<QPlainTextEdit>(dialog, "pasteEdit");
    // JSON Lines, as pasted from a terminal.
    paste->setPlainText(QString::fromLatin1(
        "{\"provider\": \"juniper-mist\", \"region\": \"api.gc3\", \"token\": \"" + m_tokens.at(0) +
        "\", \"label\": \"Ada\"}\n{\"provider\": \"juniper-mist\", \"region\": "
        "\"api.gc3\", \"token\": \"" +
        m_tokens.at(1) + "\"}\n"));
    // What a screen reader could read of the box: its name, never its text.
    QAccessibleInterface* box = QAccessible::queryAccessibleInterface(paste);
    QVERIFY(box != nullptr);
    QVERIFY(box->textInterface() == nullptr);
    QStringList texts;
    collectAccessibleText(box, texts);
    QVERIFY2(leakIn(texts.join(QLatin1Char('\n')).toUtf8()).isEmpty(),
             qPrintable(texts.join(QLatin1Char('\n'))));

    QTest::mouseClick(child<QPushButton>(dialog, "checkPastedButton"), Qt::LeftButton);

    QVERIFY(paste->toPlainText().isEmpty());
    waitForTheEnd(dialog);
    const QAbstractItemModel* table = child<QTableView>(dialog, "resultTable")->model();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(outcomeAt(*table, 0), QStringLiteral("verified"));
    QCOMPARE(table->index(0, gui::ChecklistModel::LabelColumn).data().toString(),
             QStringLiteral("Ada"));
    QCOMPARE(outcomeAt(*table, 1), QStringLiteral("rejected"));
    // Pasted rows are no file others could read.
    QVERIFY(child<QLabel>(dialog, "warningLabel")->text().isEmpty());
}

void TestChecklist::verifiedOnesAreSavedInTheKeychain()
{
    // An organization token reaches one organization; a person's reaches two, and is asked for.
    const QByteArray orgToken = listToken("good", 10, "org");
    const QByteArray person = listToken("good", 11);
    m_tokens = {orgToken, person, listToken("bad", 10)};
    gui::ChecklistDialog* dialog =
        checkFile(writeList("provider,region,token,label\njuniper-mist,api.gc3," + orgToken +
                            ",inventory\njuniper-mist,api.gc3," + person +
                            ",Ada\njuniper-mist,api.gc3," + m_tokens.at(2) + ",refused\n"));
    QCOMPARE(dialog->heldTokens(), 2);
    m_answers.choice = 1; // the second organization: ACME Labs
    auto* save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(save->isEnabled());

    QTest::mouseClick(save, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(dialog, "statusLabel")->text().contains(QLatin1String("2 connections saved")),
        20000);
    QCOMPARE(m_answers.questions.size(), 1);
    QVERIFY2(m_answers.questions.constFirst().contains(QStringLiteral("\u201cAda\u201d (line 3)")),
             qPrintable(m_answers.questions.constFirst()));
    const QString orgKey = connectionKey(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"),
                                         QString::fromLatin1(demoMistOrgId));
    const QString personKey =
        connectionKey(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"),
                      QString::fromLatin1(demoMistSecondOrgId));
    QVERIFY(m_store->profiles.profile(orgKey));
    QCOMPARE(m_store->profiles.profile(personKey)->organizationName, QStringLiteral("ACME Labs"));
    QCOMPARE(m_store->profiles.profiles().size(), 2);
    QCOMPARE(resultOf(m_store->secrets.read(orgKey)).secret, QString::fromLatin1(orgToken));
    QCOMPARE(resultOf(m_store->secrets.read(personKey)).secret, QString::fromLatin1(person));
    // Saved: the tokens are let go, and there is nothing more to save.
    QCOMPARE(dialog->heldTokens(), 0);
    QVERIFY(!save->isEnabled());
}

void TestChecklist::closingForgetsTheTokens()
{
    m_tokens = {listToken("good", 12)};
    gui::ChecklistDialog* dialog = checkFile(
        writeList("provider,region,token\njuniper-mist,api.gc3," + m_tokens.at(0) + '\n'));
    QCOMPARE(dialog->heldTokens(), 1);
    int heldWhenClosed = -1;
    connect(dialog, &QDialog::finished, this,
            [&heldWhenClosed, dialog] { heldWhenClosed = dialog->heldTokens(); });

    QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);

    QCOMPARE(heldWhenClosed, 0);
}

QTEST_MAIN(TestChecklist)
#include "tst_checklist.moc"
