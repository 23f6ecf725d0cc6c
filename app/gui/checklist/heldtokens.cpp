#include "gui/checklist/heldtokens.h"

#include "core/credential.h"

namespace cc::gui {

HeldTokens::~HeldTokens()
{
    forgetAll();
}

void HeldTokens::keep(int row, const QString& token)
{
    forget(row);
    // A copy of its own, not shared with the caller's (Qt shares on copy): wiping one leaves
    // the other's characters where they are.
    m_tokens.insert(row, QString(token.constData(), token.size()));
}

const QString* HeldTokens::find(int row) const
{
    const auto found = m_tokens.constFind(row);
    return found == m_tokens.constEnd() ? nullptr : &found.value();
}

void HeldTokens::forget(int row)
{
    auto found = m_tokens.find(row);
    if (found != m_tokens.end()) {
        wipeSecret(found.value());
        m_tokens.erase(found);
    }
}

void HeldTokens::forgetAll()
{
    for (QString& token : m_tokens) {
        wipeSecret(token);
    }
    m_tokens.clear();
}

} // namespace cc::gui
