#pragma once

#include "core/providers/answerparser.h"

// Juniper Mist and Mist Routing Assurance: GET /api/v1/self answers who the token is.
namespace cc::mist {

// A user token answers with email, first_name, last_name and privileges[]; an org token
// with name and privileges[]. privileges[] is required; wrong-typed optional fields are
// treated as absent.
ParsedAnswer parseSelf(const QByteArray& body);
// What more a verified token may read about itself: a personal token its own name and
// creation date (GET /self/apitokens), a grant on an MSP that MSP's organizations (GET
// /msps/{id}/orgs), and every token this hour's calls (GET /self/usage).
QList<FollowUp> followUps(const Identity& identity, const TokenEnds& token);
QString rejectedAdvice(const Region& region);
QString forbiddenAdvice();
QString rateLimitAdvice();

} // namespace cc::mist
