// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <functional>

namespace Medtour {

/// What time it is, as a value that can be handed down: the product passes systemClock(), tests
/// pass a fixed or moving time, so nothing that depends on "today" stops testing as the
/// calendar moves on.
using Clock = std::function<QDateTime()>;

/// The real time, in UTC.
inline Clock systemClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

} // namespace Medtour
