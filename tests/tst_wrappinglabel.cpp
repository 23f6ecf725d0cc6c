// The word-wrapped label that remembers its heights must answer exactly as QLabel does, for
// every width, after every change of text, font or margins: a stale height would cut text off.
#include "gui/wrappinglabel.h"
#include "support/demoanswers.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace cc;

class TestWrappingLabel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersAsQLabelDoes_data();
    void answersAsQLabelDoes();
    void followsTextFontAndMargins();

private:
    // Compares the two labels' heights for a spread of widths, twice (the second from memory).
    static void compareHeights(const gui::WrappingLabel& remembering, const QLabel& plain);
};

void TestWrappingLabel::initTestCase()
{
    test::quietOffscreenSizeHints();
}

void TestWrappingLabel::compareHeights(const gui::WrappingLabel& remembering, const QLabel& plain)
{
    for (int round = 0; round < 2; ++round) {
        for (const int width : {40, 90, 160, 320, 640, 1280, 90, 40}) {
            QCOMPARE(remembering.heightForWidth(width), plain.heightForWidth(width));
        }
    }
}

void TestWrappingLabel::answersAsQLabelDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("one word") << QStringLiteral("Verified");
    QTest::newRow("sentence") << QStringLiteral(
        "Juniper Mist (EMEA 02) accepted the token. It belongs to Ada Lovelace and grants Super "
        "User on organization ACME Corp.");
    QTest::newRow("lines") << QStringLiteral(
        "\u2022 Super User on organization ACME Corp\n\u2022 Observer on site Berlin HQ\n\u2022 "
        "Helpdesk on organization ACME Labs");
    QTest::newRow("long German word") << QStringLiteral(
        "Die Zugangsdaten\u00fcberpr\u00fcfungsanfrage wurde vom Dienst abgelehnt.");
}

void TestWrappingLabel::answersAsQLabelDoes()
{
    QFETCH(QString, text);
    gui::WrappingLabel remembering;
    QLabel plain;
    plain.setWordWrap(true);
    remembering.setText(text);
    plain.setText(text);
    QVERIFY(remembering.wordWrap());
    compareHeights(remembering, plain);
}

void TestWrappingLabel::followsTextFontAndMargins()
{
    gui::WrappingLabel remembering;
    QLabel plain;
    plain.setWordWrap(true);
    const QString shortText = QStringLiteral("Checking\u2026");
    const QString longText = QStringLiteral(
        "The token was refused. It may be mistyped, revoked, or made in another region: each "
        "region of the service keeps its own accounts and tokens.");
    remembering.setText(shortText);
    plain.setText(shortText);
    compareHeights(remembering, plain);
    const int shortHeight = remembering.heightForWidth(160);

    remembering.setText(longText);
    plain.setText(longText);
    compareHeights(remembering, plain);
    QVERIFY(remembering.heightForWidth(160) > shortHeight);

    QFont larger = remembering.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    remembering.setFont(larger);
    plain.setFont(larger);
    compareHeights(remembering, plain);

    remembering.setContentsMargins(30, 20, 30, 20);
    plain.setContentsMargins(30, 20, 30, 20);
    compareHeights(remembering, plain);

    // Back to a text seen before: answered anew, not from what was remembered for it.
    remembering.setText(shortText);
    plain.setText(shortText);
    compareHeights(remembering, plain);
}

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
