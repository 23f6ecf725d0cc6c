#include "core/programinputs.h"

#include "core/commandlineoptions.h"

#include <QCoreApplication>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgramInputs)
};
} // namespace

std::optional<ProgramInputs> loadProgramInputs(const CommandLineOptions& options, QString* error)
{
    QString problem;
    std::optional<Catalog> catalog =
        options.parser.isSet(options.catalog)
            ? Catalog::fromFile(options.parser.value(options.catalog), &problem)
            : Catalog::loadBuiltin(&problem);
    if (!catalog) {
        *error = Text::tr("The provider catalog cannot be used: %1.").arg(problem);
        return std::nullopt;
    }
    CaBundle extraAuthorities;
    if (options.parser.isSet(options.caBundle)) {
        std::optional<CaBundle> bundle =
            loadCaBundle(options.parser.value(options.caBundle), error);
        if (!bundle) {
            return std::nullopt;
        }
        extraAuthorities = std::move(*bundle);
    }
    return ProgramInputs{std::move(*catalog), std::move(extraAuthorities)};
}

} // namespace cc
