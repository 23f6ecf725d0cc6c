#pragma once

#include <QByteArray>
#include <QString>

namespace cc::test {

// Tokens in the vendors' formats, made up: a Mist token of 96 characters, a JumpCloud key of 40.
inline const QString sampleMistToken =
    QStringLiteral("u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0Rlg"
                   "LKOmxgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vU");
inline const QString sampleJumpCloudToken =
    QStringLiteral("jca_7Hq2Lm9Xv4Rt8Kp3Wn6Zb1Yc5Fd0Gs7Je2Ua");

// The shortest answers that verify: Mist's /api/v1/self for Ada Lovelace, Super User of one
// organization; JumpCloud's /api/organizations with one organization.
inline const QByteArray sampleMistUserBody = R"({"email": "ada@example.com", "first_name": "Ada",
  "last_name": "Lovelace", "privileges": [{"scope": "org", "role": "admin", "name": "ACME Corp"}]})";
// The requests a check of a personal Mist token makes: /self, then the token's own name
// (/self/apitokens) and this hour's calls (/self/usage); tst_followups checks them.
inline constexpr int mistUserRequests = 3;

inline const QByteArray sampleJumpCloudBody =
    R"({"results": [{"_id": "5f1e0c1e9a3b4c0012345678", "displayName": "ACME"}], "totalCount": 1})";

} // namespace cc::test
