#pragma once

#include <QStringList>

namespace cc::test {

// Keeps every message Qt or the program logs while it exists, from any thread, and passes
// each on to the handler before it (Qt Test's). For proving that the token is in none.
class MessageRecorder final
{
public:
    MessageRecorder();
    ~MessageRecorder();
    MessageRecorder(const MessageRecorder&) = delete;
    MessageRecorder& operator=(const MessageRecorder&) = delete;

    QStringList messages() const;
};

} // namespace cc::test
