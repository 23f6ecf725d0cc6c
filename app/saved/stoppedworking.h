#pragma once

#include "core/result.h"
#include "storage/connectionprofile.h"

#include <QList>
#include <QString>

namespace cc {
struct KeeperResult;
}

namespace cc::saved {

// Watch my connections: which connections a --check-saved run found newly refused, and the
// words of the desktop notification about them.

// A connection whose service started refusing its token in this run.
struct StoppedConnection
{
    ConnectionProfile profile; // as listed before the run
    Outcome outcome;           // Rejected or Forbidden
};

// True when this check's answer is the service refusing the token (401 or 403) and the check
// before it was not: a person is told once that a connection stopped working, not every day it
// stays so; it is told again only after the connection worked (or was checked otherwise) in
// between. An answer that says nothing of the token (network, timeout, rate limit, server, a
// keychain that could not be read) is no alarm: the next day's check asks again.
bool newlyStoppedWorking(const ConnectionProfile& before, const KeeperResult& result);

// What a notification says: a one-line summary and a plain-text body, the connections by name
// (at most a few, then how many more) and what to do for each provider among them.
struct StoppedWorkingNotice
{
    QString summary;
    QString body;
};

StoppedWorkingNotice stoppedWorkingNotice(const QList<StoppedConnection>& stopped);

} // namespace cc::saved
