#pragma once

#include <string>

namespace cc {

// Replaces this process with the window program (credential-connect-window), with the same
// arguments, so the window starts as if it had been run itself. It is found from the folder of
// this executable, in the build as when installed. Returns only when it could not be started,
// with what went wrong.
std::string execWindowProgram(char* argv[]);

} // namespace cc
