// Watch my connections, in the real settings dialog: the checkbox turns the installed systemd
// user timer on and off with `systemctl --user enable|disable --now`. systemd cannot run in
// this container, so a small shell script named systemctl, put first in PATH, stands in for it:
// it records the arguments it was given and answers as a user session would, or fails as
// systemctl does without one.
#include "gui/settingsdialog.h"
#include "gui/watchschedule.h"
#include "storage/appsettings.h"
#include "support/child.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::test;

namespace {
const QString timer = QStringLiteral("credential-connect-watch.timer");
} // namespace

class TestWatchSetting final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offByDefaultAndNothingRuns();
    void turningOnEnablesTheTimer();
    void turningOffDisablesTheTimer();
    void failedChangeLeavesTheWatchAsItWas_data();
    void failedChangeLeavesTheWatchAsItWas();
    void scheduleRunsTheProgramItIsGiven();

private:
    // What the stand-in systemctl was asked, one line per run.
    QStringList calls() const;
    // From now on the stand-in fails as systemctl does without a user session.
    void makeSystemctlFail(const QByteArray& said);
    void acceptAndWait(gui::SettingsDialog& dialog);

    QTemporaryDir m_dir;
    QString m_systemctl;
    QByteArray m_path;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
};

void TestWatchSetting::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("bin")));
    m_systemctl = m_dir.filePath(QStringLiteral("bin/systemctl"));
    QFile script(m_systemctl);
    QVERIFY(script.open(QIODevice::WriteOnly));
    const QByteArray folder = QFile::encodeName(m_dir.path());
    script.write("#!/bin/sh\n"
                 "printf '%s\\n' \"$*\" >>'" +
                 folder +
                 "/calls'\n"
                 "if [ -f '" +
                 folder + "/fail' ]; then cat '" + folder +
                 "/fail' >&2; exit 1; fi\n"
                 "exit 0\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    // The dialog asks for "systemctl" by name, as the program does: the stand-in comes first.
    m_path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(m_dir.filePath(QStringLiteral("bin"))) + ':' + m_path);
}

void TestWatchSetting::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("calls")));
    QFile::remove(m_dir.filePath(QStringLiteral("fail")));
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_appSettings = std::make_unique<AppSettings>(m_settings.get());
}

void TestWatchSetting::cleanup()
{
    qputenv("PATH", QFile::encodeName(m_dir.filePath(QStringLiteral("bin"))) + ':' + m_path);
    m_appSettings.reset();
    m_settings.reset();
}

QStringList TestWatchSetting::calls() const
{
    QFile file(m_dir.filePath(QStringLiteral("calls")));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestWatchSetting::makeSystemctlFail(const QByteArray& said)
{
    QFile file(m_dir.filePath(QStringLiteral("fail")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(said);
}

void TestWatchSetting::acceptAndWait(gui::SettingsDialog& dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    // The buttons wait while systemctl runs. Accepted, or back to taking input with a message:
    // systemctl has answered either way.
    QTRY_VERIFY(!dialog.isVisible() || child<QDialogButtonBox>(&dialog, "buttonBox")->isEnabled());
}

void TestWatchSetting::offByDefaultAndNothingRuns()
{
    QVERIFY(!m_appSettings->watchConnections());
    gui::SettingsDialog dialog(*m_appSettings);
    dialog.show();
    QVERIFY(!child<QCheckBox>(&dialog, "watchCheck")->isChecked());

    acceptAndWait(dialog);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(calls(), QStringList());
    QVERIFY(!m_appSettings->watchConnections());
}

void TestWatchSetting::turningOnEnablesTheTimer()
{
    {
        gui::SettingsDialog dialog(*m_appSettings);
        dialog.show();
        child<QCheckBox>(&dialog, "watchCheck")->setChecked(true);
        acceptAndWait(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(calls(), QStringList{QStringLiteral("--user enable --now ") + timer});
    QVERIFY(m_appSettings->watchConnections());

    // Kept: the next time the dialog opens it shows the watch on, and OK changes nothing.
    gui::SettingsDialog again(*m_appSettings);
    again.show();
    QVERIFY(child<QCheckBox>(&again, "watchCheck")->isChecked());
    acceptAndWait(again);
    QCOMPARE(calls().size(), 1);
}

void TestWatchSetting::turningOffDisablesTheTimer()
{
    QVERIFY(m_appSettings->setWatchConnections(true));
    gui::SettingsDialog dialog(*m_appSettings);
    dialog.show();
    auto* watch = child<QCheckBox>(&dialog, "watchCheck");
    QVERIFY(watch->isChecked());
    watch->setChecked(false);

    acceptAndWait(dialog);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(calls(), QStringList{QStringLiteral("--user disable --now ") + timer});
    QVERIFY(!m_appSettings->watchConnections());
}

void TestWatchSetting::failedChangeLeavesTheWatchAsItWas_data()
{
    QTest::addColumn<bool>("systemctlInPath");
    QTest::addColumn<QString>("said");

    // As systemctl says it in a login without systemd's user session (su, ssh, a container).
    QTest::addRow("no user session") << true << "Failed to connect to bus: No medium found";
    QTest::addRow("no systemctl") << false << "systemctl could not be started";
}

void TestWatchSetting::failedChangeLeavesTheWatchAsItWas()
{
    QFETCH(bool, systemctlInPath);
    QFETCH(QString, said);
    if (systemctlInPath) {
        makeSystemctlFail(said.toUtf8());
    } else {
        // A folder with no systemctl in it and nothing else: as on a system without systemd.
        qputenv("PATH", QFile::encodeName(m_dir.filePath(QStringLiteral("nowhere"))));
    }
    gui::SettingsDialog dialog(*m_appSettings);
    dialog.show();
    auto* watch = child<QCheckBox>(&dialog, "watchCheck");
    watch->setChecked(true);

    acceptAndWait(dialog);

    QVERIFY(dialog.isVisible());
    const QString message = child<QLabel>(&dialog, "messageLabel")->text();
    QVERIFY2(message.contains(said), qPrintable(message));
    QVERIFY(child<QLabel>(&dialog, "messageLabel")->isVisible());
    QVERIFY(!watch->isChecked());
    QVERIFY(!m_appSettings->watchConnections());
    QSettings reread(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QVERIFY(!AppSettings(&reread).watchConnections());
    QCOMPARE(calls().size(), systemctlInPath ? 1 : 0);
}

void TestWatchSetting::scheduleRunsTheProgramItIsGiven()
{
    // The program is the schedule's to be told; by path here, not found in PATH.
    qputenv("PATH", QByteArray());
    gui::WatchSchedule schedule(m_systemctl);
    QSignalSpy changed(&schedule, &gui::WatchSchedule::changed);

    schedule.change(true);

    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toBool(), true);
    QCOMPARE(changed.constFirst().at(1).toString(), QString());
    QCOMPARE(calls(), QStringList{QStringLiteral("--user enable --now ") + timer});
}

QTEST_MAIN(TestWatchSetting)
#include "tst_watchsetting.moc"
