#pragma once

#include <QHash>
#include <QString>

namespace cc::gui {

// The tokens of a list checked in the window, by row, for "Save the Verified Ones": each from
// the moment its row is read until its answer, and a verified one's until it is saved or the
// list is closed. Nothing else of the list keeps a token: not the model, not the view, not an
// accessible name. Every token is wiped (wipeSecret) when it is let go, and all of them when
// this goes.
class HeldTokens final
{
public:
    HeldTokens() = default;
    ~HeldTokens();
    HeldTokens(const HeldTokens&) = delete;
    HeldTokens& operator=(const HeldTokens&) = delete;

    // Keeps a copy of token for the row; the caller wipes its own.
    void keep(int row, const QString& token);
    // The row's token, or null when none is held.
    const QString* find(int row) const;
    void forget(int row);
    void forgetAll();
    int size() const { return int(m_tokens.size()); }

private:
    QHash<int, QString> m_tokens;
};

} // namespace cc::gui
