// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The export module's category (medtour.export); it lives here because the core may not know about export.
Q_DECLARE_LOGGING_CATEGORY(lcExport)
