#pragma once

#include <QByteArray>
#include <QString>

namespace cc {

struct ConnectionProfile;

// A .env file for one connection, in the variable names the vendors' own tools read:
//   Juniper Mist: MIST_HOST (the API host, "api.gc3.mist.com"), which both tools read, and the
//     token twice, because they name it differently: MIST_APITOKEN for the mistapi Python
//     package (APISession(env_file=...)) and MIST_API_TOKEN for Juniper's Terraform provider,
//     which reads the environment.
//   JumpCloud: JCApiKey, JCOrgId and JCEnvironment, as the JumpCloud PowerShell module reads
//     them from the environment (Connect-JCOnline): STANDARD for the US console, EU and IN for
//     the others, with the module version that first reads the value in a comment.
//   Mist Routing Assurance: none, see envFileUnavailableReason().
// Values are in single quotes, which POSIX shells read literally and python-dotenv nearly so; a
// value that either would misread (a quote, a backslash, "${", which python-dotenv expands even
// in single quotes, a control or non-ASCII character) is refused rather than written. Returns an
// empty array with *error set in that case, or when envFileUnavailableReason() is not empty.
QByteArray envFileText(const ConnectionProfile& profile, const QString& token, QString* error);

// Why no vendor tool could use a .env file of this connection, as a clause ("mistapi and ...
// accept only ..."); empty when one can. Windows offer the export only when this is empty.
QString envFileUnavailableReason(const ConnectionProfile& profile);

// Writes envFileText() to path atomically, with mode 0600 set before the content is committed.
// On failure, any earlier file at path is left as it was.
bool writeEnvFile(const QString& path, const ConnectionProfile& profile, const QString& token,
                  QString* error);

} // namespace cc
