#pragma once

// The program with a window, from the application object on: what runs when the arguments ask
// for no command-line check. Where the window is built as a module of its own
// (CC_WINDOW_MODULE), the executable loads the module and calls this by name only then, so the
// command-line check never loads the widget, font, image and keychain libraries the window
// needs.
extern "C" int credentialConnectWindowMain(int argc, char* argv[]);
