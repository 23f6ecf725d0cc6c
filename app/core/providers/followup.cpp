#include "core/providers/followup.h"

#include <QCoreApplication>

namespace cc {

namespace {
constexpr qsizetype endLength = 4;
} // namespace

TokenEnds TokenEnds::of(const QString& token)
{
    // A token this short would be given away by its own ends; it is matched by nothing.
    if (token.size() < 4 * endLength) {
        return TokenEnds();
    }
    return TokenEnds{token.left(endLength), token.right(endLength)};
}

bool TokenEnds::matches(const QString& maskedKey) const
{
    return !first.isEmpty() && maskedKey.size() > 2 * endLength && maskedKey.startsWith(first) &&
           maskedKey.endsWith(last);
}

QString unexpectedShapeReason()
{
    return QCoreApplication::translate("FollowUp", "the answer was not in the documented form");
}

bool describesTheToken(const FollowUp& followUp)
{
    return followUp.id == QLatin1String("token") || followUp.id == QLatin1String("usage");
}

} // namespace cc
