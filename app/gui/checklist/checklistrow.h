#pragma once

#include "core/batch/checkqueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cc {
class Catalog;
}

namespace cc::gui {

// One row of a list checked in the window, as the table, the details and the export read it.
// Never the token: that is in HeldTokens, by the row's index.
struct ChecklistRow
{
    enum class State { Waiting, Answered, Cancelled };

    qint64 line = 0;          // where the row starts in the list
    QString label;            // as the list gives it, null when it gives none
    QString providerId;       // as written
    QString regionText;       // as written: an id, a host, a portal address, auto
    QString orgIdFromAddress; // from a pasted portal address
    QStringList warnings;     // the token's unusual length
    State state = State::Waiting;
    CheckAnswer answer;   // once answered
    QDateTime answeredAt; // UTC
    QString saveNote;     // what became of saving it

    bool isAnswered() const { return state == State::Answered; }
    bool isVerified() const { return isAnswered() && answer.outcome() == Outcome::Verified; }
    // Answered with anything but verified, or never answered because the list was cancelled.
    bool isProblem() const { return state == State::Cancelled || (isAnswered() && !isVerified()); }
    // The answer of the region that decided: the row's region, or the one a search found
    // (null when it found none).
    const VerificationResult* regionAnswer() const;
};

// The words of a row, the same in the table, the details and the export.
struct ChecklistRowText
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistRow)

public:
    // "Juniper Mist · EMEA 02": the catalog's names of the answer's region, else as written.
    static QString place(const Catalog& catalog, const ChecklistRow& row);
    // "verified", "rejected"..., "waiting", "cancelled": the outcome words of the CLI's JSON.
    static QString outcomeId(const ChecklistRow& row);
    // The answer's headline, "Waiting…" or "Cancelled".
    static QString status(const ChecklistRow& row);
    // Who the token is: the person's or the token's name; empty until verified.
    static QString identity(const ChecklistRow& row);
    // The one organization the token reaches, how many it reaches, or the portal address's.
    static QString organization(const ChecklistRow& row);
    // The answer's whole message, the service's own words and the warnings, one per line.
    static QString message(const ChecklistRow& row);
    static QString details(const Catalog& catalog, const ChecklistRow& row);
};

} // namespace cc::gui
