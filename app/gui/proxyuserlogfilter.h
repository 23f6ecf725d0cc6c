#pragma once

namespace cc::gui {

// Keeps proxy user names out of Qt's message log. Qt 6.4 warns, on standard error, when it
// replaces a sign-in it remembers for a proxy (one the proxy refused), and its warning names
// the proxy with the user name in it ("auth:proxy-http://user@host:port"); this drops that
// warning and passes every other message on. Installed once, at start-up.
void installProxyUserLogFilter();

} // namespace cc::gui
