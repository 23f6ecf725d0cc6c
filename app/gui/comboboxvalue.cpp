#include "gui/comboboxvalue.h"

#include "gui/announcer.h"

#include <QComboBox>
#include <QLabel>

namespace cc::gui {

namespace {
QString withoutMnemonic(QString text)
{
    return text.replace(QStringLiteral("&&"), QStringLiteral("\u0001"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\u0001'), QLatin1Char('&'));
}
} // namespace

void nameComboBoxValue(QLabel& buddy, const QComboBox& combo)
{
    buddy.setAccessibleName(withoutMnemonic(buddy.text()) + QLatin1Char(' ') + combo.currentText());
}

void speakComboBoxValue(QLabel& buddy, QComboBox& combo)
{
    nameComboBoxValue(buddy, combo);
    QObject::connect(&combo, &QComboBox::currentIndexChanged, &buddy, [&buddy, &combo] {
        nameComboBoxValue(buddy, combo);
        if (combo.hasFocus() && !combo.currentText().isEmpty()) {
            announce(&combo, combo.currentText());
        }
    });
}

} // namespace cc::gui
