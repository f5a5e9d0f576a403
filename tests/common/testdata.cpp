// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"

#include <QTest>

namespace TestData {

// QFINDTESTDATA looks beside the executable, in the working folder and beside this source file:
// this file lives in tests/common, so the fixtures are one and two folders up.

QString path(const QString &relative)
{
    return QFINDTESTDATA(relative.isEmpty() ? QStringLiteral("../data") : QStringLiteral("../data/") + relative);
}

QString sampleFeed()
{
    return QFINDTESTDATA("../../resources/sample/medtour-sample.xml");
}

} // namespace TestData
