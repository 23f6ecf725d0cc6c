// The start-up reference: the least a Qt Widgets program does to show one window of the
// same size as Credential Connect's, with a title.
#include <QApplication>
#include <QWidget>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    window.resize(640, 560);
    window.show();
    return app.exec();
}
