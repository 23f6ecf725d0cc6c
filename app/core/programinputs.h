#pragma once

#include "core/cabundle.h"
#include "core/catalog.h"

#include <QString>

#include <optional>

namespace cc {

struct CommandLineOptions;

// What both modes read from their options before anything can be checked: the provider
// catalog (--catalog, or the built-in one) and the extra certificate authorities (--ca-bundle).
struct ProgramInputs
{
    Catalog catalog;
    CaBundle extraAuthorities; // empty without --ca-bundle
};

// Nothing, with a sentence for a person in *error, when either cannot be used.
std::optional<ProgramInputs> loadProgramInputs(const CommandLineOptions& options, QString* error);

} // namespace cc
