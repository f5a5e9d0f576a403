// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Where the tests' fixtures are. They sit beside the sources (tests/data, the embedded sample in
/// resources/), and are found from there with QFINDTESTDATA rather than from a path compiled into
/// each test, so a build tree that moves or a test run from another folder still finds them.
/// A fixture that cannot be found comes back as the name asked for, with QtTest's warning, and
/// the test that opens it fails on that name.
namespace TestData {

/// tests/data/<relative>; an empty relative gives the folder itself.
QString path(const QString &relative = QString());

/// The embedded sample feed every new cache starts from (resources/sample/medtour-sample.xml).
QString sampleFeed();

} // namespace TestData
