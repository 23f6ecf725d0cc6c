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

// The JumpCloud PowerShell module's JCEnvironment for a catalog region, or empty when the module
// documents none for it.
QString jumpCloudEnvironment(const QString& regionId)
{
    if (regionId == QLatin1String("us")) {
        return QStringLiteral("STANDARD");
    }
    if (regionId == QLatin1String("eu")) {
        return QStringLiteral("EU");
    }
    return QString();
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
    EnvText env;
    if (profile.providerId == QLatin1String("juniper-mist") ||
        profile.providerId == QLatin1String("juniper-routing-assurance")) {
        addHeader(env, profile,
                  Text::tr("Read by the mistapi Python package: "
                           "mistapi.APISession(env_file=\"<this file>\")."));
        if (profile.providerId == QLatin1String("juniper-routing-assurance")) {
            env.addComment(Text::tr("mistapi accepts in MIST_HOST only the Mist cloud hosts it "
                                    "lists; %1 is not among them, so mistapi may refuse it.")
                               .arg(profile.apiHost));
        }
        env.addVariable(QStringLiteral("MIST_HOST"), profile.apiHost);
        env.addVariable(QStringLiteral("MIST_APITOKEN"), token);
    } else if (profile.providerId == QLatin1String("jumpcloud")) {
        addHeader(env, profile,
                  Text::tr("Read by the JumpCloud PowerShell module (Connect-JCOnline) from "
                           "environment variables of these names."));
        env.addVariable(QStringLiteral("JCApiKey"), token);
        if (!profile.organizationId.isEmpty()) {
            env.addVariable(QStringLiteral("JCOrgId"), profile.organizationId);
        }
        const QString environment = jumpCloudEnvironment(profile.regionId);
        if (environment.isEmpty()) {
            env.addComment(Text::tr("JCEnvironment is not set: the JumpCloud PowerShell module "
                                    "documents the values STANDARD and EU only, none for the "
                                    "%1 console (%2).")
                               .arg(profile.regionName, profile.apiHost));
        } else {
            env.addVariable(QStringLiteral("JCEnvironment"), environment);
        }
    } else {
        *error = Text::tr("there is no .env format for the provider %1").arg(profile.providerId);
        return QByteArray();
    }
    return env.finish(error);
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
