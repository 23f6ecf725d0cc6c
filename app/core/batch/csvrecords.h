#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace cc {

class WipedInput;

// One record of a CSV file (RFC 4180): its fields as they were written, quotes undone.
struct CsvRecord
{
    enum class Problem { None, UnclosedQuote, TooLong };

    QList<QByteArray> fields;
    qint64 line = 0; // 1-based, where the record starts
    Problem problem = Problem::None;
};

// The longest record read; a longer one is skipped to the end of its line and reported.
inline constexpr qsizetype maxRecordBytes = qsizetype{64} * 1024;

// The next record, or nothing at the end. Fields are separated by commas and may be quoted,
// holding commas, line breaks and doubled quotes; records end at LF or CRLF; lines with nothing
// on them are skipped. Lenient where RFC 4180 is strict and the meaning is plain: a quote inside
// an unquoted field is kept as it is.
std::optional<CsvRecord> readCsvRecord(WipedInput& input);

// Overwrites every field's bytes: they may hold a token.
void wipeRecord(CsvRecord& record);

} // namespace cc
