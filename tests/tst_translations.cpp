// Each shipped .ts file is complete for the sources as they are now: lupdate runs over a copy,
// and the copy may hold no unfinished, vanished or obsolete message.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void placeholdersAndMnemonicsKept_data();
    void placeholdersAndMnemonicsKept();
};

namespace {
QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    // Every shipped language, as CMake's CREDENTIAL_CONNECT_LANGUAGES lists them.
    const QStringList languages =
        QStringLiteral(LANGUAGES).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& language : languages) {
        QTest::addRow("%s", qPrintable(language)) << language;
    }
}

QString tsPath(const QString& language)
{
    return QStringLiteral(TRANSLATIONS_DIR "/credential-connect_") + language +
           QStringLiteral(".ts");
}

QString unescape(QString text)
{
    // Character references first (lupdate writes a no-break space as &#xa0;), then the named
    // ones, &amp; last, so that an escaped ampersand is not read as the start of another.
    static const QRegularExpression reference(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    for (QRegularExpressionMatch match = reference.match(text); match.hasMatch();
         match = reference.match(text, match.capturedStart() + 1)) {
        const bool hex = !match.captured(1).isEmpty();
        const char32_t code = match.captured(2).toUInt(nullptr, hex ? 16 : 10);
        text.replace(match.capturedStart(), match.capturedLength(), QString::fromUcs4(&code, 1));
    }
    return text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&apos;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// The placeholders (%1, %n...) of a text, sorted, and its count of mnemonic ampersands.
QString signature(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured());
    }
    found.sort();
    QString withoutDoubled = text;
    withoutDoubled.remove(QLatin1String("&&"));
    return found.join(QLatin1Char(',')) + QStringLiteral(" &x") +
           QString::number(withoutDoubled.count(QLatin1Char('&')));
}
} // namespace

void TestTranslations::complete_data()
{
    addLanguageRows();
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QVERIFY2(QFile::exists(QStringLiteral(LUPDATE_PROJECT)), LUPDATE_PROJECT);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The project file CMake wrote for update_translations: the same sources and include
    // paths, so lupdate places every message in the same context as the build does.
    QStringList arguments{QStringLiteral("-project"), QStringLiteral(LUPDATE_PROJECT)};
    arguments << QStringLiteral("-ts") << copy << QStringLiteral("-locations")
              << QStringLiteral("none") << QStringLiteral("-no-obsolete")
              << QStringLiteral("-silent");
    if (language == QLatin1String("en")) {
        arguments << QStringLiteral("-pluralonly");
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_BINARY), arguments);
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    const QByteArray updated = readFile(copy);
    QVERIFY(updated.contains("<message"));
    QCOMPARE(updated.count("type=\"unfinished\""), 0);
    QCOMPARE(updated.count("type=\"vanished\""), 0);
    QCOMPARE(updated.count("type=\"obsolete\""), 0);
    QVERIFY2(updated == readFile(tsPath(language)),
             "the .ts file is out of date: cmake --build build --target update_translations");
}

void TestTranslations::placeholdersAndMnemonicsKept_data()
{
    addLanguageRows();
}

void TestTranslations::placeholdersAndMnemonicsKept()
{
    QFETCH(QString, language);
    const QString ts = QString::fromUtf8(readFile(tsPath(language)));
    static const QRegularExpression message(
        QStringLiteral("<source>(.*?)</source>.*?<translation[^>]*>(.*?)</translation>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression numerusForm(QStringLiteral("<numerusform>(.*?)</numerusform>"),
                                                QRegularExpression::DotMatchesEverythingOption);
    int checked = 0;
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString source = unescape(match.captured(1));
        QStringList translations;
        for (auto forms = numerusForm.globalMatch(match.captured(2)); forms.hasNext();) {
            translations.append(unescape(forms.next().captured(1)));
        }
        if (translations.isEmpty()) {
            translations.append(unescape(match.captured(2)));
        }
        for (const QString& translation : translations) {
            QVERIFY2(!translation.isEmpty(), qPrintable(source));
            QString expected = signature(source);
            QString actual = signature(translation);
            if (source.contains(QLatin1String("%n"))) {
                // A form for exactly one may spell the number out instead of %n.
                actual.remove(QLatin1String("%n"));
                expected.remove(QLatin1String("%n"));
                actual.remove(QLatin1Char(','));
                expected.remove(QLatin1Char(','));
            }
            QVERIFY2(actual == expected, qPrintable(source + QStringLiteral(" -> ") + translation));
        }
        ++checked;
    }
    QVERIFY(checked > 0);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
