#pragma once

#include "core/providers/answerparser.h"

// Juniper Mist and Mist Routing Assurance: GET /api/v1/self answers who the token is.
namespace cc::mist {

// A user token answers with email, first_name, last_name and privileges[]; an org token
// with name and privileges[]. privileges[] is required; wrong-typed optional fields are
// treated as absent.
ParsedAnswer parseSelf(const QByteArray& body);
QString rejectedAdvice(const Region& region);
QString forbiddenAdvice();
QString rateLimitAdvice();

} // namespace cc::mist
