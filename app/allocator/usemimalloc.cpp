// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled into each program that takes mimalloc as its allocator (MEDTOUR_MIMALLOC, see the top
// CMakeLists.txt). Linked as a shared library ahead of the C library, mimalloc's malloc and free
// replace glibc's for the whole process: ours, Qt's and SQLite's. A linker that drops libraries no
// object refers to (--as-needed, Ubuntu's default) would drop it; this reference keeps it.
#include <mimalloc.h>

namespace {

[[maybe_unused]] const int kMimallocVersion = mi_version();

} // namespace
