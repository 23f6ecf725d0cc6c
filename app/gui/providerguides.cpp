#include "gui/providerguides.h"

#include "core/catalog.h"

#include <QCoreApplication>

namespace cc::gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProviderGuide)
};

ProviderGuide mistGuide()
{
    ProviderGuide guide;
    guide.summary = Text::tr("Cloud management for Juniper Mist wireless, wired and WAN networks.");

    GuideSection kinds;
    kinds.heading = Text::tr("Personal or organization token?");
    kinds.paragraphs = {
        Text::tr("A personal token belongs to your own account and can do exactly what you can "
                 "do, in every organization and MSP you can reach. Choose it for your own "
                 "scripts and quick checks. It stops working when your account loses access."),
        Text::tr("An organization token belongs to one organization, not to a person, and keeps "
                 "working when people leave. You choose its rights when you make it. Choose it "
                 "for integrations, service accounts and anything that must outlive one job."),
        Text::tr("Every token may make 5,000 API calls an hour. Personal tokens share that "
                 "budget with each other and with your own use of the portal; each organization "
                 "token has a budget of its own."),
    };
    kinds.warnings = {
        Text::tr("If your organization signs in through single sign-on (SSO), the portal does "
                 "not let you make personal tokens: ask an administrator for an organization "
                 "token instead."),
    };

    GuideSection personal;
    personal.heading = Text::tr("Make a personal token");
    personal.steps = {
        Text::tr("Sign in to the portal of your region (the button below opens it)."),
        Text::tr("Open the account menu at the top right and choose My Account."),
        Text::tr("In the API Token section, choose Create Token, give the token a name, and "
                 "choose Generate."),
        Text::tr("Copy the key with the copy button beside it, then choose Done."),
    };

    GuideSection organization;
    organization.heading = Text::tr("Make an organization token");
    organization.steps = {
        Text::tr("Sign in to the portal of your region and open Organization, then Settings."),
        Text::tr("In the API Token section, choose Create Token and pick the access level the "
                 "token needs: no more than the job requires."),
        Text::tr("Choose Generate and copy the key with the copy button beside it."),
        Text::tr("Choose Done, then Save at the top right of the settings page."),
    };
    // org_apitoken.src_ips in Mist's OpenAPI: at most 10 addresses or subnets, fixed at creation.
    organization.warnings = {
        Text::tr("An organization token can be limited to certain source addresses, and the "
                 "list cannot be changed once the token exists. Such a token is refused from "
                 "any other network, so check it from a network the token allows."),
    };

    GuideSection keep;
    keep.heading = Text::tr("Before you go on");
    keep.warnings = {
        Text::tr("The portal shows the whole key only once, right after you make it. Copy it "
                 "before you close the window; a lost key cannot be shown again, only replaced."),
        Text::tr("Mist removes a personal token that has not been used for 90 days. A token "
                 "found in an old note may already be gone."),
    };
    keep.paragraphs = {
        Text::tr("Your region is the one in your portal's address: manage.gc3.mist.com is "
                 "EMEA 02, for example. On the next page you can also paste that address, or let "
                 "the program find the region for you."),
    };

    guide.sections = {kinds, personal, organization, keep};
    return guide;
}

ProviderGuide routingAssuranceGuide()
{
    ProviderGuide guide;
    guide.summary = Text::tr("Juniper's cloud service that watches the health of your WAN "
                             "routing.");

    GuideSection make;
    make.heading = Text::tr("Make a token");
    make.steps = {
        Text::tr("Sign in to the Routing Assurance portal (the button below opens it)."),
        Text::tr("Open Organization, then Settings, and choose Create Token."),
        Text::tr("Give the token a name and a role: Super User, Network Admin, Observer or "
                 "Helpdesk. Pick the lowest role that does the job."),
        Text::tr("Choose Generate and copy the key from the Key field before you close the "
                 "page."),
    };
    make.warnings = {
        Text::tr("Deleting a token later cuts off everything that uses it at once."),
    };
    guide.sections = {make};
    return guide;
}

ProviderGuide jumpCloudGuide()
{
    ProviderGuide guide;
    guide.summary = Text::tr("Directory, single sign-on and device management in the cloud.");

    GuideSection make;
    make.heading = Text::tr("Get your administrator API key");
    // JumpCloud's support pages: keys are shown only when made (since November 2023), new
    // administrators have API access off, and only an Administrator With Billing turns it on.
    make.paragraphs = {
        Text::tr("API access is off for a new administrator, and only an administrator with "
                 "the Billing role can turn it on. If the portal says you may not view or "
                 "generate a key, ask one of them to turn on API access for your account."),
    };
    make.steps = {
        Text::tr("Sign in to the JumpCloud Admin Portal of your region (the button below "
                 "opens it)."),
        Text::tr("Open the account menu (your initials) and choose My API Key."),
        Text::tr("Choose Generate New API Key and copy the key at once: JumpCloud shows a key "
                 "only when it is made, never again."),
    };
    make.warnings = {
        Text::tr("Generating a new key revokes the old one at once: every script and "
                 "integration that still uses the old key stops working. If your key is in use "
                 "elsewhere, use that key here rather than making a new one."),
        Text::tr("Keys that start with jca_ can carry an expiry date; a new key lasts 90 days "
                 "unless another date is chosen. A key that worked before and is refused now "
                 "may simply have expired."),
        Text::tr("The key acts with all the rights of your administrator account. Treat it "
                 "like your password."),
    };

    GuideSection organizations;
    organizations.heading = Text::tr("Several organizations");
    organizations.paragraphs = {
        Text::tr("If your key reaches several organizations (a multi-tenant administrator), "
                 "you will choose the one this connection is for after the check."),
    };
    guide.sections = {make, organizations};
    return guide;
}

ProviderGuide generalGuide(const Provider& provider)
{
    ProviderGuide guide;
    guide.summary = provider.name;
    GuideSection make;
    make.heading = Text::tr("Make a token");
    make.steps = {
        Text::tr("Sign in to the %1 portal of your region (the button below opens it).")
            .arg(provider.name),
        Text::tr("Make an API token in the portal's settings and copy it."),
    };
    guide.sections = {make};
    return guide;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}
} // namespace

ProviderGuide providerGuide(const Provider& provider)
{
    if (provider.id == QLatin1String("juniper-mist")) {
        return mistGuide();
    }
    if (provider.id == QLatin1String("juniper-routing-assurance")) {
        return routingAssuranceGuide();
    }
    if (provider.id == QLatin1String("jumpcloud")) {
        return jumpCloudGuide();
    }
    return generalGuide(provider);
}

QString guideToHtml(const ProviderGuide& guide)
{
    QString html;
    for (const GuideSection& section : guide.sections) {
        html += QStringLiteral("<h3>") + escaped(section.heading) + QStringLiteral("</h3>");
        for (const QString& paragraph : section.paragraphs) {
            html += QStringLiteral("<p>") + escaped(paragraph) + QStringLiteral("</p>");
        }
        if (!section.steps.isEmpty()) {
            html += QStringLiteral("<ol>");
            for (const QString& step : section.steps) {
                html += QStringLiteral("<li>") + escaped(step) + QStringLiteral("</li>");
            }
            html += QStringLiteral("</ol>");
        }
        for (const QString& warning : section.warnings) {
            // Bold words, not colour, make a warning stand out in every palette.
            html += QStringLiteral("<p><b>") + escaped(Text::tr("Important:")) +
                    QStringLiteral("</b> ") + escaped(warning) + QStringLiteral("</p>");
        }
    }
    return html;
}

} // namespace cc::gui
