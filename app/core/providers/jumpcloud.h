#pragma once

#include "core/providers/answerparser.h"

// JumpCloud: GET /api/organizations lists the organizations an admin API key reaches.
namespace cc::jumpcloud {

// Pages of the list: JumpCloud answers 10 unless asked for more, and at most 100. An MSP's
// key can reach thousands; the list stops after maxPages pages and says so.
inline constexpr int pageSize = 100;
inline constexpr int maxPages = 50;

// Expects {"results": [{"_id": "...", "displayName": "..."}], "totalCount": N}. results[] is
// required and every entry needs an id ("_id", or "id" as JumpCloud's own scripts read it);
// totalCount is optional and never below the list.
ParsedAnswer parseOrganizations(const QByteArray& body);
// The verify request asks for the first page of pageSize organizations.
QUrlQuery firstPageQuery();
// The next page, while fewer organizations are listed than totalCount says.
QList<FollowUp> followUps(const Identity& identity);
QString rejectedAdvice(const Region& region);
QString forbiddenAdvice();
QString rateLimitAdvice();

} // namespace cc::jumpcloud
