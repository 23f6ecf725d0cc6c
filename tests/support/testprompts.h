#pragma once

#include "gui/prompts.h"

#include <QStringList>
#include <QTest>

#include <optional>

namespace cc::test {

// Answers the window's dialogs in a test: the save dialog gives savePath, the open dialog
// openPath, the confirmation gives agree, a choice gives choice, a proxy's sign-in gives
// proxyAnswer (none: cancelled), and every question asked is kept.
struct TestPrompts
{
    TestPrompts()
    {
        prompts.savePath = [this](QWidget*, const QString&, const QString&, const QString&) {
            return savePath;
        };
        prompts.openPath = [this](QWidget*, const QString&, const QString&) {
            return openPath;
        };
        prompts.confirm = [this](QWidget*, const QString&, const QString& question,
                                 const QString&) {
            questions.append(question);
            return agree;
        };
        prompts.choose = [this](QWidget*, const QString&, const QString& question,
                                const QStringList&) {
            questions.append(question);
            return choice;
        };
        prompts.proxySignIn = [this](QWidget*, const QString& proxy, const QString& realm) {
            proxiesAsked.append(proxy);
            realmsAsked.append(realm);
            QTest::qWait(proxyAnswerDelayMs); // the person reads and types meanwhile
            return proxyAnswer;
        };
    }
    TestPrompts(const TestPrompts&) = delete;
    TestPrompts& operator=(const TestPrompts&) = delete;

    void reset()
    {
        savePath.clear();
        openPath.clear();
        agree = true;
        choice = -1;
        questions.clear();
        proxyAnswer.reset();
        proxyAnswerDelayMs = 0;
        proxiesAsked.clear();
        realmsAsked.clear();
    }

    gui::Prompts prompts;
    QString savePath;
    QString openPath;
    bool agree = true;
    int choice = -1; // the answer to a choice: its index, or -1 for none
    QStringList questions;
    std::optional<gui::ProxySignInAnswer> proxyAnswer;
    int proxyAnswerDelayMs = 0;
    QStringList proxiesAsked; // host:port of each proxy that asked for a sign-in
    QStringList realmsAsked;
};

} // namespace cc::test
