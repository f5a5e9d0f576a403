// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads that a test needs to work. Repository reads return Result<>; a test that only wants the value
// takes it through mustRead(), which ends the test run with the repository's error when the read
// failed (a failed read must never pass for an empty list or a zero). The value comes back by value,
// so `for (… : mustRead(repo.page(…)))` is safe.

#include "core/result.h"

#include <QtGlobal>

#include <utility>

template<typename T>
T mustRead(Medtour::Result<T> result)
{
    if (!result)
        qFatal("a read failed: %s", qPrintable(result.error().detail));
    return std::move(result).value();
}
