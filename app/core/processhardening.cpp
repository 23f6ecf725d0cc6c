#include "core/processhardening.h"

#include <QtGlobal>

#include <sys/resource.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace cc {

void hardenProcess()
{
    // The hard limit too, so nothing later in the process can raise it again.
    const rlimit noCoreFile{0, 0};
    setrlimit(RLIMIT_CORE, &noCoreFile);
#ifdef Q_OS_LINUX
    // Not dumpable: the kernel writes no core file even where the limit is raised from outside,
    // and makes /proc/PID of this process root's, so the person's other programs cannot attach
    // to it or read its memory.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace cc
