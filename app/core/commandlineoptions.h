#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace cc {

// Every option the program takes, in both modes, declared once so --help lists them all.
struct CommandLineOptions
{
    CommandLineOptions();

    QCommandLineParser parser;
    QCommandLineOption check;
    QCommandLineOption provider;
    QCommandLineOption region;
    QCommandLineOption timeout;
    QCommandLineOption json;
    QCommandLineOption caBundle;
    QCommandLineOption catalog;
    QCommandLineOption language;
    QCommandLineOption help;
    QCommandLineOption version;

    // Text for --help: the options and how the check is used.
    QString helpText() const;
};

// True when the arguments ask for no window: --check, --help or --version.
bool wantsCommandLineMode(const QStringList& arguments);

} // namespace cc
