#pragma once

#include <string>

namespace cc {

// Replaces this process with one of the programs in Credential Connect's private libexec folder
// (credential-connect-window, credential-connect-saved), with the same arguments, so it starts
// as if it had been run itself. It is found from the folder of this executable, in the build as
// when installed. Returns only when it could not be started, with what went wrong.
std::string execPrivateProgram(const char* name, char* argv[]);

} // namespace cc
