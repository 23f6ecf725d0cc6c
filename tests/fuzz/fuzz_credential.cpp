// The offline token checks and their words, for any text pasted into the field.
#include "core/catalog.h"
#include "core/credential.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const cc::Catalog catalog = [] {
        QString error;
        return *cc::Catalog::loadBuiltin(&error);
    }();
    const QString raw =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const cc::Provider& provider : catalog.providers()) {
        const cc::TokenCheck check = cc::checkToken(raw, provider);
        const QString problem = cc::describeTokenProblem(check);
        if (check.isAcceptable() == !problem.isEmpty()) {
            __builtin_trap(); // a problem always has words, and only a problem has them
        }
        (void)cc::describeLengthWarning(check);
        const QString masked = cc::maskToken(check.cleaned);
        if (check.cleaned.size() >= 16 && masked.size() > 9) {
            __builtin_trap(); // never more than four and four characters
        }
    }
    return 0;
}
