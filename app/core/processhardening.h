#pragma once

namespace cc {

// Keeps the token out of reach of everything but this process, as far as the process itself can:
// no core dump (a crash or SIGQUIT would write every copy of the token in memory to disk), and
// on Linux no reading of its memory by other processes of the same user (/proc/PID/mem,
// /proc/PID/environ, ptrace); only root still can. Called first thing in main(), before any
// secret is read.
void hardenProcess();

} // namespace cc
