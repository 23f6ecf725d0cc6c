#pragma once

#include "core/providers/answerparser.h"

// JumpCloud: GET /api/organizations lists the organizations an admin API key reaches.
namespace cc::jumpcloud {

// Expects {"results": [{"_id": "...", "displayName": "..."}], "totalCount": N}. results[] is
// required and every entry needs an id; totalCount is optional and never below the list.
ParsedAnswer parseOrganizations(const QByteArray& body);
QString rejectedAdvice(const Region& region);
QString forbiddenAdvice();
QString rateLimitAdvice();

} // namespace cc::jumpcloud
