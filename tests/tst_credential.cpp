// The offline token checks: what is refused before any request, where, and in what words; the
// length warning that never blocks; and the mask that is the only way a token is ever shown.
#include "core/catalog.h"
#include "core/credential.h"
#include "support/sampleanswers.h"

#include <QTest>

#include <optional>

using namespace cc;
using namespace cc::test;

namespace {

// 96 letters and digits, as Mist issues personal and organization tokens today.
const QString mistToken = sampleMistToken;
// JumpCloud admin keys: 40 characters, older ones hex, newer ones "jca_" and 36 more.
const QString jumpCloudHexKey = QStringLiteral("3f9a1c0e7b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a");
const QString jumpCloudNewKey = sampleJumpCloudToken;

const QString mist = QStringLiteral("juniper-mist");
const QString routing = QStringLiteral("juniper-routing-assurance");
const QString jumpCloud = QStringLiteral("jumpcloud");

// "abcd" + one character + "efgh": a short text with one odd character at index 4.
QString around(QChar odd)
{
    return QStringLiteral("abcd") + odd + QStringLiteral("efgh");
}

} // namespace

class TestCredential final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixtureTokensHaveTheirUsualLengths();
    void checkToken_data();
    void checkToken();
    void firstProblemWins();
    void nonAsciiMessageQuotesTheWholeCharacter();
    void maskToken_data();
    void maskToken();
    void maskIfTokenLike_data();
    void maskIfTokenLike();
    void wipeSecretOverwritesTheCharacters();

private:
    const Provider& provider(const QString& id) const;

    std::optional<Catalog> m_catalog;
};

void TestCredential::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltin(&error);
    QVERIFY2(m_catalog.has_value(), qPrintable(error));
    for (const QString& id : {mist, routing, jumpCloud}) {
        QVERIFY2(m_catalog->provider(id) != nullptr, qPrintable(id));
    }
}

const Provider& TestCredential::provider(const QString& id) const
{
    return *m_catalog->provider(id);
}

void TestCredential::fixtureTokensHaveTheirUsualLengths()
{
    QCOMPARE(mistToken.size(), 96);
    QCOMPARE(jumpCloudHexKey.size(), 40);
    QCOMPARE(jumpCloudNewKey.size(), 40);
}

void TestCredential::checkToken_data()
{
    using P = TokenCheck::Problem;
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("cleaned");
    QTest::addColumn<TokenCheck::Problem>("problem");
    QTest::addColumn<int>("position");
    QTest::addColumn<bool>("unusualLength");
    QTest::addColumn<int>("expectedLength");

    // Nothing there.
    QTest::addRow("empty") << mist << QString() << QString() << P::Empty << -1 << false << 0;
    QTest::addRow("only spaces") << mist << QStringLiteral("     ") << QString() << P::Empty << -1
                                 << false << 0;
    QTest::addRow("only line breaks and tabs")
        << mist << QStringLiteral("\r\n\t \n") << QString() << P::Empty << -1 << false << 0;

    // Surrounding space is what copying adds: removed, never a problem.
    QTest::addRow("surrounding spaces") << mist << QString(QStringLiteral("  ") + mistToken + u' ')
                                        << mistToken << P::None << -1 << false << 0;
    QTest::addRow("trailing newline")
        << mist << QString(mistToken + u'\n') << mistToken << P::None << -1 << false << 0;
    QTest::addRow("surrounding CRLF and tab")
        << jumpCloud << QString(QStringLiteral("\t\r\n") + jumpCloudNewKey + QStringLiteral("\r\n"))
        << jumpCloudNewKey << P::None << -1 << false << 0;

    // Whitespace inside.
    QTest::addRow("inner space") << routing << around(u' ') << around(u' ') << P::InnerWhitespace
                                 << 4 << false << 0;
    QTest::addRow("tab inside") << routing << around(u'\t') << around(u'\t') << P::InnerWhitespace
                                << 4 << false << 0;
    QTest::addRow("newline inside")
        << routing << around(u'\n') << around(u'\n') << P::InnerWhitespace << 4 << false << 0;
    QTest::addRow("no-break space inside")
        << routing << around(QChar(0x00a0)) << around(QChar(0x00a0)) << P::InnerWhitespace << 4
        << false << 0;
    QTest::addRow("token split over two lines")
        << mist << QString(mistToken.left(60) + u'\n' + mistToken.mid(60))
        << QString(mistToken.left(60) + u'\n' + mistToken.mid(60)) << P::InnerWhitespace << 60
        << false << 0;

    // Invisible characters.
    QTest::addRow("control 0x01") << routing << around(QChar(0x01)) << around(QChar(0x01))
                                  << P::ControlCharacter << 4 << false << 0;
    QTest::addRow("delete 0x7f") << routing << around(QChar(0x7f)) << around(QChar(0x7f))
                                 << P::ControlCharacter << 4 << false << 0;
    QTest::addRow("escape 0x1b") << routing << around(QChar(0x1b)) << around(QChar(0x1b))
                                 << P::ControlCharacter << 4 << false << 0;
    QTest::addRow("C1 control 0x85 is a line break, so whitespace")
        << routing << around(QChar(0x85)) << around(QChar(0x85)) << P::InnerWhitespace << 4 << false
        << 0;
    QTest::addRow("zero-width space U+200B")
        << routing << around(QChar(0x200b)) << around(QChar(0x200b)) << P::ControlCharacter << 4
        << false << 0;
    QTest::addRow("zero-width space after the token")
        << mist << QString(mistToken + QChar(0x200b)) << QString(mistToken + QChar(0x200b))
        << P::ControlCharacter << 96 << false << 0;
    QTest::addRow("byte order mark before the token")
        << mist << QString(QChar(0xfeff) + mistToken) << QString(QChar(0xfeff) + mistToken)
        << P::ControlCharacter << 0 << false << 0;
    QTest::addRow("soft hyphen U+00AD") << routing << around(QChar(0x00ad)) << around(QChar(0x00ad))
                                        << P::ControlCharacter << 4 << false << 0;

    // Characters no token uses.
    QTest::addRow("e acute") << routing << around(QChar(0x00e9)) << around(QChar(0x00e9))
                             << P::NonAscii << 4 << false << 0;
    QTest::addRow("typographic quotes around the token")
        << mist << QString(QChar(0x201c) + mistToken + QChar(0x201d))
        << QString(QChar(0x201c) + mistToken + QChar(0x201d)) << P::NonAscii << 0 << false << 0;
    QTest::addRow("en dash") << routing << around(QChar(0x2013)) << around(QChar(0x2013))
                             << P::NonAscii << 4 << false << 0;
    QTest::addRow("emoji outside the BMP")
        << routing << QString(QStringLiteral("abcd") + QString::fromUcs4(U"\U0001F511"))
        << QString(QStringLiteral("abcd") + QString::fromUcs4(U"\U0001F511")) << P::NonAscii << 4
        << false << 0;
    QTest::addRow("fullwidth letter") << routing << around(QChar(0xff21)) << around(QChar(0xff21))
                                      << P::NonAscii << 4 << false << 0;

    // Lengths: a warning only, never a block.
    QTest::addRow("mist 96") << mist << mistToken << mistToken << P::None << -1 << false << 0;
    QTest::addRow("mist 95") << mist << mistToken.left(95) << mistToken.left(95) << P::None << -1
                             << true << 96;
    QTest::addRow("mist 97") << mist << QString(mistToken + u'A') << QString(mistToken + u'A')
                             << P::None << -1 << true << 96;
    QTest::addRow("mist 40 (a JumpCloud key)")
        << mist << jumpCloudNewKey << jumpCloudNewKey << P::None << -1 << true << 96;
    QTest::addRow("jumpcloud 40 hex")
        << jumpCloud << jumpCloudHexKey << jumpCloudHexKey << P::None << -1 << false << 0;
    QTest::addRow("jumpcloud jca_ + 36")
        << jumpCloud << jumpCloudNewKey << jumpCloudNewKey << P::None << -1 << false << 0;
    QTest::addRow("jumpcloud 39") << jumpCloud << jumpCloudNewKey.left(39)
                                  << jumpCloudNewKey.left(39) << P::None << -1 << true << 40;
    QTest::addRow("routing assurance 96")
        << routing << mistToken << mistToken << P::None << -1 << false << 0;
    QTest::addRow("routing assurance 5") << routing << QStringLiteral("abcde")
                                         << QStringLiteral("abcde") << P::None << -1 << false << 0;
    QTest::addRow("routing assurance 300")
        << routing << QString(300, u'x') << QString(300, u'x') << P::None << -1 << false << 0;
    QTest::addRow("printable punctuation is fine")
        << routing << QStringLiteral("a-b_c.d~e+f/g=h") << QStringLiteral("a-b_c.d~e+f/g=h")
        << P::None << -1 << false << 0;
}

void TestCredential::checkToken()
{
    QFETCH(QString, providerId);
    QFETCH(QString, raw);
    QFETCH(QString, cleaned);
    QFETCH(TokenCheck::Problem, problem);
    QFETCH(int, position);
    QFETCH(bool, unusualLength);
    QFETCH(int, expectedLength);

    const TokenCheck check = cc::checkToken(raw, provider(providerId));
    QCOMPARE(check.cleaned, cleaned);
    QCOMPARE(check.problem, problem);
    QCOMPARE(check.position, position);
    QCOMPARE(check.unusualLength, unusualLength);
    QCOMPARE(check.expectedLength, expectedLength);
    QCOMPARE(check.isAcceptable(), problem == TokenCheck::Problem::None);

    const QString message = describeTokenProblem(check);
    if (problem == TokenCheck::Problem::None) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
    } else {
        QVERIFY(!message.isEmpty());
        // The message never repeats the token (it may be on screen or in a ticket).
        QVERIFY(cleaned.size() < 8 || !message.contains(cleaned));
    }
    if (position >= 0) {
        // People count from one.
        QVERIFY2(message.contains(QString::number(position + 1)), qPrintable(message));
    }
    if (problem == TokenCheck::Problem::NonAscii) {
        QVERIFY2(message.contains(cleaned.at(position)), qPrintable(message));
    }

    const QString warning = describeLengthWarning(check);
    if (unusualLength) {
        QVERIFY(!warning.isEmpty());
        QVERIFY2(warning.contains(QString::number(cleaned.size())), qPrintable(warning));
        QVERIFY2(warning.contains(QString::number(expectedLength)), qPrintable(warning));
    } else {
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
    }
}

void TestCredential::firstProblemWins()
{
    const QString raw = QStringLiteral("ab cd") + QChar(0x01) + QChar(0x00e9);
    const TokenCheck check = cc::checkToken(raw, provider(routing));
    QCOMPARE(check.problem, TokenCheck::Problem::InnerWhitespace);
    QCOMPARE(check.position, 2);

    // A bad token is refused whatever its length, and without a length warning on top.
    const TokenCheck bad =
        cc::checkToken(QString(mistToken.left(95) + QChar(0x201d)), provider(mist));
    QCOMPARE(bad.problem, TokenCheck::Problem::NonAscii);
    QCOMPARE(bad.position, 95);
    QVERIFY(!bad.unusualLength);
}

void TestCredential::nonAsciiMessageQuotesTheWholeCharacter()
{
    // A character outside the Basic Multilingual Plane is two UTF-16 units in a QString.
    const QString key = QString::fromUcs4(U"\U0001F511");
    QCOMPARE(key.size(), 2);
    const TokenCheck check = cc::checkToken(QString(around(u'x') + key), provider(routing));
    QCOMPARE(check.problem, TokenCheck::Problem::NonAscii);
    QCOMPARE(check.position, 9);
    const QString message = describeTokenProblem(check);
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(key), qPrintable(message));
    // A lone surrogate does not survive the trip through UTF-8 (the CLI's output).
    QCOMPARE(QString::fromUtf8(message.toUtf8()), message);
}

void TestCredential::maskToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("shownStart"); // what the mask may show of the token
    QTest::addColumn<QString>("shownEnd");

    QTest::addRow("mist 96") << mistToken << mistToken.left(4) << mistToken.right(4);
    QTest::addRow("jumpcloud jca_")
        << jumpCloudNewKey << QStringLiteral("jca_") << jumpCloudNewKey.right(4);
    QTest::addRow("jumpcloud hex")
        << jumpCloudHexKey << QStringLiteral("3f9a") << QStringLiteral("8f1a");
    QTest::addRow("16 characters")
        << QStringLiteral("ABCDefghijklWXYZ") << QStringLiteral("ABCD") << QStringLiteral("WXYZ");
    QTest::addRow("15 characters") << QStringLiteral("ABCDefghijkWXYZ") << QString() << QString();
    QTest::addRow("8 characters") << QStringLiteral("ABCDWXYZ") << QString() << QString();
    QTest::addRow("1 character") << QStringLiteral("A") << QString() << QString();
    QTest::addRow("empty") << QString() << QString() << QString();
}

void TestCredential::maskToken()
{
    QFETCH(QString, token);
    QFETCH(QString, shownStart);
    QFETCH(QString, shownEnd);

    const QString mask = cc::maskToken(token);
    QVERIFY(shownStart.size() <= 4 && shownEnd.size() <= 4);
    QVERIFY2(mask.startsWith(shownStart), qPrintable(mask));
    QVERIFY2(mask.endsWith(shownEnd), qPrintable(mask));
    // Between what may be shown there are only mask characters (bullets, an ellipsis).
    const QString between =
        mask.mid(shownStart.size(), mask.size() - shownStart.size() - shownEnd.size());
    for (const QChar c : between) {
        QVERIFY2(c == QChar(0x2022) || c == QChar(0x2026), qPrintable(mask));
    }
    if (token.size() > 8) {
        const QString middle = token.mid(4, token.size() - 8);
        QVERIFY(!mask.contains(middle));
    }
    QVERIFY(mask.size() <= qMax(token.size(), qsizetype(9)));
    QCOMPARE(token.isEmpty(), mask.isEmpty());
}

void TestCredential::maskIfTokenLike_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::addRow("an option name") << QStringLiteral("insecure") << QStringLiteral("insecure");
    QTest::addRow("15 characters")
        << QStringLiteral("ABCDefghijkWXYZ") << QStringLiteral("ABCDefghijkWXYZ");
    QTest::addRow("16 characters")
        << QStringLiteral("ABCDefghijklWXYZ") << QStringLiteral("ABCD\u2026WXYZ");
    QTest::addRow("mist token") << mistToken << cc::maskToken(mistToken);
    QTest::addRow("jumpcloud key") << jumpCloudNewKey << QStringLiteral("jca_\u2026e2Ua");
    QTest::addRow("empty") << QString() << QString();
    // Paths, hosts and addresses are not what tokens are made of: they stay readable.
    QTest::addRow("a path") << QStringLiteral("/nonexistent/ca-bundle.pem")
                            << QStringLiteral("/nonexistent/ca-bundle.pem");
    QTest::addRow("a host") << QStringLiteral("manage.gc3.mist.com")
                            << QStringLiteral("manage.gc3.mist.com");
    QTest::addRow("a token split by a typographic quote")
        << mistToken.left(48) + QChar(0x201d) + mistToken.mid(48)
        << cc::maskToken(mistToken.left(48) + QChar(0x201d) + mistToken.mid(48));
}

void TestCredential::maskIfTokenLike()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(cc::maskIfTokenLike(text), shown);
}

void TestCredential::wipeSecretOverwritesTheCharacters()
{
    QString secret = mistToken;
    secret.detach(); // the only owner of its characters, as the CLI's token is
    const QChar* where = secret.constData();

    cc::wipeSecret(secret);

    QCOMPARE(secret.constData(), where); // overwritten in place, not in a fresh copy
    QCOMPARE(secret, QString(mistToken.size(), QChar()));

    // Shared text: the wiped owner gets zeros, the other owner keeps its copy.
    QString shared = mistToken;
    cc::wipeSecret(shared);
    QCOMPARE(shared, QString(mistToken.size(), QChar()));
    QCOMPARE(mistToken.left(4), QStringLiteral("u8jz"));
}

QTEST_GUILESS_MAIN(TestCredential)

#include "tst_credential.moc"
