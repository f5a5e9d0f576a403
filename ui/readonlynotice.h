// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QLabel>

namespace Medtour::Ui {

/// The status-bar notice of a cache that opened read-only: the reader still shows, searches and
/// exports it, but stars, notes, read marks and syncs cannot be saved, and the user should know
/// before trying. Says why (file, folder, mount, full disk) in the user's language.
class ReadOnlyNotice final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyNotice)

public:
    explicit ReadOnlyNotice(Database::ReadOnly why, QWidget *parent = nullptr);

    static QString text(Database::ReadOnly why);
};

} // namespace Medtour::Ui
