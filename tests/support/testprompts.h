#pragma once

#include "gui/prompts.h"

#include <QStringList>

namespace cc::test {

// Answers the window's dialogs in a test: the save dialog gives savePath, the confirmation
// gives agree, and every question asked is kept.
struct TestPrompts
{
    TestPrompts()
    {
        prompts.savePath = [this](QWidget*, const QString&, const QString&, const QString&) {
            return savePath;
        };
        prompts.confirm = [this](QWidget*, const QString&, const QString& question,
                                 const QString&) {
            questions.append(question);
            return agree;
        };
    }
    TestPrompts(const TestPrompts&) = delete;
    TestPrompts& operator=(const TestPrompts&) = delete;

    void reset()
    {
        savePath.clear();
        agree = true;
        questions.clear();
    }

    gui::Prompts prompts;
    QString savePath;
    bool agree = true;
    QStringList questions;
};

} // namespace cc::test
