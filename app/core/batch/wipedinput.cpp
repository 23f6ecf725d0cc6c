#include "core/batch/wipedinput.h"

#include <QIODevice>

namespace cc {

namespace {
constexpr qsizetype chunkBytes = qsizetype{16} * 1024;
} // namespace

WipedInput::WipedInput(QIODevice& device) : m_device(device), m_buffer(chunkBytes, '\0') {}

WipedInput::~WipedInput()
{
    m_buffer.fill('\0');
}

bool WipedInput::refill()
{
    m_buffer.fill('\0');
    m_at = 0;
    m_size = 0;
    if (m_failed) {
        return false;
    }
    while (m_at == m_size) {
        const qint64 read = m_device.read(m_buffer.data(), chunkBytes);
        if (read < 0) {
            m_failed = true;
        }
        if (read <= 0) {
            m_buffer.fill('\0');
            m_at = m_size = 0;
            return false;
        }
        m_at = 0;
        m_size = static_cast<qsizetype>(read);
        if (!m_started) {
            m_started = true;
            if (m_buffer.startsWith("\xEF\xBB\xBF")) {
                m_at = 3;
            }
        }
    }
    return true;
}

} // namespace cc
