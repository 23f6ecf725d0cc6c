// Starts one program and times it from exec, for scripts/benchmark. Prints one line:
// "MILLISECONDS PEAK_RESIDENT_KB EXIT_STATUS".
//
//   bench-launch exit [--stdin FILE] -- PROGRAM ARGS...
//       until the program exits (EXIT_STATUS is its exit code).
//   bench-launch x11 -- PROGRAM ARGS...
//       until the program's first top-level window is mapped on $DISPLAY and the program
//       answers a _NET_WM_PING sent to it then: the window is on screen and the program's
//       event loop has handled everything the X server sent before the ping (the exposure
//       and the paint included). Watched from outside, the way a window manager does; the
//       program then gets SIGKILL (EXIT_STATUS -1).
//   bench-launch probe --probe LIBRARY -- PROGRAM ARGS...
//       until the preloaded idle probe (idleprobe.cpp) says that the first window has been
//       exposed and the event loop is idle. For platforms nobody can watch from outside
//       (QT_QPA_PLATFORM=offscreen): the probe is loaded into the program by the dynamic
//       loader, so the program itself stays as shipped and the time still runs from exec.
//
// The peak resident memory is the kernel's (wait4's ru_maxrss) for that process alone.
// No Qt here: the process that holds the clock loads nothing but libc and XCB.
#include <xcb/xcb.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace {
constexpr int giveUpAfterMs = 30000;
constexpr int probeFd = 3; // where the probe finds the pipe: BENCH_IDLE_FD

double nowMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

[[noreturn]] void fail(const std::string& message)
{
    std::fprintf(stderr, "bench-launch: %s\n", message.c_str());
    std::exit(2);
}

struct Options
{
    std::string mode;
    std::string stdinFile = "/dev/null";
    std::string probeLibrary;
    std::vector<char*> program; // null-terminated
};

Options parse(int argc, char* argv[])
{
    if (argc < 2) {
        fail("usage: bench-launch exit|x11|probe [--stdin FILE] [--probe LIBRARY] -- PROGRAM...");
    }
    Options options;
    options.mode = argv[1];
    int i = 2;
    for (; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        if (std::strcmp(argv[i], "--stdin") == 0 && i + 1 < argc) {
            options.stdinFile = argv[++i];
        } else if (std::strcmp(argv[i], "--probe") == 0 && i + 1 < argc) {
            options.probeLibrary = argv[++i];
        } else {
            fail(std::string("unknown option ") + argv[i]);
        }
    }
    for (++i; i < argc; ++i) {
        options.program.push_back(argv[i]);
    }
    if (options.program.empty()) {
        fail("no program after --");
    }
    options.program.push_back(nullptr);
    if (options.mode == "probe" && options.probeLibrary.empty()) {
        fail("probe needs --probe LIBRARY");
    }
    return options;
}

// The environment of this process, with the probe preloaded and told where to write.
std::vector<std::string> probeEnvironment(const std::string& library)
{
    std::vector<std::string> variables;
    std::string preload = "LD_PRELOAD=" + library;
    for (char** variable = environ; *variable != nullptr; ++variable) {
        const std::string entry(*variable);
        if (entry.rfind("LD_PRELOAD=", 0) == 0) {
            preload += ":" + entry.substr(std::strlen("LD_PRELOAD="));
        } else if (entry.rfind("BENCH_IDLE_FD=", 0) != 0) {
            variables.push_back(entry);
        }
    }
    variables.push_back(preload);
    variables.push_back("BENCH_IDLE_FD=" + std::to_string(probeFd));
    return variables;
}

class Child
{
public:
    // Starts the program and returns when, on the monotonic clock. Output goes nowhere: the
    // script checks each command's answer once, before timing it.
    double start(const Options& options, int probeWriteEnd)
    {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, options.stdinFile.c_str(), O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        std::vector<std::string> variables;
        std::vector<char*> environment;
        char** env = environ;
        if (probeWriteEnd >= 0) {
            posix_spawn_file_actions_adddup2(&actions, probeWriteEnd, probeFd);
            variables = probeEnvironment(options.probeLibrary);
            for (std::string& variable : variables) {
                environment.push_back(variable.data());
            }
            environment.push_back(nullptr);
            env = environment.data();
        }
        const double startedMs = nowMs();
        const int error = posix_spawnp(&m_pid, options.program.front(), &actions, nullptr,
                                       options.program.data(), env);
        posix_spawn_file_actions_destroy(&actions);
        if (error != 0) {
            fail(std::string("cannot start ") + options.program.front() + ": " +
                 std::strerror(error));
        }
        return startedMs;
    }

    // True once the child has exited; then status() and peakKb() are known.
    bool exited(bool wait)
    {
        if (m_done) {
            return true;
        }
        int status = 0;
        rusage usage{};
        const pid_t pid = wait4(m_pid, &status, wait ? 0 : WNOHANG, &usage);
        if (pid == m_pid) {
            m_done = true;
            m_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            m_peakKb = usage.ru_maxrss;
        }
        return m_done;
    }
    void kill()
    {
        if (!m_done) {
            ::kill(m_pid, SIGKILL);
            exited(true);
        }
    }
    int status() const { return m_status; }
    long peakKb() const { return m_peakKb; }

private:
    pid_t m_pid = 0;
    bool m_done = false;
    int m_status = -1;
    long m_peakKb = 0;
};

double untilExit(const Options& options, Child& child)
{
    const double started = child.start(options, -1);
    child.exited(true);
    return nowMs() - started;
}

xcb_atom_t atom(xcb_connection_t* connection, const char* name)
{
    xcb_intern_atom_reply_t* reply = xcb_intern_atom_reply(
        connection, xcb_intern_atom(connection, 0, static_cast<uint16_t>(std::strlen(name)), name),
        nullptr);
    if (reply == nullptr) {
        fail(std::string("cannot intern ") + name);
    }
    const xcb_atom_t value = reply->atom;
    std::free(reply);
    return value;
}

double untilMappedAndAnswering(const Options& options, Child& child)
{
    int screenNumber = 0;
    xcb_connection_t* connection = xcb_connect(nullptr, &screenNumber);
    if (xcb_connection_has_error(connection) != 0) {
        fail("cannot connect to the X server in $DISPLAY");
    }
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(connection));
    for (int i = 0; i < screenNumber; ++i) {
        xcb_screen_next(&screens);
    }
    const xcb_window_t root = screens.data->root;
    const xcb_atom_t protocols = atom(connection, "WM_PROTOCOLS");
    const xcb_atom_t ping = atom(connection, "_NET_WM_PING");
    // Top-level windows are the root's children: their mapping shows up with SubstructureNotify.
    // The program answers the ping with the same message sent to the root for StructureNotify
    // (Qt's xcb plugin does so, as the EWMH asks), hence both.
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY | XCB_EVENT_MASK_STRUCTURE_NOTIFY;
    xcb_change_window_attributes(connection, root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(connection);

    const double started = child.start(options, -1);
    xcb_window_t pinged = XCB_WINDOW_NONE;
    const uint32_t pingStamp = 0x62656e63; // any number: the answer carries it back
    pollfd watched{xcb_get_file_descriptor(connection), POLLIN, 0};
    while (nowMs() - started < giveUpAfterMs) {
        while (xcb_generic_event_t* event = xcb_poll_for_event(connection)) {
            const uint8_t type = event->response_type & 0x7f;
            if (type == XCB_MAP_NOTIFY && pinged == XCB_WINDOW_NONE) {
                auto* map = reinterpret_cast<xcb_map_notify_event_t*>(event);
                if (map->override_redirect == 0) {
                    pinged = map->window;
                    xcb_client_message_event_t message{};
                    message.response_type = XCB_CLIENT_MESSAGE;
                    message.format = 32;
                    message.window = pinged;
                    message.type = protocols;
                    message.data.data32[0] = ping;
                    message.data.data32[1] = pingStamp;
                    message.data.data32[2] = pinged;
                    xcb_send_event(connection, 0, pinged, XCB_EVENT_MASK_NO_EVENT,
                                   reinterpret_cast<const char*>(&message));
                    xcb_flush(connection);
                }
            } else if (type == XCB_CLIENT_MESSAGE && pinged != XCB_WINDOW_NONE) {
                auto* message = reinterpret_cast<xcb_client_message_event_t*>(event);
                if (message->type == protocols && message->data.data32[0] == ping &&
                    message->data.data32[1] == pingStamp && message->data.data32[2] == pinged) {
                    const double elapsed = nowMs() - started;
                    std::free(event);
                    xcb_disconnect(connection);
                    child.kill();
                    return elapsed;
                }
            }
            std::free(event);
        }
        if (child.exited(false)) {
            fail("the program ended before its window was shown");
        }
        poll(&watched, 1, 20);
        if (xcb_connection_has_error(connection) != 0) {
            fail("the connection to the X server broke");
        }
    }
    child.kill();
    fail("no window was shown within 30 seconds");
}

double untilProbeSaysIdle(const Options& options, Child& child)
{
    int ends[2];
    if (pipe2(ends, O_CLOEXEC) != 0) {
        fail("cannot make a pipe");
    }
    const double started = child.start(options, ends[1]);
    close(ends[1]);
    pollfd watched{ends[0], POLLIN, 0};
    while (nowMs() - started < giveUpAfterMs) {
        if (poll(&watched, 1, 20) > 0) {
            char said = 0;
            if (read(ends[0], &said, 1) == 1) {
                const double elapsed = nowMs() - started;
                child.kill();
                return elapsed;
            }
            fail("the program ended before the probe said it was idle");
        }
        if (child.exited(false)) {
            fail("the program ended before the probe said it was idle");
        }
    }
    child.kill();
    fail("the probe said nothing within 30 seconds");
}
} // namespace

int main(int argc, char* argv[])
{
    const Options options = parse(argc, argv);
    Child child;
    double elapsed = 0;
    if (options.mode == "exit") {
        elapsed = untilExit(options, child);
    } else if (options.mode == "x11") {
        elapsed = untilMappedAndAnswering(options, child);
    } else if (options.mode == "probe") {
        elapsed = untilProbeSaysIdle(options, child);
    } else {
        fail("unknown mode " + options.mode);
    }
    std::printf("%.3f %ld %d\n", elapsed, child.peakKb(), child.status());
    return 0;
}
