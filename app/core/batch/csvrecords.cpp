#include "core/batch/csvrecords.h"

#include "core/batch/wipedinput.h"

#include <utility>

namespace cc {

namespace {
// Room for a token, so that a field holding one is not moved while it grows (a move would leave
// a copy behind, unwiped).
constexpr qsizetype fieldReserve = 256;

// Takes the line end at the front, if there is one: LF or CRLF.
bool takeLineEnd(WipedInput& input)
{
    if (input.peek() == '\n') {
        input.get();
        return true;
    }
    if (input.peek() == '\r') {
        input.get();
        if (input.peek() == '\n') {
            input.get();
            return true;
        }
        return false; // a lone CR: a character of the next line, which is then not empty
    }
    return false;
}

void skipRestOfLine(WipedInput& input)
{
    for (int c = input.get(); c != -1 && c != '\n'; c = input.get()) {
    }
}
} // namespace

void wipeRecord(CsvRecord& record)
{
    for (QByteArray& field : record.fields) {
        field.fill('\0');
    }
    record.fields.clear();
}

std::optional<CsvRecord> readCsvRecord(WipedInput& input)
{
    while (takeLineEnd(input)) {
    }
    if (input.peek() == -1) {
        return std::nullopt;
    }
    CsvRecord record;
    record.line = input.line();
    QByteArray field;
    field.reserve(fieldReserve);
    bool quoted = false;    // inside quotes
    bool wasQuoted = false; // this field began with a quote
    qsizetype size = 0;
    for (;;) {
        const int c = input.get();
        if (c == -1) {
            if (quoted) {
                record.problem = CsvRecord::Problem::UnclosedQuote;
            }
            break;
        }
        if (++size > maxRecordBytes) {
            field.fill('\0');
            wipeRecord(record);
            record.problem = CsvRecord::Problem::TooLong;
            skipRestOfLine(input);
            return record;
        }
        if (quoted) {
            if (c == '"' && input.peek() == '"') {
                input.get();
                field.append('"');
            } else if (c == '"') {
                quoted = false;
            } else {
                field.append(static_cast<char>(c));
            }
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == ',') {
            record.fields.append(std::exchange(field, QByteArray()));
            field.reserve(fieldReserve);
            wasQuoted = false;
        } else if (c == '\n' || (c == '\r' && input.peek() == '\n')) {
            if (c == '\r') {
                input.get();
            }
            break;
        } else {
            field.append(static_cast<char>(c));
        }
    }
    record.fields.append(std::move(field));
    return record;
}

} // namespace cc
