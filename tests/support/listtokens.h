#pragma once

#include <QByteArray>
#include <QList>

namespace cc::test {

// A made-up Mist token of the usual 96 characters for the rows of a test's list, which tells the
// test's server how to answer by the word it starts with: word, number and "x", a filler of
// "k", and end ("org" makes a demo organization token, support/demoanswers.h).
QByteArray listToken(const char* word, int number, const QByteArray& end = QByteArray());

// Any 8 characters of one of the listTokens in text: a leak, or empty. The words the tokens start
// with are shorter than that, and the filler after them is the same in every token, so the search
// starts after it.
QByteArray listTokenLeakIn(const QList<QByteArray>& tokens, const QByteArray& text);

} // namespace cc::test
