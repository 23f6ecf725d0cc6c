// Region resolution reads whatever a person types or pastes: ids, hosts, URLs, junk.
#include "core/catalog.h"
#include "core/regionresolver.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const cc::Catalog catalog = [] {
        QString error;
        return *cc::Catalog::loadBuiltin(&error);
    }();
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const cc::Provider& provider : catalog.providers()) {
        const cc::ResolvedRegion resolved = cc::resolveRegion(provider, input);
        if (resolved.region == nullptr && !resolved.orgId.isEmpty()) {
            __builtin_trap(); // an organization id only ever comes with a region
        }
    }
    return 0;
}
