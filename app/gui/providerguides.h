#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cc {
struct Provider;
}

namespace cc::gui {

// One part of a guide: a heading, paragraphs, numbered steps, and warnings that must stand out.
struct GuideSection
{
    QString heading;
    QStringList paragraphs;
    QStringList steps;
    QStringList warnings;
};

// How to get a token for one provider, in the program's own words, from the vendors' facts.
struct ProviderGuide
{
    QString summary; // one line on what the service is, for the provider choice
    QList<GuideSection> sections;
};

// The guide for a provider of the catalog. A provider the program has no words for (one added
// to the catalog later) gets a general guide that still names it and its portal.
ProviderGuide providerGuide(const Provider& provider);

// The guide as HTML for a rich-text view; every text is escaped.
QString guideToHtml(const ProviderGuide& guide);

} // namespace cc::gui
