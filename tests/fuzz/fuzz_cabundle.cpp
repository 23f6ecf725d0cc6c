// A file of extra certificate authorities (--ca-bundle), as anyone may hand one over: it may
// be refused, with words, never crash the reader; what is accepted holds a certificate.
#include "core/cabundle.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());
    QString error;
    const auto bundle = cc::parseCaBundle(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), now, &error);
    if (bundle ? bundle->certificates.isEmpty() : error.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
