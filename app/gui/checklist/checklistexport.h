#pragma once

#include <QByteArray>

namespace cc::gui {

class ChecklistModel;

// The answers of a checked list as CSV, one line per row in the list's order under the header
// line,label,provider,region,outcome,identity,organization,message. Never a token: the model
// holds none.
QByteArray checklistCsv(const ChecklistModel& model);

} // namespace cc::gui
