// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportlogging.h"

Q_LOGGING_CATEGORY(lcExport, "medtour.export", QtInfoMsg)
