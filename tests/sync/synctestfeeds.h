// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace MedtourTest {

/// An RSS 2.0 document with `items` distinct items; `version` changes every body (an update).
QByteArray makeFeed(const QString &title, int items, const QString &prefix, int version = 1);

} // namespace MedtourTest
