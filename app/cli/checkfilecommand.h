#pragma once

class QCoreApplication;

namespace cc::cli {

struct CheckFileRequest;
struct ResultContext;

// --check-file: opens the list, checks every row through a CheckQueue and prints each answer
// in the order of the file; returns the exit code. A list that cannot be opened or read is
// invalid input (exit code 2) with nothing sent.
int runCheckFile(QCoreApplication& app, const CheckFileRequest& request,
                 const ResultContext& context, bool asJson);

} // namespace cc::cli
