// How long the window's event loop is kept busy while a list fills its table: the program's own
// main window opens File › Check a List… on a list of 1,000 rows, every one a token of its own,
// against the local servers of bench-servers answering at once, so that the answers arrive as
// fast as the queue's 16 requests in flight allow. The loop is watched as in
// bench-responsiveness (loopwatch.h): the longest gap between two ticks of a 1 ms timer, less
// the tick, from the press of Open to the last answer shown.
//
// Usage: bench-list-window --catalog FILE --ca-bundle FILE --list FILE
// Prints "LONGEST_BLOCK_MS FILL_MS ROWS WHEN_MS SLOWEST_EVENT": the time from the press to the
// last row answered, the rows answered, when the longest block ended and the slowest event.
#include "connections/connectionkeeper.h"
#include "core/cabundle.h"
#include "core/catalog.h"
#include "core/verifier.h"
#include "gui/checklist/checklistdialog.h"
#include "gui/checklist/checklistmodel.h"
#include "gui/mainwindow.h"
#include "gui/prompts.h"
#include "storage/appsettings.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include "loopwatch.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <cstdio>

using namespace cc;
using namespace cc::bench;

namespace {
constexpr int settleMs = 200; // watched before the press and after the last answer

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench-list-window: %s\n", qPrintable(message));
    std::exit(2);
}
} // namespace

int main(int argc, char* argv[])
{
    TimedApplication app(argc, argv);
    QNetworkProxyFactory::setUseSystemConfiguration(true); // as the program does

    QCommandLineParser parser;
    const QCommandLineOption catalogOption(QStringLiteral("catalog"), QString(),
                                           QStringLiteral("FILE"));
    const QCommandLineOption caOption(QStringLiteral("ca-bundle"), QString(),
                                      QStringLiteral("FILE"));
    const QCommandLineOption listOption(QStringLiteral("list"), QString(), QStringLiteral("FILE"));
    parser.addOptions({catalogOption, caOption, listOption});
    parser.process(app);

    QString error;
    const std::optional<Catalog> catalog = Catalog::fromFile(parser.value(catalogOption), &error);
    if (!catalog) {
        fail(error);
    }
    const std::optional<CaBundle> authorities = loadCaBundle(parser.value(caOption), &error);
    if (!authorities) {
        fail(error);
    }
    QNetworkAccessManager network;
    Verifier verifier(&network);
    // Nothing is saved, so the keychain stays untouched.
    QSettings settings;
    AppSettings appSettings(&settings);
    ProfileStore profiles(&settings);
    SecretStore secrets;
    ConnectionKeeper keeper(&secrets, &profiles, &*catalog, &verifier);
    gui::Prompts prompts = gui::Prompts::systemDialogs();
    const QString list = parser.value(listOption);
    prompts.openPath = [list](QWidget*, const QString&, const QString&) {
        return list;
    };
    gui::MainWindow window(*catalog, verifier, keeper, appSettings, prompts,
                           authorities->certificates);
    window.show();
    gui::ChecklistDialog* dialog = window.checkList();
    if (!QTest::qWaitForWindowExposed(dialog)) {
        fail(QStringLiteral("the list was not shown"));
    }
    auto* open = dialog->findChild<QPushButton*>(QStringLiteral("openButton"));
    auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"));
    if (open == nullptr || cancel == nullptr) {
        fail(QStringLiteral("the list has no openButton or cancelButton"));
    }

    LoopWatch watch;
    QTimer done;
    done.setInterval(5);
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        // Every row read and answered: Cancel goes off when the list is finished.
        if (cancel->isEnabled() || dialog->model().total() == 0) {
            return;
        }
        done.stop();
        const double fillMs = watch.sinceResetMs();
        const gui::ChecklistModel& model = dialog->model();
        if (model.counts().value(Outcome::Verified) != model.total()) {
            fail(QStringLiteral("%1 of %2 rows verified")
                     .arg(model.counts().value(Outcome::Verified))
                     .arg(model.total()));
        }
        QTimer::singleShot(settleMs, &app, [&, fillMs] {
            std::printf("%.3f %.1f %d %.1f %s\n", watch.longestBlockMs(), fillMs,
                        dialog->model().total(), watch.longestEndedMs(), qPrintable(app.slowest()));
            QCoreApplication::exit(0);
        });
    });

    watch.start();
    QTimer::singleShot(settleMs, &app, [&] {
        watch.reset();
        app.startWatching();
        QTest::mouseClick(open, Qt::LeftButton);
        done.start();
    });
    return app.exec();
}
