#pragma once

#include "core/catalog.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cc {

// Reads catalog JSON as untrusted input: every field is checked for type, size and form
// before a Catalog is built, and the first problem is reported in words.
std::optional<Catalog> parseCatalog(const QByteArray& json, QString* error);

// True for the literal addresses 127.0.0.0/8 and ::1: the only hosts a catalog may reach over
// plain HTTP, so tests can run without certificates while nothing real ever can. Not the name
// "localhost", which /etc/hosts or a resolver can send elsewhere.
bool isLoopbackHost(const QString& host);

} // namespace cc
