#pragma once

#include <QByteArray>
#include <QString>

namespace cc {

struct ConnectionProfile;

// A .env file for one connection, in the variable names the vendors' own tooling reads:
//   Juniper Mist and Mist Routing Assurance: MIST_HOST (the API host, "api.gc3.mist.com") and
//     MIST_APITOKEN, as the mistapi Python package reads them (APISession(env_file=...)).
//   JumpCloud: JCApiKey, JCOrgId and JCEnvironment, as the JumpCloud PowerShell module reads
//     them from the environment (Connect-JCOnline). Its JCEnvironment values are STANDARD for
//     console.jumpcloud.com and EU for console.eu.jumpcloud.com; it documents none for the
//     India console, so for India the file says so in a comment and sets none.
// Values are in single quotes, which POSIX shells read literally and python-dotenv nearly so; a
// value that either would misread (a quote, a backslash, "${", which python-dotenv expands even
// in single quotes, a control or non-ASCII character) is refused rather than written. Returns an
// empty array with *error set in that case, or for a provider without a known set of names.
QByteArray envFileText(const ConnectionProfile& profile, const QString& token, QString* error);

// Writes envFileText() to path atomically, with mode 0600 set before the content is committed.
// On failure, any earlier file at path is left as it was.
bool writeEnvFile(const QString& path, const ConnectionProfile& profile, const QString& token,
                  QString* error);

} // namespace cc
