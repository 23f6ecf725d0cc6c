// How long the window's event loop is kept busy while a check and a region detection run:
// the program's own main window and connect form, set up as the program sets them up (system
// proxy settings, the catalog and CA bundle given, one network access manager), driven with
// QTest against the local servers of bench-servers. A person types the token and presses
// Verify; one event later a region detection starts on the same verifier, as the connect
// form's "Find my region" does. A precise 1 ms timer ticks all along: the longest gap between
// two ticks, less the tick, is the longest the loop could not answer a key or a paint.
// Without --ca-bundle the servers' authority must be in the system store (scripts/benchmark
// runs this in a private mount namespace where it is): then the TLS library is first used at
// the press, as in the program of a person who gives no --ca-bundle.
//
// Usage: bench-responsiveness --catalog FILE [--ca-bundle FILE] --token FILE --region ID
// Prints "LONGEST_BLOCK_MS CHECK_MS DETECTION_MS WHEN_MS SLOWEST_EVENT": when the longest block
// ended, counted from the press of Verify, and the one event that took longest to handle after
// the press (receiver class, event type and milliseconds): where to look when a block is long.
#include "connections/connectionkeeper.h"
#include "core/cabundle.h"
#include "core/catalog.h"
#include "core/regiondetector.h"
#include "core/verifier.h"
#include "gui/connectform.h"
#include "gui/mainwindow.h"
#include "gui/prompts.h"
#include "storage/appsettings.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include "loopwatch.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace cc;
using namespace cc::bench;

namespace {
constexpr int settleMs = 200; // watched before the press and after the last answer

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench-responsiveness: %s\n", qPrintable(message));
    std::exit(2);
}

QString readLine(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read %1").arg(path));
    }
    return QString::fromUtf8(file.readLine().trimmed());
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
    const QCommandLineOption tokenOption(QStringLiteral("token"), QString(),
                                         QStringLiteral("FILE"));
    const QCommandLineOption regionOption(QStringLiteral("region"), QString(),
                                          QStringLiteral("ID"));
    parser.addOptions({catalogOption, caOption, tokenOption, regionOption});
    parser.process(app);

    QString error;
    const std::optional<Catalog> catalog = Catalog::fromFile(parser.value(catalogOption), &error);
    if (!catalog) {
        fail(error);
    }
    const Provider& provider = catalog->providers().constFirst();
    const QString token = readLine(parser.value(tokenOption));

    QNetworkAccessManager network;
    Verifier verifier(&network);
    if (parser.isSet(caOption)) {
        const std::optional<CaBundle> authorities = loadCaBundle(parser.value(caOption), &error);
        if (!authorities) {
            fail(error);
        }
        verifier.addCaCertificates(authorities->certificates);
    }
    // The window as the program builds it; nothing is saved, so the keychain stays untouched.
    QSettings settings;
    AppSettings appSettings(&settings);
    ProfileStore profiles(&settings);
    SecretStore secrets;
    ConnectionKeeper keeper(&secrets, &profiles, &*catalog, &verifier);
    const gui::Prompts prompts = gui::Prompts::systemDialogs();
    gui::MainWindow window(*catalog, verifier, keeper, appSettings, prompts);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        fail(QStringLiteral("the window was not shown"));
    }
    gui::ConnectForm* form = window.connectForm();
    auto* tokenEdit = form->findChild<QLineEdit*>(QStringLiteral("tokenEdit"));
    auto* verifyButton = form->findChild<QPushButton*>(QStringLiteral("verifyButton"));
    if (tokenEdit == nullptr || verifyButton == nullptr) {
        fail(QStringLiteral("the connect form has no tokenEdit or verifyButton"));
    }
    form->selectRegion(parser.value(regionOption));
    QTest::keyClicks(tokenEdit, token);

    LoopWatch watch;
    RegionDetector detector(verifier);
    double checkMs = -1;
    double detectionMs = -1;
    const auto finishWhenBothAnswered = [&] {
        if (checkMs >= 0 && detectionMs >= 0) {
            QTimer::singleShot(settleMs, &app, [&] {
                std::printf("%.3f %.1f %.1f %.1f %s\n", watch.longestBlockMs(), checkMs,
                            detectionMs, watch.longestEndedMs(), qPrintable(app.slowest()));
                QCoreApplication::exit(0);
            });
        }
    };
    QObject::connect(
        form, &gui::ConnectForm::verificationFinished, &app, [&](const VerificationResult& result) {
            if (result.outcome != Outcome::Verified) {
                fail(QStringLiteral("the check was not verified: %1").arg(result.message));
            }
            checkMs = watch.sinceResetMs();
            finishWhenBothAnswered();
        });
    QObject::connect(
        &detector, &RegionDetector::finished, &app, [&](const DetectionResult& result) {
            if (result.found() == nullptr) {
                fail(QStringLiteral("the detection found no region: %1").arg(result.message));
            }
            detectionMs = watch.sinceResetMs();
            finishWhenBothAnswered();
        });

    watch.start();
    QTimer::singleShot(settleMs, &app, [&] {
        watch.reset();
        app.startWatching();
        QTest::mouseClick(verifyButton, Qt::LeftButton);
        QTimer::singleShot(0, &app, [&] { detector.start(provider, token); });
    });
    return app.exec();
}
