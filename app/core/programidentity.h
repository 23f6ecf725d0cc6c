#pragma once

namespace cc {

// Names the program to Qt (organization, name and version, which settings and --version use)
// and has it honour the system's proxy settings. Called once the application object exists,
// the same way in both modes.
void describeProgram();

} // namespace cc
