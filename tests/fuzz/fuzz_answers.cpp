// Each provider's answer parser, for any body a server (or something pretending) may send.
// The first byte picks the parser.
#include "core/identity.h"
#include "core/providers/answerparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QString format = (data[0] & 1) != 0 ? QStringLiteral("jumpcloud-organizations")
                                              : QStringLiteral("mist-self");
    const QByteArray body(reinterpret_cast<const char*>(data + 1),
                          static_cast<qsizetype>(size - 1));
    const cc::ParsedAnswer answer = cc::parseAnswer(format, body);
    if (answer.status == cc::ParsedAnswer::Status::Identity) {
        (void)cc::describeIdentity(answer.identity);
        if (answer.identity.totalOrganizations < answer.identity.organizations.size()) {
            __builtin_trap();
        }
    }
    return 0;
}
