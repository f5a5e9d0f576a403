// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Medtour::ThreadPriority {

/// Makes the calling thread give way to the GUI thread when they compete for a core: on Linux
/// its nice value goes up by 10 (Linux schedules threads by their own nice value; Qt's
/// QThread::LowPriority does nothing under SCHED_OTHER), elsewhere QThread::LowPriority.
/// For background work in the reader (sync, index preload); the CLI keeps normal priority.
void lowerCurrentThread();

/// Makes the calling thread run only on a core nothing else wants: SCHED_IDLE on Linux (a thread
/// cannot take it back without privileges, so give such work a thread of its own), elsewhere
/// QThread::IdlePriority. For work that may be done early but must not delay what is urgent.
void idleCurrentThread();

} // namespace Medtour::ThreadPriority
