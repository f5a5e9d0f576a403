// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <functional>

namespace Medtour::Ui {

/// Where an add or edit dialog sends its source when the source is the team's: to the team server
/// through the sync thread (SourcesDialog), instead of writing the cache. The dialog then waits,
/// open, for the answer (its submitted()), so that a refusal loses nothing typed.
using SourceSubmit = std::function<void(const Source &source)>;

} // namespace Medtour::Ui
