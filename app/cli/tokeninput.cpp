#include "cli/tokeninput.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace cc::cli {

namespace {
constexpr std::size_t maxLineBytes = 64 * 1024;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenInput)
};

// Turns terminal echo off for its lifetime, so the token is not shown as it is typed.
class EchoOff final
{
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        m_active = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            std::fputs("\n", stderr);
        }
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

    bool isTerminal() const
    {
        return m_active;
    }

private:
    bool m_active = false;
#ifdef Q_OS_UNIX
    termios m_saved{};
#endif
};
} // namespace

TokenLine readTokenFromStdin(QString* token)
{
    EchoOff echoOff;
    if (echoOff.isTerminal()) {
        std::fputs(qPrintable(Text::tr("Token (input hidden): ")), stderr);
        std::fflush(stderr);
    }
    std::string line;
    bool sawAnything = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        sawAnything = true;
        if (c == '\n') {
            break;
        }
        if (line.size() >= maxLineBytes) {
            std::fill(line.begin(), line.end(), '\0');
            return TokenLine::TooLong;
        }
        line.push_back(static_cast<char>(c));
    }
    if (!sawAnything) {
        return TokenLine::NothingArrived;
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    *token = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return TokenLine::Read;
}

} // namespace cc::cli
