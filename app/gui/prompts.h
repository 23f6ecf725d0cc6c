#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace cc::gui {

// A proxy's sign-in as the person gave it, and whether to keep it in the keychain.
struct ProxySignInAnswer
{
    QString user;
    QString password;
    bool keep = false;
};

// The few questions the window asks in a dialog of its own: where to save a file, whether
// to go ahead with something that cannot be undone or that writes the token in the clear,
// which of a few ways to go, and a proxy's sign-in.
// The program uses the system's dialogs; tests answer in their place.
struct Prompts
{
    // The path chosen, or empty when the person cancelled. It does not ask whether to replace
    // a file that is there: the caller does (see connectionexports.cpp).
    std::function<QString(QWidget* parent, const QString& title, const QString& suggestedPath,
                          const QString& filter)>
        savePath;
    // The file chosen to open, or empty when the person cancelled.
    std::function<QString(QWidget* parent, const QString& title, const QString& filter)> openPath;
    // True when the person chose acceptText.
    std::function<bool(QWidget* parent, const QString& title, const QString& question,
                       const QString& acceptText)>
        confirm;
    // The index of the choice the person made, or -1 when they closed the question unanswered.
    std::function<int(QWidget* parent, const QString& title, const QString& question,
                      const QStringList& choices)>
        choose;
    // The sign-in for the proxy at proxy ("host:port"), which calls itself realm (maybe empty),
    // or nothing when the person cancelled.
    std::function<std::optional<ProxySignInAnswer>(QWidget* parent, const QString& proxy,
                                                   const QString& realm)>
        proxySignIn;

    static Prompts systemDialogs();
};

} // namespace cc::gui
