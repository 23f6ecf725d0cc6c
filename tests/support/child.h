#pragma once

#include <QLatin1String>
#include <QObject>
#include <QtGlobal>

namespace cc::test {

// The child of parent with this object name, for tests and tools that drive the real widgets
// by name. A missing child is a broken test rather than a failure to report and go on from, so
// it stops the program and names what was looked for.
template<typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (found == nullptr) {
        qFatal("no %s named %s under %s", T::staticMetaObject.className(), name,
               qPrintable(parent->objectName()));
    }
    return found;
}

} // namespace cc::test
