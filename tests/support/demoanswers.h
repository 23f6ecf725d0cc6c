#pragma once

#include "core/catalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QMap>
#include <QPair>

#include <memory>
#include <optional>
#include <vector>

namespace cc::test {

// A stand-in for the vendors' APIs that answers by the token it receives, as the real ones
// would: a token starting "bad" is refused (401), "limit" is rate limited (429; Retry-After
// 90 from JumpCloud, none from Mist, whose limit ends at the full hour), "slow" never gets an
// answer. Mist tokens ending "org" are organization tokens; any
// other Mist token is a person with grants in two organizations. JumpCloud keys reach two
// organizations.
CannedReply demoAnswerFor(const ReceivedRequest& request);

// The organizations the answers name, for tests that check what is shown.
inline constexpr char demoMistOrgId[] = "6748cfa6-4e12-11e6-9188-0242ac110007";
inline constexpr char demoMistSecondOrgId[] = "9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
inline constexpr char demoJumpCloudOrgId[] = "5f1e0c1e9a3b4c0012345678";
inline constexpr char demoJumpCloudSecondOrgId[] = "5f1e0c1e9a3b4c0087654321";

// The demo answers on a local HTTPS server with a certificate authority of its own, and the
// shipped catalog with Juniper Mist EMEA 02 (api.gc3), Routing Assurance and JumpCloud Europe
// pointed at it.
struct DemoService
{
    bool start(QString* error);

    TestPki pki;
    std::unique_ptr<TlsTestServer> server;
    std::optional<Catalog> catalog;
};

// Every region of every provider on an address of its own between 127.0.0.1 and 127.0.0.13,
// with a certificate authority of its own, as a token's home and its other regions answer it:
// Juniper Mist EMEA 02 (api.gc3), JumpCloud Europe and Routing Assurance give the demo answers;
// every other region refuses the token (401). Nothing sent to it leaves this machine, not even
// during a region search.
struct DemoWorld
{
    bool start(QString* error);
    // The shipped catalog's text with every region pointed at its server, for --catalog.
    QByteArray catalogJson() const;

    TestPki pki;
    std::vector<std::unique_ptr<TlsTestServer>> servers;
    QMap<QPair<QString, QString>, QUrl> apiBases; // {provider id, region id} -> its server
    std::optional<Catalog> catalog;
};

// Drops the offscreen platform's warning that it cannot pass on size hints, which every wizard
// page and dialog causes; every other message goes on as before.
void quietOffscreenSizeHints();

} // namespace cc::test
