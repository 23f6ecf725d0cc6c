// The floor under any window with words in it: the minimal window of minimalwindow.cpp with one
// line of text. Drawing text makes Qt load the font configuration (fontconfig reads and parses
// its XML files on every start) and shape the text, which an empty window never does.
#include <QApplication>
#include <QLabel>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("Credential Connect"));
    window.setWindowTitle(QStringLiteral("Minimal"));
    window.resize(640, 560);
    window.show();
    return app.exec();
}
