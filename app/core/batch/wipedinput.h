#pragma once

#include <QByteArray>

class QIODevice;

namespace cc {

// Reads a list of tokens a byte at a time from a device opened unbuffered (QIODevice::Unbuffered),
// through a buffer of its own that it overwrites once read and when it goes: a list of tokens
// should leave as few copies behind as it can. Skips a UTF-8 byte order mark at the start and
// counts lines (LF, CRLF) for the reports.
class WipedInput final
{
public:
    explicit WipedInput(QIODevice& device);
    ~WipedInput();
    WipedInput(const WipedInput&) = delete;
    WipedInput& operator=(const WipedInput&) = delete;

    // The next byte, or -1 at the end (or when the device cannot be read: see failed()).
    int get()
    {
        if (m_at == m_size && !refill()) {
            return -1;
        }
        const auto byte = static_cast<unsigned char>(m_buffer.at(m_at++));
        if (byte == '\n') {
            ++m_line;
        }
        return byte;
    }
    // The next byte without taking it, or -1 at the end.
    int peek()
    {
        if (m_at == m_size && !refill()) {
            return -1;
        }
        return static_cast<unsigned char>(m_buffer.at(m_at));
    }
    // 1-based: the line the next byte is on.
    qint64 line() const { return m_line; }
    bool failed() const { return m_failed; }

private:
    bool refill();

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_at = 0;
    qsizetype m_size = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_failed = false;
};

} // namespace cc
