// The catalog loader reads any JSON as untrusted input: it may refuse it, never crash on it.
#include "core/catalog.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QString error;
    const auto catalog = cc::Catalog::fromJson(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), &error);
    if (catalog) {
        for (const cc::Provider& provider : catalog->providers()) {
            for (const cc::Region& region : provider.regions) {
                (void)provider.verifyUrl(region);
            }
        }
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    return 0;
}
