#pragma once

#include "core/identity.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace cc {

// An optional request made after the verify request succeeded, to learn more about the token:
// to the same API host with the same header, within the same deadline. What it reads is
// added to the identity; whatever it gets, the check's outcome stays what the verify
// request said.
struct FollowUp
{
    QString id;   // what it reads, for scripts: "organizations", "token", "usage"...
    QString what; // the same in words, for "could not read ..."
    QString path; // absolute, on the verified region's API host
    QUrlQuery query;
    // Reads a 200 answer into the identity and may ask for more (the next page). Returns
    // why the answer could not be used, in words, or an empty text when it was.
    std::function<QString(const QByteArray& body, Identity& identity, QList<FollowUp>& more)> read;
};

// How a vendor's list of tokens shows the one being checked: Mist lists keys as their first
// four and last four characters ("1qkb...QQCL"). The job keeps only these, never the token.
struct TokenEnds
{
    QString first;
    QString last;

    static TokenEnds of(const QString& token);
    bool matches(const QString& maskedKey) const;
};

// True for the follow-ups that tell about the token alone (its name, this hour's calls), not
// about where it may be used (the organizations it reaches).
bool describesTheToken(const FollowUp& followUp);

// The reason for an answer whose shape is not the documented one.
QString unexpectedShapeReason();

} // namespace cc
