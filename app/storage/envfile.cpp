#include "storage/envfile.h"

#include "storage/atomicfile.h"
#include "storage/connectionprofile.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EnvFile)
};

// Printable ASCII but for what single quotes cannot hold for every reader: a quote or a
// backslash (python-dotenv reads \\ and \' as escapes), and "${", which python-dotenv expands
// even inside single quotes.
bool isSafeValue(const QString& value)
{
    return !value.contains(QLatin1String("${")) &&
           std::all_of(value.cbegin(), value.cend(), [](QChar c) {
               return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('\'') &&
                      c != QLatin1Char('\\');
           });
}

// A comment line: line breaks and other control characters in names could start a new line.
QString comment(QString text)
{
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator) {
            c = QLatin1Char(' ');
        }
    }
    return QStringLiteral("# ") + text + QLatin1Char('\n');
}

// The JumpCloud PowerShell module's JCEnvironment for a catalog region, and the first module
// version that reads it (TheJumpCloud/support, Connect-JCOnline.ps1 and ModuleChangelog.md:
// the variable and EU came in 3.0.0, IN in 3.2.0). An older module does not refuse a value it
// does not know: it silently connects to the US console, which refuses a key of another one.
struct JumpCloudEnvironment
{
    const char* regionId;
    const char* value;
    const char* sinceVersion; // null where every version connects there anyway
};

const JumpCloudEnvironment jumpCloudEnvironments[] = {
    {"us", "STANDARD", nullptr},
    {"eu", "EU", "3.0.0"},
    {"in", "IN", "3.2.0"},
};

const JumpCloudEnvironment* jumpCloudEnvironment(const QString& regionId)
{
    for (const JumpCloudEnvironment& environment : jumpCloudEnvironments) {
        if (regionId == QLatin1String(environment.regionId)) {
            return &environment;
        }
    }
    return nullptr;
}

bool isMist(const ConnectionProfile& profile)
{
    return profile.providerId == QLatin1String("juniper-mist");
}

bool isJumpCloud(const ConnectionProfile& profile)
{
    return profile.providerId == QLatin1String("jumpcloud");
}

class EnvText
{
public:
    void addComment(const QString& text) { m_text += comment(text); }
    void addVariable(const QString& name, const QString& value)
    {
        if (!isSafeValue(value)) {
            m_unsafe.append(name);
            return;
        }
        m_text += name + QStringLiteral("='") + value + QStringLiteral("'\n");
    }
    QByteArray finish(QString* error) const
    {
        if (!m_unsafe.isEmpty()) {
            *error = Text::tr("the value of %1 holds characters that a .env file cannot carry "
                              "safely (a quote, a backslash, \u201c${\u201d, a control or "
                              "non-ASCII character)")
                         .arg(m_unsafe.join(QStringLiteral(", ")));
            return QByteArray();
        }
        return m_text.toUtf8();
    }

private:
    QString m_text;
    QStringList m_unsafe;
};

void addHeader(EnvText& env, const ConnectionProfile& profile, const QString& readBy)
{
    env.addComment(
        Text::tr("%1, %2: %3").arg(profile.providerName, profile.regionName, profile.holder()));
    if (!profile.organizationId.isEmpty()) {
        env.addComment(Text::tr("Organization %1 (ID %2)")
                           .arg(profile.organizationName, profile.organizationId));
    }
    env.addComment(readBy);
    env.addComment(Text::tr("This file holds the API token in the clear: keep it private and "
                            "delete it when it is no longer needed."));
}
} // namespace

QByteArray envFileText(const ConnectionProfile& profile, const QString& token, QString* error)
{
    const QString unavailable = envFileUnavailableReason(profile);
    if (!unavailable.isEmpty()) {
        *error = unavailable;
        return QByteArray();
    }
    EnvText env;
    if (isMist(profile)) {
        addHeader(env, profile,
                  Text::tr("For the mistapi Python package, mistapi.APISession(env_file=\"<this "
                           "file>\"), and for Juniper's Terraform provider for Mist, which reads "
                           "the environment: set -a; . ./<this file>; set +a"));
        env.addComment(Text::tr("The API host, read by both."));
        env.addVariable(QStringLiteral("MIST_HOST"), profile.apiHost);
        env.addComment(Text::tr("The token, as mistapi reads it."));
        env.addVariable(QStringLiteral("MIST_APITOKEN"), token);
        env.addComment(Text::tr("The same token, as the Terraform provider reads it."));
        env.addVariable(QStringLiteral("MIST_API_TOKEN"), token);
    } else {
        addHeader(env, profile,
                  Text::tr("Read by the JumpCloud PowerShell module (Connect-JCOnline) from "
                           "environment variables of these names."));
        env.addVariable(QStringLiteral("JCApiKey"), token);
        if (!profile.organizationId.isEmpty()) {
            env.addVariable(QStringLiteral("JCOrgId"), profile.organizationId);
        }
        const JumpCloudEnvironment* environment = jumpCloudEnvironment(profile.regionId);
        const QString value = QLatin1String(environment->value);
        if (environment->sinceVersion != nullptr) {
            env.addComment(Text::tr("JCEnvironment='%1' is read by version %2 and later of the "
                                    "JumpCloud PowerShell module; older versions silently "
                                    "connect to the US console instead, which refuses a key of "
                                    "the %3 console (%4).")
                               .arg(value, QLatin1String(environment->sinceVersion),
                                    profile.regionName, profile.apiHost));
        }
        env.addVariable(QStringLiteral("JCEnvironment"), value);
    }
    return env.finish(error);
}

QString envFileUnavailableReason(const ConnectionProfile& profile)
{
    if (isMist(profile)) {
        return QString();
    }
    // mistapi's set_cloud() and the Terraform provider's Configure() each match MIST_HOST
    // against their own list of Mist clouds (tmunzer/mistapi_python __api_session.py,
    // Juniper/terraform-provider-mist provider.go): mistapi logs any other host as not valid
    // and goes on with none, Terraform stops with "Wrong Mist Host". A file naming the Routing
    // Assurance host would work with neither.
    if (profile.providerId == QLatin1String("juniper-routing-assurance")) {
        return Text::tr("mistapi and Juniper's Terraform provider for Mist, the tools that read "
                        "such a file, accept only the Juniper Mist cloud hosts they list, and %1 "
                        "is not among them")
            .arg(profile.apiHost);
    }
    if (isJumpCloud(profile)) {
        return jumpCloudEnvironment(profile.regionId) != nullptr
                   ? QString()
                   : Text::tr("the JumpCloud PowerShell module has no JCEnvironment value for "
                              "the %1 console (%2) and would connect to the US console instead")
                         .arg(profile.regionName, profile.apiHost);
    }
    return Text::tr("there is no .env format for the provider %1").arg(profile.providerId);
}

bool writeEnvFile(const QString& path, const ConnectionProfile& profile, const QString& token,
                  QString* error)
{
    const QByteArray text = envFileText(profile, token, error);
    if (text.isEmpty()) {
        return false;
    }
    return writeFileAtomically(path, text, QFileDevice::ReadOwner | QFileDevice::WriteOwner, error);
}

} // namespace cc
