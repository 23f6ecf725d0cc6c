#pragma once

#include <QMainWindow>

namespace cc {
class Catalog;
class Verifier;
} // namespace cc

namespace cc::gui {

class ConnectForm;

// The program's window: the connect form, a menu to quit and to read about the program.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const Catalog& catalog, Verifier& verifier, QWidget* parent = nullptr);
    ~MainWindow() override;

    ConnectForm* connectForm() const { return m_form; }

private:
    void showAbout();

    ConnectForm* m_form;
};

} // namespace cc::gui
